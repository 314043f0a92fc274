import type {PhraseEntry} from '../../src/phrases/types.js'

/**
 * Portuguese calques: English idioms, phrasal verbs, collocations and
 * tech or business terms rendered word for word, as machine translation
 * writes them in news, tech and business prose (pt-BR and pt-PT).
 * Curated by hand; each entry carries a sentence it fires on and the
 * nearest correct sentence it stays silent on (test/phrases.test.ts).
 */
export const entries: readonly PhraseEntry[] = [
  // ---------------------------------------------------------------- software development
  {
    phrase: 'solicitação de tração',
    expected: ['pull request'],
    note: 'Word-for-word rendering of "pull request" ("pull" read as traction); Portuguese developers say "pull request" (or "pedido de integração").',
    example: 'Desde o lançamento, a ferramenta já gerou mais de 600 mil solicitações de tração públicas em repositórios abertos no GitHub.',
    neighbour: 'Desde o lançamento, a ferramenta já gerou mais de 600 mil pull requests públicos em repositórios abertos no GitHub.'
  },
  {
    phrase: 'pedido de tração',
    expected: ['pull request'],
    note: 'Word-for-word rendering of "pull request"; "tração" is traction. Portuguese tech writing keeps "pull request".',
    example: 'O desenvolvedor abriu um pedido de tração com a correção do erro, e a equipe revisou o código na mesma tarde.',
    neighbour: 'O desenvolvedor abriu um pull request com a correção do erro, e a equipe revisou o código na mesma tarde.'
  },
  {
    phrase: 'empurrar o código',
    expected: ['enviar o código', 'fazer push do código'],
    note: 'Literal rendering of "push the code" (git push); Portuguese says "enviar o código" or keeps "fazer push".',
    example: 'Antes de empurrar o código para o repositório central, cada engenheiro precisa rodar a bateria completa de testes automatizados.',
    neighbour: 'Antes de enviar o código para o repositório central, cada engenheiro precisa rodar a bateria completa de testes automatizados.'
  },
  {
    phrase: 'empurrar as alterações',
    expected: ['enviar as alterações', 'fazer push das alterações'],
    note: 'Literal rendering of "push the changes" (git push); "empurrar" is a physical shove.',
    example: 'Depois de revisar o trabalho, ela empurrou as alterações para o ramo principal e avisou o resto da equipe pelo Slack.',
    neighbour: 'Depois de revisar o trabalho, ela enviou as alterações para o branch principal e avisou o resto da equipe pelo Slack.'
  },
  {
    phrase: 'empurrar para produção',
    expected: ['colocar em produção', 'publicar em produção'],
    note: 'Literal rendering of "push to production"; Portuguese says "colocar em produção" or "publicar".',
    example: 'A startup costuma empurrar para produção várias versões por dia, o que exige um sistema de monitoramento muito rigoroso.',
    neighbour: 'A startup costuma colocar em produção várias versões por dia, o que exige um sistema de monitoramento muito rigoroso.'
  },
  {
    phrase: 'comprometer as alterações',
    near: ['repositório', 'commit', 'branch', 'ramo', 'git', 'código', 'servidor'],
    expected: ['fazer commit das alterações', 'registrar as alterações'],
    note: 'Wrong rendering of "commit the changes" (git commit); "comprometer" means to jeopardise or to bind by a promise.',
    example: 'O tutorial explica como comprometer as alterações no repositório local antes de enviá-las ao servidor da empresa.',
    neighbour: 'O tutorial explica como fazer commit das alterações no repositório local antes de enviá-las ao servidor da empresa.'
  },
  {
    phrase: 'comprometer as mudanças',
    near: ['repositório', 'commit', 'branch', 'ramo', 'git', 'código', 'servidor'],
    expected: ['fazer commit das mudanças', 'registrar as mudanças'],
    note: 'Wrong rendering of "commit the changes" (git commit); "comprometer" means to jeopardise.',
    example: 'Ninguém deve comprometer as mudanças diretamente no ramo principal sem a revisão de pelo menos dois colegas da equipe.',
    neighbour: 'Ninguém deve fazer commit das mudanças diretamente no branch principal sem a revisão de pelo menos dois colegas da equipe.'
  },
  {
    phrase: 'quebrar a construção',
    expected: ['quebrar o build', 'fazer o build falhar'],
    note: 'Literal rendering of "break the build"; "construção" is building work. Developers say "quebrar o build".',
    near: ['código', 'commit', 'teste', 'pipeline', 'compilação', 'repositório', 'desenvolvedor', 'integração'],
    example: 'Um único commit mal revisado pode quebrar a construção e bloquear o trabalho de dezenas de desenvolvedores ao mesmo tempo.',
    neighbour: 'Um único commit mal revisado pode quebrar o build e bloquear o trabalho de dezenas de desenvolvedores ao mesmo tempo.'
  },
  {
    phrase: 'construção noturna',
    expected: ['build noturno', 'versão noturna'],
    note: 'Literal rendering of "nightly build"; "construção" is building work. Portuguese says "build noturno" or "versão noturna".',
    near: ['versão', 'navegador', 'Firefox', 'Chrome', 'software', 'testar', 'teste', 'desenvolvedor', 'baixar', 'instalar'],
    example: 'A novidade já está disponível na construção noturna do Firefox, e os testadores podem baixá-la pelo site oficial do projeto.',
    neighbour: 'A novidade já está disponível na versão noturna do Firefox, e os testadores podem baixá-la pelo site oficial do projeto.'
  },
  {
    phrase: 'tempo de corrida',
    expected: ['tempo de execução', 'runtime'],
    note: 'Literal rendering of "runtime" ("run" read as racing); Portuguese says "tempo de execução" or "runtime".',
    near: ['código', 'programa', 'JavaScript', 'Python', 'Node', 'erro', 'compilação', 'aplicação', 'biblioteca', 'software'],
    example: 'O erro só aparece em tempo de corrida, quando o programa tenta acessar uma variável que ainda não foi inicializada.',
    neighbour: 'O erro só aparece em tempo de execução, quando o programa tenta acessar uma variável que ainda não foi inicializada.'
  },
  {
    phrase: 'pilha completa',
    expected: ['full stack'],
    note: 'Literal rendering of "full stack"; job titles in Portuguese keep "full stack".',
    near: ['desenvolvedor', 'desenvolvedora', 'programador', 'engenheiro', 'vaga', 'web'],
    window: 4,
    example: 'A empresa procura um desenvolvedor de pilha completa com experiência em React, Node e bancos de dados relacionais.',
    neighbour: 'A empresa procura um desenvolvedor full stack com experiência em React, Node e bancos de dados relacionais.'
  },
  {
    phrase: 'extremidade traseira',
    expected: ['back-end'],
    note: 'Literal rendering of "back end"; Portuguese tech writing says "back-end".',
    near: ['servidor', 'código', 'API', 'aplicação', 'aplicativo', 'desenvolvedor', 'banco', 'dados', 'frontal'],
    example: 'Toda a lógica de pagamento fica na extremidade traseira, em servidores que conversam com o banco por meio de uma API interna.',
    neighbour: 'Toda a lógica de pagamento fica no back-end, em servidores que conversam com o banco por meio de uma API interna.'
  },
  {
    phrase: 'extremidade frontal',
    expected: ['front-end'],
    note: 'Literal rendering of "front end"; Portuguese tech writing says "front-end".',
    near: ['servidor', 'código', 'API', 'aplicação', 'aplicativo', 'desenvolvedor', 'interface', 'React', 'traseira'],
    example: 'A equipe reescreveu a extremidade frontal do aplicativo em React para deixar a interface mais rápida em celulares antigos.',
    neighbour: 'A equipe reescreveu o front-end do aplicativo em React para deixar a interface mais rápida em celulares antigos.'
  },
  {
    phrase: 'caixa de areia',
    expected: ['sandbox', 'ambiente isolado', 'ambiente de testes regulatório'],
    note: 'Literal rendering of "sandbox" (an isolated test environment, or a regulatory sandbox); Portuguese keeps "sandbox" or says "ambiente isolado".',
    near: ['regulatório', 'regulatória', 'software', 'código', 'navegador', 'aplicação', 'aplicativo', 'segurança', 'malware', 'startups', 'fintechs', 'Banco'],
    example: 'O Banco Central lançou uma caixa de areia regulatória para que fintechs testem produtos inovadores com regras mais flexíveis.',
    neighbour: 'O Banco Central lançou um sandbox regulatório para que fintechs testem produtos inovadores com regras mais flexíveis.'
  },
  {
    phrase: 'garfo do projeto',
    expected: ['fork do projeto', 'bifurcação do projeto'],
    note: 'Literal rendering of "fork of the project"; "garfo" is the kitchen utensil. Portuguese says "fork" or "bifurcação".',
    example: 'Insatisfeitos com a nova licença, os desenvolvedores criaram um garfo do projeto e mantêm uma versão comunitária do código.',
    neighbour: 'Insatisfeitos com a nova licença, os desenvolvedores criaram um fork do projeto e mantêm uma versão comunitária do código.'
  },
  {
    phrase: 'afinação fina',
    expected: ['ajuste fino', 'fine-tuning'],
    note: 'Calque of "fine-tuning" that stacks two words for the same idea; Portuguese says "ajuste fino" or keeps "fine-tuning".',
    example: 'Com uma afinação fina feita sobre documentos jurídicos, o modelo passou a responder melhor a perguntas sobre contratos.',
    neighbour: 'Com um ajuste fino feito sobre documentos jurídicos, o modelo passou a responder melhor a perguntas sobre contratos.'
  },
  {
    phrase: 'equipe vermelha',
    expected: ['red team', 'equipe de ataque'],
    note: 'Literal rendering of "red team" (people who attack a system to test it); security writing keeps "red team".',
    near: ['segurança', 'IA', 'modelo', 'modelos', 'teste', 'testes', 'ataque', 'ataques', 'vulnerabilidade', 'vulnerabilidades', 'lançamento'],
    example: 'Antes do lançamento, uma equipe vermelha passou semanas tentando fazer o modelo gerar instruções perigosas e falhas de segurança.',
    neighbour: 'Antes do lançamento, um red team passou semanas tentando fazer o modelo gerar instruções perigosas e falhas de segurança.'
  },
  {
    phrase: 'correr o código',
    expected: ['rodar o código', 'executar o código'],
    note: 'Literal rendering of "run the code"; Brazilian Portuguese says "rodar" or "executar" ("correr um programa" is usual in Portugal).',
    variant: 'pt-BR',
    example: 'Para correr o código no seu computador, basta instalar o Python e baixar as dependências listadas no arquivo do projeto.',
    neighbour: 'Para rodar o código no seu computador, basta instalar o Python e baixar as dependências listadas no arquivo do projeto.'
  },
  {
    phrase: 'ir ao vivo',
    expected: ['entrar no ar', 'entrar em produção', 'ser lançado'],
    note: 'Literal rendering of "go live"; Portuguese says "entrar no ar" or "entrar em funcionamento".',
    exact: true,
    example: 'O novo sistema de pagamentos deve ir ao vivo na próxima segunda-feira, depois de três meses de testes com clientes selecionados.',
    neighbour: 'O novo sistema de pagamentos deve entrar no ar na próxima segunda-feira, depois de três meses de testes com clientes selecionados.'
  },
  {
    phrase: 'ir viral',
    expected: ['viralizar', 'tornar-se viral'],
    note: 'Literal rendering of "go viral"; Portuguese says "viralizar" or "tornar-se viral".',
    exact: true,
    example: 'O vídeo do robô dançando pode ir viral em poucas horas se os grandes perfis de tecnologia resolverem compartilhá-lo.',
    neighbour: 'O vídeo do robô dançando pode viralizar em poucas horas se os grandes perfis de tecnologia resolverem compartilhá-lo.'
  },
  {
    phrase: 'fora da prateleira',
    expected: ['pronto para uso', 'de prateleira'],
    note: 'Literal rendering of "off-the-shelf"; Portuguese says "de prateleira" or "pronto para uso".',
    example: 'Em vez de treinar um modelo próprio, a empresa adotou uma solução fora da prateleira e adaptou apenas a interface.',
    neighbour: 'Em vez de treinar um modelo próprio, a empresa adotou uma solução pronta para uso e adaptou apenas a interface.'
  },
  {
    phrase: 'bio-armas',
    expected: ['armas biológicas'],
    note: 'Calque of "bio-weapons"; Portuguese says "armas biológicas" (and would not hyphenate the prefix "bio").',
    example: 'Os pesquisadores temem que modelos de linguagem ajudem grupos mal-intencionados a desenvolver bio-armas sem conhecimento técnico avançado.',
    neighbour: 'Os pesquisadores temem que modelos de linguagem ajudem grupos mal-intencionados a desenvolver armas biológicas sem conhecimento técnico avançado.'
  },
  {
    phrase: 'mover rápido e quebrar coisas',
    expected: ['"move fast and break things"', 'avançar depressa, ainda que se quebre alguma coisa'],
    note: 'The Facebook motto "move fast and break things" translated word for word; the press quotes the motto in English or paraphrases it.',
    example: 'A cultura de mover rápido e quebrar coisas marcou os primeiros anos da rede social, quando a equipe ainda cabia em um andar.',
    neighbour: 'A cultura do lema "move fast and break things" marcou os primeiros anos da rede social, quando a equipe ainda cabia em um andar.'
  },

  // ---------------------------------------------------------------- the corpus article and its kind (culture, work, careers)
  {
    phrase: 'de altas apostas',
    expected: ['de alto risco', 'em que há muito em jogo'],
    note: 'Literal rendering of "high-stakes"; "apostas" are bets. Portuguese says "de alto risco" or "em que há muito em jogo".',
    example: 'O ex-engenheiro descreveu uma cultura de altas apostas, em que cada lançamento podia definir o futuro da empresa.',
    neighbour: 'O ex-engenheiro descreveu uma cultura de alto risco, em que cada lançamento podia definir o futuro da empresa.'
  },
  {
    phrase: 'as apostas são altas',
    expected: ['há muito em jogo', 'os riscos são grandes'],
    note: 'Literal rendering of "the stakes are high"; Portuguese says "há muito em jogo".',
    example: 'Para as montadoras europeias, as apostas são altas: quem perder a corrida dos carros elétricos pode não sobreviver à década.',
    neighbour: 'Para as montadoras europeias, há muito em jogo: quem perder a corrida dos carros elétricos pode não sobreviver à década.'
  },
  {
    phrase: 'as apostas nunca foram tão altas',
    expected: ['nunca houve tanto em jogo'],
    note: 'Literal rendering of "the stakes have never been higher"; Portuguese says "nunca houve tanto em jogo".',
    example: 'Com a eleição marcada para outubro, as apostas nunca foram tão altas para os partidos que disputam o voto dos jovens.',
    neighbour: 'Com a eleição marcada para outubro, nunca houve tanto em jogo para os partidos que disputam o voto dos jovens.'
  },
  {
    phrase: 'de olhos arregalados',
    expected: ['ingênuo', 'deslumbrado', 'inexperiente'],
    note: 'Literal rendering of "wide-eyed" in the sense of naive; in Portuguese "de olhos arregalados" describes astonishment, not inexperience.',
    near: ['júnior', 'novato', 'novata', 'estagiário', 'estagiária', 'calouro', 'iniciante', 'recém-formado', 'ingênuo'],
    window: 4,
    example: 'Ele não era um desenvolvedor júnior de olhos arregalados; era um veterano que conhecia bem as exigências do setor.',
    neighbour: 'Ele não era um desenvolvedor júnior deslumbrado; era um veterano que conhecia bem as exigências do setor.'
  },
  {
    phrase: 'pressionar duro',
    expected: ['esforçar-se muito', 'dar tudo de si'],
    note: 'Literal rendering of "push hard"; Portuguese says "esforçar-se muito" or "dar tudo de si".',
    example: 'Todos nós pressionamos duro como equipe, porque cada semana contava e o prazo de lançamento não podia ser adiado.',
    neighbour: 'Todos nós nos esforçamos muito como equipe, porque cada semana contava e o prazo de lançamento não podia ser adiado.'
  },
  {
    phrase: 'passeio de uma vida',
    expected: ['aventura de uma vida', 'experiência de uma vida'],
    note: 'Literal rendering of "ride of a lifetime"; "passeio" (a stroll, an outing) trivialises it. Portuguese says "a aventura de uma vida".',
    example: 'Ao deixar a empresa, o engenheiro chamou os três anos que passou ali de passeio de uma vida e agradeceu aos colegas.',
    neighbour: 'Ao deixar a empresa, o engenheiro chamou os três anos que passou ali de aventura de uma vida e agradeceu aos colegas.'
  },
  {
    phrase: 'retirar a cortina',
    expected: ['levantar o véu', 'revelar os bastidores'],
    note: 'Literal rendering of "pull back the curtain on"; Portuguese says "levantar o véu sobre" or "revelar os bastidores de".',
    near: ['cultura', 'bastidores', 'empresa', 'indústria', 'setor', 'segredo', 'segredos', 'funcionamento', 'mundo'],
    example: 'Em um longo depoimento, o ex-funcionário retirou a cortina da cultura interna da empresa e descreveu jornadas de dezesseis horas.',
    neighbour: 'Em um longo depoimento, o ex-funcionário levantou o véu sobre a cultura interna da empresa e descreveu jornadas de dezesseis horas.'
  },
  {
    phrase: 'puxar a cortina',
    expected: ['levantar o véu', 'revelar os bastidores'],
    note: 'Literal rendering of "pull back the curtain on"; Portuguese says "levantar o véu sobre".',
    near: ['cultura', 'bastidores', 'empresa', 'indústria', 'setor', 'segredo', 'segredos', 'funcionamento', 'mundo'],
    example: 'O documentário puxa a cortina sobre o funcionamento das fazendas de cliques que inflam as métricas das redes sociais.',
    neighbour: 'O documentário levanta o véu sobre o funcionamento das fazendas de cliques que inflam as métricas das redes sociais.'
  },
  {
    phrase: 'embaçar as linhas',
    expected: ['esbater as fronteiras', 'confundir os limites'],
    note: 'Literal rendering of "blur the lines"; "embaçar" is to fog up. Portuguese says "esbater as fronteiras" or "confundir os limites".',
    example: 'O novo reality show embaça as linhas entre ficção e documentário, e a crítica ainda não sabe como classificá-lo.',
    neighbour: 'O novo reality show esbate as fronteiras entre ficção e documentário, e a crítica ainda não sabe como classificá-lo.'
  },
  {
    phrase: 'borrar as linhas',
    near: ['entre'],
    window: 3,
    expected: ['esbater as fronteiras', 'confundir os limites'],
    note: 'Literal rendering of "blur the lines"; Portuguese says "esbater as fronteiras" or "diluir os limites".',
    example: 'Os assistentes de voz borram as linhas entre conversa e comando, e muitos usuários nem percebem que estão sendo gravados.',
    neighbour: 'Os assistentes de voz diluem os limites entre conversa e comando, e muitos usuários nem percebem que estão sendo gravados.'
  },
  {
    phrase: 'navegar os desafios',
    expected: ['enfrentar os desafios', 'lidar com os desafios'],
    note: 'Literal rendering of "navigate the challenges"; Portuguese "enfrenta" or "lida com" challenges.',
    example: 'O relatório mostra como as pequenas empresas estão navegando os desafios da inflação alta e do crédito caro neste ano.',
    neighbour: 'O relatório mostra como as pequenas empresas estão enfrentando os desafios da inflação alta e do crédito caro neste ano.'
  },
  {
    phrase: 'navegar nos desafios',
    expected: ['enfrentar os desafios', 'lidar com os desafios'],
    note: 'Literal rendering of "navigate the challenges"; Portuguese "enfrenta" or "lida com" challenges.',
    example: 'Ele trabalhava até meia-noite enquanto navegava nos desafios de uma família em crescimento e de um bebê recém-nascido.',
    neighbour: 'Ele trabalhava até meia-noite enquanto lidava com os desafios de uma família em crescimento e de um bebê recém-nascido.'
  },
  {
    phrase: 'navegar as complexidades',
    expected: ['lidar com as complexidades', 'orientar-se nas complexidades'],
    note: 'Literal rendering of "navigate the complexities"; Portuguese "lida com" complexities.',
    example: 'A consultoria promete ajudar os clientes a navegar as complexidades da nova legislação tributária sem interromper as operações.',
    neighbour: 'A consultoria promete ajudar os clientes a lidar com as complexidades da nova legislação tributária sem interromper as operações.'
  },
  {
    phrase: 'abrigar ressentimento',
    expected: ['guardar ressentimento', 'guardar mágoa'],
    note: 'Literal rendering of "harbor resentment"; Portuguese "guarda" resentment.',
    example: 'Apesar das noites sem dormir, o engenheiro diz que não abriga ressentimento e que repetiria a experiência sem hesitar.',
    neighbour: 'Apesar das noites sem dormir, o engenheiro diz que não guarda ressentimento e que repetiria a experiência sem hesitar.'
  },
  {
    phrase: 'movimento de carreira',
    expected: ['decisão de carreira', 'mudança de carreira'],
    note: 'Literal rendering of "career move"; "movimento" is not a decision in Portuguese. Say "decisão de carreira".',
    example: 'Trocar a estabilidade do banco por uma startup de inteligência artificial foi o melhor movimento de carreira que ela já fez.',
    neighbour: 'Trocar a estabilidade do banco por uma startup de inteligência artificial foi a melhor decisão de carreira que ela já tomou.'
  },
    {
    phrase: 'nada menos que impressionante',
    expected: ['simplesmente impressionante', 'notável'],
    note: 'Literal rendering of "nothing short of remarkable"; "nada menos que" introduces quantities in Portuguese ("nada menos que 30 pessoas").',
    example: 'Nesse caso, o resultado do esforço da equipe não foi nada menos que impressionante: meio milhão de usuários em uma semana.',
    neighbour: 'Nesse caso, o resultado do esforço da equipe foi simplesmente impressionante: meio milhão de usuários em uma semana.'
  },
  {
    phrase: 'nada menos do que impressionante',
    expected: ['simplesmente impressionante', 'notável'],
    note: 'Literal rendering of "nothing short of impressive"; "nada menos do que" introduces quantities in Portuguese.',
    example: 'Os analistas classificaram o crescimento da receita no trimestre como nada menos do que impressionante para uma empresa desse porte.',
    neighbour: 'Os analistas classificaram o crescimento da receita no trimestre como realmente impressionante para uma empresa desse porte.'
  },
  {
    phrase: 'nada menos que notável',
    expected: ['simplesmente notável', 'extraordinário'],
    note: 'Literal rendering of "nothing short of remarkable"; Portuguese says "simplesmente notável".',
    example: 'A recuperação da companhia aérea depois da pandemia foi nada menos que notável, segundo o relatório divulgado pelo sindicato.',
    neighbour: 'A recuperação da companhia aérea depois da pandemia foi simplesmente notável, segundo o relatório divulgado pelo sindicato.'
  },
  {
    phrase: 'nada menos que extraordinário',
    expected: ['simplesmente extraordinário'],
    note: 'Literal rendering of "nothing short of extraordinary"; Portuguese says "simplesmente extraordinário".',
    example: 'O desempenho do novo chip nos testes de laboratório foi nada menos que extraordinário, superando a geração anterior em quarenta por cento.',
    neighbour: 'O desempenho do novo chip nos testes de laboratório foi simplesmente extraordinário, superando a geração anterior em quarenta por cento.'
  },
  {
    phrase: 'nada menos que revolucionário',
    expected: ['verdadeiramente revolucionário'],
    note: 'Literal rendering of "nothing short of revolutionary"; Portuguese says "verdadeiramente revolucionário".',
    example: 'O fundador descreveu o novo recurso como nada menos que revolucionário para quem trabalha com planilhas todos os dias.',
    neighbour: 'O fundador descreveu o novo recurso como verdadeiramente revolucionário para quem trabalha com planilhas todos os dias.'
  },
  {
    phrase: 'não poderia concordar mais',
    expected: ['concordo plenamente', 'não podia estar mais de acordo'],
    note: 'Literal rendering of "I couldn\u2019t agree more"; Portuguese says "concordo plenamente".',
    example: 'Quando perguntado sobre a necessidade de regular a inteligência artificial, o executivo respondeu que não poderia concordar mais com os críticos.',
    neighbour: 'Quando perguntado sobre a necessidade de regular a inteligência artificial, o executivo respondeu que concorda plenamente com os críticos.'
  },
  {
    phrase: 'não poderia se importar menos',
    expected: ['não se importa nem um pouco', 'pouco lhe importa'],
    note: 'Literal rendering of "I couldn\u2019t care less"; Portuguese says "pouco me importa" or "não me importo nem um pouco" (third person "pouco lhe importa").',
    example: 'O bilionário disse aos jornalistas que não poderia se importar menos com o que os anunciantes pensam da plataforma.',
    neighbour: 'O bilionário disse aos jornalistas que não se importa nem um pouco com o que os anunciantes pensam da plataforma.'
  },

  // ---------------------------------------------------------------- verbs with the wrong partner
  {
    phrase: 'fazer uma decisão',
    expected: ['tomar uma decisão'],
    note: 'Literal rendering of "make a decision"; Portuguese "toma" decisions.',
    example: 'O conselho precisa fazer uma decisão sobre a venda da divisão de hardware antes da assembleia de acionistas em março.',
    neighbour: 'O conselho precisa tomar uma decisão sobre a venda da divisão de hardware antes da assembleia de acionistas em março.'
  },
  {
    phrase: 'fazer decisões',
    expected: ['tomar decisões'],
    note: 'Literal rendering of "make decisions"; Portuguese "toma" decisions.',
    example: 'Os gerentes regionais passaram a fazer decisões de contratação sem consultar a matriz, o que acelerou a expansão da rede.',
    neighbour: 'Os gerentes regionais passaram a tomar decisões de contratação sem consultar a matriz, o que acelerou a expansão da rede.'
  },
  {
    phrase: 'tomar ação',
    expected: ['agir', 'tomar medidas'],
    note: 'Literal rendering of "take action"; Portuguese says "agir" or "tomar medidas".',
    example: 'Os reguladores prometeram tomar ação imediata contra as plataformas que não removerem conteúdos fraudulentos em até 24 horas.',
    neighbour: 'Os reguladores prometeram agir imediatamente contra as plataformas que não removerem conteúdos fraudulentos em até 24 horas.'
  },
  {
    phrase: 'tomar vantagem',
    expected: ['aproveitar', 'tirar proveito', 'levar vantagem'],
    note: 'Literal rendering of "take advantage"; Portuguese says "aproveitar", "tirar proveito" or "levar vantagem".',
    example: 'Golpistas estão tomando vantagem da confusão sobre o novo imposto para enviar mensagens falsas em nome da Receita.',
    neighbour: 'Golpistas estão se aproveitando da confusão sobre o novo imposto para enviar mensagens falsas em nome da Receita.'
  },
  {
    phrase: 'tomar riscos',
    expected: ['correr riscos', 'assumir riscos'],
    note: 'Literal rendering of "take risks"; Portuguese "corre" or "assume" risks.',
    example: 'Os fundadores dizem que a empresa só cresceu porque sempre esteve disposta a tomar riscos que os concorrentes evitavam.',
    neighbour: 'Os fundadores dizem que a empresa só cresceu porque sempre esteve disposta a correr riscos que os concorrentes evitavam.'
  },
  {
    phrase: 'tomar um risco',
    expected: ['correr um risco', 'arriscar'],
    note: 'Literal rendering of "take a risk"; Portuguese "corre" a risk or "arrisca".',
    example: 'Investir todo o caixa em um único mercado seria tomar um risco grande demais para uma empresa que ainda não dá lucro.',
    neighbour: 'Investir todo o caixa em um único mercado seria correr um risco grande demais para uma empresa que ainda não dá lucro.'
  },
  {
    phrase: 'tomar uma chance',
    expected: ['arriscar', 'aproveitar a oportunidade'],
    note: 'Literal rendering of "take a chance"; Portuguese says "arriscar" or "tentar a sorte".',
    example: 'Poucos investidores quiseram tomar uma chance com a startup, que ainda não tinha clientes nem um produto funcionando.',
    neighbour: 'Poucos investidores quiseram arriscar com a startup, que ainda não tinha clientes nem um produto funcionando.'
  },
  {
    phrase: 'tomar uma abordagem',
    expected: ['adotar uma abordagem', 'seguir uma abordagem'],
    note: 'Literal rendering of "take an approach"; Portuguese "adota" an approach.',
    example: 'Ao contrário dos rivais, a fabricante decidiu tomar uma abordagem mais cautelosa e adiar o lançamento do carro autônomo.',
    neighbour: 'Ao contrário dos rivais, a fabricante decidiu adotar uma abordagem mais cautelosa e adiar o lançamento do carro autônomo.'
  },
  {
    phrase: 'tomar a abordagem',
    expected: ['adotar a abordagem', 'seguir a abordagem'],
    note: 'Literal rendering of "take the approach"; Portuguese "adota" an approach.',
    example: 'O governo vai tomar a abordagem oposta à da União Europeia e deixar que cada setor crie as próprias regras.',
    neighbour: 'O governo vai adotar a abordagem oposta à da União Europeia e deixar que cada setor crie as próprias regras.'
  },
  {
    phrase: 'tomar um passo',
    expected: ['dar um passo'],
    note: 'Literal rendering of "take a step"; Portuguese "dá" a step.',
    example: 'Com o acordo assinado nesta terça, as duas empresas tomaram um passo importante rumo à fusão das operações na América Latina.',
    neighbour: 'Com o acordo assinado nesta terça, as duas empresas deram um passo importante rumo à fusão das operações na América Latina.'
  },
  {
    phrase: 'tomar passos',
    expected: ['tomar medidas', 'dar passos'],
    note: 'Literal rendering of "take steps"; Portuguese "toma medidas" or "dá passos".',
    example: 'A prefeitura afirma que está tomando passos para reduzir as filas nos postos de saúde antes do início do inverno.',
    neighbour: 'A prefeitura afirma que está tomando medidas para reduzir as filas nos postos de saúde antes do início do inverno.'
  },
  {
    phrase: 'tomar propriedade',
    expected: ['assumir a responsabilidade', 'assumir a liderança'],
    note: 'Literal rendering of "take ownership"; Portuguese "assume a responsabilidade" for something.',
    example: 'O gestor espera que cada engenheiro passe a tomar propriedade das funcionalidades que entrega, do desenho ao suporte.',
    neighbour: 'O gestor espera que cada engenheiro passe a assumir a responsabilidade pelas funcionalidades que entrega, do desenho ao suporte.'
  },
  {
    phrase: 'tomar um olhar',
    expected: ['dar uma olhada', 'examinar'],
    note: 'Literal rendering of "take a look"; Portuguese "dá uma olhada".',
    example: 'Vamos tomar um olhar mais atento nos números do trimestre antes de tirar qualquer conclusão sobre a nova estratégia.',
    neighbour: 'Vamos dar uma olhada mais atenta nos números do trimestre antes de tirar qualquer conclusão sobre a nova estratégia.'
  },
  {
    phrase: 'tomar uma olhada',
    expected: ['dar uma olhada'],
    note: 'Literal rendering of "take a look"; Portuguese "dá uma olhada".',
    example: 'Antes de comprar o aparelho, vale a pena tomar uma olhada nas avaliações de quem já usa o modelo há alguns meses.',
    neighbour: 'Antes de comprar o aparelho, vale a pena dar uma olhada nas avaliações de quem já usa o modelo há alguns meses.'
  },
  {
    phrase: 'pagar atenção',
    expected: ['prestar atenção'],
    note: 'Literal rendering of "pay attention"; Portuguese "presta" attention.',
    example: 'Os investidores devem pagar atenção aos juros americanos, que continuam a ditar o humor dos mercados emergentes.',
    neighbour: 'Os investidores devem prestar atenção aos juros americanos, que continuam a ditar o humor dos mercados emergentes.'
  },
  {
    phrase: 'perguntar uma pergunta',
    expected: ['fazer uma pergunta'],
    note: 'Literal rendering of "ask a question"; Portuguese "faz" a question.',
    example: 'No fim da apresentação, um analista perguntou uma pergunta sobre as margens, e o diretor financeiro preferiu não responder.',
    neighbour: 'No fim da apresentação, um analista fez uma pergunta sobre as margens, e o diretor financeiro preferiu não responder.'
  },
  {
    phrase: 'salvar tempo',
    expected: ['poupar tempo', 'economizar tempo', 'ganhar tempo'],
    note: 'Literal rendering of "save time"; "salvar" is to rescue. Portuguese says "poupar" or "economizar tempo".',
    example: 'Segundo a empresa, o assistente ajuda os advogados a salvar tempo na revisão de contratos longos e repetitivos.',
    neighbour: 'Segundo a empresa, o assistente ajuda os advogados a poupar tempo na revisão de contratos longos e repetitivos.'
  },
  {
    phrase: 'salvar dinheiro',
    expected: ['poupar dinheiro', 'economizar dinheiro'],
    note: 'Literal rendering of "save money"; Portuguese says "poupar" or "economizar dinheiro".',
    example: 'Com a alta da energia, muitas famílias estão instalando painéis solares para salvar dinheiro na conta de luz.',
    neighbour: 'Com a alta da energia, muitas famílias estão instalando painéis solares para economizar dinheiro na conta de luz.'
  },
  {
    phrase: 'comprar mais tempo',
    expected: ['ganhar mais tempo'],
    note: 'Literal rendering of "buy more time"; Portuguese "ganha" time.',
    example: 'A renegociação da dívida deve comprar mais tempo para a varejista, que ainda busca um sócio estratégico no exterior.',
    neighbour: 'A renegociação da dívida deve dar mais tempo à varejista, que ainda busca um sócio estratégico no exterior.'
  },
  {
    phrase: 'fazer a matemática',
    expected: ['fazer as contas'],
    note: 'Literal rendering of "do the math"; Portuguese "faz as contas".',
    example: 'Quando você faz a matemática, fica claro que o plano mais barato sai mais caro para quem usa muitos dados móveis.',
    neighbour: 'Quando você faz as contas, fica claro que o plano mais barato sai mais caro para quem usa muitos dados móveis.'
  },
  {
    phrase: 'jogar um papel',
    expected: ['desempenhar um papel', 'ter um papel'],
    note: 'Literal rendering of "play a role"; Portuguese "desempenha" a role.',
    near: ['importante', 'fundamental', 'crucial', 'central', 'decisivo', 'essencial', 'chave', 'significativo', 'relevante'],
    window: 4,
    example: 'Os bancos públicos vão jogar um papel importante no financiamento da transição energética, segundo o ministro da Fazenda.',
    neighbour: 'Os bancos públicos vão desempenhar um papel importante no financiamento da transição energética, segundo o ministro da Fazenda.'
  },
  {
    phrase: 'tomar um papel',
    expected: ['assumir um papel'],
    note: 'Literal rendering of "take a role"; Portuguese "assume" a role.',
    near: ['liderança', 'ativo', 'importante', 'central', 'maior', 'protagonista'],
    window: 3,
    example: 'A cofundadora deve tomar um papel mais ativo na estratégia de produto depois da saída do diretor de tecnologia.',
    neighbour: 'A cofundadora deve assumir um papel mais ativo na estratégia de produto depois da saída do diretor de tecnologia.'
  },
  {
    phrase: 'fazer um caso para',
    expected: ['defender', 'argumentar a favor de'],
    note: 'Literal rendering of "make a case for"; Portuguese "defende" or "argumenta a favor de" something.',
    example: 'No relatório, os economistas fazem um caso para a redução gradual dos juros a partir do segundo semestre.',
    neighbour: 'No relatório, os economistas defendem a redução gradual dos juros a partir do segundo semestre.'
  },
  {
    phrase: 'aplicar para uma vaga',
    expected: ['candidatar-se a uma vaga'],
    note: 'Literal rendering of "apply for a job"; Portuguese "se candidata a" a job ("aplicar" is to apply a rule or invest money).',
    example: 'Mais de dez mil pessoas já usaram a ferramenta para aplicar para uma vaga sem precisar preencher formulários longos.',
    neighbour: 'Mais de dez mil pessoas já usaram a ferramenta para se candidatar a uma vaga sem precisar preencher formulários longos.'
  },
  {
    phrase: 'aplicar para vagas',
    expected: ['candidatar-se a vagas'],
    note: 'Literal rendering of "apply for jobs"; Portuguese "se candidata a" jobs.',
    example: 'Muitos recém-formados passam meses aplicando para vagas de estágio sem receber sequer uma resposta das empresas.',
    neighbour: 'Muitos recém-formados passam meses se candidatando a vagas de estágio sem receber sequer uma resposta das empresas.'
  },
  {
    phrase: 'aplicar para um emprego',
    expected: ['candidatar-se a um emprego'],
    note: 'Literal rendering of "apply for a job"; Portuguese "se candidata a" a job.',
    example: 'Ela decidiu aplicar para um emprego na filial de Lisboa depois de ler uma reportagem sobre a expansão da empresa.',
    neighbour: 'Ela decidiu candidatar-se a um emprego na filial de Lisboa depois de ler uma reportagem sobre a expansão da empresa.'
  },
  {
    phrase: 'aplicar para o cargo',
    expected: ['candidatar-se ao cargo'],
    note: 'Literal rendering of "apply for the position"; Portuguese "se candidata ao" cargo.',
    example: 'Os interessados podem aplicar para o cargo até sexta-feira, enviando currículo e carta de apresentação pelo site.',
    neighbour: 'Os interessados podem se candidatar ao cargo até sexta-feira, enviando currículo e carta de apresentação pelo site.'
  },
  {
    phrase: 'correr uma empresa',
    expected: ['dirigir uma empresa', 'comandar uma empresa', 'gerir uma empresa'],
    note: 'Literal rendering of "run a company"; Portuguese "dirige", "comanda" or "gere" a company.',
    example: 'Aos 28 anos, ele já corria uma empresa com trezentos funcionários e escritórios em três países da América do Sul.',
    neighbour: 'Aos 28 anos, ele já dirigia uma empresa com trezentos funcionários e escritórios em três países da América do Sul.'
  },
  {
    phrase: 'correr a empresa',
    expected: ['dirigir a empresa', 'comandar a empresa', 'gerir a empresa'],
    note: 'Literal rendering of "run the company"; Portuguese "dirige" or "comanda" the company.',
    example: 'Depois da renúncia do fundador, o conselho escolheu uma executiva vinda do setor financeiro para correr a empresa.',
    neighbour: 'Depois da renúncia do fundador, o conselho escolheu uma executiva vinda do setor financeiro para comandar a empresa.'
  },
  {
    phrase: 'correr um negócio',
    expected: ['gerir um negócio', 'tocar um negócio', 'administrar um negócio'],
    note: 'Literal rendering of "run a business"; Portuguese "gere", "administra" or (pt-BR) "toca" a business.',
    example: 'O curso ensina o básico de finanças para quem quer correr um negócio próprio sem depender de um contador.',
    neighbour: 'O curso ensina o básico de finanças para quem quer administrar um negócio próprio sem depender de um contador.'
  },
  {
    phrase: 'correr o show',
    expected: ['mandar', 'dar as cartas'],
    note: 'Literal rendering of "run the show"; Portuguese says "dar as cartas" or "mandar".',
    example: 'Embora o pai continue como presidente do conselho, é a filha quem corre o show no dia a dia da rede de supermercados.',
    neighbour: 'Embora o pai continue como presidente do conselho, é a filha quem dá as cartas no dia a dia da rede de supermercados.'
  },
  {
    phrase: 'chamar os tiros',
    expected: ['dar as cartas', 'tomar as decisões'],
    note: 'Literal rendering of "call the shots"; Portuguese "dá as cartas".',
    example: 'Na nova estrutura, são os acionistas chineses que vão chamar os tiros sobre investimentos e contratações.',
    neighbour: 'Na nova estrutura, são os acionistas chineses que vão dar as cartas sobre investimentos e contratações.'
  },
  {
    phrase: 'correr para presidente',
    expected: ['candidatar-se a presidente', 'concorrer à presidência'],
    note: 'Literal rendering of "run for president"; Portuguese "se candidata" or "concorre à presidência".',
    example: 'O governador confirmou que pretende correr para presidente em 2026 e já conversa com partidos de centro.',
    neighbour: 'O governador confirmou que pretende se candidatar a presidente em 2026 e já conversa com partidos de centro.'
  },
  {
    phrase: 'correr para a reeleição',
    expected: ['concorrer à reeleição', 'disputar a reeleição'],
    note: 'Literal rendering of "run for reelection"; Portuguese "concorre à" or "disputa a" reeleição.',
    example: 'A prefeita anunciou que não vai correr para a reeleição e que pretende voltar à universidade no próximo ano.',
    neighbour: 'A prefeita anunciou que não vai concorrer à reeleição e que pretende voltar à universidade no próximo ano.'
  },
  {
    phrase: 'tocar a base',
    expected: ['entrar em contato', 'conversar'],
    note: 'Literal rendering of "touch base"; Portuguese "entra em contato" or "conversa rapidamente".',
    example: 'Vou tocar a base com o time jurídico na segunda-feira e depois mando um resumo para todos por e-mail.',
    neighbour: 'Vou conversar com o time jurídico na segunda-feira e depois mando um resumo para todos por e-mail.'
  },
  {
    phrase: 'circular de volta',
    expected: ['retomar o assunto', 'voltar ao assunto'],
    note: 'Literal rendering of "circle back"; Portuguese "retoma" or "volta a" um assunto.',
    example: 'Sem tempo para discutir o orçamento na reunião, a diretora prometeu circular de volta ao tema na semana seguinte.',
    neighbour: 'Sem tempo para discutir o orçamento na reunião, a diretora prometeu retomar o tema na semana seguinte.'
  },
  {
    phrase: 'mover a agulha',
    expected: ['fazer diferença', 'ter impacto'],
    note: 'Literal rendering of "move the needle"; Portuguese says "fazer diferença" or "ter impacto real".',
    example: 'Os analistas duvidam que a nova linha de acessórios seja capaz de mover a agulha nos resultados da fabricante.',
    neighbour: 'Os analistas duvidam que a nova linha de acessórios seja capaz de fazer diferença nos resultados da fabricante.'
  },
  {
    phrase: 'trazer para a mesa',
    expected: ['oferecer', 'contribuir com'],
    note: 'Literal rendering of "bring to the table" (what someone contributes); Portuguese says "oferecer" or "contribuir com".',
    near: ['experiência', 'habilidade', 'habilidades', 'competência', 'competências', 'talento', 'conhecimento', 'valor', 'perspectiva'],
    window: 6,
    example: 'Cada novo sócio traz para a mesa uma experiência diferente, do varejo digital à logística de última milha.',
    neighbour: 'Cada novo sócio contribui com uma experiência diferente, do varejo digital à logística de última milha.'
  },
  {
    phrase: 'dobrar para baixo',
    expected: ['redobrar a aposta', 'insistir'],
    note: 'Literal rendering of "double down"; Portuguese "redobra a aposta" or "insiste".',
    near: ['estratégia', 'aposta', 'investimento', 'investimentos', 'plano', 'compromisso', 'decisão', 'política'],
    window: 8,
    example: 'Em vez de recuar, a montadora decidiu dobrar para baixo na estratégia elétrica e anunciou mais duas fábricas de baterias.',
    neighbour: 'Em vez de recuar, a montadora decidiu redobrar a aposta na estratégia elétrica e anunciou mais duas fábricas de baterias.'
  },
  {
    phrase: 'sair do seu caminho para',
    expected: ['desdobrar-se para', 'fazer de tudo para'],
    note: 'Literal rendering of "go out of one\u2019s way to"; Portuguese "se desdobra" or "faz de tudo" para.',
    example: 'Os funcionários dizem que o fundador fazia questão de sair do seu caminho para ajudar quem estava começando na empresa.',
    neighbour: 'Os funcionários dizem que o fundador fazia questão de se desdobrar para ajudar quem estava começando na empresa.'
  },
  {
    phrase: 'colocar o pé para baixo',
    expected: ['impor-se', 'bater o pé'],
    note: 'Literal rendering of "put one\u2019s foot down"; Portuguese "se impõe" or "bate o pé".',
    example: 'Depois de meses de atrasos, o cliente resolveu colocar o pé para baixo e exigiu a entrega do sistema até dezembro.',
    neighbour: 'Depois de meses de atrasos, o cliente resolveu bater o pé e exigiu a entrega do sistema até dezembro.'
  },
  {
    phrase: 'bater a estrada',
    expected: ['pôr-se a caminho', 'cair na estrada'],
    note: 'Literal rendering of "hit the road"; Portuguese "se põe a caminho" or (pt-BR) "cai na estrada".',
    example: 'Depois do lançamento em São Paulo, a equipe vai bater a estrada para apresentar o carro em outras doze capitais.',
    neighbour: 'Depois do lançamento em São Paulo, a equipe vai cair na estrada para apresentar o carro em outras doze capitais.'
  },
  {
    phrase: 'bater no chão correndo',
    expected: ['começar a todo o vapor', 'chegar já produzindo'],
    note: 'Literal rendering of "hit the ground running"; Portuguese says "começar a todo o vapor".',
    example: 'O novo diretor precisa bater no chão correndo, porque a empresa tem apenas seis meses de caixa.',
    neighbour: 'O novo diretor precisa começar a todo o vapor, porque a empresa tem apenas seis meses de caixa.'
  },
  {
    phrase: 'atingir o chão correndo',
    expected: ['começar a todo o vapor'],
    note: 'Literal rendering of "hit the ground running"; Portuguese says "começar a todo o vapor".',
    example: 'A ministra disse que a equipe de transição vai atingir o chão correndo logo no primeiro dia do novo governo.',
    neighbour: 'A ministra disse que a equipe de transição vai começar a trabalhar a todo o vapor logo no primeiro dia do novo governo.'
  },
  {
    phrase: 'pular a arma',
    expected: ['precipitar-se', 'antecipar-se'],
    note: 'Literal rendering of "jump the gun"; Portuguese "se precipita".',
    example: 'Alguns sites pularam a arma e anunciaram o acordo antes que as duas empresas tivessem assinado qualquer documento.',
    neighbour: 'Alguns sites se precipitaram e anunciaram o acordo antes que as duas empresas tivessem assinado qualquer documento.'
  },
  {
    phrase: 'chamar de um dia',
    expected: ['encerrar o expediente', 'dar o dia por encerrado'],
    note: 'Literal rendering of "call it a day"; Portuguese "dá o dia por encerrado".',
    example: 'Depois de doze horas de negociação sem acordo, os representantes decidiram chamar de um dia e voltar na manhã seguinte.',
    neighbour: 'Depois de doze horas de negociação sem acordo, os representantes decidiram dar o dia por encerrado e voltar na manhã seguinte.'
  },
  {
    phrase: 'morder a bala',
    expected: ['engolir o sapo', 'encarar o sacrifício'],
    note: 'Literal rendering of "bite the bullet"; Portuguese says "engolir o sapo" or "encarar o sacrifício".',
    example: 'Sem alternativa, a companhia teve de morder a bala e cancelar as rotas menos rentáveis antes do fim do ano.',
    neighbour: 'Sem alternativa, a companhia teve de encarar o sacrifício e cancelar as rotas menos rentáveis antes do fim do ano.'
  },
  {
    phrase: 'cortar cantos',
    expected: ['fazer as coisas de qualquer jeito', 'economizar no essencial'],
    note: 'Literal rendering of "cut corners"; Portuguese says "fazer as coisas de qualquer jeito" or "poupar no essencial".',
    example: 'Ex-funcionários acusam a construtora de cortar cantos na segurança das obras para cumprir os prazos contratuais.',
    neighbour: 'Ex-funcionários acusam a construtora de economizar na segurança das obras para cumprir os prazos contratuais.'
  },
  {
    phrase: 'cortar esquinas',
    expected: ['fazer as coisas de qualquer jeito', 'economizar no essencial'],
    note: 'Literal rendering of "cut corners"; Portuguese says "fazer as coisas de qualquer jeito".',
    example: 'A auditoria concluiu que a fornecedora cortou esquinas nos testes de qualidade para entregar o lote a tempo.',
    neighbour: 'A auditoria concluiu que a fornecedora fez os testes de qualidade de qualquer jeito para entregar o lote a tempo.'
  },
  {
    phrase: 'sentar na cerca',
    expected: ['ficar em cima do muro'],
    note: 'Literal rendering of "sit on the fence"; Portuguese "fica em cima do muro".',
    example: 'Pressionado pelos dois lados, o senador preferiu sentar na cerca e não declarou voto na reforma tributária.',
    neighbour: 'Pressionado pelos dois lados, o senador preferiu ficar em cima do muro e não declarou voto na reforma tributária.'
  },
  {
    phrase: 'chamar o blefe',
    expected: ['pagar para ver'],
    note: 'Literal rendering of "call someone\u2019s bluff"; Portuguese "paga para ver".',
    example: 'Os sindicatos decidiram chamar o blefe da montadora, que ameaçava fechar a fábrica se não houvesse corte de salários.',
    neighbour: 'Os sindicatos decidiram pagar para ver, apesar da ameaça da montadora de fechar a fábrica se não houvesse corte de salários.'
  },
  {
    phrase: 'atirar um e-mail',
    expected: ['mandar um e-mail'],
    note: 'Literal rendering of "shoot an email"; Portuguese "manda" an e-mail.',
    example: 'Se tiver qualquer dúvida sobre o contrato, é só atirar um e-mail para o nosso time comercial que respondemos no mesmo dia.',
    neighbour: 'Se tiver qualquer dúvida sobre o contrato, é só mandar um e-mail para o nosso time comercial que respondemos no mesmo dia.'
  },
  {
    phrase: 'obter as coisas feitas',
    expected: ['fazer as coisas acontecerem', 'concretizar'],
    note: 'Literal rendering of "get things done"; Portuguese says "fazer as coisas acontecerem".',
    example: 'Colegas descrevem a nova presidente como alguém que sabe obter as coisas feitas mesmo em estruturas muito burocráticas.',
    neighbour: 'Colegas descrevem a nova presidente como alguém que sabe fazer as coisas acontecerem mesmo em estruturas muito burocráticas.'
  },
  {
    phrase: 'aterrissar um emprego',
    expected: ['conseguir um emprego', 'arranjar um emprego'],
    note: 'Literal rendering of "land a job"; Portuguese "consegue" a job.',
    example: 'Depois de seis meses de procura, o engenheiro finalmente aterrissou um emprego em uma empresa de energia solar.',
    neighbour: 'Depois de seis meses de procura, o engenheiro finalmente conseguiu um emprego em uma empresa de energia solar.'
  },
  {
    phrase: 'aterrissar um contrato',
    expected: ['fechar um contrato', 'conquistar um contrato'],
    note: 'Literal rendering of "land a contract"; Portuguese "fecha" or "conquista" a contract.',
    example: 'A pequena empresa de software conseguiu aterrissar um contrato com o governo federal avaliado em R$ 40 milhões.',
    neighbour: 'A pequena empresa de software conseguiu fechar um contrato com o governo federal avaliado em R$ 40 milhões.'
  },
  {
    phrase: 'dirigir tráfego',
    expected: ['gerar tráfego', 'atrair visitantes'],
    note: 'Literal rendering of "drive traffic"; Portuguese "gera tráfego" or "atrai visitantes" to a site.',
    near: ['site', 'página', 'loja', 'blog', 'online', 'visitantes', 'links', 'anúncios', 'buscadores'],
    example: 'A parceria com influenciadores deve dirigir tráfego para a loja online justamente na semana da Black Friday.',
    neighbour: 'A parceria com influenciadores deve gerar tráfego para a loja online justamente na semana da Black Friday.'
  },

  // ---------------------------------------------------------------- fixed idioms rendered word for word
  {
    phrase: 'o que importa no final do dia',
    expected: ['o que importa, afinal', 'o que importa no fim de contas'],
    note: 'Literal rendering of "what matters at the end of the day"; the idiom means "afinal" or "no fim de contas", not evening.',
    example: 'Para os investidores, o que importa no final do dia é se a empresa consegue transformar usuários em receita recorrente.',
    neighbour: 'Para os investidores, o que importa, afinal, é se a empresa consegue transformar usuários em receita recorrente.'
  },
  {
    phrase: 'o que conta no final do dia',
    expected: ['o que conta, afinal', 'o que conta no fim de contas'],
    note: 'Literal rendering of "what counts at the end of the day"; the idiom means "afinal", not evening.',
    example: 'O técnico repetiu que o que conta no final do dia são os pontos, e não a beleza do futebol apresentado.',
    neighbour: 'O técnico repetiu que o que conta, no fim de contas, são os pontos, e não a beleza do futebol apresentado.'
  },
  {
    phrase: 'tomar lugar',
    expected: ['acontecer', 'realizar-se', 'ter lugar'],
    note: 'Literal rendering of "take place"; Portuguese says "acontecer", "realizar-se" or (pt-PT) "ter lugar". "Tomar lugar" is to take a seat.',
    near: ['evento', 'conferência', 'cúpula', 'encontro', 'festival', 'feira', 'eleição', 'eleições', 'votação', 'congresso', 'competição'],
    example: 'A conferência anual de desenvolvedores vai tomar lugar em junho, em São Francisco, com transmissão ao vivo pela internet.',
    neighbour: 'A conferência anual de desenvolvedores vai acontecer em junho, em São Francisco, com transmissão ao vivo pela internet.'
  },
  {
    phrase: 'endereçar o problema',
    expected: ['resolver o problema', 'tratar do problema', 'abordar o problema'],
    note: 'Literal rendering of "address the problem"; "endereçar" is to send to an address. Portuguese "resolve", "trata" or "aborda" a problem.',
    example: 'A fabricante prometeu endereçar o problema da bateria com uma atualização de software nas próximas duas semanas.',
    neighbour: 'A fabricante prometeu resolver o problema da bateria com uma atualização de software nas próximas duas semanas.'
  },
  {
    phrase: 'endereçar os problemas',
    expected: ['resolver os problemas', 'tratar dos problemas', 'enfrentar os problemas'],
    note: 'Literal rendering of "address the issues"; Portuguese "resolve" or "trata dos" problems.',
    example: 'O novo plano diretor pretende endereçar os problemas de mobilidade que afetam os bairros mais afastados do centro.',
    neighbour: 'O novo plano diretor pretende enfrentar os problemas de mobilidade que afetam os bairros mais afastados do centro.'
  },
  {
    phrase: 'endereçar os desafios',
    expected: ['enfrentar os desafios', 'responder aos desafios'],
    note: 'Literal rendering of "address the challenges"; Portuguese "enfrenta" challenges.',
    example: 'O documento propõe medidas concretas para endereçar os desafios da transição energética nos países em desenvolvimento.',
    neighbour: 'O documento propõe medidas concretas para enfrentar os desafios da transição energética nos países em desenvolvimento.'
  },
  {
    phrase: 'endereçar as necessidades',
    expected: ['atender às necessidades', 'responder às necessidades'],
    note: 'Literal rendering of "address the needs"; Portuguese "atende às" or "responde às" needs.',
    example: 'A nova versão do aplicativo foi pensada para endereçar as necessidades de pequenos comerciantes que vendem pelo celular.',
    neighbour: 'A nova versão do aplicativo foi pensada para atender às necessidades de pequenos comerciantes que vendem pelo celular.'
  },
  {
    phrase: 'endereçar os riscos',
    expected: ['mitigar os riscos', 'tratar os riscos', 'enfrentar os riscos'],
    note: 'Literal rendering of "address the risks"; Portuguese "mitiga" or "trata" risks.',
    example: 'Os reguladores exigem que os bancos apresentem planos para endereçar os riscos climáticos em suas carteiras de crédito.',
    neighbour: 'Os reguladores exigem que os bancos apresentem planos para mitigar os riscos climáticos em suas carteiras de crédito.'
  },
  {
    phrase: 'no topo de tudo isso',
    expected: ['além de tudo isso', 'para piorar'],
    note: 'Literal rendering of "on top of all that"; Portuguese says "além de tudo isso" or "para piorar".',
    example: 'A empresa enfrenta queda nas vendas e greve nas fábricas e, no topo de tudo isso, uma investigação por fraude contábil.',
    neighbour: 'A empresa enfrenta queda nas vendas e greve nas fábricas e, além de tudo isso, uma investigação por fraude contábil.'
  },
  {
    phrase: 'a bola está no seu tribunal',
    expected: ['a decisão é sua', 'agora é com você'],
    note: 'Literal rendering of "the ball is in your court" (a tennis court read as a law court); Portuguese says "agora é com você".',
    example: 'Depois da última proposta do sindicato, o negociador disse à empresa que a bola está no seu tribunal.',
    neighbour: 'Depois da última proposta do sindicato, o negociador disse à empresa que agora a decisão é dela.'
  },
  {
    phrase: 'a bola está na sua quadra',
    expected: ['a decisão é sua', 'agora é com você'],
    note: 'Literal rendering of "the ball is in your court"; Portuguese says "agora é com você" or "a decisão é sua".',
    example: 'O ministro respondeu aos deputados que a bola está na sua quadra e que o governo já fez todas as concessões possíveis.',
    neighbour: 'O ministro respondeu aos deputados que agora a decisão é deles e que o governo já fez todas as concessões possíveis.'
  },
  {
    phrase: 'custar um braço e uma perna',
    expected: ['os olhos da cara', 'uma fortuna'],
    note: 'Literal rendering of "an arm and a leg"; Portuguese says "custar os olhos da cara".',
    example: 'Reformar o data center vai custar um braço e uma perna, mas manter os servidores atuais pode sair ainda mais caro.',
    neighbour: 'Reformar o data center vai custar os olhos da cara, mas manter os servidores atuais pode sair ainda mais caro.'
  },
  {
    phrase: 'chover gatos e cachorros',
    expected: ['chover canivetes', 'chover a cântaros'],
    note: 'Literal rendering of "rain cats and dogs"; Portuguese says "chover canivetes" (pt-BR) or "chover a cântaros".',
    example: 'Os organizadores mantiveram o festival mesmo com a previsão de chover gatos e cachorros durante todo o fim de semana.',
    neighbour: 'Os organizadores mantiveram o festival mesmo com a previsão de chover canivetes durante todo o fim de semana.'
  },
  {
    phrase: 'frutas mais baixas',
    expected: ['ganhos mais fáceis', 'o que está mais à mão'],
    note: 'Literal rendering of "low-hanging fruit"; Portuguese says "ganhos fáceis" or "o que está mais à mão".',
    example: 'Os consultores recomendam começar pelas frutas mais baixas, como renegociar contratos de energia e de telefonia.',
    neighbour: 'Os consultores recomendam começar pelos ganhos mais fáceis, como renegociar contratos de energia e de telefonia.'
  },
  {
    phrase: 'de volta ao quadrado um',
    expected: ['de volta à estaca zero'],
    note: 'Literal rendering of "back to square one"; Portuguese says "de volta à estaca zero".',
    example: 'Sem o financiamento do banco, o projeto da ferrovia está de volta ao quadrado um, segundo técnicos do ministério.',
    neighbour: 'Sem o financiamento do banco, o projeto da ferrovia está de volta à estaca zero, segundo técnicos do ministério.'
  },
  {
    phrase: 'pular no vagão',
    expected: ['aderir à moda', 'ir na onda', 'embarcar na tendência'],
    note: 'Literal rendering of "jump on the bandwagon"; Portuguese says "ir na onda" or "embarcar na moda".',
    example: 'Depois do sucesso do concorrente, várias marcas pularam no vagão e lançaram os próprios assistentes de inteligência artificial.',
    neighbour: 'Depois do sucesso do concorrente, várias marcas embarcaram na onda e lançaram os próprios assistentes de inteligência artificial.'
  },
  {
    phrase: 'jogar sob o ônibus',
    expected: ['sacrificar', 'deixar na mão'],
    note: 'Literal rendering of "throw under the bus"; Portuguese says "sacrificar" or "deixar na mão".',
    example: 'O ministro negou que pretenda jogar sob o ônibus os assessores citados no relatório da Polícia Federal.',
    neighbour: 'O ministro negou que pretenda sacrificar os assessores citados no relatório da Polícia Federal.'
  },
  {
    phrase: 'atirar para debaixo do autocarro',
    expected: ['sacrificar', 'deixar cair'],
    note: 'Literal rendering of "throw under the bus"; European Portuguese says "sacrificar" or "deixar cair" alguém.',
    example: 'O antigo administrador acusou o conselho de o atirar para debaixo do autocarro para proteger os acionistas de referência.',
    neighbour: 'O antigo administrador acusou o conselho de o sacrificar para proteger os acionistas de referência.'
  },
  {
    phrase: 'todos os ovos em uma cesta',
    expected: ['todos os ovos na mesma cesta'],
    note: 'Literal rendering of "all your eggs in one basket"; the Portuguese idiom is "todos os ovos na mesma cesta" ("no mesmo cesto").',
    example: 'Os gestores recomendam não colocar todos os ovos em uma cesta e dividir as aplicações entre renda fixa e ações.',
    neighbour: 'Os gestores recomendam não colocar todos os ovos na mesma cesta e dividir as aplicações entre renda fixa e ações.'
  },
  {
    phrase: 'dois pássaros com uma pedra',
    expected: ['dois coelhos com uma cajadada só'],
    note: 'Literal rendering of "kill two birds with one stone"; the Portuguese idiom is "matar dois coelhos com uma cajadada só".',
    example: 'Com o novo aplicativo, o banco pretende matar dois pássaros com uma pedra: reduzir custos e atrair clientes mais jovens.',
    neighbour: 'Com o novo aplicativo, o banco pretende matar dois coelhos com uma cajadada só: reduzir custos e atrair clientes mais jovens.'
  },
  {
    phrase: 'acertar o prego na cabeça',
    expected: ['acertar em cheio', 'acertar na mosca'],
    note: 'Literal rendering of "hit the nail on the head"; Portuguese says "acertar em cheio" or "acertar na mosca".',
    example: 'Com a campanha sobre o preço da energia, a oposição acertou o prego na cabeça e subiu seis pontos nas pesquisas.',
    neighbour: 'Com a campanha sobre o preço da energia, a oposição acertou em cheio e subiu seis pontos nas pesquisas.'
  },
  {
    phrase: 'abrir uma lata de vermes',
    expected: ['vespeiro', 'caixa de Pandora'],
    note: 'Literal rendering of "a can of worms"; Portuguese says "mexer num vespeiro" or "abrir a caixa de Pandora".',
    example: 'Mexer nas regras da previdência dos militares abriria uma lata de vermes que nenhum governo quis enfrentar até agora.',
    neighbour: 'Mexer nas regras da previdência dos militares seria mexer num vespeiro que nenhum governo quis enfrentar até agora.'
  },
  {
    phrase: 'abrir uma lata de minhocas',
    expected: ['vespeiro', 'caixa de Pandora'],
    note: 'Literal rendering of "a can of worms"; Portuguese says "mexer num vespeiro".',
    example: 'O processo contra a plataforma pode abrir uma lata de minhocas sobre o uso de dados pessoais no treinamento de modelos.',
    neighbour: 'O processo contra a plataforma pode abrir a caixa de Pandora sobre o uso de dados pessoais no treinamento de modelos.'
  },
  {
    phrase: 'colocar-se nos sapatos',
    expected: ['colocar-se no lugar'],
    note: 'Literal rendering of "put yourself in someone\u2019s shoes"; the Portuguese idiom is "colocar-se no lugar de alguém".',
    example: 'Os bons designers sabem colocar-se nos sapatos do usuário antes de desenhar qualquer tela de um aplicativo.',
    neighbour: 'Os bons designers sabem colocar-se no lugar do usuário antes de desenhar qualquer tela de um aplicativo.'
  },
  {
    phrase: 'se colocar nos sapatos',
    expected: ['se colocar no lugar'],
    note: 'Literal rendering of "put yourself in someone\u2019s shoes"; the Portuguese idiom is "se colocar no lugar de alguém".',
    example: 'A gerente pediu que cada vendedor tentasse se colocar nos sapatos do cliente antes de oferecer um novo plano.',
    neighbour: 'A gerente pediu que cada vendedor tentasse se colocar no lugar do cliente antes de oferecer um novo plano.'
  },
  {
    phrase: 'não é minha xícara de chá',
    expected: ['não é a minha praia', 'não faz o meu gênero'],
    note: 'Literal rendering of "not my cup of tea"; Portuguese says "não é a minha praia".',
    example: '"Redes sociais não é minha xícara de chá", admite o diretor, que mesmo assim diz que a marca não pode ficar de fora delas.',
    neighbour: '"Redes sociais não são a minha praia", admite o diretor, que mesmo assim diz que a marca não pode ficar de fora delas.'
  },
  {
    phrase: 'comer a própria comida de cachorro',
    expected: ['próprio produto'],
    note: 'Literal rendering of "eat your own dog food" (use your own product); Portuguese says "usar o próprio produto".',
    example: 'A empresa faz questão de comer a própria comida de cachorro: todos os funcionários usam o software antes dos clientes.',
    neighbour: 'A empresa faz questão de usar o próprio produto: todos os funcionários usam o software antes dos clientes.'
  },
  {
    phrase: 'homem do meio',
    near: ['intermediário', 'intermediários', 'cadeia', 'produtor', 'produtores', 'consumidor', 'consumidores', 'vendedor', 'vendedores', 'comprador', 'compradores', 'margem', 'eliminar', 'elimina'],
    expected: ['intermediário', 'atravessador'],
    note: 'Literal rendering of "middleman"; Portuguese says "intermediário" or (pt-BR) "atravessador".',
    example: 'A plataforma liga agricultores diretamente aos restaurantes e elimina o homem do meio que ficava com boa parte da margem.',
    neighbour: 'A plataforma liga agricultores diretamente aos restaurantes e elimina o intermediário que ficava com boa parte da margem.'
  },
  {
    phrase: 'de olho de pássaro',
    expected: ['panorâmica', 'geral', 'aérea'],
    note: 'Literal rendering of "bird\u2019s-eye (view)"; Portuguese says "visão panorâmica" or "vista aérea".',
    example: 'O painel oferece uma visão de olho de pássaro das vendas em todas as lojas, atualizada a cada quinze minutos.',
    neighbour: 'O painel oferece uma visão panorâmica das vendas em todas as lojas, atualizada a cada quinze minutos.'
  },
  {
    phrase: 'não foi um passeio no parque',
    expected: ['não foi fácil', 'não foi nenhum passeio'],
    note: 'Literal rendering of "it was no walk in the park"; Portuguese says "não foi fácil" or "não foi brincadeira".',
    example: 'A fundadora admite que levantar a primeira rodada de investimento não foi um passeio no parque em plena pandemia.',
    neighbour: 'A fundadora admite que levantar a primeira rodada de investimento não foi nada fácil em plena pandemia.'
  },
  {
    phrase: 'não é um passeio no parque',
    expected: ['não é fácil', 'não é brincadeira'],
    note: 'Literal rendering of "it\u2019s no walk in the park"; Portuguese says "não é fácil" or "não é brincadeira".',
    example: 'Migrar um banco inteiro para a nuvem não é um passeio no parque, e a maioria dos projetos estoura o orçamento.',
    neighbour: 'Migrar um banco inteiro para a nuvem não é brincadeira, e a maioria dos projetos estoura o orçamento.'
  },
  {
    phrase: 'campo de jogo nivelado',
    expected: ['igualdade de condições'],
    note: 'Literal rendering of "a level playing field"; Portuguese says "igualdade de condições".',
    example: 'As operadoras pedem um campo de jogo nivelado, com as mesmas regras fiscais para elas e para as grandes plataformas digitais.',
    neighbour: 'As operadoras pedem igualdade de condições, com as mesmas regras fiscais para elas e para as grandes plataformas digitais.'
  },
  {
    phrase: 'nivelar o campo de jogo',
    expected: ['garantir igualdade de condições'],
    note: 'Literal rendering of "level the playing field"; Portuguese says "garantir igualdade de condições".',
    example: 'Segundo o relator, a nova lei pretende nivelar o campo de jogo entre os bancos tradicionais e as fintechs.',
    neighbour: 'Segundo o relator, a nova lei pretende garantir igualdade de condições entre os bancos tradicionais e as fintechs.'
  },
  {
    phrase: 'qual é o grande negócio',
    expected: ['qual é o problema', 'qual é a importância'],
    note: 'Literal rendering of "what\u2019s the big deal"; Portuguese says "qual é o problema" or "por que tanto alarde".',
    example: 'Muitos leitores perguntaram qual é o grande negócio com o novo formato de arquivo que a empresa tanto promove.',
    neighbour: 'Muitos leitores perguntaram por que tanto alarde em torno do novo formato de arquivo que a empresa tanto promove.'
  },
  {
    phrase: 'fazer um grande negócio sobre',
    expected: ['fazer alarde sobre', 'dar muita importância a'],
    note: 'Literal rendering of "make a big deal about"; Portuguese "faz alarde" or "dá muita importância" a algo.',
    example: 'O executivo pediu à imprensa para não fazer um grande negócio sobre a saída do diretor, que seria apenas temporária.',
    neighbour: 'O executivo pediu à imprensa para não fazer alarde sobre a saída do diretor, que seria apenas temporária.'
  },
  {
    phrase: 'homens do sim',
    expected: ['bajuladores', 'puxa-sacos'],
    note: 'Literal rendering of "yes-men"; Portuguese says "bajuladores" or (pt-BR) "puxa-sacos".',
    example: 'Ex-funcionários dizem que o fundador se cercou de homens do sim e deixou de ouvir críticas sobre o produto.',
    neighbour: 'Ex-funcionários dizem que o fundador se cercou de bajuladores e deixou de ouvir críticas sobre o produto.'
  },
  {
    phrase: 'bola curva',
    expected: ['surpresa', 'imprevisto', 'rasteira'],
    note: 'Literal rendering of "curveball" (a surprise); baseball is foreign to Portuguese readers, who say "surpresa" or "rasteira".',
    example: 'A decisão do tribunal foi uma bola curva para os investidores, que davam como certa a aprovação da fusão.',
    neighbour: 'A decisão do tribunal foi uma surpresa para os investidores, que davam como certa a aprovação da fusão.'
  },
  {
    phrase: 'sapatos grandes para preencher',
    expected: ['um lugar difícil de ocupar'],
    note: 'Literal rendering of "big shoes to fill"; Portuguese says "um lugar difícil de ocupar" or "uma herança pesada".',
    example: 'A nova técnica terá sapatos grandes para preencher depois dos dois títulos conquistados pelo antecessor.',
    neighbour: 'A nova técnica terá um lugar difícil de ocupar depois dos dois títulos conquistados pelo antecessor.'
  },
  {
    phrase: 'botão quente',
    expected: ['tema polêmico', 'assunto sensível'],
    note: 'Literal rendering of "hot-button (issue)"; Portuguese says "tema polêmico" or "assunto sensível".',
    example: 'A imigração voltou a ser um botão quente na campanha, e os dois candidatos evitaram o tema no último debate.',
    neighbour: 'A imigração voltou a ser um tema polêmico na campanha, e os dois candidatos evitaram o assunto no último debate.'
  },
  {
    phrase: 'tópico quente',
    expected: ['assunto do momento', 'tema em alta'],
    note: 'Literal rendering of "hot topic"; Portuguese says "assunto do momento" or "tema em alta".',
    example: 'A inteligência artificial generativa é o tópico quente da conferência deste ano, com mais de quarenta palestras sobre o assunto.',
    neighbour: 'A inteligência artificial generativa é o assunto do momento na conferência deste ano, com mais de quarenta palestras sobre o tema.'
  },
  {
    phrase: 'mãos para baixo',
    expected: ['com folga', 'de longe', 'sem discussão'],
    note: 'Literal rendering of "hands down"; Portuguese says "com folga", "de longe" or "sem discussão".',
    near: ['ganhar', 'ganha', 'vencer', 'vence', 'melhor'],
    window: 4,
    example: 'Nos nossos testes, o modelo mais barato ganha mãos para baixo quando o assunto é duração da bateria.',
    neighbour: 'Nos nossos testes, o modelo mais barato ganha com folga quando o assunto é duração da bateria.'
  },
  {
    phrase: 'fora do bastão',
    expected: ['logo de cara', 'de imediato'],
    note: 'Literal rendering of "right off the bat"; Portuguese says "logo de cara" or "de imediato".',
    example: 'Direto fora do bastão, o novo sistema operacional impressiona pela rapidez com que abre os aplicativos mais pesados.',
    neighbour: 'Logo de cara, o novo sistema operacional impressiona pela rapidez com que abre os aplicativos mais pesados.'
  },
  {
    phrase: 'uma vez em uma lua azul',
    expected: ['muito raramente', 'de tempos a tempos'],
    note: 'Literal rendering of "once in a blue moon"; Portuguese says "muito raramente" or "de vez em quando".',
    example: 'Promoções desse tamanho acontecem uma vez em uma lua azul, por isso a loja espera filas desde a madrugada.',
    neighbour: 'Promoções desse tamanho acontecem muito raramente, por isso a loja espera filas desde a madrugada.'
  },
  {
    phrase: 'em uma casca de noz',
    expected: ['em resumo', 'em poucas palavras'],
    note: 'Literal rendering of "in a nutshell"; Portuguese says "em resumo" or "em poucas palavras".',
    variant: 'pt-BR',
    example: 'Em uma casca de noz, a proposta troca cinco tributos sobre o consumo por um único imposto sobre valor agregado.',
    neighbour: 'Em resumo, a proposta troca cinco tributos sobre o consumo por um único imposto sobre valor agregado.'
  },
  {
    phrase: 'óleo da meia-noite',
    expected: ['trabalhar noite adentro', 'virar noites'],
    note: 'Literal rendering of "burn the midnight oil"; Portuguese says "trabalhar noite adentro" or "virar a noite".',
    example: 'Para cumprir o prazo, os engenheiros queimaram o óleo da meia-noite durante semanas antes da apresentação ao cliente.',
    neighbour: 'Para cumprir o prazo, os engenheiros trabalharam noite adentro durante semanas antes da apresentação ao cliente.'
  },
  {
    phrase: 'ao redor do relógio',
    expected: ['24 horas por dia', 'sem parar'],
    note: 'Literal rendering of "around the clock"; Portuguese says "24 horas por dia" or "sem parar".',
    example: 'A central de atendimento funciona ao redor do relógio para responder às dúvidas dos clientes durante a migração.',
    neighbour: 'A central de atendimento funciona 24 horas por dia para responder às dúvidas dos clientes durante a migração.'
  },
  {
    phrase: 'tendo um tempo difícil',
    expected: ['dificuldade', 'um momento difícil'],
    note: 'Literal rendering of "have a hard time"; Portuguese "tem dificuldade" or "passa por um momento difícil".',
    example: 'Os usuários mais velhos estão tendo um tempo difícil para se adaptar ao novo aplicativo do banco, segundo a pesquisa.',
    neighbour: 'Os usuários mais velhos estão tendo dificuldade para se adaptar ao novo aplicativo do banco, segundo a pesquisa.'
  },
  {
    phrase: 'em uma nota lateral',
    expected: ['a propósito', 'aliás'],
    note: 'Literal rendering of "on a side note"; Portuguese says "a propósito" or "aliás".',
    example: 'Em uma nota lateral, vale lembrar que o mesmo processador já equipava a versão profissional lançada no ano passado.',
    neighbour: 'A propósito, vale lembrar que o mesmo processador já equipava a versão profissional lançada no ano passado.'
  },
  {
    phrase: 'numa nota lateral',
    expected: ['a propósito', 'aliás'],
    note: 'Literal rendering of "on a side note"; Portuguese says "a propósito" or "aliás".',
    example: 'Numa nota lateral, o relatório refere que metade das empresas inquiridas ainda não tem um plano de cibersegurança.',
    neighbour: 'A propósito, o relatório refere que metade das empresas inquiridas ainda não tem um plano de cibersegurança.'
  },
  {
    phrase: 'em uma nota positiva',
    expected: ['pelo lado positivo', 'do lado bom'],
    note: 'Literal rendering of "on a positive note"; Portuguese says "pelo lado positivo".',
    example: 'Em uma nota positiva, o desemprego caiu pelo terceiro mês seguido e chegou ao menor nível desde 2014.',
    neighbour: 'Pelo lado positivo, o desemprego caiu pelo terceiro mês seguido e chegou ao menor nível desde 2014.'
  },
  {
    phrase: 'olhar no lado brilhante',
    expected: ['ver o lado bom', 'olhar o lado positivo'],
    note: 'Literal rendering of "look on the bright side"; Portuguese says "ver o lado bom".',
    example: 'O economista prefere olhar no lado brilhante e lembra que a inflação de alimentos já começou a desacelerar.',
    neighbour: 'O economista prefere ver o lado bom e lembra que a inflação de alimentos já começou a desacelerar.'
  },
  {
    phrase: 'com isso dito',
    expected: ['dito isso', 'dito isto'],
    note: 'Literal rendering of "with that said"; Portuguese says "dito isso" or "dito isto".',
    example: 'O aparelho tem a melhor câmera do mercado; com isso dito, o preço ainda é difícil de justificar para a maioria das pessoas.',
    neighbour: 'O aparelho tem a melhor câmera do mercado; dito isso, o preço ainda é difícil de justificar para a maioria das pessoas.'
  },
  {
    phrase: 'tudo em tudo',
    expected: ['no geral', 'em suma', 'feitas as contas'],
    note: 'Literal rendering of "all in all"; Portuguese says "no geral" or "em suma".',
    exact: true,
    example: 'Tudo em tudo, o trimestre foi positivo para a varejista, apesar da queda nas vendas de eletrônicos.',
    neighbour: 'No geral, o trimestre foi positivo para a varejista, apesar da queda nas vendas de eletrônicos.'
  },
  {
    phrase: 'primeira coisa pela manhã',
    expected: ['logo pela manhã', 'logo cedo'],
    note: 'Literal rendering of "first thing in the morning"; Portuguese says "logo pela manhã" or "logo cedo".',
    example: 'O resultado das eleições internas deve ser divulgado primeira coisa pela manhã, antes da abertura dos mercados.',
    neighbour: 'O resultado das eleições internas deve ser divulgado logo pela manhã, antes da abertura dos mercados.'
  },
  {
    phrase: 'primeira coisa de manhã',
    expected: ['logo de manhã', 'logo cedo'],
    note: 'Literal rendering of "first thing in the morning"; Portuguese says "logo de manhã" or "logo cedo".',
    example: 'A equipe de suporte recebe os relatórios de falhas primeira coisa de manhã e distribui os casos por prioridade.',
    neighbour: 'A equipe de suporte recebe os relatórios de falhas logo cedo e distribui os casos por prioridade.'
  },
  {
    phrase: 'a próxima grande coisa',
    expected: ['a próxima grande novidade', 'a próxima revolução'],
    note: 'Literal rendering of "the next big thing"; Portuguese says "a próxima grande novidade" or "a próxima revolução".',
    example: 'Os investidores ainda discutem se os óculos de realidade mista serão a próxima grande coisa ou apenas mais um fracasso caro.',
    neighbour: 'Os investidores ainda discutem se os óculos de realidade mista serão a próxima grande novidade ou apenas mais um fracasso caro.'
  },
  {
    phrase: 'mudador de jogo',
    expected: ['divisor de águas', 'revolucionário'],
    note: 'Literal rendering of "game changer"; Portuguese says "divisor de águas" or keeps "game changer".',
    example: 'O diretor classificou a nova bateria de estado sólido como um mudador de jogo para toda a indústria automotiva.',
    neighbour: 'O diretor classificou a nova bateria de estado sólido como um divisor de águas para toda a indústria automotiva.'
  },
  {
    phrase: 'mudança de jogo',
    expected: ['divisor de águas', 'revolucionária'],
    note: 'Literal rendering of "game-changing" or "game changer"; Portuguese says "divisor de águas" or "revolucionário".',
    example: 'Segundo a empresa, a tecnologia de mudança de jogo vai reduzir pela metade o tempo de recarga dos carros elétricos.',
    neighbour: 'Segundo a empresa, a tecnologia revolucionária vai reduzir pela metade o tempo de recarga dos carros elétricos.'
  },
  {
    phrase: 'líder de pensamento',
    expected: ['referência', 'formador de opinião'],
    note: 'Literal rendering of "thought leader"; Portuguese says "referência" or "formador de opinião".',
    example: 'A consultoria quer posicionar seus sócios como líderes de pensamento em sustentabilidade no mercado financeiro.',
    neighbour: 'A consultoria quer posicionar seus sócios como referências em sustentabilidade no mercado financeiro.'
  },
  {
    phrase: 'quebrar a notícia',
    expected: ['dar a notícia', 'anunciar a notícia'],
    note: 'Literal rendering of "break the news"; Portuguese "dá a notícia".',
    example: 'Coube à diretora de recursos humanos quebrar a notícia aos funcionários de que a fábrica fecharia em dezembro.',
    neighbour: 'Coube à diretora de recursos humanos dar a notícia aos funcionários de que a fábrica fecharia em dezembro.'
  },
  {
    phrase: 'notícias de quebra',
    expected: ['notícias de última hora', 'últimas notícias'],
    note: 'Literal rendering of "breaking news"; Portuguese says "notícias de última hora".',
    example: 'O canal interrompeu a programação para transmitir notícias de quebra sobre o terremoto que atingiu o sul do país.',
    neighbour: 'O canal interrompeu a programação para transmitir notícias de última hora sobre o terremoto que atingiu o sul do país.'
  },
  {
    phrase: 'por trás das cenas',
    expected: ['nos bastidores'],
    note: 'Literal rendering of "behind the scenes"; Portuguese says "nos bastidores".',
    example: 'Por trás das cenas, os dois partidos já negociam uma aliança para o segundo turno das eleições municipais.',
    neighbour: 'Nos bastidores, os dois partidos já negociam uma aliança para o segundo turno das eleições municipais.'
  },
  {
    phrase: 'atrás das cenas',
    expected: ['nos bastidores'],
    note: 'Literal rendering of "behind the scenes"; Portuguese says "nos bastidores".',
    example: 'O documentário mostra o trabalho atrás das cenas de uma equipe de engenheiros que prepara o lançamento de um foguete.',
    neighbour: 'O documentário mostra os bastidores do trabalho de uma equipe de engenheiros que prepara o lançamento de um foguete.'
  },
  {
    phrase: 'chamada de despertar',
    expected: ['alerta', 'sinal de alerta'],
    note: 'Literal rendering of "wake-up call"; Portuguese says "alerta" or "sinal de alerta".',
    example: 'O ataque ao sistema do hospital foi uma chamada de despertar para os gestores públicos que ignoravam a segurança digital.',
    neighbour: 'O ataque ao sistema do hospital foi um sinal de alerta para os gestores públicos que ignoravam a segurança digital.'
  },
  {
    phrase: 'mergulho profundo',
    expected: ['análise aprofundada', 'estudo detalhado'],
    note: 'Literal rendering of "deep dive" (a thorough analysis); Portuguese says "análise aprofundada".',
    near: ['dados', 'análise', 'relatório', 'estratégia', 'mercado', 'tema', 'assunto', 'números', 'resultados', 'código'],
    example: 'No podcast desta semana, fazemos um mergulho profundo nos dados do relatório sobre o mercado de trabalho em tecnologia.',
    neighbour: 'No podcast desta semana, fazemos uma análise aprofundada dos dados do relatório sobre o mercado de trabalho em tecnologia.'
  },
  {
    phrase: 'como bolos quentes',
    expected: ['como pão quente', 'como pãezinhos quentes'],
    note: 'Literal rendering of "like hot cakes"; the Portuguese idiom is "vender como pão quente" (pt-PT "como pãezinhos quentes").',
    example: 'Os ingressos para a turnê venderam como bolos quentes e se esgotaram em menos de vinte minutos na internet.',
    neighbour: 'Os ingressos para a turnê venderam como pão quente e se esgotaram em menos de vinte minutos na internet.'
  },
  {
    phrase: 'como panquecas quentes',
    expected: ['como pão quente', 'como pãezinhos quentes'],
    note: 'Literal rendering of "like hot cakes"; the Portuguese idiom is "vender como pão quente".',
    example: 'O novo console vendeu como panquecas quentes no Japão, onde o estoque inicial acabou no primeiro fim de semana.',
    neighbour: 'O novo console vendeu como pão quente no Japão, onde o estoque inicial acabou no primeiro fim de semana.'
  },
  {
    phrase: 'botas no chão',
    expected: ['tropas no terreno', 'presença no terreno'],
    note: 'Literal rendering of "boots on the ground"; Portuguese says "tropas no terreno".',
    example: 'O presidente descartou colocar botas no chão e disse que a ajuda ao aliado se limitará a armas e inteligência.',
    neighbour: 'O presidente descartou enviar tropas para o terreno e disse que a ajuda ao aliado se limitará a armas e inteligência.'
  },
  {
    phrase: 'tiro na lua',
    expected: ['projeto ambicioso', 'aposta ousada'],
    note: 'Literal rendering of "moonshot"; Portuguese says "projeto ambicioso" or keeps "moonshot".',
    example: 'A fusão nuclear comercial ainda é um tiro na lua, mas atraiu bilhões de dólares de fundos de investimento no último ano.',
    neighbour: 'A fusão nuclear comercial ainda é uma aposta ousada, mas atraiu bilhões de dólares de fundos de investimento no último ano.'
  },
  {
    phrase: 'rosto corajoso',
    expected: ['boa cara', 'cara de coragem'],
    note: 'Literal rendering of "put on a brave face"; Portuguese says "fazer boa cara".',
    example: 'Apesar das perdas, o presidente da companhia colocou um rosto corajoso diante dos analistas e manteve as projeções do ano.',
    neighbour: 'Apesar das perdas, o presidente da companhia fez boa cara diante dos analistas e manteve as projeções do ano.'
  },
  {
    phrase: 'fora do gancho',
    expected: ['livre de responsabilidade', 'isento'],
    note: 'Literal rendering of "off the hook"; Portuguese says "livre de responsabilidade" or "safar-se".',
    near: ['responsabilidade', 'culpa', 'acusação', 'acusações', 'processo', 'multa', 'justiça', 'investigação', 'punição'],
    window: 10,
    example: 'A decisão do tribunal deixa a empresa fora do gancho no processo sobre o vazamento de dados de milhões de clientes.',
    neighbour: 'A decisão do tribunal livra a empresa de responsabilidade no processo sobre o vazamento de dados de milhões de clientes.'
  },
  {
    phrase: 'pontos de bala',
    expected: ['tópicos', 'marcadores'],
    note: 'Literal rendering of "bullet points"; Portuguese says "tópicos" or "marcadores".',
    example: 'O assistente resume qualquer reunião em cinco pontos de bala e envia o texto para todos os participantes.',
    neighbour: 'O assistente resume qualquer reunião em cinco tópicos e envia o texto para todos os participantes.'
  },
  {
    phrase: 'à frente da curva',
    near: ['mercado', 'concorrência', 'concorrentes', 'rivais', 'tendência', 'tendências', 'empresa', 'setor', 'investir', 'investiu', 'inovação'],
    expected: ['na vanguarda', 'à frente dos outros'],
    note: 'Literal rendering of "ahead of the curve"; Portuguese says "na vanguarda" or "à frente".',
    example: 'Ao investir em baterias ainda em 2015, a montadora ficou à frente da curva e hoje lidera as vendas de elétricos.',
    neighbour: 'Ao investir em baterias ainda em 2015, a montadora ficou na vanguarda e hoje lidera as vendas de elétricos.'
  },
  {
    phrase: 'tenho suas costas',
    expected: ['pode contar comigo', 'estou do seu lado'],
    note: 'Literal rendering of "I\u2019ve got your back"; Portuguese says "pode contar comigo".',
    example: 'Em mensagem aos funcionários, o fundador escreveu: "Eu tenho suas costas, e nenhum cargo será cortado sem aviso prévio."',
    neighbour: 'Em mensagem aos funcionários, o fundador escreveu: "Podem contar comigo, e nenhum cargo será cortado sem aviso prévio."'
  },
  {
    phrase: 'fora do registro',
    expected: ['em off', 'sob anonimato'],
    note: 'Literal rendering of "off the record"; Portuguese journalism says "em off" or "sob condição de anonimato".',
    near: ['falar', 'falando', 'fonte', 'fontes', 'jornalista', 'jornalistas', 'entrevista', 'anonimato'],
    example: 'Falando fora do registro, um diretor do banco admitiu que a fusão já estava decidida havia meses.',
    neighbour: 'Falando em off, um diretor do banco admitiu que a fusão já estava decidida havia meses.'
  },
  {
    phrase: 'sob o radar',
    expected: ['despercebido', 'discretamente'],
    note: 'Literal rendering of "under the radar"; Portuguese says "passar despercebido" or "discretamente".',
    example: 'A compra da startup passou sob o radar dos reguladores porque o valor ficou abaixo do limite de notificação.',
    neighbour: 'A compra da startup passou despercebida pelos reguladores porque o valor ficou abaixo do limite de notificação.'
  },
  {
    phrase: 'a milha extra',
    expected: ['um esforço adicional', 'além do esperado'],
    note: 'Literal rendering of "go the extra mile"; Portuguese says "fazer um esforço adicional" or "ir além".',
    near: ['ir', 'vai', 'vão', 'foi', 'foram', 'percorrer', 'andar', 'caminhar'],
    window: 3,
    example: 'Os atendentes são treinados para ir a milha extra e resolver o problema do cliente na primeira ligação.',
    neighbour: 'Os atendentes são treinados para fazer um esforço adicional e resolver o problema do cliente na primeira ligação.'
  },
  {
    phrase: 'um corte acima',
    near: ['concorrência', 'concorrentes', 'rivais', 'resto', 'demais', 'média', 'outros', 'mercado'],
    window: 4,
    expected: ['superior', 'um nível acima'],
    note: 'Literal rendering of "a cut above"; Portuguese says "superior" or "um nível acima".',
    example: 'A câmera do novo modelo está um corte acima da concorrência, sobretudo em fotos noturnas e em vídeos com pouca luz.',
    neighbour: 'A câmera do novo modelo está um nível acima da concorrência, sobretudo em fotos noturnas e em vídeos com pouca luz.'
  },
  {
    phrase: 'sem quebrar o banco',
    expected: ['sem gastar uma fortuna', 'sem pesar no bolso'],
    note: 'Literal rendering of "without breaking the bank"; Portuguese says "sem gastar uma fortuna".',
    example: 'A lista reúne dez notebooks para estudantes que entregam bom desempenho sem quebrar o banco.',
    neighbour: 'A lista reúne dez notebooks para estudantes que entregam bom desempenho sem pesar no bolso.'
  },
  {
    phrase: 'jogar pelo livro',
    expected: ['seguir as regras à risca', 'fazer tudo conforme as regras'],
    note: 'Literal rendering of "play by the book"; Portuguese says "seguir as regras à risca".',
    example: 'O novo diretor de conformidade promete jogar pelo livro e revisar todos os contratos assinados pela gestão anterior.',
    neighbour: 'O novo diretor de conformidade promete seguir as regras à risca e revisar todos os contratos assinados pela gestão anterior.'
  },
  {
    phrase: 'puxar o plugue',
    expected: ['cancelar', 'encerrar', 'desistir'],
    note: 'Literal rendering of "pull the plug" (cancel a project); Portuguese says "cancelar" or "encerrar".',
    near: ['projeto', 'programa', 'iniciativa', 'investimento', 'acordo', 'produto', 'financiamento', 'serviço', 'série'],
    window: 8,
    example: 'Depois de dois anos de prejuízo, a empresa decidiu puxar o plugue do projeto de carros autônomos e demitir a equipe.',
    neighbour: 'Depois de dois anos de prejuízo, a empresa decidiu cancelar o projeto de carros autônomos e demitir a equipe.'
  },
  {
    phrase: 'ciência de foguetes',
    expected: ['nenhum bicho de sete cabeças', 'nada de outro mundo'],
    note: 'Literal rendering of "(it\u2019s not) rocket science"; Portuguese says "não é nenhum bicho de sete cabeças".',
    example: 'Configurar a autenticação em duas etapas não é ciência de foguetes e leva menos de cinco minutos em qualquer celular.',
    neighbour: 'Configurar a autenticação em duas etapas não é nenhum bicho de sete cabeças e leva menos de cinco minutos em qualquer celular.'
  },
  {
    phrase: 'é suposto ser',
    expected: ['deveria ser', 'devia ser'],
    note: 'Literal rendering of "is supposed to be"; Brazilian Portuguese says "deveria ser" (the construction is common in Portugal, though Ciberdúvidas treats it as an anglicism).',
    variant: 'pt-BR',
    example: 'O aplicativo é suposto ser gratuito, mas vários usuários relatam cobranças mensais depois do período de teste.',
    neighbour: 'O aplicativo deveria ser gratuito, mas vários usuários relatam cobranças mensais depois do período de teste.'
  },
  {
    phrase: 'era suposto ser',
    expected: ['deveria ser', 'devia ser'],
    note: 'Literal rendering of "was supposed to be"; Brazilian Portuguese says "deveria ser" or "era para ser".',
    variant: 'pt-BR',
    example: 'A atualização era suposto ser liberada em março, mas a fabricante adiou o lançamento por causa de falhas de segurança.',
    neighbour: 'A atualização era para ser liberada em março, mas a fabricante adiou o lançamento por causa de falhas de segurança.'
  },
  {
    phrase: 'está suposto a',
    expected: ['deve', 'deveria'],
    note: 'Literal rendering of "is supposed to"; Portuguese says "deve" or "deveria".',
    example: 'Ninguém sabe ao certo o que o novo comitê está suposto a fazer, já que o decreto não define as suas atribuições.',
    neighbour: 'Ninguém sabe ao certo o que o novo comitê deve fazer, já que o decreto não define as suas atribuições.'
  },
  {
    phrase: 'baseada fora de',
    expected: ['sediada em', 'com sede em'],
    note: 'Literal rendering of "based out of"; Portuguese says "sediada em" or "com sede em".',
    example: 'A startup, baseada fora de Austin, levantou US$ 30 milhões para expandir a operação na América Latina.',
    neighbour: 'A startup, sediada em Austin, levantou US$ 30 milhões para expandir a operação na América Latina.'
  },
  {
    phrase: 'oficial executivo chefe',
    expected: ['diretor executivo', 'presidente-executivo', 'CEO'],
    note: 'Literal rendering of "chief executive officer"; Portuguese says "diretor executivo", "presidente-executivo" or "CEO".',
    example: 'O oficial executivo chefe da companhia aérea disse que as tarifas devem continuar altas até o fim do verão.',
    neighbour: 'O presidente-executivo da companhia aérea disse que as tarifas devem continuar altas até o fim do verão.'
  },
  {
    phrase: 'oficial financeiro chefe',
    expected: ['diretor financeiro', 'CFO'],
    note: 'Literal rendering of "chief financial officer"; Portuguese says "diretor financeiro" or "CFO".',
    example: 'Segundo o oficial financeiro chefe da empresa, a dívida líquida deve cair pela metade até o fim do próximo ano.',
    neighbour: 'Segundo o diretor financeiro da empresa, a dívida líquida deve cair pela metade até o fim do próximo ano.'
  },

  {
    phrase: 'tão longe quanto eu sei',
    expected: ['que eu saiba', 'até onde eu sei'],
    note: 'Literal rendering of "as far as I know"; Portuguese says "que eu saiba" or "até onde eu sei".',
    example: 'Tão longe quanto eu sei, nenhum outro banco brasileiro oferece esse tipo de conta para empresas estrangeiras.',
    neighbour: 'Que eu saiba, nenhum outro banco brasileiro oferece esse tipo de conta para empresas estrangeiras.'
  },
  {
    phrase: 'o movimento vem após',
    expected: ['a decisão ocorre após', 'a medida surge depois de'],
    note: 'Literal rendering of "the move comes after"; in news Portuguese a "move" is a "decisão" or "medida", and it "ocorre" or "surge" after something.',
    example: 'O movimento vem após meses de pressão dos acionistas por uma redução nos custos da divisão de realidade virtual.',
    neighbour: 'A decisão ocorre após meses de pressão dos acionistas por uma redução nos custos da divisão de realidade virtual.'
  },
  {
    phrase: 'o movimento vem depois',
    expected: ['a decisão ocorre depois', 'a medida surge depois'],
    note: 'Literal rendering of "the move comes after"; in news Portuguese a "move" is a "decisão" or "medida", and it "ocorre" after something.',
    example: 'O movimento vem depois que a concorrente anunciou um corte de preços de vinte por cento em todos os planos.',
    neighbour: 'A decisão ocorre depois que a concorrente anunciou um corte de preços de vinte por cento em todos os planos.'
  },
  {
    phrase: 'sinta-se livre para',
    expected: ['fique à vontade para', 'sinta-se à vontade para'],
    note: 'Literal rendering of "feel free to"; Portuguese says "fique à vontade para" or "sinta-se à vontade para".',
    example: 'Se tiver dúvidas sobre a migração para o novo plano, sinta-se livre para entrar em contato com a nossa equipe de suporte.',
    neighbour: 'Se tiver dúvidas sobre a migração para o novo plano, fique à vontade para entrar em contato com a nossa equipe de suporte.'
  },

  // ---------------------------------------------------------------- routines and frequency
  {
    phrase: 'em uma base diária',
    expected: ['diariamente', 'todos os dias'],
    note: 'Literal rendering of "on a daily basis"; Portuguese says "diariamente" or "todos os dias".',
    example: 'Os dados de vendas são atualizados em uma base diária e ficam disponíveis para todos os gerentes regionais.',
    neighbour: 'Os dados de vendas são atualizados diariamente e ficam disponíveis para todos os gerentes regionais.'
  },
  {
    phrase: 'numa base diária',
    expected: ['diariamente', 'todos os dias'],
    note: 'Literal rendering of "on a daily basis"; Portuguese says "diariamente" or "todos os dias".',
    example: 'Os técnicos da autarquia monitorizam a qualidade da água numa base diária durante os meses de verão.',
    neighbour: 'Os técnicos da autarquia monitorizam a qualidade da água diariamente durante os meses de verão.'
  },
  {
    phrase: 'em uma base regular',
    expected: ['regularmente', 'com regularidade'],
    note: 'Literal rendering of "on a regular basis"; Portuguese says "regularmente".',
    example: 'A empresa recomenda trocar as senhas em uma base regular e ativar a verificação em duas etapas em todas as contas.',
    neighbour: 'A empresa recomenda trocar as senhas regularmente e ativar a verificação em duas etapas em todas as contas.'
  },
  {
    phrase: 'numa base regular',
    expected: ['regularmente', 'com regularidade'],
    note: 'Literal rendering of "on a regular basis"; Portuguese says "regularmente" or "com regularidade".',
    example: 'O regulador exige que as operadoras publiquem numa base regular os indicadores de qualidade da rede móvel.',
    neighbour: 'O regulador exige que as operadoras publiquem com regularidade os indicadores de qualidade da rede móvel.'
  },
  {
    phrase: 'em uma base semanal',
    expected: ['semanalmente', 'toda semana'],
    note: 'Literal rendering of "on a weekly basis"; Portuguese says "semanalmente".',
    example: 'Os diretores se reúnem em uma base semanal para revisar o andamento dos projetos e as metas de cada equipe.',
    neighbour: 'Os diretores se reúnem semanalmente para revisar o andamento dos projetos e as metas de cada equipe.'
  },

  // ---------------------------------------------------------------- business and finance terms
  {
    phrase: 'entregar valor',
    expected: ['gerar valor', 'criar valor'],
    note: 'Literal rendering of "deliver value"; Portuguese "gera" or "cria" value.',
    exact: true,
    example: 'Segundo o presidente, a prioridade da empresa é entregar valor aos acionistas sem abrir mão dos investimentos em inovação.',
    neighbour: 'Segundo o presidente, a prioridade da empresa é gerar valor para os acionistas sem abrir mão dos investimentos em inovação.'
  },
  {
    phrase: 'enviar o produto',
    expected: ['lançar o produto', 'colocar o produto no mercado'],
    note: 'Literal rendering of "ship the product" (release it); Portuguese "lança" a product. "Enviar" is to send by post.',
    near: ['engenheiro', 'engenheiros', 'desenvolvedor', 'desenvolvedores', 'software', 'código'],
    example: 'Numa startup pequena, os engenheiros aprendem rápido que enviar o produto no prazo vale mais do que polir cada detalhe.',
    neighbour: 'Numa startup pequena, os engenheiros aprendem rápido que lançar o produto no prazo vale mais do que polir cada detalhe.'
  },
  {
    phrase: 'pontos de dor',
    expected: ['problemas', 'dificuldades', 'principais queixas'],
    note: 'Literal rendering of "pain points"; Portuguese says "problemas" or "principais dificuldades" (of customers).',
    near: ['cliente', 'clientes', 'consumidor', 'consumidores', 'usuário', 'usuários', 'utilizadores', 'mercado', 'jornada'],
    example: 'Antes de escrever o código, a equipe entrevistou cinquenta clientes para mapear os principais pontos de dor do processo de compra.',
    neighbour: 'Antes de escrever o código, a equipe entrevistou cinquenta clientes para mapear as principais dificuldades do processo de compra.'
  },
  {
    phrase: 'linha de fundo',
    expected: ['resultado final', 'lucro'],
    note: 'Literal rendering of "bottom line" (profit, or the essential point); Portuguese says "resultado final" or "lucro". "Linha de fundo" is the football byline.',
    near: ['lucro', 'lucros', 'receita', 'receitas', 'balanço', 'custos', 'acionistas', 'margem'],
    example: 'O corte de custos teve impacto direto na linha de fundo, e o lucro do trimestre subiu 18% em relação ao ano anterior.',
    neighbour: 'O corte de custos teve impacto direto no resultado final, e o lucro do trimestre subiu 18% em relação ao ano anterior.'
  },
  {
    phrase: 'crescimento da linha superior',
    expected: ['crescimento da receita'],
    note: 'Literal rendering of "top-line growth"; Portuguese says "crescimento da receita".',
    example: 'Os analistas esperam crescimento da linha superior de 12% no ano, puxado pelas vendas no mercado internacional.',
    neighbour: 'Os analistas esperam crescimento da receita de 12% no ano, puxado pelas vendas no mercado internacional.'
  },
  {
    phrase: 'chamada de ganhos',
    expected: ['teleconferência de resultados'],
    note: 'Literal rendering of "earnings call"; Portuguese says "teleconferência de resultados".',
    example: 'Durante a chamada de ganhos, o presidente da empresa evitou comentar os rumores sobre uma possível venda da divisão.',
    neighbour: 'Durante a teleconferência de resultados, o presidente da empresa evitou comentar os rumores sobre uma possível venda da divisão.'
  },
  {
    phrase: 'relatório de ganhos',
    expected: ['balanço trimestral', 'divulgação de resultados'],
    note: 'Literal rendering of "earnings report"; Portuguese says "balanço" or "divulgação de resultados".',
    example: 'As ações subiram 7% depois do relatório de ganhos, que mostrou receita acima das expectativas do mercado.',
    neighbour: 'As ações subiram 7% depois da divulgação do balanço, que mostrou receita acima das expectativas do mercado.'
  },
  {
    phrase: 'temporada de ganhos',
    expected: ['temporada de balanços', 'temporada de resultados'],
    note: 'Literal rendering of "earnings season"; Portuguese says "temporada de balanços" or "de resultados".',
    example: 'A temporada de ganhos começa na próxima semana com os grandes bancos, e os investidores esperam números fracos.',
    neighbour: 'A temporada de balanços começa na próxima semana com os grandes bancos, e os investidores esperam números fracos.'
  },
  {
    phrase: 'orientação de receita',
    expected: ['projeção de receita', 'guidance de receita'],
    note: 'Literal rendering of "revenue guidance"; Portuguese says "projeção de receita" or keeps "guidance".',
    example: 'A fabricante de chips elevou sua orientação de receita para o ano, citando a forte demanda por servidores de inteligência artificial.',
    neighbour: 'A fabricante de chips elevou sua projeção de receita para o ano, citando a forte demanda por servidores de inteligência artificial.'
  },
  {
    phrase: 'mercado de urso',
    expected: ['mercado em baixa', 'bear market'],
    note: 'Literal rendering of "bear market"; Portuguese says "mercado em baixa" or keeps "bear market".',
    example: 'Com a queda de 22% desde o pico, o índice entrou oficialmente em um mercado de urso pela primeira vez desde 2020.',
    neighbour: 'Com a queda de 22% desde o pico, o índice entrou oficialmente em um mercado em baixa pela primeira vez desde 2020.'
  },
  {
    phrase: 'mercado de touro',
    expected: ['mercado em alta', 'bull market'],
    note: 'Literal rendering of "bull market"; Portuguese says "mercado em alta" or keeps "bull market".',
    example: 'Os gestores acreditam que o mercado de touro pode continuar enquanto os juros americanos estiverem em queda.',
    neighbour: 'Os gestores acreditam que o mercado em alta pode continuar enquanto os juros americanos estiverem em queda.'
  },
  {
    phrase: 'bolsos profundos',
    near: ['empresa', 'empresas', 'investidor', 'investidores', 'dinheiro', 'recursos', 'fundo', 'fundos', 'capital', 'dólares', 'milhões', 'bilhões', 'bancar', 'financiar'],
    window: 8,
    expected: ['muitos recursos', 'muito dinheiro'],
    note: 'Literal rendering of "deep pockets"; Portuguese says "muitos recursos" or "cofres cheios".',
    example: 'Só empresas com bolsos profundos conseguem bancar o treinamento de modelos que custam centenas de milhões de dólares.',
    neighbour: 'Só empresas com muitos recursos conseguem bancar o treinamento de modelos que custam centenas de milhões de dólares.'
  },
  {
    phrase: 'vender curto',
    expected: ['vender a descoberto'],
    note: 'Literal rendering of "sell short"; Portuguese says "vender a descoberto".',
    example: 'O fundo começou a vender curto as ações da varejista semanas antes de o escândalo contábil vir a público.',
    neighbour: 'O fundo começou a vender a descoberto as ações da varejista semanas antes de o escândalo contábil vir a público.'
  },
  {
    phrase: 'vendedores curtos',
    expected: ['vendedores a descoberto'],
    note: 'Literal rendering of "short sellers"; Portuguese says "vendedores a descoberto".',
    example: 'Os vendedores curtos perderam bilhões quando as ações da montadora subiram 40% em uma única semana.',
    neighbour: 'Os vendedores a descoberto perderam bilhões quando as ações da montadora subiram 40% em uma única semana.'
  },
  {
    phrase: 'taxa de queima',
    expected: ['ritmo de consumo de caixa', 'burn rate'],
    note: 'Literal rendering of "burn rate" (how fast a startup spends cash); Portuguese says "ritmo de consumo de caixa" or keeps "burn rate".',
    near: ['caixa', 'startup', 'startups', 'investidores', 'capital', 'rodada'],
    example: 'Com uma taxa de queima de R$ 5 milhões por mês, a startup precisa levantar uma nova rodada antes do fim do ano.',
    neighbour: 'Com um consumo de caixa de R$ 5 milhões por mês, a startup precisa levantar uma nova rodada antes do fim do ano.'
  },
  {
    phrase: 'meses de pista',
    near: ['caixa', 'startup', 'startups', 'investidores', 'capital', 'rodada', 'dinheiro', 'recursos', 'equilíbrio'],
    expected: ['meses de caixa', 'meses de fôlego financeiro'],
    note: 'Literal rendering of "months of runway"; Portuguese says "meses de caixa" or "de fôlego financeiro".',
    example: 'Depois do corte de pessoal, a empresa diz ter dezoito meses de pista para atingir o ponto de equilíbrio.',
    neighbour: 'Depois do corte de pessoal, a empresa diz ter dezoito meses de caixa para atingir o ponto de equilíbrio.'
  },
  {
    phrase: 'anjo investidor',
    expected: ['investidor-anjo'],
    note: 'Calque of "angel investor" with English word order; Portuguese says "investidor-anjo".',
    example: 'O primeiro cheque veio de um anjo investidor que conheceu os fundadores em um evento de tecnologia em Recife.',
    neighbour: 'O primeiro cheque veio de um investidor-anjo que conheceu os fundadores em um evento de tecnologia em Recife.'
  },
  {
    phrase: 'rodada de sementes',
    expected: ['rodada semente', 'rodada seed'],
    note: 'Literal rendering of "seed round"; Portuguese says "rodada semente" or keeps "seed".',
    example: 'A empresa de biotecnologia captou US$ 4 milhões em uma rodada de sementes liderada por um fundo de Boston.',
    neighbour: 'A empresa de biotecnologia captou US$ 4 milhões em uma rodada semente liderada por um fundo de Boston.'
  },
  {
    phrase: 'ir público',
    expected: ['abrir o capital', 'estrear na bolsa'],
    note: 'Literal rendering of "go public"; Portuguese says "abrir o capital" or "estrear na bolsa".',
    exact: true,
    example: 'A fintech planeja ir público em Nova York no segundo semestre, se as condições do mercado melhorarem.',
    neighbour: 'A fintech planeja abrir o capital em Nova York no segundo semestre, se as condições do mercado melhorarem.'
  }
]
