import type {PhraseEntry} from '../../src/phrases/types.js'

/**
 * Portuguese false friends: a Portuguese word chosen for an English word it
 * resembles but does not mean (assist → assistir, eventually →
 * eventualmente, race → raça, prompt → rápido). Most of these words are
 * correct in their own sense, so entries are whole collocations, exact
 * forms, or carry `near` anchors that only the wrong sense brings along.
 */
export const entries: readonly PhraseEntry[] = [
  // ---------------------------------------------------------------- assist, attend, watch
  {
    phrase: 'assistir com',
    expected: ['ajudar com', 'auxiliar em'],
    note: '"Assist with" rendered as "assistir com"; to help with a task is "ajudar com" or "auxiliar em" ("assistir" is to watch, or to attend someone).',
    near: ['tarefa', 'tarefas', 'implementação', 'migração', 'configuração', 'instalação', 'integração', 'documentação'],
    window: 4,
    example: 'A consultoria foi contratada para assistir com a migração dos sistemas antigos para a nuvem até o fim do ano.',
    neighbour: 'A consultoria foi contratada para ajudar com a migração dos sistemas antigos para a nuvem até o fim do ano.'
  },
  {
    phrase: 'assistir na',
    expected: ['ajudar na', 'auxiliar na'],
    note: '"Assist in" rendered as "assistir na"; to help with a task is "ajudar na" or "auxiliar na".',
    near: ['tarefa', 'implementação', 'migração', 'configuração', 'instalação', 'integração', 'preparação', 'elaboração', 'organização', 'triagem'],
    window: 2,
    example: 'O novo assistente de inteligência artificial pode assistir na triagem de currículos e na marcação de entrevistas.',
    neighbour: 'O novo assistente de inteligência artificial pode ajudar na triagem de currículos e na marcação de entrevistas.'
  },
  {
    phrase: 'assistir o tráfego',
    expected: ['acompanhar o tráfego', 'monitorar o tráfego'],
    note: '"Watch the traffic" (monitor it) rendered as "assistir o tráfego"; one "assiste" a show, but "acompanha" or "monitora" traffic.',
    example: 'Durante a Black Friday, dois engenheiros ficaram de plantão para assistir o tráfego do site e reiniciar os servidores.',
    neighbour: 'Durante a Black Friday, dois engenheiros ficaram de plantão para monitorar o tráfego do site e reiniciar os servidores.'
  },
  {
    phrase: 'atender a reunião',
    expected: ['participar da reunião', 'comparecer à reunião'],
    note: '"Attend the meeting" rendered as "atender a reunião"; "atender" is to answer or to serve. Portuguese "participa da" or "comparece à" reunião.',
    example: 'Todos os diretores regionais devem atender a reunião de planejamento, que acontece na sede da empresa em Campinas.',
    neighbour: 'Todos os diretores regionais devem participar da reunião de planejamento, que acontece na sede da empresa em Campinas.'
  },
  {
    phrase: 'atender à reunião',
    expected: ['participar da reunião', 'comparecer à reunião'],
    note: '"Attend the meeting" rendered as "atender à reunião"; Portuguese "participa da" or "comparece à" reunião.',
    example: 'O ministro não pôde atender à reunião do conselho porque estava em viagem oficial à China com o presidente.',
    neighbour: 'O ministro não pôde comparecer à reunião do conselho porque estava em viagem oficial à China com o presidente.'
  },
  {
    phrase: 'atender a conferência',
    expected: ['participar da conferência', 'ir à conferência'],
    note: '"Attend the conference" rendered as "atender a conferência"; Portuguese "participa da" conferência.',
    example: 'Mais de trinta mil pessoas devem atender a conferência de desenvolvedores, que volta a ser presencial depois de três anos.',
    neighbour: 'Mais de trinta mil pessoas devem participar da conferência de desenvolvedores, que volta a ser presencial depois de três anos.'
  },

  // ---------------------------------------------------------------- pretend, realise, assume, eventually, actually
  {
    phrase: 'pretender que nada aconteceu',
    expected: ['fingir que nada aconteceu'],
    note: '"Pretend that nothing happened" rendered with "pretender", which means to intend; Portuguese says "fingir".',
    example: 'A empresa preferiu pretender que nada aconteceu e só admitiu o vazamento de dados três meses depois.',
    neighbour: 'A empresa preferiu fingir que nada aconteceu e só admitiu o vazamento de dados três meses depois.'
  },
  {
    phrase: 'pretender não saber',
    expected: ['fingir não saber', 'fingir que não sabe'],
    note: '"Pretend not to know" rendered with "pretender", which means to intend; Portuguese says "fingir".',
    example: 'Segundo a denúncia, os gestores costumavam pretender não saber das irregularidades apontadas pelos auditores internos.',
    neighbour: 'Segundo a denúncia, os gestores costumavam fingir não saber das irregularidades apontadas pelos auditores internos.'
  },
  {
    phrase: 'realizar que',
    expected: ['perceber que', 'dar-se conta de que'],
    note: '"Realise that" rendered as "realizar que"; "realizar" is to carry out. Portuguese says "perceber que" or "dar-se conta de que".',
    example: 'Foi só depois do lançamento que os engenheiros realizaram que o sistema não aguentaria o volume de acessos.',
    neighbour: 'Foi só depois do lançamento que os engenheiros perceberam que o sistema não aguentaria o volume de acessos.'
  },
  {
    phrase: 'eventualmente se tornou',
    expected: ['acabou por se tornar', 'por fim se tornou'],
    note: '"Eventually became" rendered with "eventualmente", which means possibly or occasionally; Portuguese says "acabou por" or "por fim".',
    exact: true,
    example: 'O projeto começou como um passatempo de fim de semana e eventualmente se tornou a ferramenta mais usada pela equipe.',
    neighbour: 'O projeto começou como um passatempo de fim de semana e acabou por se tornar a ferramenta mais usada pela equipe.'
  },
  {
    phrase: 'eventualmente tornou-se',
    expected: ['acabou por se tornar', 'por fim tornou-se'],
    note: '"Eventually became" rendered with "eventualmente", which means possibly or occasionally; Portuguese says "acabou por" or "por fim".',
    exact: true,
    example: 'A pequena loja de livros usados eventualmente tornou-se uma das maiores plataformas de comércio eletrônico do mundo.',
    neighbour: 'A pequena loja de livros usados acabou por se tornar uma das maiores plataformas de comércio eletrônico do mundo.'
  },
  {
    phrase: 'eventualmente conseguiu',
    expected: ['acabou por conseguir', 'por fim conseguiu'],
    note: '"Eventually managed" rendered with "eventualmente" (possibly, occasionally); Portuguese says "acabou por conseguir" or "finalmente conseguiu".',
    exact: true,
    example: 'Depois de três tentativas frustradas, a startup eventualmente conseguiu o registro da agência reguladora para vender o medicamento.',
    neighbour: 'Depois de três tentativas frustradas, a startup finalmente conseguiu o registro da agência reguladora para vender o medicamento.'
  },
  {
    phrase: 'eventualmente acabou',
    expected: ['acabou', 'por fim acabou'],
    note: '"Eventually ended up" rendered with "eventualmente" (possibly, occasionally); Portuguese says simply "acabou" or "por fim".',
    exact: true,
    example: 'O acordo com os credores eventualmente acabou sendo aprovado, mas só depois de a empresa vender duas fábricas.',
    neighbour: 'O acordo com os credores acabou sendo aprovado, mas só depois de a empresa vender duas fábricas.'
  },
  {
    phrase: 'eventualmente desistiu',
    expected: ['acabou por desistir', 'por fim desistiu'],
    note: '"Eventually gave up" rendered with "eventualmente" (possibly, occasionally); Portuguese says "acabou por desistir".',
    exact: true,
    example: 'Pressionado pelos acionistas, o fundo eventualmente desistiu da oferta hostil pela fabricante de autopeças.',
    neighbour: 'Pressionado pelos acionistas, o fundo acabou por desistir da oferta hostil pela fabricante de autopeças.'
  },
  {
    phrase: 'eventualmente levou',
    expected: ['acabou por levar', 'por fim levou'],
    note: '"Eventually led to" rendered with "eventualmente" (possibly, occasionally); Portuguese says "acabou por levar".',
    exact: true,
    example: 'A sequência de falhas de segurança eventualmente levou à demissão do diretor de tecnologia no início deste mês.',
    neighbour: 'A sequência de falhas de segurança acabou por levar à demissão do diretor de tecnologia no início deste mês.'
  },
  {
    phrase: 'atualmente aconteceu',
    expected: ['realmente aconteceu', 'de fato aconteceu'],
    note: '"Actually happened" rendered with "atualmente", which means currently; Portuguese says "realmente" or "de fato".',
    exact: true,
    example: 'A comissão quer entender o que atualmente aconteceu na noite em que o sistema de votação ficou fora do ar.',
    neighbour: 'A comissão quer entender o que realmente aconteceu na noite em que o sistema de votação ficou fora do ar.'
  },

  // ---------------------------------------------------------------- comprehensive, sensible, definitely
  {
    phrase: 'compreensivo',
    expected: ['abrangente', 'completo', 'exaustivo'],
    note: '"Comprehensive" rendered as "compreensivo", which means understanding or tolerant; a report or guide is "abrangente" or "completo".',
    exact: true,
    near: ['relatório', 'guia', 'estudo', 'plano', 'seguro', 'pacote', 'conjunto', 'levantamento', 'panorama', 'catálogo', 'manual'],
    window: 2,
    example: 'O banco publicou um relatório compreensivo sobre os riscos climáticos em sua carteira de crédito agrícola.',
    neighbour: 'O banco publicou um relatório abrangente sobre os riscos climáticos em sua carteira de crédito agrícola.'
  },
  {
    phrase: 'compreensiva',
    expected: ['abrangente', 'completa', 'exaustiva'],
    note: '"Comprehensive" rendered as "compreensiva", which means understanding or tolerant; a list or coverage is "abrangente" or "completa".',
    exact: true,
    near: ['lista', 'cobertura', 'análise', 'revisão', 'documentação', 'avaliação', 'reforma', 'estratégia', 'base'],
    window: 2,
    example: 'O governo prometeu uma reforma compreensiva do sistema tributário, com mudanças nos impostos federais, estaduais e municipais.',
    neighbour: 'O governo prometeu uma reforma abrangente do sistema tributário, com mudanças nos impostos federais, estaduais e municipais.'
  },
  {
    phrase: 'compreensivos',
    expected: ['abrangentes', 'completos'],
    note: '"Comprehensive" rendered as "compreensivos", which means understanding or tolerant; reports or data are "abrangentes" or "completos".',
    exact: true,
    near: ['relatórios', 'guias', 'estudos', 'planos', 'dados', 'testes', 'pacotes', 'levantamentos', 'manuais'],
    window: 2,
    example: 'Os pesquisadores tiveram acesso a dados compreensivos sobre o consumo de energia de cada data center da empresa.',
    neighbour: 'Os pesquisadores tiveram acesso a dados completos sobre o consumo de energia de cada data center da empresa.'
  },
  {
    phrase: 'compreensivas',
    expected: ['abrangentes', 'completas'],
    note: '"Comprehensive" rendered as "compreensivas", which means understanding or tolerant; measures or reforms are "abrangentes".',
    exact: true,
    near: ['medidas', 'reformas', 'listas', 'análises', 'revisões', 'estratégias', 'políticas', 'avaliações', 'soluções'],
    window: 2,
    example: 'A agência pediu medidas compreensivas para proteger os consumidores contra fraudes com pagamentos instantâneos.',
    neighbour: 'A agência pediu medidas abrangentes para proteger os consumidores contra fraudes com pagamentos instantâneos.'
  },
  {
    phrase: 'a coisa sensível a fazer',
    expected: ['o mais sensato a fazer', 'a atitude sensata'],
    note: '"The sensible thing to do" rendered with "sensível", which means sensitive; Portuguese says "sensato".',
    example: 'Diante da queda nas vendas, a coisa sensível a fazer seria adiar a abertura das novas lojas para o ano que vem.',
    neighbour: 'Diante da queda nas vendas, o mais sensato a fazer seria adiar a abertura das novas lojas para o ano que vem.'
  },
  {
    phrase: 'definitivamente vale a pena',
    expected: ['sem dúvida vale a pena', 'vale mesmo a pena'],
    note: '"Definitely worth it" rendered with "definitivamente", which in European Portuguese means "for good"; say "sem dúvida" or "com certeza" (the "certainly" sense is common in Brazil).',
    variant: 'pt-PT',
    example: 'Para quem trabalha muitas horas ao computador, o novo monitor definitivamente vale a pena, apesar do preço elevado.',
    neighbour: 'Para quem trabalha muitas horas ao computador, o novo monitor vale sem dúvida a pena, apesar do preço elevado.'
  },
  {
    phrase: 'suportar a candidatura',
    expected: ['apoiar a candidatura'],
    note: '"Support the candidacy" rendered with "suportar", which means to bear or to tolerate; Portuguese "apoia" a candidacy.',
    example: 'Três partidos do centro já anunciaram que vão suportar a candidatura do governador à Presidência da República.',
    neighbour: 'Três partidos do centro já anunciaram que vão apoiar a candidatura do governador à Presidência da República.'
  },
  {
    phrase: 'suportar a iniciativa',
    expected: ['apoiar a iniciativa'],
    note: '"Support the initiative" rendered with "suportar", which means to bear or to tolerate; Portuguese "apoia" an initiative.',
    example: 'Grandes empresas de tecnologia se comprometeram a suportar a iniciativa com doações e horas de trabalho voluntário.',
    neighbour: 'Grandes empresas de tecnologia se comprometeram a apoiar a iniciativa com doações e horas de trabalho voluntário.'
  },
  {
    phrase: 'suportar os esforços',
    expected: ['apoiar os esforços'],
    note: '"Support the efforts" rendered with "suportar", which means to bear or to tolerate; Portuguese "apoia" efforts.',
    example: 'O fundo internacional vai suportar os esforços de reconstrução das cidades atingidas pelas enchentes no sul do país.',
    neighbour: 'O fundo internacional vai apoiar os esforços de reconstrução das cidades atingidas pelas enchentes no sul do país.'
  },

  // ---------------------------------------------------------------- prompt, race, ship
  {
    phrase: 'injeção rápida',
    expected: ['injeção de prompt', 'injeção de instruções'],
    note: '"Prompt injection" with "prompt" read as the adjective "quick"; Portuguese says "injeção de prompt".',
    example: 'Os pesquisadores mostraram que um ataque de injeção rápida pode levar o assistente a revelar dados de outros usuários.',
    neighbour: 'Os pesquisadores mostraram que um ataque de injeção de prompt pode levar o assistente a revelar dados de outros usuários.'
  },
  {
    phrase: 'engenharia rápida',
    expected: ['engenharia de prompt', 'engenharia de prompts'],
    note: '"Prompt engineering" with "prompt" read as the adjective "quick"; Portuguese says "engenharia de prompt".',
    example: 'O curso de engenharia rápida ensina a escrever instruções claras para obter respostas melhores dos modelos de linguagem.',
    neighbour: 'O curso de engenharia de prompt ensina a escrever instruções claras para obter respostas melhores dos modelos de linguagem.'
  },
  {
    phrase: 'engenheiros rápidos',
    expected: ['engenheiros de prompt'],
    note: '"Prompt engineers" with "prompt" read as the adjective "quick"; Portuguese says "engenheiros de prompt".',
    example: 'No auge da euforia, algumas empresas chegaram a pagar salários de seis dígitos a engenheiros rápidos sem formação técnica.',
    neighbour: 'No auge da euforia, algumas empresas chegaram a pagar salários de seis dígitos a engenheiros de prompt sem formação técnica.'
  },
  {
    phrase: 'raça armamentista',
    expected: ['corrida armamentista', 'corrida ao armamento'],
    note: '"Arms race" rendered with "raça" (ethnicity, breed); a race as a contest is "corrida".',
    example: 'Especialistas temem que a disputa entre as potências desencadeie uma nova raça armamentista no campo da inteligência artificial.',
    neighbour: 'Especialistas temem que a disputa entre as potências desencadeie uma nova corrida armamentista no campo da inteligência artificial.'
  },
  {
    phrase: 'raça espacial',
    expected: ['corrida espacial'],
    note: '"Space race" rendered with "raça" (ethnicity, breed); a race as a contest is "corrida".',
    example: 'A nova raça espacial é movida por empresas privadas, que disputam contratos bilionários para levar astronautas à Lua.',
    neighbour: 'A nova corrida espacial é movida por empresas privadas, que disputam contratos bilionários para levar astronautas à Lua.'
  },
  {
    phrase: 'raça contra o tempo',
    expected: ['corrida contra o tempo'],
    note: '"Race against time" rendered with "raça" (ethnicity, breed); Portuguese says "corrida contra o tempo".',
    example: 'As equipes de resgate estão numa raça contra o tempo para encontrar sobreviventes antes da chegada de uma nova tempestade.',
    neighbour: 'As equipes de resgate estão numa corrida contra o tempo para encontrar sobreviventes antes da chegada de uma nova tempestade.'
  },
  {
    phrase: 'raça presidencial',
    expected: ['corrida presidencial', 'disputa presidencial'],
    note: '"Presidential race" rendered with "raça" (ethnicity, breed); Portuguese says "corrida presidencial".',
    example: 'Com a desistência do governador, a raça presidencial ficou restrita a três candidatos com chances reais de vitória.',
    neighbour: 'Com a desistência do governador, a corrida presidencial ficou restrita a três candidatos com chances reais de vitória.'
  },
  {
    phrase: 'raça tecnológica',
    expected: ['corrida tecnológica'],
    note: '"Technology race" rendered with "raça" (ethnicity, breed); Portuguese says "corrida tecnológica".',
    example: 'A China e os Estados Unidos travam uma raça tecnológica pelo controle da produção de chips avançados.',
    neighbour: 'A China e os Estados Unidos travam uma corrida tecnológica pelo controle da produção de chips avançados.'
  },
  {
    phrase: 'raça',
    expected: ['corrida', 'disputa'],
    note: '"Race" (a contest) rendered as "raça" (ethnicity, breed); a race between rivals is "corrida" or "disputa".',
    near: ['rivais', 'concorrentes', 'gigantes'],
    window: 3,
    example: 'As duas montadoras travam uma raça acirrada entre rivais pelo mercado de carros elétricos baratos na Europa.',
    neighbour: 'As duas montadoras travam uma corrida acirrada entre rivais pelo mercado de carros elétricos baratos na Europa.'
  },
  {
    phrase: 'expedir',
    expected: ['lançar', 'entregar', 'colocar em produção'],
    note: '"Ship" (release software) rendered as "expedir", which is to dispatch goods or to issue a document; software is "lançado" or "colocado em produção".',
    near: ['código', 'software', 'funcionalidade', 'funcionalidades', 'engenheiros', 'desenvolvedores', 'atualizações'],
    window: 6,
    example: 'A cultura da empresa valoriza equipes pequenas que conseguem expedir novas funcionalidades toda semana sem longas aprovações.',
    neighbour: 'A cultura da empresa valoriza equipes pequenas que conseguem lançar novas funcionalidades toda semana sem longas aprovações.'
  },

  // ---------------------------------------------------------------- jobs and people
  {
    phrase: 'aplicação para a vaga',
    expected: ['candidatura à vaga'],
    note: '"Application for the job" rendered as "aplicação"; a job application is a "candidatura".',
    example: 'A aplicação para a vaga deve incluir currículo, portfólio e duas cartas de recomendação de antigos empregadores.',
    neighbour: 'A candidatura à vaga deve incluir currículo, portfólio e duas cartas de recomendação de antigos empregadores.'
  },
  {
    phrase: 'aplicação para o cargo',
    expected: ['candidatura ao cargo'],
    note: '"Application for the position" rendered as "aplicação"; a job application is a "candidatura".',
    example: 'O conselho recebeu mais de duzentas aplicações para o cargo de diretor executivo da fundação.',
    neighbour: 'O conselho recebeu mais de duzentas candidaturas ao cargo de diretor executivo da fundação.'
  },
  {
    phrase: 'altamente educados',
    expected: ['altamente qualificados', 'com formação superior'],
    note: '"Highly educated" rendered as "educados", which means polite; Portuguese says "qualificados" or "com alta escolaridade".',
    exact: true,
    example: 'A região atrai imigrantes altamente educados, muitos deles com doutorado em engenharia ou em ciência da computação.',
    neighbour: 'A região atrai imigrantes altamente qualificados, muitos deles com doutorado em engenharia ou em ciência da computação.'
  },
  {
    phrase: 'altamente educado',
    expected: ['altamente qualificado', 'com formação superior'],
    note: '"Highly educated" rendered as "educado", which means polite; Portuguese says "qualificado" or "com alta escolaridade".',
    exact: true,
    example: 'O país tem um contingente altamente educado de jovens que não encontra emprego compatível com sua formação.',
    neighbour: 'O país tem um contingente altamente qualificado de jovens que não encontra emprego compatível com sua formação.'
  },
  {
    phrase: 'força de trabalho educada',
    expected: ['mão de obra qualificada', 'força de trabalho instruída'],
    note: '"Educated workforce" rendered with "educada", which means polite; Portuguese says "mão de obra qualificada".',
    example: 'Os investidores estrangeiros citam a força de trabalho educada e os custos baixos como os principais atrativos da cidade.',
    neighbour: 'Os investidores estrangeiros citam a mão de obra qualificada e os custos baixos como os principais atrativos da cidade.'
  },
  {
    phrase: 'excitados',
    expected: ['entusiasmados', 'animados'],
    note: '"Excited" rendered as "excitados", which suggests sexual arousal in Portuguese; say "entusiasmados" or "animados".',
    exact: true,
    near: ['anunciar', 'lançamento', 'parceria', 'projeto', 'oportunidade', 'novidade', 'futuro', 'compartilhar', 'trabalhar', 'receber'],
    window: 6,
    example: 'Estamos muito excitados em anunciar a parceria com a maior rede de farmácias do país, disse a fundadora da startup.',
    neighbour: 'Estamos muito entusiasmados em anunciar a parceria com a maior rede de farmácias do país, disse a fundadora da startup.'
  },
  {
    phrase: 'excitado',
    expected: ['entusiasmado', 'animado'],
    note: '"Excited" rendered as "excitado", which suggests sexual arousal in Portuguese; say "entusiasmado" or "animado".',
    exact: true,
    near: ['anunciar', 'lançamento', 'parceria', 'projeto', 'oportunidade', 'novidade', 'futuro', 'compartilhar', 'trabalhar', 'receber'],
    window: 6,
    example: 'O diretor disse estar excitado com o lançamento do novo modelo, previsto para chegar às lojas em setembro.',
    neighbour: 'O diretor disse estar entusiasmado com o lançamento do novo modelo, previsto para chegar às lojas em setembro.'
  },
  {
    phrase: 'excitada',
    expected: ['entusiasmada', 'animada'],
    note: '"Excited" rendered as "excitada", which suggests sexual arousal in Portuguese; say "entusiasmada" or "animada".',
    exact: true,
    near: ['anunciar', 'lançamento', 'parceria', 'projeto', 'oportunidade', 'novidade', 'futuro', 'compartilhar', 'trabalhar', 'receber'],
    window: 6,
    example: 'A nova presidente se disse excitada com a oportunidade de liderar a empresa em um momento de expansão internacional.',
    neighbour: 'A nova presidente se disse entusiasmada com a oportunidade de liderar a empresa em um momento de expansão internacional.'
  },
  {
    phrase: 'engenheiros temperados',
    expected: ['engenheiros experientes', 'engenheiros calejados'],
    note: '"Seasoned engineers" rendered as "temperados", which is seasoned food or tempered steel; Portuguese says "experientes" or "calejados".',
    example: 'A equipe reúne engenheiros temperados vindos do Google e da Meta e jovens pesquisadores recém-saídos do doutorado.',
    neighbour: 'A equipe reúne engenheiros experientes vindos do Google e da Meta e jovens pesquisadores recém-saídos do doutorado.'
  },
  {
    phrase: 'profissionais temperados',
    expected: ['profissionais experientes', 'profissionais calejados'],
    note: '"Seasoned professionals" rendered as "temperados", which is seasoned food or tempered steel; Portuguese says "experientes".',
    example: 'O programa de mentoria liga jovens empreendedores a profissionais temperados do mercado financeiro e do varejo.',
    neighbour: 'O programa de mentoria liga jovens empreendedores a profissionais experientes do mercado financeiro e do varejo.'
  },
  {
    phrase: 'recém-cunhados',
    expected: ['recém-formados', 'recém-doutorados'],
    note: '"Newly minted" (PhDs, graduates) rendered as "recém-cunhados", which is said of coins; Portuguese says "recém-formados".',
    near: ['doutores', 'doutorado', 'doutorados', 'PhD', 'PhDs', 'formados', 'graduados', 'engenheiros', 'mestres'],
    window: 4,
    example: 'A empresa contrata todos os anos dezenas de doutores recém-cunhados das melhores universidades americanas.',
    neighbour: 'A empresa contrata todos os anos dezenas de doutores recém-formados das melhores universidades americanas.'
  },
  {
    phrase: 'oficiais do governo',
    expected: ['autoridades do governo', 'funcionários do governo'],
    note: '"Government officials" rendered as "oficiais", which in Portuguese are military or police officers; say "autoridades" or "funcionários".',
    example: 'Oficiais do governo americano disseram que as novas restrições à exportação de chips entram em vigor na próxima semana.',
    neighbour: 'Autoridades do governo americano disseram que as novas restrições à exportação de chips entram em vigor na próxima semana.'
  },
  {
    phrase: 'oficiais da Casa Branca',
    expected: ['funcionários da Casa Branca', 'assessores da Casa Branca'],
    note: '"White House officials" rendered as "oficiais"; Portuguese says "funcionários" or "assessores da Casa Branca".',
    example: 'Segundo oficiais da Casa Branca, o presidente deve assinar o decreto sobre inteligência artificial ainda este mês.',
    neighbour: 'Segundo funcionários da Casa Branca, o presidente deve assinar o decreto sobre inteligência artificial ainda este mês.'
  },
  {
    phrase: 'oficiais eleitos',
    expected: ['autoridades eleitas', 'políticos eleitos'],
    note: '"Elected officials" rendered as "oficiais", which in Portuguese are military or police officers; say "autoridades eleitas" or "eleitos".',
    example: 'Vários oficiais eleitos do estado pediram a suspensão do contrato até que a auditoria seja concluída.',
    neighbour: 'Vários políticos eleitos do estado pediram a suspensão do contrato até que a auditoria seja concluída.'
  },
  {
    phrase: 'oficiais da empresa',
    expected: ['executivos da empresa', 'representantes da empresa'],
    note: '"Company officials" rendered as "oficiais"; Portuguese says "executivos" or "representantes da empresa".',
    example: 'Oficiais da empresa não quiseram comentar os rumores sobre o fechamento da fábrica de Taubaté.',
    neighbour: 'Representantes da empresa não quiseram comentar os rumores sobre o fechamento da fábrica de Taubaté.'
  },
  {
    phrase: 'colégio comunitário',
    expected: ['faculdade comunitária'],
    note: '"Community college" rendered with "colégio", which is a secondary school; the American institution is a "faculdade comunitária".',
    example: 'Antes de fundar a empresa, ele estudou programação em um colégio comunitário da Califórnia e largou o curso no segundo ano.',
    neighbour: 'Antes de fundar a empresa, ele estudou programação em uma faculdade comunitária da Califórnia e largou o curso no segundo ano.'
  },
  {
    phrase: 'dar uma leitura',
    expected: ['dar uma palestra', 'dar uma aula'],
    note: '"Give a lecture" rendered with "leitura" (reading); Portuguese "dá uma palestra" or "uma aula".',
    near: ['palestra', 'auditório', 'Harvard', 'Stanford', 'Oxford', 'MIT', 'Yale', 'Princeton'],
    window: 8,
    example: 'O prêmio Nobel de Economia foi convidado a dar uma leitura sobre desigualdade para os alunos de Harvard.',
    neighbour: 'O prêmio Nobel de Economia foi convidado a dar uma palestra sobre desigualdade para os alunos de Harvard.'
  },

  // ---------------------------------------------------------------- officialese and news
  {
    phrase: 'resumir as negociações',
    near: ['pausa', 'suspensão', 'suspensas', 'interrupção', 'impasse', 'rompimento'],
    window: 10,
    expected: ['retomar as negociações'],
    note: '"Resume the talks" rendered as "resumir", which means to summarise; Portuguese "retoma" talks.',
    example: 'As duas empresas concordaram em resumir as negociações sobre a fusão depois de uma pausa de seis meses.',
    neighbour: 'As duas empresas concordaram em retomar as negociações sobre a fusão depois de uma pausa de seis meses.'
  },
  {
    phrase: 'resumir a produção',
    expected: ['retomar a produção'],
    note: '"Resume production" rendered as "resumir", which means to summarise; Portuguese "retoma" production.',
    example: 'A montadora espera resumir a produção na fábrica da Bahia assim que o fornecimento de chips for normalizado.',
    neighbour: 'A montadora espera retomar a produção na fábrica da Bahia assim que o fornecimento de chips for normalizado.'
  },
  {
    phrase: 'resumir os voos',
    expected: ['retomar os voos'],
    note: '"Resume flights" rendered as "resumir", which means to summarise; Portuguese "retoma" flights.',
    example: 'A companhia aérea vai resumir os voos para Buenos Aires em março, depois de dois anos sem operar a rota.',
    neighbour: 'A companhia aérea vai retomar os voos para Buenos Aires em março, depois de dois anos sem operar a rota.'
  },
  {
    phrase: 'agenda escondida',
    expected: ['segundas intenções', 'interesses ocultos'],
    note: '"Hidden agenda" rendered word for word; "agenda" is a diary or a schedule. Portuguese says "segundas intenções".',
    example: 'Os críticos acusam a fundação de ter uma agenda escondida e de usar as doações para favorecer as empresas do fundador.',
    neighbour: 'Os críticos acusam a fundação de ter segundas intenções e de usar as doações para favorecer as empresas do fundador.'
  },
  {
    phrase: 'argumento acalorado',
    expected: ['discussão acalorada', 'bate-boca'],
    note: '"Heated argument" (a quarrel) rendered with "argumento", which is a line of reasoning; Portuguese says "discussão acalorada".',
    example: 'A reunião do conselho terminou em um argumento acalorado entre o fundador e os representantes dos investidores.',
    neighbour: 'A reunião do conselho terminou em uma discussão acalorada entre o fundador e os representantes dos investidores.'
  },
  {
    phrase: 'casualidades',
    expected: ['vítimas', 'baixas'],
    note: '"Casualties" rendered as "casualidades", which are chance events; the dead and wounded are "vítimas" or (military) "baixas".',
    exact: true,
    near: ['ataque', 'guerra', 'civis', 'bombardeio', 'bombardeamento', 'mortos', 'feridos', 'explosão', 'conflito', 'tropas', 'soldados'],
    window: 8,
    example: 'O bombardeio da madrugada deixou dezenas de casualidades entre os civis, segundo o relatório das Nações Unidas.',
    neighbour: 'O bombardeio da madrugada deixou dezenas de vítimas entre os civis, segundo o relatório das Nações Unidas.'
  },
  {
    phrase: 'fatalidades',
    expected: ['mortes', 'vítimas mortais', 'vítimas fatais'],
    note: '"Fatalities" rendered as "fatalidades", which are misfortunes or strokes of fate; the dead are "mortos" or "vítimas fatais".',
    exact: true,
    near: ['acidente', 'acidentes', 'mortos', 'feridos', 'colisão', 'ataque', 'rodovia', 'estradas', 'trânsito', 'registrou', 'registou'],
    window: 8,
    example: 'O acidente na rodovia deixou três fatalidades e doze feridos, segundo a Polícia Rodoviária Federal.',
    neighbour: 'O acidente na rodovia deixou três mortos e doze feridos, segundo a Polícia Rodoviária Federal.'
  },
  {
    phrase: 'injúria',
    expected: ['lesão', 'contusão'],
    note: '"Injury" rendered as "injúria", which is an insult (a crime against honour); a physical injury is a "lesão".',
    exact: true,
    near: ['joelho', 'tornozelo', 'ombro', 'perna', 'braço', 'músculo', 'coxa'],
    window: 5,
    example: 'O atacante sofreu uma injúria no joelho durante o treino e deve desfalcar a equipe nas próximas três semanas.',
    neighbour: 'O atacante sofreu uma lesão no joelho durante o treino e deve desfalcar a equipe nas próximas três semanas.'
  },
  {
    phrase: 'costume de Halloween',
    expected: ['fantasia de Halloween'],
    note: '"Halloween costume" rendered with "costume", which means custom or habit; a disguise is a "fantasia" (pt-PT "disfarce").',
    example: 'A loja vendeu mais de cem mil unidades do costume de Halloween inspirado no personagem da série de maior audiência do ano.',
    neighbour: 'A loja vendeu mais de cem mil unidades da fantasia de Halloween inspirada no personagem da série de maior audiência do ano.'
  },
  {
    phrase: 'acordo tentativo',
    expected: ['acordo provisório', 'acordo preliminar'],
    note: '"Tentative agreement" rendered as "tentativo"; Portuguese says "acordo provisório" or "preliminar".',
    example: 'O sindicato e a montadora chegaram a um acordo tentativo que ainda precisa ser aprovado em assembleia pelos trabalhadores.',
    neighbour: 'O sindicato e a montadora chegaram a um acordo provisório que ainda precisa ser aprovado em assembleia pelos trabalhadores.'
  },
  {
    phrase: 'marcar um apontamento',
    expected: ['marcar uma consulta', 'marcar uma reunião'],
    note: '"Make an appointment" rendered with "apontamento", which is a note; Portuguese "marca uma consulta" or "uma reunião".',
    example: 'Os clientes podem marcar um apontamento com um técnico da loja diretamente pelo aplicativo, sem precisar ligar.',
    neighbour: 'Os clientes podem marcar uma consulta com um técnico da loja diretamente pelo aplicativo, sem precisar ligar.'
  },
  {
    phrase: 'pessoas ordinárias',
    expected: ['pessoas comuns'],
    note: '"Ordinary people" rendered as "ordinárias", which is pejorative in Portuguese (vulgar, low); say "pessoas comuns".',
    example: 'O documentário conta a história de pessoas ordinárias que perderam as economias de uma vida em golpes com criptomoedas.',
    neighbour: 'O documentário conta a história de pessoas comuns que perderam as economias de uma vida em golpes com criptomoedas.'
  },
  {
    phrase: 'cidadãos ordinários',
    expected: ['cidadãos comuns'],
    note: '"Ordinary citizens" rendered as "ordinários", which is pejorative in Portuguese; say "cidadãos comuns".',
    example: 'A nova lei de proteção de dados dá aos cidadãos ordinários o direito de saber como as empresas usam suas informações.',
    neighbour: 'A nova lei de proteção de dados dá aos cidadãos comuns o direito de saber como as empresas usam suas informações.'
  },
  {
    phrase: 'pretendendo ser',
    expected: ['fingindo ser', 'fazendo-se passar por'],
    note: '"Pretending to be" rendered with "pretender", which means to intend; Portuguese says "fingindo ser" or "fazendo-se passar por".',
    near: ['golpista', 'golpistas', 'criminosos', 'fraudadores', 'golpe', 'golpes', 'falsos', 'falso', 'mensagens', 'ligações'],
    window: 8,
    example: 'Golpistas estão enviando mensagens pretendendo ser funcionários do banco para obter as senhas dos clientes.',
    neighbour: 'Golpistas estão enviando mensagens fingindo ser funcionários do banco para obter as senhas dos clientes.'
  },

  // ---------------------------------------------------------------- business and economics
  {
    phrase: 'receita grossa',
    expected: ['receita bruta'],
    note: '"Gross revenue" rendered with "grossa" (thick, coarse); the accounting term is "receita bruta".',
    example: 'A receita grossa da empresa chegou a R$ 2 bilhões no trimestre, alta de 15% em relação ao mesmo período do ano passado.',
    neighbour: 'A receita bruta da empresa chegou a R$ 2 bilhões no trimestre, alta de 15% em relação ao mesmo período do ano passado.'
  },
  {
    phrase: 'lucro grosso',
    expected: ['lucro bruto'],
    note: '"Gross profit" rendered with "grosso" (thick, coarse); the accounting term is "lucro bruto".',
    example: 'O lucro grosso da varejista caiu 8% por causa das promoções agressivas feitas durante a Black Friday.',
    neighbour: 'O lucro bruto da varejista caiu 8% por causa das promoções agressivas feitas durante a Black Friday.'
  },
  {
    phrase: 'margem grossa',
    expected: ['margem bruta'],
    note: '"Gross margin" rendered with "grossa" (thick, coarse); the accounting term is "margem bruta".',
    example: 'A fabricante de chips registrou margem grossa de 74% no trimestre, impulsionada pela venda de processadores para data centers.',
    neighbour: 'A fabricante de chips registrou margem bruta de 74% no trimestre, impulsionada pela venda de processadores para data centers.'
  },
  {
    phrase: 'produto interno grosso',
    expected: ['produto interno bruto', 'PIB'],
    note: '"Gross domestic product" rendered with "grosso" (thick, coarse); the term is "produto interno bruto".',
    example: 'O produto interno grosso do país cresceu 2,9% no ano passado, acima das projeções dos economistas do mercado.',
    neighbour: 'O produto interno bruto do país cresceu 2,9% no ano passado, acima das projeções dos economistas do mercado.'
  },
  {
    phrase: 'prospectos de crescimento',
    expected: ['perspectivas de crescimento'],
    note: '"Growth prospects" rendered as "prospectos", which are leaflets or (finance) offering documents; Portuguese says "perspectivas".',
    example: 'O banco reduziu os prospectos de crescimento da economia brasileira para este ano de 2,5% para 1,8%.',
    neighbour: 'O banco reduziu as perspectivas de crescimento da economia brasileira para este ano de 2,5% para 1,8%.'
  },
  {
    phrase: 'prospectos de emprego',
    expected: ['perspectivas de emprego'],
    note: '"Job prospects" rendered as "prospectos", which are leaflets; Portuguese says "perspectivas de emprego".',
    example: 'Os prospectos de emprego para recém-formados em tecnologia pioraram com a onda de demissões nas grandes empresas.',
    neighbour: 'As perspectivas de emprego para recém-formados em tecnologia pioraram com a onda de demissões nas grandes empresas.'
  },
  {
    phrase: 'hospedar a Copa',
    expected: ['sediar a Copa'],
    note: '"Host the World Cup" rendered as "hospedar" (to lodge guests); a country "sedia" a tournament.',
    example: 'Os três países vão hospedar a Copa do Mundo de 2026, a primeira com 48 seleções na fase de grupos.',
    neighbour: 'Os três países vão sediar a Copa do Mundo de 2026, a primeira com 48 seleções na fase de grupos.'
  },
  {
    phrase: 'hospedar os Jogos Olímpicos',
    expected: ['sediar os Jogos Olímpicos'],
    note: '"Host the Olympic Games" rendered as "hospedar" (to lodge guests); a city "sedia" the Games.',
    example: 'A cidade gastou bilhões para hospedar os Jogos Olímpicos, e parte das arenas continua sem uso uma década depois.',
    neighbour: 'A cidade gastou bilhões para sediar os Jogos Olímpicos, e parte das arenas continua sem uso uma década depois.'
  },
  {
    phrase: 'hospedar a cúpula',
    expected: ['sediar a cúpula', 'receber a cúpula'],
    note: '"Host the summit" rendered as "hospedar" (to lodge guests); a city "sedia" or "recebe" a summit.',
    example: 'Belém vai hospedar a cúpula do clima das Nações Unidas, e o governo corre para terminar as obras de infraestrutura.',
    neighbour: 'Belém vai sediar a cúpula do clima das Nações Unidas, e o governo corre para terminar as obras de infraestrutura.'
  },
  {
    phrase: 'facilidade nuclear',
    expected: ['instalação nuclear'],
    note: '"Nuclear facility" rendered with "facilidade" (ease); a plant or site is an "instalação".',
    example: 'Os inspetores da agência internacional visitaram a facilidade nuclear pela primeira vez em dois anos.',
    neighbour: 'Os inspetores da agência internacional visitaram a instalação nuclear pela primeira vez em dois anos.'
  },
  {
    phrase: 'facilidade militar',
    expected: ['instalação militar', 'base militar'],
    note: '"Military facility" rendered with "facilidade" (ease); a site is an "instalação" or a "base".',
    example: 'Imagens de satélite mostram a construção de uma nova facilidade militar perto da fronteira, segundo o jornal.',
    neighbour: 'Imagens de satélite mostram a construção de uma nova instalação militar perto da fronteira, segundo o jornal.'
  },
  {
    phrase: 'técnicas de decepção',
    expected: ['técnicas de engano', 'técnicas de dissimulação'],
    note: '"Deception techniques" rendered with "decepção", which means disappointment; Portuguese says "engano" or "dissimulação".',
    example: 'Os pesquisadores observaram que o modelo usou técnicas de decepção para esconder dos avaliadores o próprio comportamento.',
    neighbour: 'Os pesquisadores observaram que o modelo usou técnicas de dissimulação para esconder dos avaliadores o próprio comportamento.'
  },
  {
    phrase: 'tecnologia de decepção',
    expected: ['tecnologia de engano', 'tecnologia de iscas'],
    note: '"Deception technology" (decoys in cybersecurity) rendered with "decepção", which means disappointment; Portuguese says "tecnologia de engano" or keeps "deception".',
    example: 'A startup de segurança usa tecnologia de decepção para atrair invasores para servidores falsos e estudar os ataques.',
    neighbour: 'A startup de segurança usa iscas digitais para atrair invasores para servidores falsos e estudar os ataques.'
  },

  // ---------------------------------------------------------------- code, web and data
  {
    phrase: 'livraria',
    expected: ['biblioteca'],
    note: '"Library" (code) rendered as "livraria", which is a bookshop; a software library is a "biblioteca".',
    exact: true,
    near: ['código', 'Python', 'JavaScript', 'importar', 'função', 'funções', 'npm', 'framework', 'programação', 'dependência'],
    window: 8,
    example: 'Para ler o arquivo, basta importar a livraria pandas e chamar a função que converte a planilha em uma tabela.',
    neighbour: 'Para ler o arquivo, basta importar a biblioteca pandas e chamar a função que converte a planilha em uma tabela.'
  },
  {
    phrase: 'livrarias',
    expected: ['bibliotecas'],
    note: '"Libraries" (code) rendered as "livrarias", which are bookshops; software libraries are "bibliotecas".',
    exact: true,
    near: ['código', 'Python', 'JavaScript', 'importar', 'função', 'funções', 'npm', 'framework', 'programação', 'dependências'],
    window: 8,
    example: 'O projeto depende de várias livrarias de código aberto escritas em Python, algumas sem manutenção há anos.',
    neighbour: 'O projeto depende de várias bibliotecas de código aberto escritas em Python, algumas sem manutenção há anos.'
  },
  {
    phrase: 'tráfico de rede',
    expected: ['tráfego de rede'],
    note: '"Network traffic" rendered with "tráfico", which is trafficking (drugs, people); data flow is "tráfego".',
    example: 'O programa analisa o tráfico de rede em tempo real e bloqueia conexões suspeitas antes que cheguem aos servidores.',
    neighbour: 'O programa analisa o tráfego de rede em tempo real e bloqueia conexões suspeitas antes que cheguem aos servidores.'
  },
  {
    phrase: 'tráfico do site',
    expected: ['tráfego do site'],
    note: '"Site traffic" rendered with "tráfico", which is trafficking; visits to a site are "tráfego".',
    example: 'O tráfico do site dobrou depois que a reportagem foi compartilhada por perfis com milhões de seguidores.',
    neighbour: 'O tráfego do site dobrou depois que a reportagem foi compartilhada por perfis com milhões de seguidores.'
  },
  {
    phrase: 'tráfico web',
    expected: ['tráfego web'],
    note: '"Web traffic" rendered with "tráfico", which is trafficking; visits are "tráfego".',
    example: 'Os buscadores com inteligência artificial já reduziram o tráfico web de muitos jornais em mais de vinte por cento.',
    neighbour: 'Os buscadores com inteligência artificial já reduziram o tráfego web de muitos jornais em mais de vinte por cento.'
  },
  {
    phrase: 'tráfico orgânico',
    expected: ['tráfego orgânico'],
    note: '"Organic traffic" rendered with "tráfico", which is trafficking; visits from search are "tráfego orgânico".',
    example: 'A agência promete aumentar o tráfico orgânico da loja virtual com conteúdo otimizado para os mecanismos de busca.',
    neighbour: 'A agência promete aumentar o tráfego orgânico da loja virtual com conteúdo otimizado para os mecanismos de busca.'
  },
  {
    phrase: 'poste no LinkedIn',
    expected: ['publicação no LinkedIn', 'post no LinkedIn'],
    note: '"A post" (on social media) rendered as "poste", which is a pole or lamppost; say "publicação" or "post".',
    exact: true,
    example: 'Em um poste no LinkedIn, o fundador anunciou que deixará o comando da empresa no fim do mês.',
    neighbour: 'Em uma publicação no LinkedIn, o fundador anunciou que deixará o comando da empresa no fim do mês.'
  },
  {
    phrase: 'poste no blog',
    expected: ['publicação no blog', 'post no blog'],
    note: '"A blog post" rendered as "poste", which is a pole or lamppost; say "publicação" or "post".',
    exact: true,
    example: 'Em um longo poste no blog, a engenheira explicou por que a equipe decidiu reescrever o sistema inteiro em Rust.',
    neighbour: 'Em uma longa publicação no blog, a engenheira explicou por que a equipe decidiu reescrever o sistema inteiro em Rust.'
  },
  {
    phrase: 'figurar isso',
    expected: ['descobrir isso', 'entender isso'],
    note: '"Figure it out" rendered with "figurar", which means to appear or to feature; Portuguese says "descobrir" or "entender".',
    example: 'Ninguém na equipe conseguiu figurar isso antes do prazo, então a funcionalidade ficou para a próxima versão.',
    neighbour: 'Ninguém na equipe conseguiu descobrir isso antes do prazo, então a funcionalidade ficou para a próxima versão.'
  },
  {
    phrase: 'figurar como resolver',
    expected: ['descobrir como resolver', 'entender como resolver'],
    note: '"Figure out how to solve" rendered with "figurar", which means to appear or to feature; Portuguese says "descobrir".',
    example: 'Os engenheiros passaram a madrugada tentando figurar como resolver a falha que derrubou o sistema de pagamentos.',
    neighbour: 'Os engenheiros passaram a madrugada tentando descobrir como resolver a falha que derrubou o sistema de pagamentos.'
  },
  {
    phrase: 'mover-se para',
    expected: ['mudar-se para'],
    note: '"Move to" (a city, a house) rendered with "mover-se", which is to move one\u2019s body; people "se mudam" to a place.',
    near: ['família', 'apartamento', 'cidade', 'país', 'Califórnia', 'Texas', 'Lisboa', 'Londres', 'Miami', 'Portugal', 'Europa'],
    window: 6,
    example: 'Depois de vender a empresa, o fundador decidiu mover-se para Lisboa com a família e investir em startups portuguesas.',
    neighbour: 'Depois de vender a empresa, o fundador decidiu mudar-se para Lisboa com a família e investir em startups portuguesas.'
  },
    {
    phrase: 'terrífico',
    expected: ['fantástico', 'excelente', 'extraordinário'],
    note: '"Terrific" (excellent) rendered as "terrífico", which means terrifying; Portuguese says "fantástico" or "excelente".',
    exact: true,
    near: ['trabalho', 'resultado', 'resultados', 'equipe', 'desempenho', 'parabéns', 'ótimo', 'excelente', 'incrível', 'trimestre'],
    window: 5,
    example: 'O presidente agradeceu aos funcionários pelo trabalho terrífico que permitiu entregar o projeto antes do prazo.',
    neighbour: 'O presidente agradeceu aos funcionários pelo trabalho fantástico que permitiu entregar o projeto antes do prazo.'
  },
  {
    phrase: 'preservativos artificiais',
    expected: ['conservantes artificiais'],
    note: '"Artificial preservatives" rendered as "preservativos", which are condoms; food additives are "conservantes".',
    example: 'A marca retirou os preservativos artificiais de todos os sucos, que agora são vendidos em embalagens recicláveis.',
    neighbour: 'A marca retirou os conservantes artificiais de todos os sucos, que agora são vendidos em embalagens recicláveis.'
  },
  {
    phrase: 'sem preservativos',
    expected: ['sem conservantes'],
    note: '"Preservative-free" or "no preservatives" rendered with "preservativos", which are condoms; food additives are "conservantes".',
    near: ['corantes', 'aditivos', 'ingredientes', 'alimentos', 'alimento', 'açúcar', 'sabor', 'natural', 'naturais', 'receita', 'sucos'],
    window: 6,
    example: 'O pão é feito apenas com ingredientes naturais, sem preservativos e sem corantes, e dura até cinco dias na geladeira.',
    neighbour: 'O pão é feito apenas com ingredientes naturais, sem conservantes e sem corantes, e dura até cinco dias na geladeira.'
  }
]
