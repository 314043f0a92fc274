/*
 * Reads words, one per line, and prints 1 or 0 per line: whether
 * Hunspell_spell() accepts the word. Unlike the hunspell command, it does
 * not tokenise, so each line is checked exactly as given.
 *
 * With --bench it prints instead, on one line: the milliseconds to load the
 * dictionary, the milliseconds to check all words, and the number of words.
 *
 *   cc -O2 -o native-spell native-spell.c -lhunspell   (Debian: libhunspell-dev)
 *   native-spell [--bench] path/index.aff path/index.dic < words
 */
#include <hunspell/hunspell.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static void chomp(char *line) {
  size_t n = strlen(line);
  while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = '\0';
}

int main(int argc, char **argv) {
  int bench = argc == 4 && strcmp(argv[1], "--bench") == 0;
  if (argc != 3 && !bench) {
    fprintf(stderr, "usage: %s [--bench] AFF DIC < words\n", argv[0]);
    return 2;
  }
  const char *aff = argv[argc - 2], *dic = argv[argc - 1];
  static char line[1 << 16];
  if (!bench) {
    Hunhandle *handle = Hunspell_create(aff, dic);
    if (handle == NULL) return 1;
    while (fgets(line, sizeof line, stdin)) {
      chomp(line);
      fputs(Hunspell_spell(handle, line) ? "1\n" : "0\n", stdout);
    }
    Hunspell_destroy(handle);
    return 0;
  }
  size_t count = 0, capacity = 1 << 16;
  char **words = malloc(capacity * sizeof *words);
  while (fgets(line, sizeof line, stdin)) {
    chomp(line);
    if (count == capacity) words = realloc(words, (capacity *= 2) * sizeof *words);
    words[count++] = strdup(line);
  }
  double start = now_ms();
  Hunhandle *handle = Hunspell_create(aff, dic);
  if (handle == NULL) return 1;
  Hunspell_spell(handle, "a");
  double loaded = now_ms();
  size_t accepted = 0;
  for (size_t i = 0; i < count; i++) accepted += Hunspell_spell(handle, words[i]) != 0;
  double done = now_ms();
  printf("%.1f %.1f %zu %zu\n", loaded - start, done - loaded, count, accepted);
  Hunspell_destroy(handle);
  return 0;
}
