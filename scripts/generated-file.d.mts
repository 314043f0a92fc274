export function writeOrCheck(target: string, output: string, rebuild: string): void
