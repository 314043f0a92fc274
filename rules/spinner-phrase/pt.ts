import type {PhraseEntry} from '../../src/phrases/types.js'

/**
 * Portuguese spinner phrases ("tortured phrases"): an established technical,
 * scientific or business term with one of its words swapped for a thesaurus
 * synonym that breaks the term (`inteligência artificial` → `inteligência
 * sintética`, `aprendizado de máquina` → `aprendizado de equipamento`,
 * `insuficiência renal` → `escassez renal`), including Portuguese renderings
 * of the English tortured phrases catalogued in the literature (`counterfeit
 * consciousness` → `consciência falsificada`). Only phrases that no careful
 * writer produces; anchors where the words have a life of their own.
 */
export const entries: readonly PhraseEntry[] = [
  // ---------------------------------------------------------------- artificial intelligence
  {
    phrase: 'inteligência sintética',
    expected: ['inteligência artificial'],
    note: 'Spinner substitution for "inteligência artificial" (artificial → synthetic); the established term is "inteligência artificial".',
    example: 'As empresas de inteligência sintética disputam engenheiros com salários milionários e pacotes de ações cada vez mais generosos.',
    neighbour: 'As empresas de inteligência artificial disputam engenheiros com salários milionários e pacotes de ações cada vez mais generosos.'
  },
  {
    phrase: 'inteligência falsificada',
    expected: ['inteligência artificial'],
    note: 'Spinner substitution for "inteligência artificial" (artificial → forged); the established term is "inteligência artificial".',
    near: ['modelo', 'modelos', 'algoritmo', 'algoritmos', 'máquina', 'máquinas', 'chatbot', 'tecnologia', 'computador', 'computadores', 'sistemas', 'generativa', 'dados', 'ferramenta', 'ferramentas', 'automatizar', 'chatbots'],
    window: 10,
    example: 'Os modelos de inteligência falsificada já escrevem código, resumem documentos e respondem a clientes em dezenas de idiomas.',
    neighbour: 'Os modelos de inteligência artificial já escrevem código, resumem documentos e respondem a clientes em dezenas de idiomas.'
  },
  {
    phrase: 'inteligência fingida',
    expected: ['inteligência artificial'],
    note: 'Spinner substitution for "inteligência artificial" (artificial → feigned); the established term is "inteligência artificial".',
    near: ['modelo', 'modelos', 'algoritmo', 'algoritmos', 'máquina', 'máquinas', 'chatbot', 'tecnologia', 'computador', 'computadores', 'sistemas', 'generativa', 'dados', 'ferramenta', 'ferramentas', 'automatizar', 'chatbots'],
    window: 10,
    example: 'A nova ferramenta de inteligência fingida promete automatizar tarefas repetitivas e reduzir custos com atendimento em até quarenta por cento.',
    neighbour: 'A nova ferramenta de inteligência artificial promete automatizar tarefas repetitivas e reduzir custos com atendimento em até quarenta por cento.'
  },
  {
    phrase: 'inteligência postiça',
    expected: ['inteligência artificial'],
    note: 'Spinner substitution for "inteligência artificial" (artificial → fake, false); the established term is "inteligência artificial".',
    example: 'Os reguladores europeus aprovaram regras mais rígidas para sistemas de inteligência postiça usados em processos de contratação.',
    neighbour: 'Os reguladores europeus aprovaram regras mais rígidas para sistemas de inteligência artificial usados em processos de contratação.'
  },
  {
    phrase: 'esperteza artificial',
    expected: ['inteligência artificial'],
    note: 'Spinner substitution for "inteligência artificial" (intelligence → cleverness); the established term is "inteligência artificial".',
    example: 'Os investimentos em esperteza artificial devem ultrapassar duzentos bilhões de dólares neste ano, segundo a consultoria.',
    neighbour: 'Os investimentos em inteligência artificial devem ultrapassar duzentos bilhões de dólares neste ano, segundo a consultoria.'
  },
  {
    phrase: 'sabedoria artificial',
    expected: ['inteligência artificial'],
    note: 'Spinner substitution for "inteligência artificial" (intelligence → wisdom); the established term is "inteligência artificial".',
    example: 'O banco usa sabedoria artificial para detectar fraudes em cartões de crédito em menos de um segundo.',
    neighbour: 'O banco usa inteligência artificial para detectar fraudes em cartões de crédito em menos de um segundo.'
  },
  {
    phrase: 'consciência falsificada',
    expected: ['inteligência artificial'],
    note: 'Portuguese rendering of the tortured phrase "counterfeit consciousness" (for "artificial intelligence"); the term is "inteligência artificial".',
    example: 'O estudo aplica técnicas de consciência falsificada ao diagnóstico precoce de doenças cardíacas a partir de exames de imagem.',
    neighbour: 'O estudo aplica técnicas de inteligência artificial ao diagnóstico precoce de doenças cardíacas a partir de exames de imagem.'
  },
  {
    phrase: 'consciência feita pelo homem',
    expected: ['inteligência artificial'],
    note: 'Portuguese rendering of the tortured phrase "man-made consciousness" (for "artificial intelligence"); the term is "inteligência artificial".',
    example: 'Os avanços da consciência feita pelo homem levantam novas perguntas sobre direitos autorais e responsabilidade civil.',
    neighbour: 'Os avanços da inteligência artificial levantam novas perguntas sobre direitos autorais e responsabilidade civil.'
  },
  {
    phrase: 'inteligência feita pelo homem',
    expected: ['inteligência artificial'],
    note: 'Spinner rendering of "man-made intelligence" (for "artificial intelligence"); the term is "inteligência artificial".',
    example: 'A startup desenvolve soluções de inteligência feita pelo homem para prever a demanda de energia nas grandes cidades.',
    neighbour: 'A startup desenvolve soluções de inteligência artificial para prever a demanda de energia nas grandes cidades.'
  },

  // ---------------------------------------------------------------- machine learning
  {
    phrase: 'aprendizado de equipamento',
    expected: ['aprendizado de máquina', 'aprendizagem automática'],
    note: 'Spinner substitution for "aprendizado de máquina" (machine → equipment); the term is "aprendizado de máquina" (pt-PT "aprendizagem automática").',
    example: 'A equipe treinou um modelo de aprendizado de equipamento para prever quais clientes devem cancelar a assinatura.',
    neighbour: 'A equipe treinou um modelo de aprendizado de máquina para prever quais clientes devem cancelar a assinatura.'
  },
  {
    phrase: 'aprendizado de aparelho',
    expected: ['aprendizado de máquina'],
    note: 'Spinner substitution for "aprendizado de máquina" (machine → apparatus); the term is "aprendizado de máquina".',
    example: 'Com técnicas de aprendizado de aparelho, o hospital reduziu em um terço o tempo de espera por resultados de exames.',
    neighbour: 'Com técnicas de aprendizado de máquina, o hospital reduziu em um terço o tempo de espera por resultados de exames.'
  },
  {
    phrase: 'aprendizagem de aparelho',
    expected: ['aprendizagem automática', 'aprendizado de máquina'],
    note: 'Spinner substitution for "aprendizagem de máquina" (machine → apparatus); the term is "aprendizagem automática" or "aprendizado de máquina".',
    example: 'Os algoritmos de aprendizagem de aparelho analisam milhões de transações por dia à procura de padrões suspeitos.',
    neighbour: 'Os algoritmos de aprendizagem automática analisam milhões de transações por dia à procura de padrões suspeitos.'
  },
  {
    phrase: 'aprendizado de maquinaria',
    expected: ['aprendizado de máquina'],
    note: 'Spinner substitution for "aprendizado de máquina" (machine → machinery); the term is "aprendizado de máquina".',
    example: 'O curso gratuito ensina os fundamentos do aprendizado de maquinaria para profissionais sem formação em programação.',
    neighbour: 'O curso gratuito ensina os fundamentos do aprendizado de máquina para profissionais sem formação em programação.'
  },
  {
    phrase: 'ensino de máquina',
    expected: ['aprendizado de máquina'],
    note: 'Spinner substitution for "aprendizado de máquina" (learning → teaching); the term is "aprendizado de máquina".',
    example: 'A plataforma usa ensino de máquina para recomendar produtos com base no histórico de navegação de cada cliente.',
    neighbour: 'A plataforma usa aprendizado de máquina para recomendar produtos com base no histórico de navegação de cada cliente.'
  },
  {
    phrase: 'aprendizado fundo',
    expected: ['aprendizado profundo', 'deep learning'],
    note: 'Spinner substitution for "aprendizado profundo" (deep learning; profundo → fundo); the term is "aprendizado profundo".',
    example: 'Os modelos de aprendizado fundo exigem enormes quantidades de dados rotulados e muitas horas de processamento em placas gráficas.',
    neighbour: 'Os modelos de aprendizado profundo exigem enormes quantidades de dados rotulados e muitas horas de processamento em placas gráficas.'
  },
  {
    phrase: 'aprendizado fiscalizado',
    expected: ['aprendizado supervisionado'],
    note: 'Spinner substitution for "aprendizado supervisionado" (supervised → inspected); the term is "aprendizado supervisionado".',
    example: 'No aprendizado fiscalizado, o algoritmo recebe exemplos já rotulados e aprende a prever o rótulo de casos novos.',
    neighbour: 'No aprendizado supervisionado, o algoritmo recebe exemplos já rotulados e aprende a prever o rótulo de casos novos.'
  },
  {
    phrase: 'aprendizado não fiscalizado',
    expected: ['aprendizado não supervisionado'],
    note: 'Spinner substitution for "aprendizado não supervisionado" (supervised → inspected); the term is "aprendizado não supervisionado".',
    example: 'Técnicas de aprendizado não fiscalizado agrupam os clientes por comportamento sem que ninguém precise classificar os dados antes.',
    neighbour: 'Técnicas de aprendizado não supervisionado agrupam os clientes por comportamento sem que ninguém precise classificar os dados antes.'
  },
  {
    phrase: 'aprendizagem vigiada',
    expected: ['aprendizagem supervisionada'],
    note: 'Spinner substitution for "aprendizagem supervisionada" (supervised → watched); the term is "aprendizagem supervisionada".',
    example: 'O artigo compara métodos de aprendizagem vigiada e não vigiada na classificação de imagens de satélite.',
    neighbour: 'O artigo compara métodos de aprendizagem supervisionada e não supervisionada na classificação de imagens de satélite.'
  },
  {
    phrase: 'aprendizado por fortalecimento',
    expected: ['aprendizado por reforço'],
    note: 'Spinner substitution for "aprendizado por reforço" (reinforcement → strengthening); the term is "aprendizado por reforço".',
    example: 'O robô aprendeu a andar sozinho por meio de aprendizado por fortalecimento, testando milhares de movimentos em simulação.',
    neighbour: 'O robô aprendeu a andar sozinho por meio de aprendizado por reforço, testando milhares de movimentos em simulação.'
  },
  {
    phrase: 'teia neural',
    expected: ['rede neural', 'rede neuronal'],
    note: 'Spinner substitution for "rede neural" (network → web); the term is "rede neural" (pt-PT also "rede neuronal").',
    example: 'A teia neural foi treinada com mais de um milhão de radiografias para identificar sinais precoces de pneumonia.',
    neighbour: 'A rede neural foi treinada com mais de um milhão de radiografias para identificar sinais precoces de pneumonia.'
  },
  {
    phrase: 'rede neural sintética',
    expected: ['rede neural artificial'],
    note: 'Spinner substitution for "rede neural artificial" (artificial → synthetic); the term is "rede neural artificial".',
    example: 'Cada rede neural sintética do sistema é responsável por uma etapa diferente do processamento das imagens médicas.',
    neighbour: 'Cada rede neural artificial do sistema é responsável por uma etapa diferente do processamento das imagens médicas.'
  },
  {
    phrase: 'sistema neural falso',
    expected: ['rede neural artificial'],
    note: 'Portuguese rendering of the tortured phrase "fake neural system" (for "artificial neural network"); the term is "rede neural artificial".',
    example: 'Os autores propõem um sistema neural falso com três camadas ocultas para prever o consumo de energia elétrica.',
    neighbour: 'Os autores propõem uma rede neural artificial com três camadas ocultas para prever o consumo de energia elétrica.'
  },
  {
    phrase: 'bosque aleatório',
    expected: ['floresta aleatória', 'random forest'],
    note: 'Spinner substitution for "floresta aleatória" (random forest; forest → grove); the term is "floresta aleatória".',
    example: 'O classificador de bosque aleatório obteve a maior precisão entre os cinco algoritmos testados no conjunto de dados.',
    neighbour: 'O classificador de floresta aleatória obteve a maior precisão entre os cinco algoritmos testados no conjunto de dados.'
  },
  {
    phrase: 'bosque arbitrário',
    expected: ['floresta aleatória', 'random forest'],
    note: 'Portuguese rendering of the tortured phrase "arbitrary timberland" (for "random forest"); the term is "floresta aleatória".',
    example: 'Para prever a inadimplência, os pesquisadores combinaram regressão e bosque arbitrário em um único modelo.',
    neighbour: 'Para prever a inadimplência, os pesquisadores combinaram regressão e floresta aleatória em um único modelo.'
  },
  {
    phrase: 'floresta irregular',
    expected: ['floresta aleatória', 'random forest'],
    note: 'Portuguese rendering of the tortured phrase "irregular woodland" (for "random forest"); the term is "floresta aleatória".',
    near: ['algoritmo', 'algoritmos', 'modelo', 'modelos', 'classificador', 'classificação', 'aprendizado', 'dados', 'precisão', 'regressão', 'treinamento'],
    window: 8,
    example: 'O modelo de floresta irregular superou as redes neurais na classificação dos dados de crédito, com precisão de 91%.',
    neighbour: 'O modelo de floresta aleatória superou as redes neurais na classificação dos dados de crédito, com precisão de 91%.'
  },
  {
    phrase: 'árvore de escolha',
    expected: ['árvore de decisão'],
    note: 'Spinner substitution for "árvore de decisão" (decision → choice); the term is "árvore de decisão".',
    near: ['algoritmo', 'algoritmos', 'modelo', 'modelos', 'classificador', 'classificação', 'aprendizado', 'dados', 'precisão', 'regressão', 'treinamento'],
    window: 8,
    example: 'Uma árvore de escolha simples foi suficiente para classificar os dados com precisão semelhante à dos modelos mais complexos.',
    neighbour: 'Uma árvore de decisão simples foi suficiente para classificar os dados com precisão semelhante à dos modelos mais complexos.'
  },
  {
    phrase: 'retrocesso logístico',
    expected: ['regressão logística'],
    note: 'Spinner substitution for "regressão logística" (regression → setback); the term is "regressão logística".',
    example: 'Os autores usaram um retrocesso logístico para estimar a probabilidade de cada paciente desenvolver a doença.',
    neighbour: 'Os autores usaram uma regressão logística para estimar a probabilidade de cada paciente desenvolver a doença.'
  },
  {
    phrase: 'retrocesso linear',
    expected: ['regressão linear'],
    note: 'Spinner substitution for "regressão linear" (regression → setback); the term is "regressão linear".',
    example: 'Um modelo de retrocesso linear mostrou forte relação entre a renda das famílias e o consumo de energia elétrica.',
    neighbour: 'Um modelo de regressão linear mostrou forte relação entre a renda das famílias e o consumo de energia elétrica.'
  },
  {
    phrase: 'recaída linear',
    expected: ['regressão linear'],
    note: 'Portuguese rendering of the tortured phrase "straight relapse" or "linear relapse" (for "linear regression"); the term is "regressão linear".',
    example: 'A análise de recaída linear indica que cada ano adicional de estudo eleva o salário médio em cerca de dez por cento.',
    neighbour: 'A análise de regressão linear indica que cada ano adicional de estudo eleva o salário médio em cerca de dez por cento.'
  },
  {
    phrase: 'engano quadrático médio',
    expected: ['erro quadrático médio'],
    note: 'Spinner substitution for "erro quadrático médio" (error → mistake); the term is "erro quadrático médio".',
    example: 'O modelo proposto reduziu o engano quadrático médio em 18% em comparação com os métodos tradicionais de previsão.',
    neighbour: 'O modelo proposto reduziu o erro quadrático médio em 18% em comparação com os métodos tradicionais de previsão.'
  },
  {
    phrase: 'equívoco quadrático médio',
    expected: ['erro quadrático médio'],
    note: 'Spinner substitution for "erro quadrático médio" (error → misunderstanding); the term is "erro quadrático médio".',
    example: 'Os resultados foram avaliados pelo equívoco quadrático médio e pelo coeficiente de determinação de cada modelo.',
    neighbour: 'Os resultados foram avaliados pelo erro quadrático médio e pelo coeficiente de determinação de cada modelo.'
  },
  {
    phrase: 'processamento de linguagem orgânica',
    expected: ['processamento de linguagem natural'],
    note: 'Spinner substitution for "processamento de linguagem natural" (natural → organic); the term is "processamento de linguagem natural".',
    example: 'Ferramentas de processamento de linguagem orgânica permitem que o sistema entenda perguntas escritas de forma coloquial.',
    neighbour: 'Ferramentas de processamento de linguagem natural permitem que o sistema entenda perguntas escritas de forma coloquial.'
  },
  {
    phrase: 'molde de linguagem',
    expected: ['modelo de linguagem'],
    note: 'Spinner substitution for "modelo de linguagem" (model → mould); the term is "modelo de linguagem".',
    example: 'O novo molde de linguagem da empresa foi treinado com textos em mais de cem idiomas, incluindo o português.',
    neighbour: 'O novo modelo de linguagem da empresa foi treinado com textos em mais de cem idiomas, incluindo o português.'
  },
  {
    phrase: 'algoritmo hereditário',
    expected: ['algoritmo genético'],
    note: 'Spinner substitution for "algoritmo genético" (genetic → hereditary); the term is "algoritmo genético".',
    example: 'Um algoritmo hereditário foi usado para encontrar a melhor rota de entrega entre os duzentos pontos de venda da rede.',
    neighbour: 'Um algoritmo genético foi usado para encontrar a melhor rota de entrega entre os duzentos pontos de venda da rede.'
  },
  {
    phrase: 'visão de PC',
    expected: ['visão computacional', 'visão por computador'],
    note: 'Portuguese rendering of the tortured phrase "PC vision" (for "computer vision"); the term is "visão computacional" (pt-PT "visão por computador").',
    example: 'As câmeras da fábrica usam visão de PC para identificar defeitos nas peças antes que saiam da linha de montagem.',
    neighbour: 'As câmeras da fábrica usam visão computacional para identificar defeitos nas peças antes que saiam da linha de montagem.'
  },
  {
    phrase: 'língua de programação',
    expected: ['linguagem de programação'],
    note: 'Wrong word in "linguagem de programação": "língua" is a natural language; programming languages are "linguagens".',
    example: 'Python continua sendo a língua de programação mais usada por cientistas de dados, segundo a pesquisa anual do site.',
    neighbour: 'Python continua sendo a linguagem de programação mais usada por cientistas de dados, segundo a pesquisa anual do site.'
  },

  // ---------------------------------------------------------------- data, internet and computing
  {
    phrase: 'escavação de dados',
    expected: ['mineração de dados'],
    note: 'Spinner substitution for "mineração de dados" (data mining; mining → digging); the term is "mineração de dados".',
    example: 'A varejista usa escavação de dados para descobrir quais produtos costumam ser comprados juntos pelos mesmos clientes.',
    neighbour: 'A varejista usa mineração de dados para descobrir quais produtos costumam ser comprados juntos pelos mesmos clientes.'
  },
  {
    phrase: 'amparo de dados',
    expected: ['proteção de dados'],
    note: 'Spinner substitution for "proteção de dados" (protection → shelter); the term is "proteção de dados".',
    example: 'A autoridade nacional de amparo de dados abriu uma investigação sobre o uso de informações de clientes pela operadora.',
    neighbour: 'A autoridade nacional de proteção de dados abriu uma investigação sobre o uso de informações de clientes pela operadora.'
  },
  {
    phrase: 'tempo verdadeiro',
    expected: ['tempo real'],
    note: 'Spinner substitution for "tempo real" (real → true); the term is "em tempo real".',
    example: 'O aplicativo mostra em tempo verdadeiro a localização dos ônibus e o tempo estimado de chegada em cada ponto.',
    neighbour: 'O aplicativo mostra em tempo real a localização dos ônibus e o tempo estimado de chegada em cada ponto.'
  },
  {
    phrase: 'internet dos itens',
    expected: ['internet das coisas'],
    note: 'Spinner substitution for "internet das coisas" (things → items); the term is "internet das coisas".',
    example: 'Sensores ligados à internet dos itens monitoram a temperatura dos contêineres durante todo o transporte marítimo.',
    neighbour: 'Sensores ligados à internet das coisas monitoram a temperatura dos contêineres durante todo o transporte marítimo.'
  },
  {
    phrase: 'redes sociáveis',
    exact: true,
    expected: ['redes sociais'],
    note: 'Spinner substitution for "redes sociais" (social → sociable); the term is "redes sociais".',
    example: 'O vídeo se espalhou rapidamente pelas redes sociáveis e acumulou mais de dez milhões de visualizações em dois dias.',
    neighbour: 'O vídeo se espalhou rapidamente pelas redes sociais e acumulou mais de dez milhões de visualizações em dois dias.'
  },
  {
    phrase: 'rede sociável',
    expected: ['rede social'],
    note: 'Spinner substitution for "rede social" (social → sociable); the term is "rede social".',
    example: 'A rede sociável anunciou novas regras para conteúdos gerados por inteligência artificial a partir do próximo mês.',
    neighbour: 'A rede social anunciou novas regras para conteúdos gerados por inteligência artificial a partir do próximo mês.'
  },
  {
    phrase: 'mídias sociáveis',
    exact: true,
    expected: ['mídias sociais', 'redes sociais'],
    note: 'Spinner substitution for "mídias sociais" (social → sociable); the term is "mídias sociais".',
    example: 'A agência cuida da presença da marca nas mídias sociáveis e responde às mensagens dos clientes em até uma hora.',
    neighbour: 'A agência cuida da presença da marca nas mídias sociais e responde às mensagens dos clientes em até uma hora.'
  },
  {
    phrase: 'engenharia sociável',
    expected: ['engenharia social'],
    note: 'Spinner substitution for "engenharia social" (social → sociable); the security term is "engenharia social".',
    example: 'Os criminosos usaram técnicas de engenharia sociável para convencer os funcionários a entregar as senhas do sistema.',
    neighbour: 'Os criminosos usaram técnicas de engenharia social para convencer os funcionários a entregar as senhas do sistema.'
  },
  {
    phrase: 'computação em nebulosa',
    expected: ['computação em nuvem'],
    note: 'Spinner substitution for "computação em nuvem" (cloud → nebula); the term is "computação em nuvem".',
    example: 'A migração para a computação em nebulosa permitiu à empresa desligar três data centers próprios no último ano.',
    neighbour: 'A migração para a computação em nuvem permitiu à empresa desligar três data centers próprios no último ano.'
  },
  {
    phrase: 'comércio elétrico',
    expected: ['comércio eletrônico', 'comércio eletrónico'],
    note: 'Spinner substitution for "comércio eletrônico" (electronic → electric); the term is "comércio eletrônico" (pt-PT "eletrónico").',
    near: ['online', 'internet', 'digital', 'site', 'sites', 'plataforma', 'virtual', 'aplicativo', 'marketplace', 'compras'],
    window: 8,
    example: 'As vendas do comércio elétrico cresceram 12% no ano, puxadas pelas compras feitas pelo celular e pelas plataformas online.',
    neighbour: 'As vendas do comércio eletrônico cresceram 12% no ano, puxadas pelas compras feitas pelo celular e pelas plataformas online.'
  },
  {
    phrase: 'correio elétrico',
    expected: ['correio eletrônico', 'e-mail'],
    note: 'Spinner substitution for "correio eletrônico" (electronic → electric); the term is "correio eletrônico" or "e-mail".',
    example: 'Os golpistas enviaram mensagens de correio elétrico em nome do banco pedindo a atualização dos dados cadastrais.',
    neighbour: 'Os golpistas enviaram mensagens de correio eletrônico em nome do banco pedindo a atualização dos dados cadastrais.'
  },
  {
    phrase: 'banda extensa',
    expected: ['banda larga'],
    note: 'Spinner substitution for "banda larga" (broad → extensive); the term is "banda larga".',
    near: ['internet', 'conexão', 'conexões', 'velocidade', 'operadora', 'operadoras', 'acesso', 'provedor', 'provedores', 'fixa'],
    window: 6,
    example: 'O governo quer levar internet de banda extensa a todas as escolas públicas do país até o fim de 2026.',
    neighbour: 'O governo quer levar internet de banda larga a todas as escolas públicas do país até o fim de 2026.'
  },
  {
    phrase: 'fibra visual',
    expected: ['fibra óptica', 'fibra ótica'],
    note: 'Spinner substitution for "fibra óptica" (optical → visual); the term is "fibra óptica".',
    near: ['internet', 'conexão', 'velocidade', 'operadora', 'operadoras', 'cabo', 'cabos', 'provedor', 'banda', 'megabits', 'plano'],
    window: 8,
    example: 'A operadora promete levar internet por fibra visual a mais de cem cidades do interior até o fim do ano.',
    neighbour: 'A operadora promete levar internet por fibra óptica a mais de cem cidades do interior até o fim do ano.'
  },
  {
    phrase: 'disco inflexível',
    expected: ['disco rígido'],
    note: 'Spinner substitution for "disco rígido" (rigid → inflexible); the term is "disco rígido".',
    example: 'O notebook vem com um disco inflexível de um terabyte e oito gigabytes de memória, suficiente para tarefas básicas.',
    neighbour: 'O notebook vem com um disco rígido de um terabyte e oito gigabytes de memória, suficiente para tarefas básicas.'
  },
  {
    phrase: 'memória de acesso casual',
    expected: ['memória de acesso aleatório', 'memória RAM'],
    note: 'Spinner substitution for "memória de acesso aleatório" (random → casual); the term is "memória de acesso aleatório" (RAM).',
    example: 'O modelo mais caro traz dezesseis gigabytes de memória de acesso casual e um processador de última geração.',
    neighbour: 'O modelo mais caro traz dezesseis gigabytes de memória de acesso aleatório e um processador de última geração.'
  },
  {
    phrase: 'rede sem arame',
    expected: ['rede sem fio', 'rede sem fios'],
    note: 'Spinner substitution for "rede sem fio" (wire → metal wire); the term is "rede sem fio" (pt-PT "sem fios").',
    example: 'O hotel oferece rede sem arame gratuita em todos os quartos e nas áreas comuns, com velocidade de até 500 megabits.',
    neighbour: 'O hotel oferece rede sem fio gratuita em todos os quartos e nas áreas comuns, com velocidade de até 500 megabits.'
  },
  {
    phrase: 'germe informático',
    expected: ['vírus informático', 'vírus de computador'],
    note: 'Spinner substitution for "vírus informático" (virus → germ); the term is "vírus informático" or "vírus de computador".',
    example: 'Um germe informático infectou os computadores da prefeitura e paralisou o atendimento ao público por três dias.',
    neighbour: 'Um vírus informático infectou os computadores da prefeitura e paralisou o atendimento ao público por três dias.'
  },
  {
    phrase: 'sistema operatório',
    expected: ['sistema operacional', 'sistema operativo'],
    note: 'Spinner substitution for "sistema operacional" (operating → surgical); the term is "sistema operacional" (pt-PT "sistema operativo").',
    near: ['computador', 'computadores', 'Windows', 'Linux', 'Android', 'celular', 'celulares', 'smartphone', 'atualização', 'aplicativos', 'software', 'versão'],
    window: 8,
    example: 'A nova versão do sistema operatório chega aos celulares compatíveis na próxima semana, com recursos de inteligência artificial.',
    neighbour: 'A nova versão do sistema operacional chega aos celulares compatíveis na próxima semana, com recursos de inteligência artificial.'
  },
  {
    phrase: 'código destapado',
    expected: ['código aberto'],
    note: 'Spinner substitution for "código aberto" (open → uncovered); the term is "código aberto".',
    example: 'A empresa liberou em código destapado o modelo de linguagem, permitindo que qualquer desenvolvedor o adapte.',
    neighbour: 'A empresa liberou em código aberto o modelo de linguagem, permitindo que qualquer desenvolvedor o adapte.'
  },
  {
    phrase: 'realidade acrescida',
    expected: ['realidade aumentada'],
    note: 'Spinner substitution for "realidade aumentada" (augmented → added); the term is "realidade aumentada".',
    example: 'Os óculos de realidade acrescida projetam instruções de montagem diretamente no campo de visão dos operários.',
    neighbour: 'Os óculos de realidade aumentada projetam instruções de montagem diretamente no campo de visão dos operários.'
  },
  {
    phrase: 'tela sensível ao tato',
    expected: ['tela sensível ao toque', 'ecrã tátil'],
    note: 'Spinner substitution for "tela sensível ao toque" (touch → sense of touch); the term is "tela sensível ao toque".',
    example: 'O painel do carro foi substituído por uma tela sensível ao tato de quinze polegadas que concentra quase todos os comandos.',
    neighbour: 'O painel do carro foi substituído por uma tela sensível ao toque de quinze polegadas que concentra quase todos os comandos.'
  },
  {
    phrase: 'sinal-barulho',
    expected: ['sinal-ruído'],
    note: 'Spinner substitution for "relação sinal-ruído" (noise → racket); the term is "sinal-ruído".',
    example: 'O novo sensor melhora a relação sinal-barulho em ambientes com pouca luz e reduz os grãos nas fotos noturnas.',
    neighbour: 'O novo sensor melhora a relação sinal-ruído em ambientes com pouca luz e reduz os grãos nas fotos noturnas.'
  },
  {
    phrase: 'Vale do Silicone',
    expected: ['Vale do Silício'],
    note: 'Spinner or translation slip for "Vale do Silício" (Silicon Valley): silicon is "silício", "silicone" is the polymer.',
    example: 'Depois de dez anos no Vale do Silicone, o engenheiro voltou ao Brasil para fundar uma empresa de pagamentos.',
    neighbour: 'Depois de dez anos no Vale do Silício, o engenheiro voltou ao Brasil para fundar uma empresa de pagamentos.'
  },

  // ---------------------------------------------------------------- medicine and science
  {
    phrase: 'decepção renal',
    expected: ['insuficiência renal'],
    note: 'Portuguese rendering of the tortured phrase "kidney disappointment" (for "kidney failure"); the term is "insuficiência renal".',
    example: 'Os pacientes com decepção renal crônica precisam de sessões de hemodiálise três vezes por semana.',
    neighbour: 'Os pacientes com insuficiência renal crônica precisam de sessões de hemodiálise três vezes por semana.'
  },
  {
    phrase: 'desilusão renal',
    expected: ['insuficiência renal'],
    note: 'Portuguese rendering of the tortured phrase "kidney disappointment" (for "kidney failure"); the term is "insuficiência renal".',
    example: 'O estudo acompanhou dois mil doentes com desilusão renal durante cinco anos para avaliar o efeito do novo medicamento.',
    neighbour: 'O estudo acompanhou dois mil doentes com insuficiência renal durante cinco anos para avaliar o efeito do novo medicamento.'
  },
  {
    phrase: 'escassez renal',
    expected: ['insuficiência renal'],
    note: 'Spinner substitution for "insuficiência renal" (insufficiency → shortage); the term is "insuficiência renal".',
    example: 'A diabetes mal controlada é uma das principais causas de escassez renal entre adultos com mais de sessenta anos.',
    neighbour: 'A diabetes mal controlada é uma das principais causas de insuficiência renal entre adultos com mais de sessenta anos.'
  },
  {
    phrase: 'escassez cardíaca',
    expected: ['insuficiência cardíaca'],
    note: 'Spinner substitution for "insuficiência cardíaca" (insufficiency → shortage); the term is "insuficiência cardíaca".',
    example: 'O novo remédio reduziu em vinte por cento as internações de pacientes com escassez cardíaca, segundo os pesquisadores.',
    neighbour: 'O novo remédio reduziu em vinte por cento as internações de pacientes com insuficiência cardíaca, segundo os pesquisadores.'
  },
  {
    phrase: 'investida cardíaca',
    expected: ['ataque cardíaco', 'enfarte'],
    note: 'Spinner substitution for "ataque cardíaco" (attack → charge, onslaught); the term is "ataque cardíaco" or "enfarte".',
    example: 'O relógio inteligente consegue detectar sinais de uma investida cardíaca e chamar o serviço de emergência automaticamente.',
    neighbour: 'O relógio inteligente consegue detectar sinais de um ataque cardíaco e chamar o serviço de emergência automaticamente.'
  },
  {
    phrase: 'assalto cardíaco',
    expected: ['ataque cardíaco', 'enfarte'],
    note: 'Spinner substitution for "ataque cardíaco" (attack → assault, robbery); the term is "ataque cardíaco" or "enfarte".',
    example: 'O ex-ministro morreu vítima de um assalto cardíaco aos 72 anos, informou a família em nota divulgada nesta manhã.',
    neighbour: 'O ex-ministro morreu vítima de um ataque cardíaco aos 72 anos, informou a família em nota divulgada nesta manhã.'
  },
  {
    phrase: 'sistema ansioso central',
    expected: ['sistema nervoso central'],
    note: 'Spinner substitution for "sistema nervoso central" (nervous read as anxious); the term is "sistema nervoso central".',
    example: 'A substância age diretamente sobre o sistema ansioso central e pode causar sonolência e perda de coordenação motora.',
    neighbour: 'A substância age diretamente sobre o sistema nervoso central e pode causar sonolência e perda de coordenação motora.'
  },
  {
    phrase: 'desastre vascular cerebral',
    expected: ['acidente vascular cerebral', 'AVC'],
    note: 'Spinner substitution for "acidente vascular cerebral" (accident → disaster); the term is "acidente vascular cerebral" (AVC).',
    example: 'A hipertensão é o principal fator de risco para o desastre vascular cerebral, que atinge milhares de brasileiros por ano.',
    neighbour: 'A hipertensão é o principal fator de risco para o acidente vascular cerebral, que atinge milhares de brasileiros por ano.'
  },
  {
    phrase: 'células-caule',
    expected: ['células-tronco', 'células estaminais'],
    note: 'Spinner substitution for "células-tronco" (trunk → stem of a plant); the term is "células-tronco" (pt-PT "células estaminais").',
    example: 'A terapia com células-caule conseguiu regenerar parte do tecido cardíaco danificado em pacientes que sofreram enfarte.',
    neighbour: 'A terapia com células-tronco conseguiu regenerar parte do tecido cardíaco danificado em pacientes que sofreram enfarte.'
  },
  {
    phrase: 'esquentamento global',
    expected: ['aquecimento global'],
    note: 'Spinner substitution for "aquecimento global" (warming → heating up, colloquial); the term is "aquecimento global".',
    example: 'Os cientistas alertam que o esquentamento global vai tornar as ondas de calor mais frequentes e mais intensas nas cidades.',
    neighbour: 'Os cientistas alertam que o aquecimento global vai tornar as ondas de calor mais frequentes e mais intensas nas cidades.'
  },
  {
    phrase: 'mudanças climatéricas',
    expected: ['mudanças climáticas'],
    note: 'Spinner substitution for "mudanças climáticas" (climatic → climacteric); in Brazil "climatérico" refers to the climacteric (menopause). European Portuguese uses "climatérico" for weather, so the entry is pt-BR only.',
    variant: 'pt-BR',
    example: 'O relatório mostra que as mudanças climatéricas já afetam a produção de café e de soja em várias regiões do país.',
    neighbour: 'O relatório mostra que as mudanças climáticas já afetam a produção de café e de soja em várias regiões do país.'
  },
  {
    phrase: 'efeito viveiro',
    expected: ['efeito estufa', 'efeito de estufa'],
    note: 'Spinner substitution for "efeito estufa" (greenhouse → nursery); the term is "efeito estufa" (pt-PT "efeito de estufa").',
    example: 'As emissões de gases de efeito viveiro do setor de transportes cresceram pelo terceiro ano seguido, segundo o inventário.',
    neighbour: 'As emissões de gases de efeito estufa do setor de transportes cresceram pelo terceiro ano seguido, segundo o inventário.'
  },
  {
    phrase: 'metade ambiente',
    expected: ['meio ambiente'],
    note: 'Spinner substitution for "meio ambiente" ("meio", environment, read as "half"); the term is "meio ambiente".',
    example: 'A empresa foi multada pelo órgão de proteção ao metade ambiente por despejar resíduos químicos no rio.',
    neighbour: 'A empresa foi multada pelo órgão de proteção ao meio ambiente por despejar resíduos químicos no rio.'
  },

  // ---------------------------------------------------------------- business, finance and economics
  {
    phrase: 'capital de perigo',
    expected: ['capital de risco', 'venture capital'],
    note: 'Spinner substitution for "capital de risco" (risk → danger); the term is "capital de risco".',
    example: 'Os fundos de capital de perigo investiram menos em startups brasileiras neste ano por causa dos juros altos.',
    neighbour: 'Os fundos de capital de risco investiram menos em startups brasileiras neste ano por causa dos juros altos.'
  },
  {
    phrase: 'corrente de suprimentos',
    expected: ['cadeia de suprimentos', 'cadeia de abastecimento'],
    note: 'Spinner substitution for "cadeia de suprimentos" (chain → current, or chain of metal links); the term is "cadeia de suprimentos".',
    example: 'A falta de chips expôs a fragilidade da corrente de suprimentos das montadoras, que dependem de poucos fornecedores asiáticos.',
    neighbour: 'A falta de chips expôs a fragilidade da cadeia de suprimentos das montadoras, que dependem de poucos fornecedores asiáticos.'
  },
  {
    phrase: 'corrente de caixa',
    expected: ['fluxo de caixa'],
    note: 'Spinner substitution for "fluxo de caixa" (flow → current); the term is "fluxo de caixa".',
    example: 'A varejista registrou corrente de caixa negativo pelo segundo trimestre seguido e precisou renegociar dívidas com os bancos.',
    neighbour: 'A varejista registrou fluxo de caixa negativo pelo segundo trimestre seguido e precisou renegociar dívidas com os bancos.'
  },
  {
    phrase: 'tarifa de juros',
    expected: ['taxa de juros', 'taxa de juro'],
    note: 'Spinner substitution for "taxa de juros" (rate → tariff); the term is "taxa de juros" (pt-PT "taxa de juro").',
    example: 'O Banco Central manteve a tarifa de juros em 10,5% ao ano e sinalizou que pode voltar a cortá-la em setembro.',
    neighbour: 'O Banco Central manteve a taxa de juros em 10,5% ao ano e sinalizou que pode voltar a cortá-la em setembro.'
  },
  {
    phrase: 'tarifa de desemprego',
    expected: ['taxa de desemprego'],
    note: 'Spinner substitution for "taxa de desemprego" (rate → tariff); the term is "taxa de desemprego".',
    example: 'A tarifa de desemprego caiu para 6,8% no trimestre, o menor nível desde o início da série histórica do instituto.',
    neighbour: 'A taxa de desemprego caiu para 6,8% no trimestre, o menor nível desde o início da série histórica do instituto.'
  },
  {
    phrase: 'produto doméstico bruto',
    expected: ['produto interno bruto', 'PIB'],
    note: 'Word-for-word "gross domestic product" with "doméstico" (household) for "interno"; the term is "produto interno bruto".',
    example: 'O produto doméstico bruto do país cresceu 3,1% no ano passado, impulsionado pela agropecuária e pelo consumo das famílias.',
    neighbour: 'O produto interno bruto do país cresceu 3,1% no ano passado, impulsionado pela agropecuária e pelo consumo das famílias.'
  },
  {
    phrase: 'produto interno grosseiro',
    expected: ['produto interno bruto', 'PIB'],
    note: 'Spinner substitution for "produto interno bruto" (gross → coarse, rude); the term is "produto interno bruto".',
    example: 'A dívida pública já equivale a quase 80% do produto interno grosseiro, segundo os números divulgados pelo Tesouro.',
    neighbour: 'A dívida pública já equivale a quase 80% do produto interno bruto, segundo os números divulgados pelo Tesouro.'
  },
  {
    phrase: 'regresso sobre o investimento',
    expected: ['retorno sobre o investimento'],
    note: 'Spinner substitution for "retorno sobre o investimento" (return → homecoming); the term is "retorno sobre o investimento" (ROI).',
    example: 'As empresas ainda têm dificuldade para medir o regresso sobre o investimento em ferramentas de inteligência artificial.',
    neighbour: 'As empresas ainda têm dificuldade para medir o retorno sobre o investimento em ferramentas de inteligência artificial.'
  },
  {
    phrase: 'mercado de atos',
    expected: ['mercado de ações'],
    note: 'Spinner substitution for "mercado de ações" ("ações", shares, read as actions, then swapped for "atos"); the term is "mercado de ações".',
    example: 'O mercado de atos americano fechou em alta pela quinta sessão seguida, puxado pelas empresas de tecnologia.',
    neighbour: 'O mercado de ações americano fechou em alta pela quinta sessão seguida, puxado pelas empresas de tecnologia.'
  },
  {
    phrase: 'sacola de valores',
    expected: ['bolsa de valores'],
    note: 'Spinner substitution for "bolsa de valores" ("bolsa", stock exchange, read as a bag); the term is "bolsa de valores".',
    example: 'A empresa pretende estrear na sacola de valores de São Paulo no segundo semestre, se o cenário econômico ajudar.',
    neighbour: 'A empresa pretende estrear na bolsa de valores de São Paulo no segundo semestre, se o cenário econômico ajudar.'
  },
  {
    phrase: 'oferta pública inaugural',
    expected: ['oferta pública inicial', 'IPO'],
    note: 'Spinner substitution for "oferta pública inicial" (initial → inaugural); the term is "oferta pública inicial" (IPO).',
    example: 'A oferta pública inaugural da empresa de chips levantou quatro bilhões de dólares e foi a maior do ano em Nova York.',
    neighbour: 'A oferta pública inicial da empresa de chips levantou quatro bilhões de dólares e foi a maior do ano em Nova York.'
  },
  {
    phrase: 'lucro fluido',
    expected: ['lucro líquido'],
    note: 'Spinner substitution for "lucro líquido" (net read as liquid, then fluid); the term is "lucro líquido".',
    example: 'O banco registrou lucro fluido de R$ 9 bilhões no trimestre, alta de 12% em relação ao mesmo período do ano anterior.',
    neighbour: 'O banco registrou lucro líquido de R$ 9 bilhões no trimestre, alta de 12% em relação ao mesmo período do ano anterior.'
  },
  {
    phrase: 'ativos fluidos',
    expected: ['ativos líquidos'],
    note: 'Spinner substitution for "ativos líquidos" (liquid → fluid); the term is "ativos líquidos".',
    example: 'Os bancos terão de manter uma reserva maior de ativos fluidos para enfrentar saques em massa em momentos de crise.',
    neighbour: 'Os bancos terão de manter uma reserva maior de ativos líquidos para enfrentar saques em massa em momentos de crise.'
  },
  {
    phrase: 'proveito competitivo',
    expected: ['vantagem competitiva'],
    note: 'Spinner substitution for "vantagem competitiva" (advantage → profit, benefit); the term is "vantagem competitiva".',
    example: 'Para os analistas, a rede de lojas físicas é o principal proveito competitivo da varejista diante das plataformas estrangeiras.',
    neighbour: 'Para os analistas, a rede de lojas físicas é a principal vantagem competitiva da varejista diante das plataformas estrangeiras.'
  },
  {
    phrase: 'recursos humanitários',
    expected: ['recursos humanos', 'RH'],
    note: 'Spinner substitution for "recursos humanos" (human → humanitarian); the term is "recursos humanos".',
    near: ['departamento', 'gerente', 'gerentes', 'diretor', 'diretora', 'contratação', 'contratações', 'funcionários', 'colaboradores', 'recrutamento', 'analista'],
    window: 4,
    example: 'A diretora de recursos humanitários anunciou um novo programa de contratação voltado para profissionais com mais de cinquenta anos.',
    neighbour: 'A diretora de recursos humanos anunciou um novo programa de contratação voltado para profissionais com mais de cinquenta anos.'
  },
  {
    phrase: 'mão de trabalho',
    expected: ['mão de obra'],
    note: 'Spinner substitution for "mão de obra" (work → labour); the term is "mão de obra".',
    example: 'A falta de mão de trabalho qualificada atrasou as obras da nova fábrica em quase um ano, segundo a construtora.',
    neighbour: 'A falta de mão de obra qualificada atrasou as obras da nova fábrica em quase um ano, segundo a construtora.'
  }
]
