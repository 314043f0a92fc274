import type {Furniture} from './phrases.js'

export const portuguese: Furniture = {
  lines: [
    'deixe um comentário', 'deixe uma resposta', 'deixe seu comentário', 'deixe o seu comentário', 'cancelar resposta', 'adicionar comentário',
    'o seu endereço de e-mail não será publicado', 'o seu endereço de email não será publicado', 'seu endereço de e-mail não será publicado',
    'seu endereço de email não será publicado', 'campos obrigatórios são marcados com', 'os campos obrigatórios estão marcados com',
    'salvar meus dados neste navegador para a próxima vez que eu comentar', 'compartilhe este artigo', 'compartilhe esta notícia',
    'compartilhar no facebook', 'compartilhar no twitter', 'compartilhar no whatsapp', 'compartilhar no linkedin', 'partilhe este artigo',
    'partilhar no facebook', 'partilhar no twitter', 'partilhar no whatsapp', 'clique para compartilhar', 'artigos relacionados',
    'posts relacionados', 'notícias relacionadas', 'matérias relacionadas', 'você também pode gostar', 'pode também gostar', 'mais lidas',
    'mais lidos', 'voltar ao topo', 'ir para o topo', 'voltar para o topo', 'navegação de post', 'navegação de artigos', 'assine nossa newsletter',
    'assine a nossa newsletter', 'inscreva-se na nossa newsletter', 'receba nossa newsletter', 'siga-nos', 'siga-nos nas redes sociais',
    'todos os direitos reservados', 'usamos cookies', 'utilizamos cookies', 'carregar mais', 'publicidade', 'conteúdo patrocinado',
    'leia mais artigos', 'mais notícias', 'últimas notícias', 'continua após a publicidade', 'continue após a publicidade',
    'continue lendo após a publicidade', 'continua depois da publicidade'
  ],
  zoneLines: ['início', 'inicio', 'página inicial', 'menu', 'pesquisar', 'buscar', 'comentários', 'responder', 'compartilhe', 'compartilhar', 'partilhe', 'partilhar', 'imprimir', 'tags', 'categorias', 'anúncio'],
  teasers: [
    'leia também', 'leia mais', 'veja também', 'veja mais', 'saiba mais', 'leia a seguir', 'confira também', 'confira', 'leia', 'ler também', 'ler mais',
    'tags', 'categorias', 'tópicos', 'temas', 'assuntos', 'etiquetas'
  ],
  navigation: ['artigo anterior', 'próximo artigo', 'post anterior', 'próximo post', 'notícia anterior', 'próxima notícia', 'anterior', 'próximo', 'seguinte'],
  sourceLabels: ['fonte', 'fontes', 'via', 'crédito', 'créditos', 'foto', 'imagem', 'link'],
  credits: ['crédito:', 'créditos:', 'foto:', 'imagem:', 'ilustração:', 'foto ilustrativa', 'imagem ilustrativa', 'imagem gerada', 'gerada por', 'gerado com', 'gerada com', 'criado com'],
  home: ['início', 'inicio', 'página inicial'],
  counters: ['comentários', 'comentário', 'visualizações', 'views', 'compartilhamentos', 'curtidas']
}
