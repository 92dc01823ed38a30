"""Demo articles (batch A) for the newsroom demo content."""

ARTICLES = [
    {
        "title": "L’IA s’invite au petit-déjeuner\u00a0: portrait d’une colocataire envahissante",
        "slug": "ia-quotidien-colocataire-envahissante",
        "standfirst": (
            "Correcteur, traducteur, assistant vocal, tri des photos\u00a0: "
            "l’intelligence artificielle s’est glissée partout sans demander "
            "la permission. Petit inventaire d’une cohabitation qui ne dit pas "
            "toujours son nom."
        ),
        "categories": ["intelligence-artificielle"],
        "tags": ["Vie quotidienne", "Assistants", "Usages"],
        "sources": [
            ("Numerama", "https://www.numerama.com/"),
            ("The Verge", "https://www.theverge.com/"),
        ],
        "days_ago": 1,
        "hero": {
            "colours": ("#f4a261", "#264653"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé de l’orange abricot au vert "
                "pétrole, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Il est 7 h 12. Le téléphone a choisi l’heure du réveil en "
                    "fonction de votre sommeil, la messagerie vous propose trois "
                    "réponses toutes faites pour votre belle-mère, et l’application de "
                    "cartographie a déjà décidé que vous passeriez par la rocade. Vous "
                    "n’avez pas encore bu votre café que l’<b>IA</b> a pris une "
                    "demi-douzaine de décisions à votre place. Rien de spectaculaire, "
                    "rien qui ressemble aux robots des films\u00a0: juste une "
                    "succession de petits coups de pouce, si discrets qu’on finit par "
                    "ne plus les voir.</p>"
                ),
            ),
            ("heading", {"text": "Une intelligence qui se fait oublier", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>C’est peut-être la plus grande réussite de l’intelligence "
                    "artificielle grand public\u00a0: être devenue banale. Le tri des "
                    "photos qui reconnaît le chat, le filtre antispam qui écarte les "
                    "promesses d’héritage miraculeux, la traduction instantanée d’un "
                    "menu au restaurant, la suggestion qui devine la fin de la phrase… "
                    "Tout cela repose sur des modèles statistiques entraînés sur des "
                    "montagnes de <i>données</i>. Les assistants conversationnels ont "
                    "fait une entrée plus bruyante, mais ils rejoignent la même "
                    "famille\u00a0: celle des outils qu’on utilise sans jamais lire la "
                    "notice.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Le vrai tour de force de l’IA grand public, c’est d’avoir rendu "
                        "l’extraordinaire parfaitement ennuyeux."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Cette discrétion a un revers. Quand une technologie devient "
                    "invisible, on oublie de lui poser des questions. Pourquoi cette "
                    "publicité-là, maintenant\u00a0? Pourquoi cet itinéraire plutôt "
                    "qu’un autre\u00a0? Pourquoi la recette suggérée contient-elle "
                    "systématiquement du fromage\u00a0? (Pour ce dernier point, "
                    "l’algorithme a peut-être simplement compris à qui il avait "
                    "affaire.) Les systèmes de recommandation optimisent ce qu’on leur "
                    "demande d’optimiser, et ce n’est pas toujours votre "
                    "bien-être\u00a0: c’est parfois votre temps d’écran, votre panier "
                    "moyen ou votre fidélité à un service.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Les chercheurs en interaction humain-machine parlent "
                    "volontiers de «\u00a0confiance calibrée\u00a0»\u00a0: ni "
                    "adoration béate, ni méfiance systématique, mais la capacité de "
                    "savoir quand l’outil est fiable et quand il faut reprendre la "
                    "main. Un assistant qui résume un long courriel fait gagner du "
                    "temps\u00a0; le même assistant qui invente une date de "
                    "rendez-vous peut en faire perdre beaucoup. Les modèles de "
                    "langage, en particulier, ont cette fâcheuse tendance à se tromper "
                    "avec un aplomb admirable.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Alors, que faire de cette colocataire envahissante\u00a0? La "
                    "mettre à la porte serait illusoire, et franchement dommage\u00a0: "
                    "elle rend de vrais services. Mieux vaut fixer quelques règles de "
                    "vie commune. Vérifier ce qui compte, désactiver ce qui agace, "
                    "explorer les réglages de confidentialité au moins une fois par "
                    "an, comme on vide le frigo. Et garder en tête qu’une suggestion "
                    "n’est qu’une suggestion, même quand elle arrive avec une jolie "
                    "icône scintillante.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "En bref",
                    "text": (
                        "<ul><li>La plupart des usages quotidiens de l’IA sont "
                        "invisibles\u00a0: tri, filtrage, recommandation.</li><li>Les "
                        "assistants conversationnels peuvent se tromper avec "
                        "assurance.</li><li>Revoir régulièrement ses réglages reste le "
                        "meilleur réflexe.</li></ul>"
                    ),
                },
            ),
        ],
    },
    {
        "title": (
            "Mon collègue est un algorithme\u00a0: l’IA va-t-elle vraiment "
            "nous piquer nos jobs\u00a0?"
        ),
        "slug": "ia-emploi-collegue-algorithme",
        "standfirst": (
            "Entre prophéties apocalyptiques et promesses de semaine de quatre "
            "heures, le débat sur l’IA et l’emploi manque souvent de nuance. "
            "Tentative de remise à plat, sans panique ni béatitude."
        ),
        "categories": ["intelligence-artificielle"],
        "tags": ["Emploi", "Travail", "Formation"],
        "sources": [
            ("MIT Technology Review", "https://www.technologyreview.com/"),
            ("L’Usine Digitale", "https://www.usine-digitale.fr/"),
        ],
        "days_ago": 2,
        "hero": {
            "colours": ("#2a9d8f", "#e9c46a"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé du vert d’eau au jaune "
                "moutarde, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Chaque vague technologique arrive avec son lot de prédictions "
                    "funestes. Le métier à tisser devait ruiner les artisans, "
                    "l’ordinateur devait vider les bureaux, Internet devait tuer les "
                    "libraires. Certaines de ces craintes se sont en partie réalisées, "
                    "d’autres pas du tout, et la plupart ont pris des formes que "
                    "personne n’avait imaginées. L’intelligence artificielle "
                    "générative relance aujourd’hui la machine à angoisses, avec une "
                    "nouveauté de taille\u00a0: pour la première fois, ce sont des "
                    "métiers intellectuels qui se sentent directement visés.</p>"
                ),
            ),
            ("heading", {"text": "Des tâches plutôt que des métiers", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Les économistes qui se penchent sur la question insistent sur "
                    "une distinction utile\u00a0: l’IA automatise rarement un métier "
                    "entier, elle en grignote les tâches. Rédiger un premier jet, "
                    "résumer une réunion, trier des candidatures, produire une ébauche "
                    "de code ou de visuel… Autant d’activités qui composent une partie "
                    "du quotidien de nombreux salariés, mais rarement sa totalité. Un "
                    "juriste ne passe pas ses journées à recopier des clauses, et un "
                    "graphiste ne se contente pas de pousser des pixels\u00a0: il "
                    "écoute, négocie, arbitre, assume.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "L’IA ne remplace pas un métier d’un coup\u00a0; elle le redécoupe "
                        "en morceaux, et c’est là que tout se joue."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Tout l’enjeu est donc de savoir qui profite du temps gagné. "
                    "Dans le meilleur des cas, il sert à mieux faire ce que la machine "
                    "fait mal\u00a0: la relation, le jugement, la création. Dans le "
                    "pire, il sert surtout à justifier des effectifs réduits et des "
                    "cadences accrues. La technologie ne tranche pas ce débat à elle "
                    "seule\u00a0; ce sont les choix d’organisation, le dialogue social "
                    "et, parfois, la loi qui décident de la manière dont les gains "
                    "sont partagés.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Il faut aussi se méfier de l’illusion de la productivité "
                    "instantanée. Un outil qui produit un texte en dix secondes "
                    "n’économise rien si quelqu’un doit passer une heure à en vérifier "
                    "chaque affirmation. Les entreprises qui déploient ces assistants "
                    "découvrent souvent qu’il faut former, encadrer, documenter, et "
                    "accepter une période de tâtonnements. Sans parler de la "
                    "confidentialité, quand des salariés collent des documents "
                    "internes dans un service en ligne sans trop se demander où ils "
                    "finissent. L’IA est un collègue brillant mais distrait, capable "
                    "du meilleur comme d’erreurs très sûres d’elles.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Reste la question de la formation, qui revient dans tous les "
                    "rapports comme un refrain. Savoir formuler une demande, repérer "
                    "une réponse fantaisiste, comprendre ce que deviennent les données "
                    "qu’on confie à un service en ligne\u00a0: ces compétences ne sont "
                    "plus réservées aux informaticiens. La bonne nouvelle, c’est "
                    "qu’elles s’apprennent. La moins bonne, c’est que personne ne le "
                    "fera à votre place, pas même un algorithme.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Copie double et copilote\u00a0: l’école face aux devoirs assistés par IA",
        "slug": "ecole-devoirs-assistes-par-ia",
        "standfirst": (
            "Les élèves n’ont pas attendu d’autorisation pour utiliser les "
            "assistants conversationnels. Les enseignants, eux, oscillent "
            "entre interdiction, bricolage et réinvention pédagogique."
        ),
        "categories": ["intelligence-artificielle"],
        "tags": ["Éducation", "École", "Enseignants"],
        "sources": [
            ("Le Monde", "https://www.lemonde.fr/pixels/"),
            ("Numerama", "https://www.numerama.com/"),
        ],
        "days_ago": 4,
        "hero": {
            "colours": ("#8ecae6", "#023047"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé du bleu ciel au bleu marine "
                "profond, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Autrefois, il y avait le grand frère qui «\u00a0aidait\u00a0» "
                    "pour la rédaction, le site de corrigés qu’on se refilait sous le "
                    "manteau et l’encyclopédie en ligne recopiée sans guillemets. "
                    "Aujourd’hui, il y a l’assistant conversationnel, disponible à "
                    "minuit la veille du rendu, infatigable et jamais à court d’idées. "
                    "Pour l’école, le choc est réel\u00a0: un devoir maison ne prouve "
                    "plus grand-chose sur les compétences de celui qui le rend. Et "
                    "pour les enseignants, la correction tourne parfois au jeu de "
                    "piste.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Les premières réactions ont souvent été défensives\u00a0: "
                    "interdire, détecter, sanctionner. Sauf que les détecteurs de "
                    "textes générés par IA se révèlent peu fiables, au point d’accuser "
                    "parfois à tort des élèves qui écrivent simplement de manière un "
                    "peu scolaire. Les chercheurs en sciences de l’éducation sont "
                    "nombreux à mettre en garde\u00a0: fonder une sanction sur un "
                    "score opaque, c’est remplacer un problème par un autre, "
                    "potentiellement plus injuste. Sans compter qu’un élève un peu "
                    "malin saura toujours reformuler un texte pour tromper la "
                    "machine.</p>"
                ),
            ),
            ("heading", {"text": "Évaluer autrement", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>D’où un mouvement, encore timide, vers d’autres façons "
                    "d’évaluer. Davantage d’oral, de travail en classe, de brouillons "
                    "commentés, de démarches expliquées pas à pas. Certains "
                    "enseignants font même de l’IA un objet d’étude\u00a0: on demande "
                    "à la machine de rédiger une dissertation, puis les élèves la "
                    "corrigent, traquent les approximations, repèrent les arguments "
                    "creux. L’exercice a un double mérite\u00a0: il démystifie l’outil "
                    "et il oblige à maîtriser le sujet mieux que lui.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Corriger la copie d’une machine, c’est peut-être la meilleure "
                        "façon d’apprendre à ne pas lui faire aveuglément confiance."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Reste une inquiétude légitime\u00a0: si l’on délègue l’effort, "
                    "apprend-on encore\u00a0? Écrire, c’est aussi penser\u00a0; "
                    "chercher ses mots, c’est organiser ses idées. Un élève qui saute "
                    "systématiquement cette étape risque de ne jamais muscler ce "
                    "qu’elle devait entraîner. À l’inverse, un assistant bien utilisé "
                    "peut jouer le rôle de répétiteur patient, reformuler une notion "
                    "mal comprise, proposer des exercices supplémentaires. Tout dépend "
                    "du cadre, et de l’accompagnement.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>La question des données n’est pas à négliger non plus. Quand "
                    "un élève mineur confie ses textes, ses doutes et parfois ses "
                    "confidences à un service commercial, il est légitime de se "
                    "demander où tout cela atterrit. Les établissements qui veulent "
                    "intégrer ces outils ont tout intérêt à privilégier des solutions "
                    "respectueuses de la vie privée, et à en parler ouvertement avec "
                    "les familles. L’école a toujours appris aux enfants à se servir "
                    "d’outils\u00a0; elle doit désormais leur apprendre à se servir "
                    "d’outils qui parlent.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Trois pistes en classe",
                    "text": (
                        "<ul><li>Privilégier l’oral et le travail sur "
                        "brouillon.</li><li>Faire critiquer par les élèves des textes "
                        "générés par une IA.</li><li>Expliquer clairement ce qui est "
                        "autorisé, et pourquoi.</li></ul>"
                    ),
                },
            ),
        ],
    },
    {
        "title": "L’IA a soif\u00a0: la facture énergétique cachée derrière nos requêtes",
        "slug": "ia-facture-energetique-cachee",
        "standfirst": (
            "Derrière chaque réponse fulgurante d’un assistant conversationnel "
            "tournent des centres de données gourmands en électricité et en "
            "eau. Un coût longtemps invisible qui s’invite enfin dans le débat."
        ),
        "categories": ["intelligence-artificielle", "technologie"],
        "tags": ["Énergie", "Climat", "Centres de données"],
        "sources": [
            ("IEEE Spectrum", "https://spectrum.ieee.org/"),
            ("Le Monde Informatique", "https://www.lemondeinformatique.fr/"),
        ],
        "days_ago": 5,
        "hero": {
            "colours": ("#ffb703", "#d62828"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé du jaune soleil au rouge "
                "carmin, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Le nuage, c’est léger, aérien, presque poétique. Le "
                    "«\u00a0cloud\u00a0», en revanche, c’est du béton, des kilomètres "
                    "de câbles, des rangées de serveurs qui chauffent et des systèmes "
                    "de refroidissement qui tournent jour et nuit. L’essor de "
                    "l’intelligence artificielle générative a brutalement rappelé "
                    "cette réalité très matérielle\u00a0: entraîner et faire "
                    "fonctionner de grands modèles demande une puissance de calcul "
                    "considérable, donc beaucoup d’électricité.</p>"
                ),
            ),
            (
                "heading",
                {"text": "Entraînement et inférence, deux appétits différents", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>On distingue généralement deux phases. L’entraînement, "
                    "d’abord, durant lequel un modèle ingère d’immenses volumes de "
                    "données pendant des semaines, sur des milliers de processeurs "
                    "spécialisés\u00a0: un effort ponctuel, mais colossal. "
                    "L’inférence, ensuite, c’est-à-dire l’utilisation quotidienne du "
                    "modèle par des millions de personnes. Chaque requête coûte peu, "
                    "mais multipliée à l’échelle de la planète, la note grimpe vite. "
                    "Et plus les usages se banalisent, plus cette seconde phase pèse "
                    "lourd.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Chaque question posée à une IA a un poids physique\u00a0: un peu "
                        "d’électricité ici, un peu d’eau là, et beaucoup de zéros à "
                        "l’échelle mondiale."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>L’eau est l’autre ressource souvent oubliée. De nombreux "
                    "centres de données recourent à des systèmes de refroidissement "
                    "par évaporation, un choix délicat dans les régions déjà exposées "
                    "aux sécheresses. Ajoutez la fabrication des puces, elle-même très "
                    "consommatrice d’énergie et de matières premières, et l’on "
                    "comprend pourquoi des chercheurs plaident pour mesurer "
                    "l’empreinte complète de ces systèmes, de la mine au serveur, et "
                    "pas seulement la consommation électrique. Encore faut-il disposer "
                    "de chiffres fiables\u00a0: les acteurs du secteur publient leurs "
                    "données au compte-gouttes, et chacun calcule un peu à sa manière, "
                    "ce qui rend les comparaisons délicates.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Tout n’est pas sombre pour autant. Les modèles deviennent plus "
                    "efficaces, les puces aussi, et une partie de l’industrie mise sur "
                    "des modèles plus petits et spécialisés, capables de tourner "
                    "localement sans mobiliser un supercalculateur pour corriger une "
                    "faute d’orthographe. Les exploitants de centres de données "
                    "investissent dans les énergies renouvelables et la récupération "
                    "de chaleur. Reste le fameux effet rebond\u00a0: quand une "
                    "technologie devient plus sobre, on a tendance à l’utiliser "
                    "davantage, ce qui efface une partie des gains.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Pour l’utilisateur, la conclusion n’est pas de renoncer à tout "
                    "usage, mais de retrouver un peu de discernement. Générer "
                    "cinquante images pour choisir un avatar, ou interroger un énorme "
                    "modèle pour une question qu’un moteur de recherche réglerait en "
                    "une seconde, n’a rien d’anodin. À l’inverse, confier à une IA une "
                    "tâche fastidieuse qui aurait mobilisé des heures de travail sur "
                    "un ordinateur allumé peut se révéler un bon calcul. L’IA n’est ni "
                    "magique ni immatérielle\u00a0: elle a une adresse, une prise "
                    "électrique et un robinet.</p>"
                ),
            ),
        ],
    },
    {
        "title": (
            "Puces\u00a0: la guerre des nanomètres expliquée à ceux qui n’ont "
            "jamais vu de salle blanche"
        ),
        "slug": "semi-conducteurs-guerre-des-nanometres",
        "standfirst": (
            "Minuscules, stratégiques et terriblement difficiles à fabriquer, "
            "les semi-conducteurs sont devenus un enjeu géopolitique majeur. "
            "Petit guide de survie dans un monde où tout se joue à l’échelle "
            "de l’atome."
        ),
        "categories": ["technologie"],
        "tags": ["Semi-conducteurs", "Industrie", "Géopolitique"],
        "sources": [
            ("Ars Technica", "https://arstechnica.com/"),
            ("L’Usine Digitale", "https://www.usine-digitale.fr/"),
        ],
        "days_ago": 7,
        "hero": {
            "colours": ("#3a0ca3", "#4cc9f0"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé du violet indigo au bleu "
                "électrique, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Votre grille-pain en contient peut-être, votre voiture en "
                    "compte des centaines, et votre téléphone abrite des milliards de "
                    "transistors sur une surface plus petite qu’un ongle. Les "
                    "semi-conducteurs sont partout, et pourtant leur fabrication reste "
                    "l’une des prouesses industrielles les plus complexes jamais "
                    "conçues. Une usine de puces de pointe coûte des milliards, exige "
                    "une propreté digne d’un bloc opératoire et dépend de machines que "
                    "seule une poignée d’entreprises au monde sait construire.</p>"
                ),
            ),
            ("heading", {"text": "Le mystère des nanomètres", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Quand un fabricant vante sa dernière finesse de gravure en "
                    "nanomètres, mieux vaut ne pas prendre le chiffre au pied de la "
                    "lettre. Depuis des années, ces appellations relèvent davantage de "
                    "l’étiquette commerciale que de la mesure physique\u00a0: elles "
                    "désignent une génération technologique plutôt que la taille "
                    "réelle d’un composant. L’idée générale reste vraie\u00a0: plus la "
                    "gravure est fine, plus on peut entasser de transistors, et plus "
                    "la puce peut être puissante ou économe. Sauf que chaque nouvelle "
                    "étape coûte plus cher et flirte un peu plus avec les limites de "
                    "la physique.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Dans une puce moderne, l’ennemi n’est plus l’ingénieur "
                        "concurrent, c’est l’atome qui refuse de rester à sa place."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Cette complexité a produit une chaîne d’approvisionnement "
                    "d’une fragilité étonnante. Conception, fabrication, assemblage et "
                    "équipements sont répartis entre quelques pays et quelques "
                    "entreprises, chacun en position dominante sur son maillon. Il "
                    "suffit d’une pandémie, d’une sécheresse ou d’une tension "
                    "diplomatique pour que des constructeurs automobiles se retrouvent "
                    "avec des voitures presque finies, immobilisées sur un parking "
                    "faute d’un composant à quelques euros. Les stocks de sécurité, "
                    "longtemps jugés superflus à l’heure du flux tendu, ont soudain "
                    "retrouvé des partisans.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>D’où la course engagée par les grandes puissances pour "
                    "rapatrier une partie de la production. États-Unis, Union "
                    "européenne avec son <i>Chips Act</i>, Chine, Japon ou Corée du "
                    "Sud multiplient subventions et plans industriels. L’objectif est "
                    "moins de tout fabriquer chez soi, ce qui serait irréaliste, que "
                    "de ne plus dépendre d’un seul fournisseur pour des composants "
                    "devenus aussi vitaux que l’énergie. L’essor de l’IA, gourmande en "
                    "processeurs spécialisés, n’a fait qu’accélérer le mouvement.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Pour l’Europe, le défi est double\u00a0: attirer des usines de "
                    "pointe tout en consolidant ses points forts, notamment les "
                    "équipements de fabrication, l’électronique de puissance ou les "
                    "puces destinées à l’automobile et à l’industrie. Ce ne sont pas "
                    "les segments les plus glamour, mais ce sont souvent ceux dont on "
                    "manque le plus cruellement quand la crise arrive. Comme quoi, "
                    "dans la guerre des nanomètres, la taille ne fait pas tout.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "En bref",
                    "text": (
                        "<ul><li>La finesse de gravure est devenue une étiquette "
                        "commerciale plus qu’une mesure.</li><li>La production de puces "
                        "repose sur quelques acteurs très spécialisés.</li><li>Europe, "
                        "États-Unis et Asie subventionnent massivement leurs "
                        "usines.</li></ul>"
                    ),
                },
            ),
        ],
    },
    {
        "title": "Le smartphone a-t-il fini de nous surprendre\u00a0?",
        "slug": "smartphone-fini-de-nous-surprendre",
        "standfirst": (
            "Écrans pliants, photo dopée à l’IA, batteries qui tiennent enfin "
            "la journée\u00a0: le téléphone progresse toujours, mais plus "
            "personne ne campe devant les boutiques. Et c’est peut-être une "
            "bonne nouvelle."
        ),
        "categories": ["technologie", "reseaux-sociaux"],
        "tags": ["Smartphones", "Réparabilité", "Photo"],
        "sources": [
            ("Les Numériques", "https://www.lesnumeriques.com/"),
            ("Frandroid", "https://www.frandroid.com/"),
        ],
        "days_ago": 9,
        "hero": {
            "colours": ("#06d6a0", "#118ab2"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé du vert menthe au bleu "
                "lagon, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Il fut un temps où chaque présentation de smartphone "
                    "ressemblait à un concert de rock. On guettait les rumeurs, on "
                    "disséquait les photos volées, et certains passaient la nuit "
                    "devant les boutiques. Aujourd’hui, les nouveaux modèles se "
                    "suivent et se ressemblent\u00a0: un rectangle de verre, un bloc "
                    "photo un peu plus proéminent, une puce un peu plus rapide. Le "
                    "marché a mûri, et avec lui notre capacité à nous émerveiller "
                    "s’est émoussée.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Ce n’est pas faute d’innovations. Les écrans pliants ont gagné "
                    "en robustesse, la photographie computationnelle fait des miracles "
                    "la nuit, et l’IA embarquée promet de résumer vos notifications, "
                    "de traduire vos appels ou d’effacer le touriste égaré à "
                    "l’arrière-plan de vos photos de vacances. Mais ces progrès sont "
                    "souvent incrémentaux, et le téléphone de l’an dernier fait déjà "
                    "très bien l’affaire pour l’essentiel\u00a0: écrire, "
                    "photographier, faire défiler les réseaux sociaux jusqu’à pas "
                    "d’heure.</p>"
                ),
            ),
            ("heading", {"text": "La durée de vie, nouvel argument de vente", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Résultat\u00a0: nous gardons nos appareils plus longtemps, et "
                    "les fabricants ont dû s’adapter. Les promesses de mises à jour "
                    "logicielles s’allongent, les pièces détachées deviennent plus "
                    "faciles à trouver, et l’affichage d’une note de réparabilité a "
                    "contribué à faire de la longévité un vrai critère d’achat. Le "
                    "marché du reconditionné, longtemps perçu comme un plan B, s’est "
                    "imposé comme une option raisonnable, voire plutôt chic. Bonus "
                    "appréciable\u00a0: un appareil qui vit plus longtemps, ce sont "
                    "autant de métaux qui restent dans le sol, et autant d’argent qui "
                    "reste dans votre portefeuille.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Le meilleur smartphone pour la planète reste, bien souvent, celui "
                        "qu’on a déjà dans la poche."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Reste une question plus intime\u00a0: que faisons-nous de cet "
                    "objet\u00a0? Le smartphone est devenu la porte d’entrée "
                    "principale vers les réseaux sociaux, les messageries et les "
                    "vidéos courtes, des services conçus pour retenir notre attention "
                    "le plus longtemps possible. Les fonctions de «\u00a0bien-être "
                    "numérique\u00a0», minuteurs et modes concentration, sonnent comme "
                    "un aveu amusant\u00a0: les fabricants vendent à la fois la "
                    "tentation et la bouée de secours. Rien n’empêche toutefois de "
                    "reprendre la main\u00a0: couper les notifications superflues, "
                    "éloigner les applications chronophages de l’écran d’accueil, ou "
                    "simplement laisser le téléphone dans une autre pièce pendant le "
                    "dîner.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Peut-être le smartphone entre-t-il simplement dans l’âge "
                    "adulte, celui des objets qu’on n’admire plus mais dont on ne "
                    "saurait se passer, comme le réfrigérateur ou la machine à laver. "
                    "Ce n’est pas très romantique. Les nostalgiques regretteront "
                    "l’époque des paris fous, des claviers coulissants et des formes "
                    "improbables, quand chaque marque tentait sa chance. Mais un "
                    "appareil qui dure, se répare et sait se faire oublier, c’est "
                    "peut-être exactement ce dont nous avions besoin.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Hameçonnage 2.0\u00a0: quand les arnaqueurs ont appris l’orthographe",
        "slug": "cybersecurite-hameconnage-arnaqueurs",
        "standfirst": (
            "Fini les courriels truffés de fautes qui trahissaient l’escroc au "
            "premier coup d’œil. Avec l’IA générative, les arnaques deviennent "
            "plus soignées et plus personnalisées\u00a0: nos vieux réflexes "
            "doivent évoluer."
        ),
        "categories": ["technologie", "reseaux-sociaux"],
        "tags": ["Cybersécurité", "Arnaques", "Hameçonnage"],
        "sources": [("01net", "https://www.01net.com/"), ("Wired", "https://www.wired.com/")],
        "days_ago": 12,
        "hero": {
            "colours": ("#0b090a", "#2dc653"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé du noir d’encre au vert "
                "fluo, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Pendant des années, la cybersécurité grand public tenait en "
                    "une règle simple\u00a0: méfiez-vous des messages mal écrits. Le "
                    "faux conseiller bancaire qui confondait «\u00a0ses\u00a0» et "
                    "«\u00a0ces\u00a0», le livreur fantôme à la syntaxe approximative, "
                    "le prince héritier aux accords désastreux… L’orthographe était "
                    "notre meilleur antivirus. Mauvaise nouvelle\u00a0: les escrocs "
                    "disposent désormais, comme tout le monde, d’outils capables de "
                    "rédiger un message impeccable dans n’importe quelle langue.</p>"
                ),
            ),
            ("heading", {"text": "Des arnaques sur mesure", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>L’IA générative ne se contente pas de corriger les fautes. "
                    "Elle permet de personnaliser les messages à grande échelle, en "
                    "piochant dans les informations que nous laissons traîner sur les "
                    "réseaux sociaux\u00a0: employeur, ville, vacances récentes, "
                    "prénom des enfants. Un courriel qui mentionne votre dernier "
                    "déplacement professionnel et le nom de votre supérieur paraît "
                    "autrement plus crédible qu’une vague promesse de gain. Les "
                    "spécialistes parlent d’hameçonnage ciblé, et il n’est plus "
                    "réservé aux attaques contre les grandes entreprises.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Plus inquiétant encore, le clonage de voix et les vidéos "
                    "truquées ouvrent la porte à des arnaques très convaincantes. Le "
                    "classique «\u00a0Maman, j’ai perdu mon téléphone, envoie-moi de "
                    "l’argent\u00a0» peut désormais s’accompagner d’une voix qui "
                    "ressemble furieusement à celle de votre enfant. Quelques secondes "
                    "d’enregistrement publiées en ligne peuvent suffire à fabriquer "
                    "une imitation crédible. Les faux profils se perfectionnent eux "
                    "aussi\u00a0: photos générées de toutes pièces, historique de "
                    "publications vraisemblable, réseau de contacts factices. De quoi "
                    "monter des escroqueries sentimentales ou de fausses offres "
                    "d’emploi d’un réalisme déconcertant.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "L’orthographe n’est plus un antivirus\u00a0: désormais, la "
                        "meilleure défense, c’est le doute méthodique."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Faut-il sombrer dans la paranoïa\u00a0? Non, mais changer de "
                    "réflexes. Le bon critère n’est plus la forme du message, c’est la "
                    "demande\u00a0: urgence, argent, code de validation, mot de passe, "
                    "changement de coordonnées bancaires. Dès qu’un de ces ingrédients "
                    "apparaît, on raccroche et on rappelle soi-même, via un numéro "
                    "connu. Aucune banque sérieuse ne vous demandera de lui "
                    "communiquer un code reçu par SMS. Certaines familles conviennent "
                    "même d’un mot de code, à l’ancienne, pour authentifier un appel "
                    "suspect. C’est un peu James Bond, mais redoutablement "
                    "efficace.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Côté technique, les fondamentaux n’ont jamais été aussi "
                    "utiles\u00a0: double authentification, gestionnaire de mots de "
                    "passe, mises à jour régulières. Sur les réseaux sociaux, un petit "
                    "ménage dans la visibilité de ses publications ne fait jamais de "
                    "mal\u00a0: moins on expose de détails personnels, moins l’escroc "
                    "a de matière pour broder. En cas de doute, le site <a "
                    'href="https://www.cybermalveillance.gouv.fr/">Cybermalveillance.gouv.fr</a> '
                    "propose des conseils et une assistance aux victimes. Les escrocs "
                    "ont appris l’orthographe\u00a0; à nous d’apprendre la "
                    "prudence.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Les bons réflexes",
                    "text": (
                        "<ul><li>Se méfier de toute demande urgente d’argent ou de "
                        "code.</li><li>Rappeler son interlocuteur via un numéro "
                        "connu.</li><li>Activer la double authentification partout où "
                        "c’est possible.</li></ul>"
                    ),
                },
            ),
        ],
    },
    {
        "title": "Open source\u00a0: le pilier invisible qui tient Internet debout",
        "slug": "open-source-pilier-invisible-internet",
        "standfirst": (
            "Serveurs, téléphones, voitures, modèles d’IA\u00a0: le code "
            "ouvert est partout, souvent entretenu par une poignée de "
            "bénévoles. Un bien commun formidable, et un brin fragile."
        ),
        "categories": ["technologie", "intelligence-artificielle"],
        "tags": ["Open source", "Logiciel libre", "Communs"],
        "sources": [("Next", "https://next.ink/"), ("Ars Technica", "https://arstechnica.com/")],
        "days_ago": 14,
        "hero": {
            "colours": ("#ff6b35", "#004e89"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé de l’orange vif au bleu "
                "roi, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Si Internet était un immeuble, le logiciel libre en serait les "
                    "fondations, la plomberie et une bonne partie des murs porteurs. "
                    "Systèmes d’exploitation des serveurs, navigateurs, bibliothèques "
                    "de chiffrement, outils de développement\u00a0: une immense part "
                    "de l’infrastructure numérique repose sur du code que chacun peut "
                    "lire, modifier et redistribuer. Même les géants les plus jaloux "
                    "de leurs secrets bâtissent leurs produits sur ces briques "
                    "ouvertes.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Ce modèle a quelque chose de miraculeux. Des développeurs du "
                    "monde entier, salariés ou bénévoles, collaborent sur des projets "
                    "dont profitent ensuite des milliards de personnes. La "
                    "transparence du code permet de repérer les failles, d’adapter les "
                    "outils, d’éviter de réinventer la roue. Pour les administrations "
                    "et les entreprises européennes soucieuses de leur autonomie, "
                    "c’est aussi un moyen de ne pas dépendre entièrement d’un "
                    "fournisseur unique. C’est enfin un formidable outil "
                    "d’apprentissage\u00a0: des générations de développeurs se sont "
                    "formées en lisant, en corrigeant et en améliorant le code des "
                    "autres.</p>"
                ),
            ),
            ("heading", {"text": "Le syndrome du bénévole épuisé", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Le revers de la médaille est bien connu des initiés. Des "
                    "composants utilisés partout sont parfois maintenus par une ou "
                    "deux personnes, sur leur temps libre, sans rémunération ni "
                    "reconnaissance. Quand une faille grave est découverte dans l’une "
                    "de ces briques, la planète entière découvre soudain qu’elle "
                    "dépendait d’un projet dont elle ignorait l’existence. Et l’on a "
                    "déjà vu des attaquants gagner patiemment la confiance de "
                    "mainteneurs fatigués pour tenter de glisser du code malveillant. "
                    "Le code est ouvert à tous, mais la responsabilité, elle, semble "
                    "n’appartenir à personne.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Tout le monde utilise le logiciel libre\u00a0; beaucoup moins de "
                        "monde pense à le remercier, et encore moins à le financer."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>L’intelligence artificielle ajoute un nouveau chapitre à cette "
                    "histoire. Plusieurs entreprises publient les poids de leurs "
                    "modèles, ce qui permet à des chercheurs et à des jeunes pousses "
                    "de les étudier ou de les adapter. Mais l’étiquette «\u00a0open "
                    "source\u00a0» y est parfois employée de manière élastique\u00a0: "
                    "un modèle dont on peut télécharger les paramètres, sans rien "
                    "savoir de ses données d’entraînement ni pouvoir l’utiliser "
                    "librement, est-il vraiment ouvert\u00a0? Les défenseurs "
                    "historiques du logiciel libre tiquent, et le débat sur la "
                    "définition est loin d’être clos.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Pour que ce bien commun tienne debout, les pistes sont "
                    "connues\u00a0: fonds publics dédiés à la maintenance, "
                    "contributions financières des entreprises qui en profitent, "
                    "meilleure reconnaissance du travail des mainteneurs. Certaines "
                    "administrations ont d’ailleurs commencé à contribuer directement "
                    "aux projets qu’elles utilisent, plutôt que de se contenter de les "
                    "consommer. Rien de révolutionnaire, juste une idée simple\u00a0: "
                    "les fondations d’un immeuble méritent autant d’attention que sa "
                    "façade.</p>"
                ),
            ),
        ],
    },
    {
        "title": (
            "Modérer les réseaux sociaux\u00a0: un métier impossible, entre "
            "humains épuisés et machines maladroites"
        ),
        "slug": "moderation-reseaux-sociaux-metier-impossible",
        "standfirst": (
            "Chaque minute, des quantités vertigineuses de contenus sont "
            "publiées en ligne. Les trier relève du travail de Sisyphe, et ni "
            "les algorithmes ni les modérateurs humains n’y parviennent seuls."
        ),
        "categories": ["reseaux-sociaux", "intelligence-artificielle"],
        "tags": ["Modération", "DSA", "Plateformes"],
        "sources": [
            ("Rest of World", "https://restofworld.org/"),
            ("The Verge", "https://www.theverge.com/"),
        ],
        "days_ago": 17,
        "hero": {
            "colours": ("#6a4c93", "#ffca3a"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé du violet prune au jaune "
                "d’or, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Imaginez une rédaction qui recevrait, chaque seconde, des "
                    "milliers de lettres de lecteurs, dans des dizaines de langues, "
                    "mêlant blagues, insultes, propagande, photos de chats et images "
                    "insoutenables. Il faudrait décider en quelques instants ce qui "
                    "peut être publié, ce qui doit disparaître et ce qui mérite un "
                    "avertissement. C’est, en simplifiant à peine, le quotidien des "
                    "grandes plateformes de réseaux sociaux. Avec, en prime, des "
                    "utilisateurs mécontents quelle que soit la décision prise.</p>"
                ),
            ),
            ("heading", {"text": "L’IA en première ligne", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Face à de tels volumes, l’automatisation est incontournable. "
                    "Les systèmes d’IA repèrent les contenus manifestement illicites, "
                    "les spams, les images déjà signalées, et font un premier tri. Ils "
                    "sont rapides, ne dorment jamais et ne souffrent pas. Mais ils "
                    "peinent avec tout ce qui fait la subtilité du langage "
                    "humain\u00a0: l’ironie, le second degré, l’argot, les références "
                    "culturelles locales. Une plaisanterie entre amis peut être "
                    "supprimée, tandis qu’un message haineux rédigé avec un peu "
                    "d’astuce passe entre les mailles du filet. Et chaque langue peu "
                    "représentée dans les données d’entraînement devient un angle mort "
                    "supplémentaire.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Un algorithme sait reconnaître un mot interdit\u00a0; il a "
                        "beaucoup plus de mal à reconnaître une intention."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Derrière les machines, il y a donc des humains, souvent "
                    "employés par des sous-traitants, parfois à l’autre bout du monde. "
                    "Leur travail consiste à regarder ce que personne ne veut voir, à "
                    "la chaîne, avec des objectifs de cadence. Enquêtes "
                    "journalistiques et témoignages ont régulièrement mis en lumière "
                    "la charge psychologique de ce métier et la précarité de ses "
                    "conditions d’exercice. La modération est un rouage essentiel "
                    "d’Internet, mais l’un des moins visibles et des moins "
                    "considérés.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>En Europe, le règlement sur les services numériques, le DSA, "
                    "impose aux plus grandes plateformes des obligations de "
                    "transparence\u00a0: expliquer leurs règles, publier des rapports, "
                    "permettre aux utilisateurs de contester une décision. Ce cadre ne "
                    "règle pas tout, mais il oblige les plateformes à entrouvrir la "
                    "boîte noire. Les chercheurs qui étudient la désinformation "
                    "réclament de leur côté un accès plus large aux données, condition "
                    "indispensable pour évaluer ce qui fonctionne vraiment.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Au fond, la modération pose une question politique plus que "
                    "technique\u00a0: qui décide de ce qui peut être dit, selon "
                    "quelles règles, et avec quels recours\u00a0? Aucun algorithme ne "
                    "répondra à notre place, d’autant que chaque plateforme trace ses "
                    "propres lignes rouges et que ce qui est toléré ici sera banni "
                    "ailleurs. Mais un peu plus de moyens, de transparence et de "
                    "respect pour celles et ceux qui font ce travail ingrat, ce serait "
                    "déjà un bon début.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Quinze secondes de gloire\u00a0: comment la vidéo courte a avalé Internet",
        "slug": "video-courte-a-avale-internet",
        "standfirst": (
            "Format vertical, défilement infini, recommandation "
            "redoutable\u00a0: la vidéo courte s’est imposée sur toutes les "
            "plateformes. Décryptage d’une mécanique aussi efficace "
            "qu’envoûtante."
        ),
        "categories": ["reseaux-sociaux", "intelligence-artificielle"],
        "tags": ["Vidéo", "TikTok", "Algorithmes", "Attention"],
        "sources": [
            ("TechCrunch", "https://techcrunch.com/"),
            ("Siècle Digital", "https://siecledigital.fr/"),
        ],
        "days_ago": 20,
        "hero": {
            "colours": ("#ff006e", "#8338ec"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé du rose fuchsia au violet "
                "électrique, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Il y a quelques années, une vidéo d’une minute paraissait "
                    "courte. Aujourd’hui, elle a presque des airs de documentaire. "
                    "Popularisée par TikTok, la vidéo verticale et brève a été reprise "
                    "par à peu près toutes les grandes plateformes, d’Instagram à "
                    "YouTube. Difficile désormais d’ouvrir une application sans tomber "
                    "sur un fil de clips à faire défiler du pouce, l’un après l’autre, "
                    "sans fin. Même les médias traditionnels s’y sont mis, avec plus "
                    "ou moins de bonheur.</p>"
                ),
            ),
            ("heading", {"text": "Le secret est dans la recommandation", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Le format lui-même n’a rien de révolutionnaire. Ce qui a "
                    "changé la donne, c’est la manière dont les vidéos sont choisies. "
                    "Plutôt que de vous montrer d’abord ce que publient vos amis ou "
                    "les comptes que vous suivez, ces applications s’appuient sur des "
                    "systèmes de recommandation qui observent votre comportement à la "
                    "seconde près\u00a0: ce que vous regardez jusqu’au bout, ce que "
                    "vous revoyez, ce que vous zappez. En quelques sessions, "
                    "l’algorithme dresse un portrait étonnamment précis de vos goûts, "
                    "parfois avant que vous en ayez vous-même conscience.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "On croit choisir ses vidéos\u00a0; en réalité, on passe un "
                        "entretien permanent avec un algorithme qui apprend de chaque "
                        "hésitation."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Cette efficacité a un prix. Le défilement infini supprime les "
                    "points d’arrêt naturels\u00a0: pas de fin d’épisode, pas de "
                    "dernière page, seulement une vidéo suivante qui démarre toute "
                    "seule. Beaucoup d’utilisateurs connaissent cette sensation "
                    "d’avoir «\u00a0juste jeté un œil\u00a0» pendant trois quarts "
                    "d’heure. Les chercheurs en sciences cognitives s’interrogent sur "
                    "les effets de ce régime sur l’attention, en particulier chez les "
                    "plus jeunes, même si les conclusions restent débattues.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Il serait pourtant injuste de réduire le format à une machine "
                    "à abrutir. La vidéo courte a fait émerger des vulgarisateurs "
                    "brillants, des humoristes inventifs, des artisans qui dévoilent "
                    "leurs gestes, des profs qui expliquent une notion en trente "
                    "secondes chrono. Elle a donné de la visibilité à des voix qui "
                    "n’auraient jamais franchi la porte d’un studio de télévision. La "
                    "contrainte de durée, comme celle du sonnet, stimule parfois la "
                    "créativité. Certains y ont même trouvé un métier.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Le défi, pour les utilisateurs comme pour les régulateurs, est "
                    "de reprendre un peu la main\u00a0: limiter son temps d’écran, "
                    "diversifier ses sources et exiger des plateformes davantage de "
                    "transparence sur leurs algorithmes. En Europe, le DSA oblige déjà "
                    "les très grandes plateformes à proposer un fil qui ne repose pas "
                    "sur le profilage. Une option rarement mise en avant, mais qui "
                    "mérite un petit détour dans les réglages. On y découvre parfois "
                    "un Internet plus calme, moins ajusté à nos réflexes, et pas "
                    "forcément moins intéressant.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Créateur de contenu\u00a0: le rêve, la précarité et l’algorithme",
        "slug": "economie-des-createurs-reve-precarite",
        "standfirst": (
            "Vivre de sa passion en publiant des vidéos\u00a0: le fantasme "
            "fait rêver une génération entière. Derrière quelques réussites "
            "éclatantes, l’économie des créateurs ressemble souvent à une "
            "loterie aux règles changeantes."
        ),
        "categories": ["reseaux-sociaux"],
        "tags": ["Créateurs", "Influence", "Économie"],
        "sources": [
            ("The Verge", "https://www.theverge.com/"),
            ("BFM Tech", "https://www.bfmtv.com/tech/"),
        ],
        "days_ago": 23,
        "hero": {
            "colours": ("#9d0208", "#f4a261"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé du rouge grenat à l’orange "
                "abricot, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Dans les cours de récréation, «\u00a0créateur de "
                    "contenu\u00a0» s’est taillé une place quelque part entre "
                    "astronaute et vétérinaire. Il faut dire que la promesse est "
                    "séduisante\u00a0: être son propre patron, parler de ce qu’on "
                    "aime, travailler depuis sa chambre et, avec un peu de chance, "
                    "remplir des salles ou lancer sa marque. Les réussites les plus "
                    "spectaculaires sont visibles de tous, par définition. Les autres, "
                    "beaucoup plus nombreuses, le sont beaucoup moins.</p>"
                ),
            ),
            ("heading", {"text": "Un patron qui ne dit jamais son nom", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Car l’économie des créateurs repose sur un partenaire aussi "
                    "indispensable qu’imprévisible\u00a0: l’algorithme. Une "
                    "modification des règles de recommandation, une nouvelle priorité "
                    "accordée à tel ou tel format, et des audiences patiemment "
                    "construites peuvent s’effondrer du jour au lendemain. Les "
                    "créateurs parlent souvent de leurs statistiques comme les "
                    "agriculteurs parlent de la météo, avec un mélange de fatalisme et "
                    "de superstition. Les plateformes communiquent sur leurs grandes "
                    "orientations, mais le détail des règles reste opaque, et chacun "
                    "en est réduit à deviner ce que la machine veut voir\u00a0: des "
                    "miniatures plus expressives, des vidéos plus longues ou plus "
                    "courtes, un rythme de publication plus soutenu.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Le créateur de contenu est un entrepreneur dont le principal "
                        "client, le principal fournisseur et le principal juge sont "
                        "souvent la même entreprise."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Les revenus, eux, proviennent d’un patchwork\u00a0: partage "
                    "des recettes publicitaires, partenariats avec des marques, "
                    "abonnements, dons en direct, produits dérivés. Cette "
                    "diversification est une nécessité, car chaque source reste "
                    "fragile. Beaucoup de créateurs cumulent ainsi plusieurs métiers "
                    "en un\u00a0: scénariste, monteur, comptable, animateur de "
                    "communauté et commercial. Le tout sans congés payés, avec la "
                    "pression permanente de publier pour ne pas disparaître des fils "
                    "d’actualité. Sans compter l’épuisement, sujet longtemps tabou "
                    "dans le milieu, que de plus en plus de créateurs évoquent "
                    "ouvertement.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Le secteur s’est aussi doté de règles. En France, la loi de "
                    "2023 encadrant l’influence commerciale impose notamment de "
                    "signaler clairement les contenus sponsorisés et interdit la "
                    "promotion de certains produits. Une manière de rappeler que, "
                    "derrière l’apparente spontanéité, il y a souvent un contrat, et "
                    "que le public a le droit de le savoir. Les abonnés, eux, ont "
                    "appris à repérer les placements de produit maladroits, et ne se "
                    "privent pas de le faire savoir en commentaire.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Faut-il décourager les vocations\u00a0? Certainement pas. Les "
                    "réseaux sociaux ont permis à des talents d’émerger sans passer "
                    "par les portiers traditionnels, et c’est une excellente nouvelle. "
                    "Mais mieux vaut regarder ce rêve avec lucidité\u00a0: comme la "
                    "musique ou le sport, c’est un univers où quelques-uns triomphent, "
                    "où beaucoup s’accrochent, et où la passion ne suffit pas toujours "
                    "à payer le loyer.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "En bref",
                    "text": (
                        "<ul><li>Les revenus des créateurs combinent publicité, "
                        "partenariats, abonnements et dons.</li><li>Un changement "
                        "d’algorithme peut faire chuter une audience du jour au "
                        "lendemain.</li><li>En France, les contenus sponsorisés doivent "
                        "être clairement signalés.</li></ul>"
                    ),
                },
            ),
        ],
    },
    {
        "title": "Harcèlement en ligne\u00a0: quand la meute ne dort jamais",
        "slug": "harcelement-en-ligne-meute",
        "standfirst": (
            "Insultes en rafale, menaces, raids coordonnés\u00a0: le "
            "cyberharcèlement frappe des adolescents comme des personnalités "
            "publiques. Comprendre ses mécanismes, c’est déjà mieux s’en "
            "protéger."
        ),
        "categories": ["reseaux-sociaux"],
        "tags": ["Harcèlement", "Jeunesse", "Justice"],
        "sources": [
            ("Le Monde", "https://www.lemonde.fr/pixels/"),
            ("Numerama", "https://www.numerama.com/"),
        ],
        "days_ago": 27,
        "hero": {
            "colours": ("#14213d", "#fca311"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé du bleu encre à l’orange "
                "ambré, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Autrefois, le harcèlement scolaire s’arrêtait, au moins un "
                    "peu, au portail du collège. Avec le smartphone, il suit la "
                    "victime jusque dans sa chambre, dans son lit, à trois heures du "
                    "matin. C’est l’une des spécificités les plus cruelles du "
                    "harcèlement en ligne\u00a0: il n’a ni horaires ni frontières, et "
                    "il peut mobiliser en quelques heures des centaines de personnes "
                    "qui ne connaissent même pas leur cible. Les adultes ne sont pas "
                    "épargnés\u00a0: journalistes, élus, sportifs, scientifiques ou "
                    "simples anonymes propulsés malgré eux sous les projecteurs en "
                    "font régulièrement l’expérience.</p>"
                ),
            ),
            ("heading", {"text": "L’effet de meute", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Les mécanismes sont bien identifiés. Un message, une vidéo ou "
                    "une simple photo est partagé, moqué, commenté. D’autres "
                    "utilisateurs s’en mêlent, chacun ayant le sentiment de n’ajouter "
                    "qu’une petite pierre à l’édifice. C’est tout le piège\u00a0: pris "
                    "isolément, un commentaire peut sembler anodin\u00a0; accumulés "
                    "par centaines, ils deviennent un déluge. Les chercheurs parlent "
                    "de dilution de la responsabilité, ce phénomène qui permet à "
                    "chacun de se croire innocent au sein d’un groupe coupable.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Dans une meute numérique, personne ne se sent harceleur, et "
                        "pourtant la victime, elle, ne compte plus les coups."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>La loi française a évolué pour tenir compte de cette réalité. "
                    "Le harcèlement en meute peut être poursuivi même si chaque "
                    "participant n’a publié qu’un seul message, dès lors qu’il savait "
                    "s’inscrire dans une démarche collective. Les plateformes, de leur "
                    "côté, sont tenues de faciliter les signalements et de traiter "
                    "rapidement les contenus manifestement illicites. Dans les faits, "
                    "les victimes décrivent encore trop souvent des réponses lentes et "
                    "des procédures décourageantes. Les poursuites prennent du temps, "
                    "mais des condamnations sont prononcées, et le sentiment "
                    "d’impunité recule lentement.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Que faire quand on est visé\u00a0? Ne pas rester seul, "
                    "d’abord\u00a0: en parler à un proche, à un enseignant, à un "
                    "professionnel. Conserver des preuves, avec des captures d’écran "
                    "datées, avant de bloquer et de signaler. En France, le "
                    "<b>3018</b>, numéro gratuit et anonyme, accompagne les jeunes "
                    "victimes de cyberharcèlement et peut intervenir auprès des "
                    "plateformes pour accélérer le retrait des contenus. Des "
                    "associations spécialisées proposent également un accompagnement "
                    "juridique et psychologique.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Et pour les témoins, c’est-à-dire à peu près tout le monde, il "
                    "existe un geste simple\u00a0: ne pas relayer, ne pas "
                    "«\u00a0liker\u00a0» l’humiliation, et signaler. Un message de "
                    "soutien envoyé en privé à la personne visée compte aussi\u00a0: "
                    "il lui rappelle que la meute ne représente pas tout le monde. Les "
                    "meutes se nourrissent d’audience. Leur couper les vivres, c’est "
                    "parfois le moyen le plus efficace de les disperser.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Besoin d’aide\u00a0?",
                    "text": (
                        "<ul><li>3018\u00a0: numéro national gratuit et anonyme contre le "
                        "cyberharcèlement.</li><li>Faire des captures d’écran avant de "
                        "bloquer.</li><li>Signaler les contenus à la plateforme et, si "
                        "besoin, porter plainte.</li></ul>"
                    ),
                },
            ),
        ],
    },
    {
        "title": (
            "Souveraineté numérique\u00a0: l’Europe peut-elle encore choisir son nuage\u00a0?"
        ),
        "slug": "souverainete-numerique-europe-cloud",
        "standfirst": (
            "Cloud, IA, réseaux sociaux\u00a0: l’essentiel des services "
            "numériques utilisés en Europe vient d’ailleurs. Entre "
            "réglementation ambitieuse et dépendance bien réelle, le Vieux "
            "Continent cherche sa voie."
        ),
        "categories": ["technologie", "reseaux-sociaux"],
        "tags": ["Souveraineté", "Europe", "Cloud"],
        "sources": [
            ("Le Monde Informatique", "https://www.lemondeinformatique.fr/"),
            ("Next", "https://next.ink/"),
        ],
        "days_ago": 31,
        "hero": {
            "colours": ("#003399", "#ffcc00"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé du bleu roi au jaune d’or, "
                "parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>On la croise dans les discours officiels, dans les appels "
                    "d’offres et dans les plaquettes des jeunes pousses\u00a0: la "
                    "souveraineté numérique est devenue le mot-valise préféré des "
                    "décideurs européens. Derrière la formule se cache une inquiétude "
                    "simple. Une grande partie de nos données, de nos outils de "
                    "travail et de nos conversations transite par des services conçus, "
                    "hébergés ou contrôlés hors d’Europe, principalement aux "
                    "États-Unis et, de plus en plus, en Asie. Tant que tout "
                    "fonctionne, personne ne s’en soucie\u00a0; le jour où un service "
                    "change ses conditions, ses prix ou ses priorités, on découvre "
                    "soudain à quel point on en dépendait.</p>"
                ),
            ),
            ("heading", {"text": "Le champion de la règle", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Faute d’avoir fait naître ses propres géants, l’Europe a misé "
                    "sur la réglementation. RGPD pour les données personnelles, DSA "
                    "pour les contenus, DMA pour la concurrence, règlement sur "
                    "l’IA\u00a0: le continent s’est forgé une réputation de gendarme "
                    "du numérique. Cette stratégie a ses succès, puisque certaines "
                    "règles européennes finissent par influencer les pratiques "
                    "mondiales. Mais elle a ses limites\u00a0: on peut écrire les "
                    "règles du jeu sans pour autant aligner les équipes qui "
                    "gagnent.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Écrire le code de la route, c’est bien\u00a0; construire aussi "
                        "quelques voitures, ce serait mieux."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Le cloud illustre parfaitement ce dilemme. Les fournisseurs "
                    "américains dominent largement le marché européen, et certaines "
                    "lois à portée extraterritoriale soulèvent des questions sur "
                    "l’accès aux données hébergées par des entreprises soumises à une "
                    "juridiction étrangère. D’où l’émergence d’offres dites «\u00a0de "
                    "confiance\u00a0», associant parfois technologies américaines et "
                    "opérateurs européens, et de qualifications exigeantes comme "
                    "SecNumCloud en France. Un compromis pragmatique pour certains, un "
                    "aveu de dépendance pour d’autres.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Les réseaux sociaux posent une question voisine. Les grandes "
                    "plateformes où se déroule une bonne part du débat public européen "
                    "appartiennent à des entreprises étrangères, dont les choix de "
                    "modération ou de recommandation peuvent peser lourd sur nos "
                    "démocraties. L’essor de réseaux décentralisés ou d’alternatives "
                    "européennes reste modeste, mais il traduit une envie réelle de ne "
                    "plus tout confier aux mêmes acteurs. La question n’est pas "
                    "seulement de savoir qui héberge nos messages, mais aussi qui "
                    "décide de ce que nous voyons.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>La souveraineté ne signifie pas l’autarcie\u00a0: aucun pays "
                    "ne produira seul toutes ses puces, tous ses logiciels et tous ses "
                    "modèles d’IA. Il s’agit plutôt de garder la capacité de choisir, "
                    "de changer de fournisseur sans tout casser, et de disposer "
                    "d’alternatives crédibles dans les domaines vraiment stratégiques. "
                    "Cela passe par des investissements de long terme, par une "
                    "commande publique qui ose parier sur des acteurs européens, et "
                    "par des standards ouverts qui évitent de se retrouver prisonnier "
                    "d’un écosystème. Un programme moins grisant qu’un slogan, mais "
                    "nettement plus utile.</p>"
                ),
            ),
        ],
    },
    {
        "title": (
            "RGPD\u00a0: le règlement qui a appris aux Européens à cliquer sur "
            "«\u00a0Refuser\u00a0»"
        ),
        "slug": "rgpd-donnees-personnelles-bilan",
        "standfirst": (
            "Applicable depuis 2018, le règlement européen sur la protection "
            "des données a changé les pratiques des entreprises… et transformé "
            "nos navigations en slalom entre les bannières de cookies. Bilan "
            "d’étape."
        ),
        "categories": ["technologie", "reseaux-sociaux"],
        "tags": ["RGPD", "Vie privée", "CNIL", "Europe"],
        "sources": [("ZDNet", "https://www.zdnet.fr/"), ("Next", "https://next.ink/")],
        "days_ago": 38,
        "hero": {
            "colours": ("#2b2d42", "#8d99ae"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé du gris anthracite au gris "
                "bleuté, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Mai 2018 restera dans les mémoires comme le mois où toutes les "
                    "entreprises auxquelles nous avions un jour confié notre adresse "
                    "électronique se sont soudain souvenues de nous. «\u00a0Nous "
                    "tenons à votre vie privée\u00a0», juraient-elles en chœur. Le "
                    "RGPD, règlement général sur la protection des données, entrait en "
                    "application, et avec lui une idée simple mais ambitieuse\u00a0: "
                    "les données personnelles appartiennent d’abord aux personnes "
                    "qu’elles concernent.</p>"
                ),
            ),
            ("heading", {"text": "Des droits bien réels", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Concrètement, le texte a consacré une série de droits que "
                    "chacun peut exercer\u00a0: accéder aux données détenues sur soi, "
                    "les faire rectifier, les faire effacer dans certains cas, "
                    "s’opposer à certains traitements, récupérer ses informations pour "
                    "les transférer ailleurs. Les entreprises doivent justifier chaque "
                    "collecte, limiter ce qu’elles conservent et signaler les fuites "
                    "graves. Les autorités de protection, comme la <a "
                    'href="https://www.cnil.fr/">CNIL</a> en France, peuvent '
                    "infliger des sanctions financières dissuasives, et ne s’en "
                    "privent pas.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Le RGPD n’a pas rendu nos données invisibles\u00a0; il nous a "
                        "donné le droit de demander qui les regarde."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Le revers le plus visible, c’est évidemment la bannière de "
                    "cookies. Omniprésente, parfois conçue pour nous pousser à tout "
                    "accepter, elle est devenue le symbole d’une protection vécue "
                    "comme une corvée. Ce n’est pas entièrement la faute du "
                    "règlement\u00a0: les règles sur les traceurs découlent en grande "
                    "partie d’un autre texte européen, et ce sont surtout certaines "
                    "interfaces trompeuses qui posent problème. Les régulateurs "
                    "rappellent d’ailleurs qu’il doit être aussi simple de refuser que "
                    "d’accepter.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Les réseaux sociaux et les géants de la publicité en ligne ont "
                    "été au cœur de nombreuses procédures, parfois longues de "
                    "plusieurs années. Le mécanisme du «\u00a0guichet unique\u00a0», "
                    "qui confie le dossier à l’autorité du pays où l’entreprise a son "
                    "siège européen, est souvent critiqué pour sa lenteur. Et l’essor "
                    "de l’IA générative, nourrie de gigantesques volumes de textes et "
                    "d’images, ouvre un nouveau front\u00a0: peut-on entraîner un "
                    "modèle sur des données personnelles glanées en ligne, et comment "
                    "exercer ses droits face à une machine qui ne sait pas vraiment ce "
                    "qu’elle a retenu\u00a0?</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Le bilan est donc nuancé, mais loin d’être négatif. Le RGPD a "
                    "fait de la vie privée une affaire de conformité, de réputation et "
                    "parfois de compétitivité. Il a inspiré des législations ailleurs "
                    "dans le monde. Et il a donné aux citoyens des outils dont ils se "
                    "servent encore trop peu. Prochaine étape\u00a0: transformer ce "
                    "droit théorique en réflexe, et oser, de temps en temps, cliquer "
                    "sur «\u00a0Tout refuser\u00a0».</p>"
                ),
            ),
        ],
    },
    {
        "title": "L’espace, nouveau terrain de jeu du numérique (et nouvel embouteillage)",
        "slug": "espace-satellites-numerique-embouteillage",
        "standfirst": (
            "Constellations de satellites, lanceurs réutilisables, observation "
            "de la Terre\u00a0: le spatial vit sa révolution industrielle. "
            "Avec, en prime, un ciel de plus en plus encombré."
        ),
        "categories": ["technologie"],
        "tags": ["Espace", "Satellites", "Internet"],
        "sources": [
            ("Numerama", "https://www.numerama.com/"),
            ("Ars Technica", "https://arstechnica.com/"),
        ],
        "days_ago": 45,
        "hero": {
            "colours": ("#000814", "#7b2cbf"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé du noir profond au violet "
                "cosmique, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Pendant des décennies, l’espace a été l’affaire d’agences "
                    "nationales, de budgets colossaux et de lancements rares, suivis "
                    "en direct comme des événements historiques. Ce temps-là n’est pas "
                    "tout à fait révolu, mais il cohabite désormais avec une réalité "
                    "beaucoup plus industrielle. Des entreprises privées lancent des "
                    "fusées à un rythme soutenu, récupèrent leurs premiers étages pour "
                    "les réutiliser et déploient des satellites par grappes entières. "
                    "Le coût d’accès à l’orbite a nettement baissé, et avec lui la "
                    "barrière à l’entrée pour les universités, les jeunes pousses et "
                    "les pays sans grand programme spatial.</p>"
                ),
            ),
            ("heading", {"text": "Internet tombé du ciel", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La transformation la plus visible pour le grand public "
                    "concerne l’accès à Internet. Des constellations de milliers de "
                    "petits satellites en orbite basse promettent une connexion rapide "
                    "partout sur le globe, y compris dans les campagnes, en mer ou "
                    "dans les régions sinistrées. Pour les territoires mal desservis "
                    "par la fibre, c’est une solution concrète. Pour les États, c’est "
                    "aussi un enjeu stratégique\u00a0: dépendre d’un opérateur "
                    "étranger pour ses communications, surtout en temps de crise, n’a "
                    "rien d’anodin. L’Europe prépare d’ailleurs sa propre "
                    "constellation.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "L’orbite basse est devenue une autoroute très fréquentée, sans "
                        "péage ni code de la route digne de ce nom."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Cette effervescence a un revers\u00a0: l’encombrement. Plus il "
                    "y a d’objets en orbite, plus le risque de collision augmente, et "
                    "chaque collision génère des débris susceptibles d’en provoquer "
                    "d’autres. Les astronomes se plaignent aussi des traînées "
                    "lumineuses que laissent les satellites sur leurs images du ciel "
                    "profond. Les opérateurs promettent des manœuvres d’évitement "
                    "automatisées et des désorbitations en fin de vie, mais la "
                    "gouvernance internationale de l’espace reste largement à "
                    "inventer. Un seul accident mal placé pourrait rendre certaines "
                    "orbites durablement inhospitalières.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Le spatial nourrit également une révolution plus "
                    "discrète\u00a0: l’observation de la Terre. Les images satellites, "
                    "de plus en plus précises et fréquentes, servent à suivre les "
                    "récoltes, la déforestation, la fonte des glaces ou l’évolution "
                    "des villes. Couplées à des outils d’IA capables d’analyser ces "
                    "montagnes de données, elles offrent un tableau de bord planétaire "
                    "inédit. Le programme européen Copernicus, dont les données sont "
                    "largement ouvertes, en est l’un des plus beaux exemples. "
                    "Agriculteurs, assureurs, services de secours et climatologues "
                    "s’en servent déjà au quotidien.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Reste à savoir si nous saurons préserver ce nouvel espace "
                    "commun. Les premières règles de bonne conduite existent, mais "
                    "elles reposent encore largement sur la bonne volonté des "
                    "opérateurs. Il a fallu des siècles pour admettre qu’on ne pouvait "
                    "pas polluer les océans impunément. Espérons qu’il faudra moins de "
                    "temps pour comprendre que l’orbite basse, elle non plus, n’est "
                    "pas une décharge sans fond.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Voiture électrique\u00a0: le vrai moteur, c’est le logiciel",
        "slug": "voiture-electrique-logiciel-moteur",
        "standfirst": (
            "Mises à jour à distance, aides à la conduite, applications "
            "connectées\u00a0: la voiture électrique ressemble de plus en plus "
            "à un smartphone sur roues. Une révolution prometteuse, qui "
            "soulève aussi quelques questions."
        ),
        "categories": ["technologie", "intelligence-artificielle"],
        "tags": ["Automobile", "Voiture électrique", "Logiciel"],
        "sources": [
            ("Frandroid", "https://www.frandroid.com/"),
            ("Wired", "https://www.wired.com/"),
        ],
        "days_ago": 58,
        "hero": {
            "colours": ("#0077b6", "#52b788"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé du bleu océan au vert "
                "feuille, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Pendant plus d’un siècle, on a jugé une voiture à son moteur, "
                    "à sa tenue de route, au bruit de sa portière qui claque. Avec "
                    "l’électrique, les critères changent. Les moteurs se ressemblent "
                    "beaucoup d’un modèle à l’autre, et la différence se joue de plus "
                    "en plus ailleurs\u00a0: dans la gestion de la batterie, "
                    "l’interface, la planification des recharges et, plus largement, "
                    "dans le logiciel. Certains constructeurs parlent désormais de "
                    "«\u00a0véhicule défini par logiciel\u00a0», une formule qui "
                    "aurait fait sourire nos grands-parents.</p>"
                ),
            ),
            ("heading", {"text": "Une voiture qui s’améliore… ou pas", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La mise à jour à distance est le symbole de cette mutation. "
                    "Comme un téléphone, la voiture peut recevoir de nouvelles "
                    "fonctions, corriger des défauts ou optimiser sa consommation "
                    "pendant qu’elle dort au garage. Sur le papier, c’est "
                    "formidable\u00a0: le véhicule ne vieillit plus tout à fait de la "
                    "même manière. En pratique, cela crée une relation d’un genre "
                    "nouveau avec le constructeur, qui garde la main sur l’objet "
                    "longtemps après la vente et peut facturer certaines options sous "
                    "forme d’abonnement.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Acheter une voiture, c’était acquérir un objet\u00a0; c’est "
                        "désormais aussi s’abonner à un éditeur de logiciels."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Les aides à la conduite illustrent la même ambivalence. "
                    "Régulateur adaptatif, maintien dans la voie, stationnement "
                    "automatique\u00a0: ces fonctions reposent sur des capteurs et des "
                    "algorithmes d’IA qui analysent l’environnement en temps réel. "
                    "Elles peuvent rendre la conduite plus sûre et moins fatigante. "
                    "Mais leurs noms commerciaux suggèrent parfois une autonomie "
                    "qu’elles n’ont pas, et les spécialistes de la sécurité routière "
                    "s’inquiètent d’une baisse de vigilance chez des conducteurs trop "
                    "confiants. Quel que soit le nombre d’écrans sur le tableau de "
                    "bord, c’est toujours l’humain qui tient le volant.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Une voiture connectée, c’est aussi une voiture qui collecte. "
                    "Position, trajets, habitudes de conduite, parfois même ce qui se "
                    "passe dans l’habitacle\u00a0: les données générées sont "
                    "nombreuses et précieuses. Elles peuvent améliorer les services ou "
                    "la recherche, mais soulèvent des questions de vie privée et de "
                    "cybersécurité. Un véhicule piratable n’est pas un simple "
                    "désagrément\u00a0: c’est un objet de deux tonnes.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Pour les constructeurs européens, habitués à exceller dans la "
                    "mécanique, ce virage logiciel est un défi culturel autant que "
                    "technique. Il faut recruter des développeurs, repenser "
                    "l’organisation, apprendre à livrer des mises à jour sans jamais "
                    "compromettre la sécurité. L’enjeu est immense\u00a0: dans "
                    "l’automobile de demain, la puissance ne se mesurera peut-être "
                    "plus en chevaux, mais en lignes de code bien écrites.</p>"
                ),
            ),
        ],
    },
]
