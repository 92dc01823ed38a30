"""Demo articles, second batch: explainers on AI, social networks and technology."""

ARTICLES = [
    {
        "title": "Pinceaux et prompts\u00a0: l’art à l’heure des images générées",
        "slug": "pinceaux-et-prompts-art-images-generees",
        "standfirst": (
            "Une ligne de texte suffit désormais à produire une toile «\u00a0à la "
            "manière de\u00a0». Entre émerveillement, procès et crise d’identité, le "
            "monde de l’image cherche ses repères."
        ),
        "categories": ["intelligence-artificielle", "reseaux-sociaux"],
        "tags": ["Création", "Droit d’auteur", "Images"],
        "sources": [
            ("Numerama", "https://www.numerama.com/"),
            ("The Verge", "https://www.theverge.com/"),
        ],
        "days_ago": 62,
        "hero": {
            "colours": ("#3a0ca3", "#f72585"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé en diagonale du violet profond au "
                "rose fuchsia, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Il fut un temps où l’on disait d’un tableau raté qu’un enfant de "
                    "cinq ans aurait pu le peindre. Aujourd’hui, la pique a changé de "
                    "cible\u00a0: n’importe qui peut, en quelques secondes, obtenir une "
                    "cathédrale gothique sous la neige, un chat en armure façon Renaissance "
                    "ou un portrait «\u00a0dans le style de\u00a0» son illustrateur préféré. "
                    "Il suffit de taper quelques mots, le fameux <i>prompt</i>, et de "
                    "laisser un modèle de diffusion faire le reste. Le résultat est souvent "
                    "bluffant, parfois inquiétant, rarement neutre.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Ces outils reposent sur un principe simple à énoncer et vertigineux "
                    "à mettre en œuvre\u00a0: des réseaux de neurones entraînés sur des "
                    "milliards d’images accompagnées de leur légende apprennent à associer "
                    "des mots à des formes, des textures, des lumières. Au moment de "
                    "générer, ils partent d’un bruit aléatoire qu’ils "
                    "«\u00a0débruitent\u00a0» pas à pas, jusqu’à faire émerger une image "
                    "conforme à la demande. Aucune photo n’est recopiée telle quelle, "
                    "assurent les concepteurs. Tout a été appris, répliquent les artistes, "
                    "et appris sur leur dos.</p>"
                ),
            ),
            ("heading", {"text": "Le droit d’auteur cherche la sortie", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Car c’est bien là que le bât blesse. Les corpus d’entraînement ont "
                    "été constitués en aspirant massivement le Web, œuvres protégées "
                    "comprises, le plus souvent sans demander l’avis de quiconque. Des "
                    "illustrateurs et des banques d’images ont porté l’affaire devant les "
                    "tribunaux, et les juristes s’écharpent sur une question que personne "
                    "n’avait vraiment anticipée\u00a0: entraîner une machine, est-ce "
                    "copier\u00a0? Dans l’autre sens, la protection des images produites "
                    "n’est pas mieux assurée. Aux États-Unis, l’administration du droit "
                    "d’auteur a fait savoir qu’une œuvre créée sans intervention humaine "
                    "significative ne pouvait pas être enregistrée. Une image sans auteur, "
                    "en somme, mais pas sans conséquences.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Entraîner une machine sur des millions d’œuvres, est-ce apprendre ou "
                        "est-ce copier\u00a0? Les tribunaux n’ont pas fini d’y répondre."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Sur les réseaux sociaux, la déferlante est déjà visible. Les fils "
                    "d’actualité se remplissent de paysages trop parfaits, de mains à six "
                    "doigts (un classique qui se raréfie) et de fausses photos d’actualité "
                    "qui circulent plus vite que leurs démentis. Pour s’y retrouver, "
                    "l’industrie mise sur des standards de traçabilité comme C2PA, qui "
                    "attachent aux fichiers une sorte de certificat d’origine, et sur des "
                    "filigranes invisibles. Encore faut-il que ces métadonnées survivent aux "
                    "captures d’écran et aux recompressions, ce qui est loin d’être "
                    "garanti.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Reste la question qui fâche\u00a0: est-ce de l’art\u00a0? Les "
                    "historiens rappellent que la photographie, en son temps, avait été "
                    "accusée de tuer la peinture, avant de devenir un art à part entière et "
                    "de libérer les peintres de l’obligation de ressemblance. Certains "
                    "créateurs intègrent déjà ces outils à leur pratique, pour esquisser, "
                    "explorer, détourner. D’autres y voient une machine à produire du "
                    "«\u00a0contenu\u00a0» au kilomètre, qui dévalue le travail des "
                    "illustrateurs payés à la commande. Les deux camps ont probablement "
                    "raison, et c’est bien ce qui rend le débat si vif. Une chose est "
                    "sûre\u00a0: le pinceau n’a pas dit son dernier mot, mais il devra "
                    "apprendre à cohabiter avec le clavier.</p>"
                ),
            ),
        ],
    },
    {
        "title": ("Tapez 1 pour parler à un robot\u00a0: le service client à l’heure des chatbots"),
        "slug": "tapez-1-pour-parler-a-un-robot",
        "standfirst": (
            "Les agents conversationnels dopés à l’IA générative promettent un "
            "service client disponible jour et nuit. Les clients, eux, demandent "
            "surtout qu’on les comprenne."
        ),
        "categories": ["intelligence-artificielle", "technologie"],
        "tags": ["Chatbots", "Consommation", "Entreprises"],
        "sources": [
            ("L’Usine Digitale", "https://www.usine-digitale.fr/"),
            ("Le Monde Informatique", "https://www.lemondeinformatique.fr/"),
        ],
        "days_ago": 66,
        "hero": {
            "colours": ("#006d77", "#ffddd2"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé en diagonale du bleu canard au "
                "rose poudré, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Tout le monde a vécu cette scène. Une facture incompréhensible, un "
                    "colis fantôme, un abonnement impossible à résilier et, au bout du "
                    "parcours, une petite bulle souriante qui propose son aide. Trois "
                    "échanges plus tard, l’assistant virtuel vous a suggéré cinq fois de "
                    "consulter la foire aux questions, et vous cherchez désespérément le "
                    "bouton «\u00a0parler à un conseiller\u00a0». La génération précédente "
                    "de chatbots, fondée sur des arbres de décision rigides, a laissé des "
                    "souvenirs cuisants.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Les grands modèles de langage changent la donne, au moins sur le "
                    "papier. Capables de comprendre une question formulée avec des fautes, "
                    "de l’humour ou de l’agacement, ils peuvent reformuler, résumer un "
                    "historique et rédiger une réponse personnalisée en quelques secondes. "
                    "Pour les entreprises, l’équation paraît imparable\u00a0: un service "
                    "disponible jour et nuit, qui ne s’énerve jamais et absorbe les pics "
                    "d’activité sans heures supplémentaires. Les éditeurs de logiciels de "
                    "relation client ont d’ailleurs presque tous ajouté une couche d’IA "
                    "générative à leur catalogue.</p>"
                ),
            ),
            ("heading", {"text": "Quand le robot invente", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Le revers de la médaille a un nom\u00a0: l’hallucination. Un modèle "
                    "de langage ne consulte pas une base de vérités, il produit la suite de "
                    "mots la plus plausible. S’il ne trouve pas la bonne information, il "
                    "peut inventer une politique de remboursement, une garantie ou un délai "
                    "avec un aplomb remarquable. Au Canada, une compagnie aérienne l’a "
                    "appris à ses dépens lorsqu’un tribunal l’a obligée à honorer une règle "
                    "tarifaire décrite, à tort, par son propre assistant. Le message est "
                    "limpide\u00a0: le robot parle au nom de l’entreprise, et l’entreprise "
                    "en répond.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Le chatbot parle au nom de l’entreprise. Quand il invente une promesse, "
                        "c’est elle qui la signe."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Pour limiter les dégâts, les équipes techniques "
                    "«\u00a0ancrent\u00a0» désormais les réponses dans les documents "
                    "internes, grâce à la technique dite de génération augmentée par la "
                    "recherche, et bornent strictement ce que l’assistant a le droit de "
                    "promettre. Les plus prudentes le cantonnent au tri des demandes et à la "
                    "préparation des dossiers, laissant la décision finale à un humain. "
                    "C’est sans doute là que l’outil brille le plus\u00a0: non pas en "
                    "remplaçant le conseiller, mais en lui épargnant la saisie et la "
                    "recherche, pour qu’il se consacre aux cas qui demandent du tact.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Car la confiance se joue précisément sur ces cas-là. Un client qui "
                    "vient de perdre un proche et veut clore un contrat n’a que faire d’une "
                    "prose impeccable\u00a0; il veut de l’écoute et une solution. Les "
                    "entreprises qui feront de l’IA un filtre pour tenir les humains à "
                    "distance risquent de le payer en réputation. Celles qui s’en serviront "
                    "pour rendre leurs conseillers plus disponibles pourraient, enfin, "
                    "réconcilier les clients avec le service après-vente. Ce serait une "
                    "petite révolution.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "En bref",
                    "text": (
                        "<ul><li>Les chatbots à base de règles suivent des scénarios "
                        "figés\u00a0; les modèles de langage génèrent des réponses "
                        "libres.</li><li>Le principal risque\u00a0: des réponses inventées, mais "
                        "présentées avec assurance.</li><li>La parade\u00a0: ancrer les réponses "
                        "dans des documents vérifiés et prévoir un passage de relais vers un "
                        "humain.</li></ul>"
                    ),
                },
            ),
        ],
    },
    {
        "title": "Docteur Algorithme ne remplacera pas votre médecin (mais il l’aide déjà)",
        "slug": "docteur-algorithme-ia-en-medecine",
        "standfirst": (
            "Lecture de radios, tri des urgences, comptes rendus\u00a0: l’IA "
            "s’installe dans le monde de la santé, avec des promesses réelles et des "
            "précautions qui ne sont pas du luxe."
        ),
        "categories": ["intelligence-artificielle"],
        "tags": ["Santé", "Données personnelles", "Recherche"],
        "sources": [
            ("MIT Technology Review", "https://www.technologyreview.com/"),
            ("Le Monde", "https://www.lemonde.fr/"),
        ],
        "days_ago": 69,
        "hero": {
            "colours": ("#0b132b", "#5bc0be"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé en diagonale du bleu marine au "
                "turquoise, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Dans l’imaginaire collectif, l’intelligence artificielle médicale "
                    "ressemble à un oracle\u00a0: on glisse un symptôme dans la machine, et "
                    "le diagnostic tombe, infaillible. La réalité est à la fois plus modeste "
                    "et plus intéressante. Les outils qui ont réellement trouvé leur place à "
                    "l’hôpital sont le plus souvent très spécialisés\u00a0: repérer une "
                    "fracture discrète sur une radio, signaler un nodule suspect sur un "
                    "scanner pulmonaire, mesurer automatiquement une structure sur une "
                    "échographie. Des tâches étroites et répétitives, où la fatigue humaine "
                    "est l’ennemie.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>L’imagerie médicale a été la première à en profiter, pour une raison "
                    "simple\u00a0: elle produit des images numériques, abondantes et déjà "
                    "annotées par des spécialistes. Des chercheurs ont montré que des "
                    "réseaux de neurones pouvaient égaler, sur des jeux de tests précis, des "
                    "radiologues expérimentés. Mais «\u00a0sur des jeux de tests\u00a0» est "
                    "une précision capitale. Un algorithme entraîné sur les examens d’un "
                    "hôpital peut perdre de sa superbe face aux machines d’un autre "
                    "établissement, à une population différente ou à des réglages "
                    "inhabituels.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Un algorithme brillant sur les examens de son hôpital d’origine peut se "
                        "révéler médiocre à l’autre bout du pays."
                    ),
                    "attribution": "",
                },
            ),
            ("heading", {"text": "Les données, nerf de la guerre", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Tout repose donc sur les données de santé, parmi les plus sensibles "
                    "qui soient. Pour entraîner et valider ces modèles, il faut des volumes "
                    "considérables d’informations, idéalement variées et représentatives. En "
                    "France, la création d’une plateforme nationale des données de santé a "
                    "déclenché des débats passionnés, notamment sur le choix de son "
                    "hébergeur. Le dilemme est connu\u00a0: sans partage, pas de "
                    "progrès\u00a0; sans garanties solides, pas de confiance. Le règlement "
                    "européen sur la protection des données impose un cadre strict, et les "
                    "patients sont en droit de savoir ce que l’on fait de leurs examens.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Les biais constituent l’autre écueil. Un outil de dermatologie "
                    "entraîné presque exclusivement sur des peaux claires risque de se "
                    "tromper plus souvent sur des peaux foncées. Un modèle de prédiction "
                    "nourri de l’historique des dépenses de soins peut confondre «\u00a0être "
                    "malade\u00a0» et «\u00a0avoir eu accès aux soins\u00a0». Ces pièges "
                    "n’ont rien de théorique\u00a0: ils ont été documentés dans la "
                    "littérature scientifique, et ils rappellent qu’un algorithme hérite des "
                    "angles morts de ses données.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Et l’IA générative dans tout cela\u00a0? Les grands modèles de "
                    "langage savent désormais rédiger un compte rendu, résumer un dossier "
                    "touffu ou traduire un jargon obscur en mots simples pour un patient. Un "
                    "gain de temps précieux pour des soignants noyés sous la paperasse, à "
                    "condition de relire chaque ligne\u00a0: une hallucination dans une "
                    "ordonnance n’a rien d’une coquille anodine. La bonne nouvelle, c’est "
                    "que la plupart des acteurs l’ont compris. Le médecin reste responsable, "
                    "l’algorithme devient un assistant. Un assistant infatigable, certes, "
                    "mais qui n’a jamais prêté le serment d’Hippocrate.</p>"
                ),
            ),
        ],
    },
    {
        "title": (
            "AI Act\u00a0: l’Europe range l’intelligence artificielle par ordre de dangerosité"
        ),
        "slug": "ai-act-europe-classe-ia-par-risque",
        "standfirst": (
            "Premier texte d’envergure à encadrer l’intelligence artificielle, le "
            "règlement européen sur l’IA classe les usages selon leur niveau de "
            "risque. Mode d’emploi d’une pyramide qui fait beaucoup parler."
        ),
        "categories": ["intelligence-artificielle"],
        "tags": ["Europe", "Régulation", "Droit du numérique"],
        "sources": [
            ("Next", "https://next.ink/"),
            ("L’Usine Digitale", "https://www.usine-digitale.fr/"),
        ],
        "days_ago": 73,
        "hero": {
            "colours": ("#003399", "#ffcc00"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé en diagonale du bleu roi au jaune "
                "d’or, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>L’Union européenne a une spécialité\u00a0: réglementer ce que "
                    "d’autres inventent. Après le RGPD pour les données personnelles, puis "
                    "le DSA et le DMA pour les plateformes, voici le règlement sur "
                    "l’intelligence artificielle, plus connu sous son nom anglais d’<i>AI "
                    "Act</i>. Ses promoteurs le présentent comme le premier cadre complet au "
                    "monde\u00a0; ses détracteurs y voient un boulet pour l’innovation "
                    "européenne. Comme souvent, la vérité se niche dans les annexes.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Le principe central est celui d’une approche par les risques. Plutôt "
                    "que de réglementer une technologie en bloc, le texte s’intéresse à ses "
                    "usages. Au sommet de la pyramide, les pratiques jugées inacceptables "
                    "sont purement et simplement interdites\u00a0: la notation sociale des "
                    "citoyens, la manipulation qui exploite les vulnérabilités, ou encore la "
                    "reconnaissance des émotions au travail et à l’école, sauf exceptions. "
                    "Juste en dessous, les systèmes à haut risque, ceux qui interviennent "
                    "dans le recrutement, l’accès au crédit, l’éducation ou certaines "
                    "infrastructures critiques, devront respecter des exigences strictes de "
                    "documentation, de qualité des données et de supervision humaine.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "De la transparence pour tous, des obligations pour les plus gros",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Plus bas, les obligations deviennent surtout des devoirs de "
                    "transparence. Un chatbot doit signaler qu’il est une machine, et les "
                    "contenus synthétiques comme les hypertrucages doivent être identifiés "
                    "comme tels. Enfin, l’immense majorité des applications, du filtre "
                    "antispam à l’adversaire virtuel d’un jeu vidéo, n’est soumise à aucune "
                    "contrainte particulière. Le texte a également été complété en cours de "
                    "route pour viser les modèles d’IA à usage général, ceux qui servent de "
                    "fondation à des milliers de services, avec des obligations renforcées "
                    "pour les plus puissants d’entre eux.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Le texte ne juge pas la technologie, il juge l’usage qu’on en "
                        "fait\u00a0: une même IA peut être anodine ici et à haut risque là."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Reste l’épreuve du réel. L’application est progressive, étalée sur "
                    "plusieurs années, et une bonne partie des détails techniques dépend de "
                    "normes qui restent à finaliser. Les entreprises devront cartographier "
                    "leurs systèmes, évaluer leur niveau de risque, documenter leurs choix. "
                    "Pour les start-up, la crainte est celle d’une montagne "
                    "administrative\u00a0; pour les associations de défense des libertés, le "
                    "texte comporte au contraire trop d’exceptions, notamment en matière de "
                    "sécurité. Entre les deux, les juristes spécialisés se frottent les "
                    "mains\u00a0: l’IA crée au moins des emplois quelque part.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Et pour le commun des mortels, qu’est-ce que cela change\u00a0? À "
                    "court terme, pas grand-chose de visible, si ce n’est quelques mentions "
                    "supplémentaires signalant qu’un texte, une image ou un interlocuteur "
                    "sont artificiels. À plus long terme, l’ambition est ailleurs\u00a0: que "
                    "le candidat écarté par un logiciel de tri de CV, ou l’emprunteur recalé "
                    "par un score automatique, puisse obtenir des explications sur ce qui "
                    "s’est passé et faire valoir ses droits. Bruxelles parie aussi sur un "
                    "effet d’entraînement, comme avec le RGPD\u00a0: les entreprises qui "
                    "veulent vendre en Europe devront s’aligner, où qu’elles soient "
                    "installées.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "En bref",
                    "text": (
                        "<ul><li>Risque inacceptable\u00a0: pratiques interdites, comme la "
                        "notation sociale.</li><li>Haut risque\u00a0: recrutement, crédit, "
                        "éducation… avec contrôles et supervision humaine.</li><li>Risque "
                        "limité\u00a0: obligation de transparence, par exemple pour les chatbots "
                        "et les hypertrucages.</li><li>Risque minimal\u00a0: aucune obligation "
                        "particulière.</li></ul>"
                    ),
                },
            ),
        ],
    },
    {
        "title": ("Hypertrucages\u00a0: les élections à l’épreuve du faux plus vrai que nature"),
        "slug": "hypertrucages-elections-faux-plus-vrai",
        "standfirst": (
            "Voix clonées, vidéos truquées, images fabriquées\u00a0: les deepfakes "
            "s’invitent dans les campagnes électorales. Le danger n’est pas "
            "seulement de croire au faux, mais de ne plus croire au vrai."
        ),
        "categories": ["intelligence-artificielle", "reseaux-sociaux"],
        "tags": ["Désinformation", "Démocratie", "Deepfakes"],
        "sources": [
            ("AFP Factuel", "https://factuel.afp.com/"),
            ("Wired", "https://www.wired.com/"),
        ],
        "days_ago": 77,
        "hero": {
            "colours": ("#2b2d42", "#ef233c"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé en diagonale du gris anthracite "
                "au rouge vif, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Imaginez\u00a0: à quarante-huit heures du scrutin, un extrait audio "
                    "circule sur les messageries. On y entend un candidat, voix "
                    "reconnaissable entre mille, admettre une magouille ou insulter ses "
                    "électeurs. L’enregistrement est faux, fabriqué en quelques minutes à "
                    "partir de discours publics. Le temps que l’équipe de campagne démente "
                    "et que les vérificateurs publient leur analyse, une foule de gens "
                    "l’aura déjà écouté et partagé. Ce scénario n’a plus rien de la "
                    "science-fiction\u00a0: les outils de clonage vocal sont accessibles à "
                    "quiconque possède une carte bancaire.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Les hypertrucages, traduction officielle de <i>deepfakes</i>, "
                    "reposent sur des modèles d’IA capables d’imiter un visage, une voix ou "
                    "une gestuelle. Longtemps, ils trahissaient leur artifice par des "
                    "clignements d’yeux absents ou des lèvres mal synchronisées. Ces défauts "
                    "s’estompent à mesure que les modèles progressent. Paradoxalement, ce "
                    "n’est pas la vidéo spectaculaire qui inquiète le plus les spécialistes, "
                    "mais le faux discret\u00a0: un audio de mauvaise qualité, une photo "
                    "floue, d’autant plus difficiles à démentir qu’ils ressemblent à des "
                    "documents authentiques captés à la volée.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Le pire effet des hypertrucages n’est pas de faire croire au faux, "
                        "c’est de permettre de nier le vrai."
                    ),
                    "attribution": "",
                },
            ),
            ("heading", {"text": "Le dividende du menteur", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Des juristes américains ont forgé une expression pour décrire "
                    "l’effet pervers de cette technologie\u00a0: le «\u00a0dividende du "
                    "menteur\u00a0». Dès lors que tout peut être falsifié, n’importe quel "
                    "enregistrement compromettant peut être balayé d’un revers de main comme "
                    "un trucage. La simple existence des deepfakes suffit à semer le doute, "
                    "y compris sur des preuves bien réelles. C’est peut-être là leur effet "
                    "le plus corrosif pour le débat démocratique\u00a0: non pas tromper "
                    "massivement, mais installer une lassitude où plus rien n’est tout à "
                    "fait crédible.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Face à cela, les réponses s’empilent. En Europe, le règlement sur "
                    "les services numériques oblige les très grandes plateformes à évaluer "
                    "les risques qu’elles font peser sur les processus électoraux, et le "
                    "règlement sur l’IA impose d’étiqueter les contenus synthétiques. Les "
                    "réseaux sociaux affichent des mentions, les entreprises d’IA apposent "
                    "des filigranes, les chercheurs mettent au point des détecteurs. Aucune "
                    "de ces parades n’est parfaite\u00a0: les étiquettes sautent, les "
                    "filigranes s’effacent, et les détecteurs ont toujours un train de "
                    "retard sur les générateurs.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>La meilleure défense reste donc profondément humaine. Se demander "
                    "d’où vient un contenu, qui a intérêt à le diffuser, pourquoi il surgit "
                    "pile au bon moment. Vérifier auprès de sources reconnues avant de "
                    "partager. Se méfier de ce qui confirme un peu trop parfaitement ce que "
                    "l’on pensait déjà. Rien de très technologique, en somme\u00a0: un bon "
                    "vieux réflexe critique, qui n’a besoin ni de mise à jour ni "
                    "d’abonnement.</p>"
                ),
            ),
        ],
    },
    {
        "title": (
            "Assistants vocaux\u00a0: ils nous écoutent, mais nous comprennent-ils enfin\u00a0?"
        ),
        "slug": "assistants-vocaux-second-souffle",
        "standfirst": (
            "Après des années à régler des minuteurs et à annoncer la météo, les "
            "assistants vocaux misent sur l’IA générative pour devenir enfin de "
            "vrais interlocuteurs. Un pari technique, et un pari de confiance."
        ),
        "categories": ["intelligence-artificielle", "technologie"],
        "tags": ["Assistants vocaux", "Maison connectée", "Vie privée"],
        "sources": [
            ("Les Numériques", "https://www.lesnumeriques.com/"),
            ("The Verge", "https://www.theverge.com/"),
        ],
        "days_ago": 80,
        "hero": {
            "colours": ("#240046", "#ff9e00"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé en diagonale du violet aubergine "
                "à l’orange ambré, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Quand ils sont arrivés dans nos salons, les assistants vocaux "
                    "promettaient une petite révolution\u00a0: commander ses courses, "
                    "piloter sa maison, dialoguer avec son enceinte comme avec un majordome "
                    "attentif. Quelques années plus tard, le bilan est plus prosaïque. Pour "
                    "beaucoup d’utilisateurs, ils servent surtout à lancer un minuteur pour "
                    "les pâtes, à demander la météo et à mettre de la musique. Le majordome "
                    "s’est mué en presse-bouton, parfois un peu dur d’oreille.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>La raison tient à leur architecture. Les assistants de première "
                    "génération fonctionnaient par «\u00a0intentions\u00a0»\u00a0: la phrase "
                    "prononcée était transcrite, puis rangée dans une catégorie prévue à "
                    "l’avance, comme «\u00a0régler une alarme\u00a0» ou «\u00a0jouer un "
                    "titre\u00a0». Tout ce qui sortait des cases déclenchait le fameux "
                    "«\u00a0Désolé, je n’ai pas compris\u00a0». Impossible d’enchaîner deux "
                    "demandes, de revenir sur un détail ou de formuler les choses avec ses "
                    "propres mots. Une conversation, vraiment\u00a0?</p>"
                ),
            ),
            ("heading", {"text": "La greffe des modèles de langage", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>L’IA générative a rebattu les cartes. Les grands modèles de langage "
                    "savent suivre un fil, comprendre une demande alambiquée et répondre "
                    "dans un français naturel. Les géants du secteur ont donc entrepris de "
                    "greffer ces cerveaux tout neufs sur leurs assistants. L’opération est "
                    "plus délicate qu’il n’y paraît\u00a0: un modèle de langage est lent et "
                    "coûteux à faire tourner, alors qu’on attend d’une enceinte qu’elle "
                    "réponde instantanément. Et un assistant qui hallucine une recette, "
                    "passe encore\u00a0; un assistant qui hallucine en pilotant le "
                    "chauffage, beaucoup moins.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Un assistant qui invente une recette, passe encore. Un assistant qui "
                        "improvise avec la serrure de la porte d’entrée, c’est une autre "
                        "histoire."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Reste la question de la vie privée, qui n’a jamais vraiment quitté "
                    "ces appareils. Un micro en veille permanente dans la cuisine suscite "
                    "une méfiance légitime, d’autant que des enregistrements ont, par le "
                    "passé, été réécoutés par des sous-traitants chargés d’améliorer la "
                    "reconnaissance vocale, une pratique révélée par la presse et depuis "
                    "revue par les constructeurs. Plus l’assistant sera intelligent, plus il "
                    "réclamera de contexte\u00a0: vos habitudes, votre agenda, vos proches. "
                    "Pour rassurer, les constructeurs mettent en avant le traitement local, "
                    "directement sur l’appareil. L’argument est sérieux, mais il atteint ses "
                    "limites dès que les requêtes partent vers le nuage.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Le véritable enjeu est donc moins technique que relationnel. Un "
                    "assistant vraiment utile devra nous connaître intimement, et il faudra "
                    "pour cela que nous ayons confiance en ceux qui le conçoivent. D’ici là, "
                    "il continuera probablement à régler nos minuteurs avec un zèle "
                    "irréprochable. Ce n’est pas rien\u00a0: les pâtes, elles, n’ont jamais "
                    "été aussi bien cuites.</p>"
                ),
            ),
        ],
    },
    {
        "title": ("Dans la tête de l’algorithme\u00a0: pourquoi votre fil vous connaît si bien"),
        "slug": "algorithmes-de-recommandation-fil-personnalise",
        "standfirst": (
            "Vidéos, musiques, publications\u00a0: ce que nous voyons en ligne est "
            "de plus en plus choisi par des systèmes de recommandation. Petite "
            "plongée dans la mécanique qui décide de nos soirées."
        ),
        "categories": ["reseaux-sociaux", "intelligence-artificielle"],
        "tags": ["Algorithmes", "Attention", "Plateformes"],
        "sources": [
            ("Siècle Digital", "https://siecledigital.fr/"),
            ("Ars Technica", "https://arstechnica.com/"),
        ],
        "days_ago": 84,
        "hero": {
            "colours": ("#ff006e", "#3a86ff"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé en diagonale du rose vif au bleu "
                "électrique, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Vous avez regardé une vidéo de restauration de vieux outils, par "
                    "simple curiosité. Trois jours plus tard, votre fil ne parle plus que de "
                    "rouille, de ponceuses et de manches en frêne. Vous n’avez rien demandé, "
                    "et pourtant l’algorithme semble avoir deviné une passion dont vous "
                    "ignoriez tout. Bienvenue dans l’économie de la recommandation, où ce ne "
                    "sont plus vos abonnements qui décident de ce que vous voyez, mais une "
                    "prédiction sur ce qui vous retiendra.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Le principe est aussi ancien que le commerce en ligne\u00a0: "
                    "«\u00a0les clients qui ont acheté ceci ont aussi acheté cela\u00a0». "
                    "Mais les systèmes actuels vont bien plus loin. Ils analysent une foule "
                    "de signaux\u00a0: le temps passé sur une vidéo, le moment où vous la "
                    "quittez, ce que vous revoyez, ce que vous partagez, et même ce que vous "
                    "faites défiler sans vous arrêter. Ces données alimentent des modèles "
                    "d’apprentissage automatique qui estiment, pour chaque contenu "
                    "disponible, la probabilité que vous y réagissiez. Le fil est ensuite "
                    "composé en classant ces paris.</p>"
                ),
            ),
            ("heading", {"text": "Optimiser quoi, au juste\u00a0?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Tout dépend de ce que l’on demande à la machine d’optimiser. Si "
                    "l’objectif est le temps passé sur l’application, l’algorithme apprendra "
                    "à favoriser ce qui captive, et ce qui captive n’est pas toujours ce qui "
                    "fait du bien\u00a0: l’indignation, la peur et la surenchère sont "
                    "d’excellents carburants. Des chercheurs s’interrogent depuis des années "
                    "sur l’existence de «\u00a0bulles de filtre\u00a0» qui enfermeraient "
                    "chacun dans ses opinions. Les études aboutissent à des conclusions "
                    "nuancées, mais le risque d’entraînement vers des contenus toujours plus "
                    "extrêmes est pris au sérieux par les régulateurs.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Un algorithme n’a pas d’opinion. Il a un objectif, et c’est cet "
                        "objectif qu’il faut interroger."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>L’Europe a d’ailleurs commencé à entrouvrir la boîte noire. Le "
                    "règlement sur les services numériques oblige les très grandes "
                    "plateformes à expliquer les principaux paramètres de leurs systèmes de "
                    "recommandation et à proposer au moins une option qui ne repose pas sur "
                    "le profilage. Autrement dit, un fil chronologique ou non personnalisé, "
                    "accessible à qui le souhaite. Encore faut-il savoir que cette option "
                    "existe, et avoir envie de renoncer au confort d’un fil taillé sur "
                    "mesure.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Car c’est tout le paradoxe\u00a0: nous pestons contre l’algorithme, "
                    "mais nous adorons ses trouvailles. Il nous fait découvrir un groupe "
                    "inconnu, un artisan passionnant, un documentaire que nous n’aurions "
                    "jamais cherché. La question n’est donc pas de s’en débarrasser, mais de "
                    "reprendre un peu la main\u00a0: trier ses abonnements, signaler ce qui "
                    "ne nous intéresse pas et, de temps en temps, taper soi-même ce que l’on "
                    "veut voir. Un geste presque révolutionnaire.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "En bref",
                    "text": (
                        "<ul><li>Les systèmes de recommandation classent les contenus selon la "
                        "probabilité que vous y réagissiez.</li><li>Ils se nourrissent de "
                        "signaux fins\u00a0: temps de visionnage, partages, "
                        "défilement.</li><li>En Europe, les très grandes plateformes doivent "
                        "proposer une option sans profilage.</li></ul>"
                    ),
                },
            ),
        ],
    },
    {
        "title": (
            "Code promo et bonne conscience\u00a0: l’influence commerciale passe à "
            "l’heure des règles"
        ),
        "slug": "influence-commerciale-heure-des-regles",
        "standfirst": (
            "Longtemps zone grise de la publicité, l’influence commerciale sur les "
            "réseaux sociaux est désormais encadrée. Les créateurs s’adaptent, les "
            "marques aussi, et les abonnés y gagnent en clarté."
        ),
        "categories": ["reseaux-sociaux"],
        "tags": ["Influenceurs", "Publicité", "Consommation"],
        "sources": [("Les Echos", "https://www.lesechos.fr/"), ("01net", "https://www.01net.com/")],
        "days_ago": 87,
        "hero": {
            "colours": ("#ffbe0b", "#fb5607"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé en diagonale du jaune soleil à "
                "l’orange vif, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>«\u00a0Je vous partage ma routine du matin\u00a0», annonce la "
                    "créatrice, tasse fumante à la main. Trente secondes plus tard "
                    "surgissent un sérum, une marque et un code de réduction. Rien de "
                    "scandaleux en soi\u00a0: la recommandation de produits est aussi "
                    "vieille que le bouche-à-oreille. Le problème est apparu quand la "
                    "frontière entre conseil sincère et contrat rémunéré s’est brouillée au "
                    "point de devenir invisible, et quand certains ont profité de ce flou "
                    "pour vendre à peu près n’importe quoi, des compléments miracles aux "
                    "placements hasardeux.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>La France a voulu siffler la fin de la récréation avec une loi "
                    "consacrée à l’influence commerciale, adoptée en 2023. Le texte définit "
                    "l’activité d’influenceur, impose de signaler clairement toute "
                    "collaboration commerciale et interdit la promotion de certains produits "
                    "et services, comme la chirurgie esthétique ou des placements financiers "
                    "particulièrement risqués. Les images retouchées ou générées par IA "
                    "doivent être signalées comme telles. Les plateformes, de leur côté, ont "
                    "généralisé les mentions de partenariat rémunéré pour rendre les "
                    "collaborations plus visibles.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "La confiance est le seul vrai capital d’un créateur. La publicité "
                        "déguisée la dilapide plus vite qu’elle ne rapporte."
                    ),
                    "attribution": "",
                },
            ),
            ("heading", {"text": "La transparence, nouvel argument de vente", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Contre toute attente, bien des créateurs ont accueilli ces règles "
                    "avec soulagement. Les professionnels sérieux y voient un moyen de se "
                    "distinguer des aigrefins qui ternissaient l’image de tout le secteur. "
                    "Leur modèle économique repose sur un actif fragile\u00a0: la confiance "
                    "de leur communauté. Un abonné qui découvre qu’on lui a présenté comme "
                    "un coup de cœur ce qui était un contrat bien payé ne revient pas. À "
                    "l’inverse, un partenariat assumé, choisi avec soin et présenté "
                    "honnêtement, peut être parfaitement accepté, voire apprécié.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Les marques, elles, revoient leur copie. Après l’ère des grandes "
                    "stars aux millions d’abonnés, beaucoup misent sur des "
                    "«\u00a0micro-influenceurs\u00a0»\u00a0: des comptes plus modestes et "
                    "spécialisés, dont l’audience est plus engagée et plus proche. Certaines "
                    "expérimentent aussi des influenceurs entièrement virtuels, personnages "
                    "de synthèse qui ne vieillissent jamais et ne commettent aucun faux pas. "
                    "L’idée a de quoi séduire un service marketing, un peu moins les abonnés "
                    "qui aiment savoir s’il y a quelqu’un derrière l’écran.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Reste la question de l’application. Les réseaux sociaux brassent "
                    "chaque jour un volume de contenus que nul contrôleur ne pourra examiner "
                    "un par un, et les publicités déguisées savent se faire discrètes. Les "
                    "autorités s’appuient sur les signalements, des contrôles ciblés et "
                    "quelques sanctions pour l’exemple. Pour le public, le meilleur réflexe "
                    "reste simple\u00a0: lorsqu’un produit semble trop beau pour être vrai "
                    "et qu’un code promo l’accompagne, se demander qui a payé la tasse de "
                    "café.</p>"
                ),
            ),
        ],
    },
    {
        "title": ("Ados et réseaux sociaux\u00a0: faut-il débrancher avant quinze ans\u00a0?"),
        "slug": "ados-reseaux-sociaux-majorite-numerique",
        "standfirst": (
            "Santé mentale, harcèlement, sommeil\u00a0: l’usage des réseaux sociaux "
            "par les adolescents inquiète parents et législateurs. Entre "
            "interdiction et éducation, le débat est loin d’être tranché."
        ),
        "categories": ["reseaux-sociaux"],
        "tags": ["Adolescents", "Santé mentale", "Éducation"],
        "sources": [
            ("Le Monde", "https://www.lemonde.fr/"),
            ("Numerama", "https://www.numerama.com/"),
        ],
        "days_ago": 91,
        "hero": {
            "colours": ("#8338ec", "#06d6a0"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé en diagonale du violet vif au "
                "vert menthe, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Il est vingt-trois heures, la maison dort, sauf une chambre d’où "
                    "s’échappe une lueur bleutée. Défilement infini, notifications, vidéos "
                    "qui s’enchaînent\u00a0: la scène est familière à bien des parents, et "
                    "elle cristallise une inquiétude grandissante. Les réseaux sociaux "
                    "rendent-ils nos adolescents malheureux\u00a0? La question agite les "
                    "familles, les enseignants, les médecins et, désormais, les "
                    "parlements.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Du côté de la science, la réponse est moins tranchée que les "
                    "plateaux de télévision ne le laissent croire. Des chercheurs observent "
                    "une dégradation de la santé mentale des adolescents dans plusieurs pays "
                    "depuis le début des années 2010, période qui coïncide avec la "
                    "généralisation du smartphone. D’autres rappellent que corrélation n’est "
                    "pas causalité, et que les effets mesurés en moyenne restent modestes, "
                    "masquant de grandes différences entre les individus. Un constat fait "
                    "néanmoins consensus\u00a0: certains jeunes, déjà fragiles, sont "
                    "particulièrement exposés aux contenus sur l’apparence, au harcèlement "
                    "ou aux incitations à se faire du mal.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Le problème n’est peut-être pas l’écran lui-même, mais ce qu’il "
                        "remplace\u00a0: le sommeil, le sport, les copains en chair et en os."
                    ),
                    "attribution": "",
                },
            ),
            ("heading", {"text": "Interdire, vérifier, éduquer", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Face à ces inquiétudes, les législateurs durcissent le ton. La "
                    "France a voté le principe d’une «\u00a0majorité numérique\u00a0» à "
                    "quinze ans, en deçà de laquelle l’inscription sur un réseau social "
                    "nécessiterait l’accord des parents. D’autres pays envisagent, voire "
                    "adoptent, des interdictions pures et simples pour les plus jeunes. "
                    "Toutes ces mesures butent sur le même écueil\u00a0: comment vérifier "
                    "l’âge d’un internaute sans transformer chaque inscription en contrôle "
                    "d’identité\u00a0? Des solutions existent, du tiers de confiance qui "
                    "atteste l’âge sans révéler l’identité à l’estimation de l’âge par "
                    "analyse du visage, mais aucune ne concilie parfaitement efficacité et "
                    "respect de la vie privée.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Sous pression, les plateformes multiplient les comptes "
                    "«\u00a0adolescents\u00a0» aux réglages plus protecteurs\u00a0: profils "
                    "privés par défaut, messages restreints, rappels de pause, notifications "
                    "coupées la nuit. Ce sont des avancées réelles, mais elles reposent sur "
                    "la sincérité de l’âge déclaré et sur la bonne volonté d’entreprises "
                    "dont le modèle économique vit de l’attention. Le règlement européen sur "
                    "les services numériques leur impose par ailleurs de garantir un niveau "
                    "élevé de protection des mineurs.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Reste l’arme la moins spectaculaire, et probablement la plus "
                    "efficace\u00a0: la discussion. Parler avec les adolescents de ce qu’ils "
                    "voient, des mécanismes qui les retiennent, de ce qu’ils ressentent "
                    "après une heure de défilement. Fixer ensemble des règles, comme laisser "
                    "le téléphone hors de la chambre la nuit. Et montrer l’exemple, ce qui "
                    "est sans doute le plus difficile. Car l’adolescent qui fait défiler son "
                    "fil à vingt-trois heures a parfois, dans la pièce d’à côté, un parent "
                    "occupé exactement à la même chose.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Fédivers et ciel bleu\u00a0: l’exode vers les réseaux décentralisés",
        "slug": "mastodon-bluesky-reseaux-decentralises",
        "standfirst": (
            "Lassés des plateformes géantes, de nombreux internautes tentent "
            "l’aventure de Mastodon ou de Bluesky. Promesse d’un Web plus ouvert, ou "
            "refuge pour initiés\u00a0? Tour d’horizon."
        ),
        "categories": ["reseaux-sociaux", "technologie"],
        "tags": ["Mastodon", "Bluesky", "Fédivers", "Logiciel libre"],
        "sources": [("Next", "https://next.ink/"), ("The Verge", "https://www.theverge.com/")],
        "days_ago": 95,
        "hero": {
            "colours": ("#1e6091", "#99d98c"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé en diagonale du bleu océan au "
                "vert tendre, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Chaque fois qu’un grand réseau social change de règles, de "
                    "propriétaire ou d’humeur, le même phénomène se reproduit\u00a0: une "
                    "vague d’utilisateurs annonce son départ vers des horizons plus calmes. "
                    "Ces dernières années, deux noms reviennent sans cesse, Mastodon et "
                    "Bluesky. Tous deux promettent la même chose, en apparence\u00a0: un "
                    "réseau où aucune entreprise ne tient à elle seule les clés de la "
                    "maison. Mais ils ne l’entendent pas tout à fait de la même manière.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Mastodon est un logiciel libre qui s’inscrit dans le "
                    "«\u00a0fédivers\u00a0», un ensemble de serveurs indépendants reliés par "
                    "un protocole commun, ActivityPub. Chaque serveur, appelé instance, a "
                    "ses administrateurs, ses règles de modération et sa communauté, mais "
                    "ses membres peuvent suivre des personnes inscrites ailleurs et leur "
                    "répondre. C’est un peu le modèle du courrier électronique\u00a0: peu "
                    "importe votre fournisseur, vous pouvez écrire à tout le monde. Cette "
                    "liberté a un prix, celui d’un premier pas déroutant\u00a0: il faut "
                    "choisir une instance avant même de savoir ce qu’on y cherche.</p>"
                ),
            ),
            ("heading", {"text": "Deux visions de la décentralisation", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Bluesky a choisi une autre voie. Bâti sur son propre protocole, "
                    "baptisé AT Protocol, il offre une inscription aussi simple que celle "
                    "des grands réseaux, tout en permettant, en théorie, d’héberger ses "
                    "données ailleurs et d’emporter son identité avec soi. Sa particularité "
                    "la plus visible tient aux fils personnalisés\u00a0: n’importe qui peut "
                    "créer un algorithme de tri et le proposer aux autres. La modération "
                    "s’organise elle aussi en couches, avec des services d’étiquetage "
                    "auxquels chacun peut s’abonner. Ses détracteurs notent que, dans les "
                    "faits, l’essentiel de l’infrastructure reste pour l’instant entre les "
                    "mains de l’entreprise qui le développe.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "La décentralisation ne supprime pas le pouvoir, elle le répartit. Reste "
                        "à savoir entre quelles mains."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Ces réseaux ne manquent pas de défis. Modérer sans autorité centrale "
                    "est un casse-tête, et les petites instances reposent souvent sur des "
                    "bénévoles épuisés. L’absence d’un puissant algorithme de "
                    "recommandation, qui séduit les uns, déroute les autres, habitués à voir "
                    "le contenu venir à eux. Et la taille critique n’est jamais "
                    "garantie\u00a0: un réseau social n’a d’intérêt que si nos proches, nos "
                    "sources et nos sujets favoris s’y trouvent. Même Meta s’est penché sur "
                    "le fédivers en reliant en partie Threads à ActivityPub, signe que "
                    "l’idée d’interopérabilité fait son chemin jusque chez les géants.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Ce qui se joue dépasse la querelle de logos. Si nos identités et nos "
                    "abonnés peuvent un jour passer d’un service à l’autre aussi facilement "
                    "qu’un numéro de téléphone change d’opérateur, les plateformes devront "
                    "nous retenir par la qualité de leur service plutôt que par la "
                    "captivité. Ce serait un sacré changement de paradigme, et une "
                    "excellente nouvelle pour les utilisateurs.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "En bref",
                    "text": (
                        "<ul><li>Mastodon\u00a0: logiciel libre, serveurs indépendants reliés "
                        "par le protocole ActivityPub.</li><li>Bluesky\u00a0: AT Protocol, "
                        "identité portable et fils personnalisés créés par la "
                        "communauté.</li><li>Point commun\u00a0: réduire la dépendance envers "
                        "une seule entreprise.</li></ul>"
                    ),
                },
            ),
        ],
    },
    {
        "title": ("Messageries chiffrées\u00a0: qui peut lire par-dessus votre épaule\u00a0?"),
        "slug": "messageries-chiffrees-qui-peut-lire",
        "standfirst": (
            "WhatsApp, Signal, Telegram, iMessage\u00a0: nos conversations privées "
            "transitent par une poignée d’applications. Toutes ne protègent pas nos "
            "messages de la même façon, et les États s’en mêlent."
        ),
        "categories": ["reseaux-sociaux", "technologie"],
        "tags": ["Messageries", "Chiffrement", "Vie privée", "Cybersécurité"],
        "sources": [
            ("01net", "https://www.01net.com/"),
            ("Ars Technica", "https://arstechnica.com/"),
        ],
        "days_ago": 98,
        "hero": {
            "colours": ("#14213d", "#fca311"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé en diagonale du bleu nuit à "
                "l’orange doré, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Le groupe de la famille, celui des collègues, les échanges avec le "
                    "plombier et le fil interminable des anciens camarades de lycée\u00a0: "
                    "une bonne partie de notre vie sociale passe désormais par les "
                    "messageries instantanées. Elles ont discrètement supplanté le SMS, "
                    "l’appel téléphonique et même, pour beaucoup, le courriel. Leur point "
                    "commun affiché\u00a0? La confidentialité. Leur réalité\u00a0? Plus "
                    "contrastée qu’il n’y paraît.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>La notion clé est celle de <b>chiffrement de bout en bout</b>. Dans "
                    "ce modèle, les messages sont chiffrés sur votre téléphone et ne peuvent "
                    "être déchiffrés que sur celui de votre destinataire. Le serveur qui les "
                    "achemine ne voit passer qu’une bouillie de caractères illisibles\u00a0: "
                    "même l’entreprise qui exploite le service ne peut pas les lire. Signal "
                    "en a fait sa raison d’être, et son protocole a été adopté par d’autres, "
                    "dont WhatsApp. Telegram, en revanche, ne chiffre de bout en bout que "
                    "ses «\u00a0conversations secrètes\u00a0», qu’il faut activer "
                    "manuellement\u00a0; les discussions ordinaires et les groupes n’en "
                    "bénéficient pas.</p>"
                ),
            ),
            ("heading", {"text": "Le contenu et le contexte", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Le chiffrement protège le contenu, pas forcément le contexte. Qui "
                    "parle à qui, à quelle heure, depuis quel endroit, à quelle "
                    "fréquence\u00a0: ces métadonnées en disent parfois plus long qu’un "
                    "message. Certains services en collectent beaucoup, d’autres s’efforcent "
                    "d’en conserver le moins possible. Et la meilleure cryptographie du "
                    "monde ne sert à rien si le téléphone lui-même est compromis, ou si la "
                    "sauvegarde de vos conversations dans le nuage n’est pas chiffrée avec "
                    "le même soin.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Le chiffrement protège ce que vous dites. Il ne cache pas toujours à "
                        "qui vous parlez, ni quand, ni combien de fois."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Cette robustesse irrite régulièrement les autorités, qui y voient un "
                    "angle mort pour les enquêtes. En Europe, un projet de règlement destiné "
                    "à lutter contre les contenus pédocriminels a relancé le débat, "
                    "certaines versions envisageant d’analyser les messages directement sur "
                    "les appareils, avant leur chiffrement. Les spécialistes de la sécurité "
                    "et les défenseurs des libertés objectent qu’une porte dérobée, même "
                    "bien intentionnée, finit toujours par être trouvée par d’autres. Le "
                    "débat, technique en apparence, est profondément politique.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Une autre évolution pourrait bousculer nos habitudes\u00a0: "
                    "l’interopérabilité. Le règlement européen sur les marchés numériques "
                    "impose aux plus grandes messageries de s’ouvrir aux services "
                    "concurrents qui en font la demande. À terme, il pourrait devenir "
                    "possible d’écrire depuis une application à quelqu’un qui en utilise une "
                    "autre, à condition de préserver le niveau de chiffrement. C’est un "
                    "vieux rêve, celui du SMS universel, en version sécurisée. En attendant, "
                    "le conseil reste le même\u00a0: choisir sa messagerie pour ce qu’elle "
                    "protège vraiment, pas pour la couleur de ses bulles.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Le jeu vidéo, nouvelle place du village",
        "slug": "jeu-video-nouvelle-place-du-village",
        "standfirst": (
            "On y joue, bien sûr, mais on y discute, on y assiste à des concerts et "
            "on s’y retrouve entre amis. Le jeu vidéo en ligne est devenu un réseau "
            "social qui ne dit pas son nom."
        ),
        "categories": ["technologie", "reseaux-sociaux"],
        "tags": ["Jeux vidéo", "Communautés", "Modération"],
        "sources": [
            ("Jeuxvideo.com", "https://www.jeuxvideo.com/"),
            ("Polygon", "https://www.polygon.com/"),
        ],
        "days_ago": 102,
        "hero": {
            "colours": ("#7209b7", "#4cc9f0"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé en diagonale du violet électrique "
                "au bleu ciel, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Pour une partie de la jeunesse, le rendez-vous du samedi soir ne se "
                    "donne plus au café du coin, mais sur une île virtuelle, dans un monde "
                    "fait de cubes ou au milieu d’une arène où des dizaines de joueurs "
                    "s’affrontent. On y joue, évidemment, mais on y fait surtout autre "
                    "chose\u00a0: on y bavarde, on y rit, on y refait le monde, casque sur "
                    "les oreilles. Le jeu vidéo en ligne est devenu, sans vraiment "
                    "l’annoncer, l’une des grandes places publiques de l’époque.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Certaines plateformes l’ont compris bien avant les autres. Des "
                    "titres comme Fortnite, Roblox ou Minecraft sont désormais autant des "
                    "lieux que des jeux. On y organise des concerts virtuels qui rassemblent "
                    "des foules considérables, des projections, des anniversaires, parfois "
                    "même des cours. Les outils de discussion vocale et les serveurs "
                    "communautaires, à commencer par Discord, prolongent ces rencontres bien "
                    "après la fin de la partie. Entre jouer, regarder et se retrouver, les "
                    "frontières sont devenues franchement poreuses.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "On ne se donne plus rendez-vous au café du coin\u00a0: on se retrouve "
                        "dans un monde fait de cubes."
                    ),
                    "attribution": "",
                },
            ),
            ("heading", {"text": "Les mêmes défis que les réseaux sociaux", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Qui dit espace social dit aussi problèmes sociaux. Harcèlement, "
                    "propos haineux, arnaques, adultes malintentionnés en quête de contacts "
                    "avec des mineurs\u00a0: les mondes virtuels héritent de tous les maux "
                    "des réseaux sociaux, avec une difficulté supplémentaire. Une grande "
                    "partie des échanges se fait à l’oral, en temps réel, et modérer la voix "
                    "est bien plus compliqué que filtrer du texte. Les éditeurs "
                    "expérimentent des outils d’analyse automatique des conversations "
                    "vocales, ce qui soulève à son tour des questions de vie privée.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Le modèle économique ajoute son grain de sel. Dans les jeux "
                    "gratuits, l’argent vient des achats intégrés\u00a0: tenues, animations, "
                    "passes de saison. Quand l’apparence de son avatar devient un marqueur "
                    "social, la pression à dépenser peut être forte, surtout chez les plus "
                    "jeunes. Les coffres à butin, ces pochettes surprises payantes au "
                    "contenu aléatoire, ont été comparés aux jeux d’argent et sont "
                    "surveillés de près par plusieurs régulateurs européens.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Il serait pourtant injuste de ne voir que le verre à moitié vide. "
                    "Pour beaucoup, ces mondes sont des lieux de créativité, d’entraide et "
                    "d’amitiés durables, parfois plus accueillants que la cour de "
                    "récréation. Des joueurs isolés y trouvent une communauté, des timides y "
                    "prennent confiance. Comme toute place du village, celle-ci a besoin de "
                    "règles, d’adultes attentifs et d’un peu de bon sens. Et, de temps en "
                    "temps, qu’on éteigne la console pour aller voir dehors si le soleil y "
                    "est encore.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Le cloud, ce nuage qui pèse très lourd",
        "slug": "cloud-nuage-qui-pese-lourd",
        "standfirst": (
            "Nos photos, nos courriels et les logiciels des entreprises vivent dans "
            "le «\u00a0cloud\u00a0». Derrière ce mot vaporeux se cachent des usines "
            "bien réelles, quelques géants américains et une bataille pour la "
            "souveraineté."
        ),
        "categories": ["technologie"],
        "tags": ["Cloud", "Souveraineté", "Centres de données"],
        "sources": [
            ("Le Monde Informatique", "https://www.lemondeinformatique.fr/"),
            ("L’Usine Digitale", "https://www.usine-digitale.fr/"),
        ],
        "days_ago": 106,
        "hero": {
            "colours": ("#adb5bd", "#0077b6"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé en diagonale du gris perle au "
                "bleu profond, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Une vieille blague d’informaticien résume bien l’affaire\u00a0: "
                    "«\u00a0le cloud, c’est juste l’ordinateur de quelqu’un d’autre\u00a0». "
                    "Derrière l’image légère d’un nuage se cachent en effet des hangars "
                    "gigantesques remplis de serveurs, de câbles et de systèmes de "
                    "refroidissement, qui consomment de l’électricité et de l’eau en "
                    "quantités considérables. Quand vous sauvegardez une photo ou consultez "
                    "votre messagerie en ligne, c’est là que vos données atterrissent.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Pour les entreprises, le modèle a tout d’une évidence. Plutôt que "
                    "d’acheter et d’entretenir leurs propres machines, elles louent de la "
                    "puissance de calcul et du stockage à la demande, comme on paie sa "
                    "facture d’électricité. Besoin de dix fois plus de serveurs pour le "
                    "grand week-end des soldes\u00a0? Quelques clics suffisent, et on les "
                    "rend le lundi. Cette souplesse a permis à d’innombrables start-up de "
                    "naître sans investir dans une salle informatique, et aux services "
                    "numériques de grandir à une vitesse inédite.</p>"
                ),
            ),
            ("heading", {"text": "Trois géants et une question de souveraineté", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Le marché est cependant dominé par une poignée d’acteurs américains, "
                    "les «\u00a0hyperscalers\u00a0»\u00a0: Amazon Web Services, Microsoft "
                    "Azure et Google Cloud. Cette concentration inquiète en Europe, pour "
                    "deux raisons. La première est juridique\u00a0: certaines lois "
                    "américaines, comme le Cloud Act, permettent aux autorités des "
                    "États-Unis de réclamer l’accès à des données détenues par des "
                    "entreprises américaines, même lorsqu’elles sont stockées ailleurs. La "
                    "seconde est économique\u00a0: une fois toute son informatique installée "
                    "chez un fournisseur, en partir peut se révéler coûteux et complexe, "
                    "notamment à cause des frais de sortie des données.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Le nuage n’a rien d’aérien\u00a0: il est fait de béton, de câbles et de "
                        "contrats, et il a une nationalité."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>La réponse européenne s’organise autour du «\u00a0cloud de "
                    "confiance\u00a0». En France, l’Anssi délivre une qualification baptisée "
                    "SecNumCloud, qui impose des exigences de sécurité élevées et une "
                    "protection contre les lois extraterritoriales. Des acteurs français "
                    "comme OVHcloud ou Scaleway défendent leur carte, tandis que de grands "
                    "groupes nouent des partenariats pour proposer des technologies "
                    "américaines au sein de structures européennes. Le règlement européen "
                    "sur les données vise par ailleurs à faciliter le changement de "
                    "fournisseur.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Reste un sujet qui monte\u00a0: l’empreinte environnementale. "
                    "L’essor de l’IA générative, très gourmande en calcul, pousse les géants "
                    "du secteur à multiplier les centres de données, et leur consommation "
                    "d’énergie suit la même courbe. Les fournisseurs promettent électricité "
                    "renouvelable et refroidissement plus sobre. Pour l’utilisateur, la "
                    "leçon est simple\u00a0: le nuage n’est pas gratuit pour la planète, et "
                    "la photo floue stockée en quatre exemplaires depuis dix ans a, elle "
                    "aussi, un coût.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "En bref",
                    "text": (
                        "<ul><li>Le cloud consiste à louer à distance du stockage, de la "
                        "puissance de calcul et des logiciels.</li><li>Le marché est dominé par "
                        "trois fournisseurs américains.</li><li>En France, la qualification "
                        "SecNumCloud de l’Anssi distingue les offres les plus "
                        "protégées.</li></ul>"
                    ),
                },
            ),
        ],
    },
    {
        "title": ("Ordinateur quantique\u00a0: le chat de Schrödinger sort de sa boîte (un peu)"),
        "slug": "ordinateur-quantique-chat-de-schrodinger",
        "standfirst": (
            "Annoncé comme la prochaine révolution informatique, l’ordinateur "
            "quantique progresse à petits pas. Qubits, erreurs, cryptographie\u00a0: "
            "ce qu’il faut savoir avant de croire aux miracles."
        ),
        "categories": ["technologie"],
        "tags": ["Informatique quantique", "Recherche", "Cryptographie"],
        "sources": [
            ("MIT Technology Review", "https://www.technologyreview.com/"),
            ("Futura", "https://www.futura-sciences.com/"),
        ],
        "days_ago": 110,
        "hero": {
            "colours": ("#03045e", "#b5179e"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé en diagonale du bleu abyssal au "
                "magenta, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Peu de technologies suscitent autant de fantasmes que l’ordinateur "
                    "quantique. On le dit capable de casser tous les codes secrets, de "
                    "découvrir des médicaments en un clin d’œil et de résoudre des problèmes "
                    "insolubles pour nos meilleures machines. À écouter certains discours, "
                    "il serait au coin de la rue. Les physiciens, eux, parlent plus "
                    "volontiers d’un marathon dont on vient de franchir les premiers "
                    "kilomètres.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Le principe repose sur le qubit, cousin quantique du bit classique. "
                    "Là où un bit vaut 0 ou 1, un qubit peut se trouver dans une "
                    "superposition des deux états, et plusieurs qubits peuvent être "
                    "intriqués, c’est-à-dire liés de telle façon que leurs états ne se "
                    "décrivent qu’ensemble. En exploitant ces propriétés, certains "
                    "algorithmes permettent, en théorie, d’attaquer des problèmes précis "
                    "bien plus efficacement qu’un ordinateur ordinaire. Insistons sur "
                    "«\u00a0certains\u00a0» et «\u00a0précis\u00a0»\u00a0: l’ordinateur "
                    "quantique ne rendra pas votre tableur plus rapide.</p>"
                ),
            ),
            ("heading", {"text": "Le grand ennemi\u00a0: le bruit", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Tout le problème est que les qubits sont d’une fragilité extrême. La "
                    "moindre vibration, la plus petite variation de température ou un "
                    "rayonnement parasite suffisent à dégrader leur état, un phénomène "
                    "appelé décohérence. Selon les technologies, les machines actuelles "
                    "doivent être refroidies à des températures proches du zéro absolu ou "
                    "isolées par des dispositifs sophistiqués, et elles commettent encore "
                    "beaucoup d’erreurs. Les chercheurs travaillent d’arrache-pied sur la "
                    "correction d’erreurs quantique, qui consiste à combiner de nombreux "
                    "qubits physiques pour obtenir un seul qubit «\u00a0logique\u00a0» "
                    "fiable. C’est la clé d’un ordinateur réellement utile, et c’est un défi "
                    "colossal.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "L’ordinateur quantique ne sera pas un super-ordinateur à tout faire, "
                        "mais un spécialiste redoutable de quelques problèmes bien choisis."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Les annonces d’«\u00a0avantage quantique\u00a0», où une machine "
                    "réussit un calcul hors de portée des supercalculateurs classiques, se "
                    "succèdent régulièrement. Elles sont souvent discutées, car elles "
                    "portent sur des problèmes taillés sur mesure, sans application "
                    "pratique, et les spécialistes du calcul classique trouvent parfois des "
                    "raccourcis qui réduisent l’écart. Les applications les plus "
                    "prometteuses à moyen terme concernent la simulation de molécules et de "
                    "matériaux, un domaine où la nature elle-même est quantique.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Il y a pourtant un domaine où l’on n’attend pas\u00a0: la "
                    "cryptographie. Un ordinateur quantique suffisamment puissant pourrait "
                    "casser les systèmes de chiffrement à clé publique qui protègent nos "
                    "échanges sur Internet. Ce jour n’est pas arrivé, mais des données "
                    "chiffrées aujourd’hui pourraient être stockées pour être déchiffrées "
                    "demain. Les organismes de normalisation ont donc publié les premiers "
                    "standards de cryptographie post-quantique, et la migration a commencé. "
                    "Une révolution qui se prépare avant même d’être arrivée\u00a0: c’est "
                    "peut-être cela, le véritable effet quantique.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Réparer plutôt que jeter\u00a0: le tournevis fait son grand retour",
        "slug": "reparabilite-le-tournevis-fait-son-retour",
        "standfirst": (
            "Batteries collées, pièces introuvables, logiciels bridés\u00a0: nos "
            "appareils ont longtemps été conçus pour être remplacés. Sous la "
            "pression des consommateurs et des législateurs, la réparabilité "
            "redevient un argument."
        ),
        "categories": ["technologie"],
        "tags": ["Réparabilité", "Environnement", "Consommation", "Europe"],
        "sources": [
            ("Les Numériques", "https://www.lesnumeriques.com/"),
            ("Frandroid", "https://www.frandroid.com/"),
        ],
        "days_ago": 114,
        "hero": {
            "colours": ("#2d6a4f", "#e9c46a"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé en diagonale du vert forêt au "
                "jaune moutarde, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Un écran fissuré, une batterie qui tient à peine la matinée, un port "
                    "de charge capricieux. Pendant des années, le verdict est tombé presque "
                    "toujours de la même façon\u00a0: «\u00a0ça coûtera plus cher à réparer "
                    "qu’à remplacer\u00a0». Coques scellées, batteries collées, vis "
                    "exotiques et pièces détachées introuvables ont fait de nos smartphones "
                    "et de nos ordinateurs des objets jetables de luxe. Le vent est en train "
                    "de tourner, et le tournevis reprend du service.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>La France a ouvert la voie avec l’indice de réparabilité, affiché "
                    "depuis 2021 sur plusieurs catégories d’appareils électroniques et "
                    "électroménagers. Il s’agit d’une note sur dix, calculée à partir de "
                    "critères comme la facilité de démontage, la disponibilité et le prix "
                    "des pièces détachées ou l’accès à la documentation technique. L’idée "
                    "est simple\u00a0: rendre visible au moment de l’achat ce qui ne l’était "
                    "qu’au moment de la panne. Le dispositif évolue progressivement vers un "
                    "indice de durabilité, qui tient aussi compte de la fiabilité des "
                    "produits.</p>"
                ),
            ),
            ("heading", {"text": "L’Europe sort la boîte à outils", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>L’Union européenne a pris le relais à plus grande échelle. Le "
                    "chargeur universel en USB-C a mis fin à la collection de câbles "
                    "incompatibles. Une directive sur le droit à la réparation oblige les "
                    "fabricants à proposer la réparation de certains produits au-delà de la "
                    "garantie, à un prix raisonnable. De nouvelles règles d’écoconception "
                    "imposent aux smartphones et aux tablettes de garantir la disponibilité "
                    "des pièces et des mises à jour pendant plusieurs années. Le règlement "
                    "sur les batteries prévoit quant à lui le retour des batteries "
                    "remplaçables par l’utilisateur dans de nombreux appareils portables.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "Un appareil qu’on ne peut pas ouvrir est un appareil qu’on ne possède "
                        "pas vraiment."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Les fabricants ont suivi, avec plus ou moins d’enthousiasme. "
                    "Plusieurs proposent désormais des programmes de réparation en "
                    "libre-service, avec pièces d’origine et guides détaillés. Certains ont "
                    "fait de la modularité leur marque de fabrique, à l’image de Fairphone "
                    "ou de Framework, dont les appareils se démontent avec un simple "
                    "tournevis. Reste un obstacle plus sournois\u00a0: l’appairage logiciel "
                    "des pièces, qui fait qu’un écran ou une batterie d’origine, montés par "
                    "un réparateur indépendant, peuvent déclencher des messages d’alerte ou "
                    "perdre certaines fonctions.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>L’enjeu dépasse le portefeuille. L’essentiel de l’empreinte "
                    "environnementale d’un smartphone est lié à sa fabrication, bien plus "
                    "qu’à son usage. Prolonger sa durée de vie d’un an ou deux est donc l’un "
                    "des gestes les plus efficaces pour réduire l’impact du numérique. Les "
                    "réparateurs de quartier, les ateliers associatifs et le marché du "
                    "reconditionné en profitent. Et chacun peut redécouvrir un plaisir "
                    "oublié\u00a0: celui de remettre en marche, de ses propres mains, ce que "
                    "l’on croyait perdu.</p>"
                ),
            ),
            (
                "fact_box",
                {
                    "title": "En bref",
                    "text": (
                        "<ul><li>L’indice de réparabilité attribue aux appareils une note sur "
                        "dix, visible au moment de l’achat.</li><li>Le chargeur USB-C est devenu "
                        "la norme commune dans l’Union européenne.</li><li>La fabrication "
                        "représente l’essentiel de l’empreinte environnementale d’un "
                        "smartphone.</li></ul>"
                    ),
                },
            ),
        ],
    },
    {
        "title": "Accessibilité numérique\u00a0: un Web pour tous, vraiment\u00a0?",
        "slug": "accessibilite-numerique-un-web-pour-tous",
        "standfirst": (
            "Lecteurs d’écran, sous-titres, contrastes, navigation au clavier\u00a0: "
            "rendre les services numériques accessibles n’est pas un luxe mais une "
            "obligation. L’IA peut aider, à condition de ne pas tout lui confier."
        ),
        "categories": ["technologie", "intelligence-artificielle"],
        "tags": ["Accessibilité", "Handicap", "Web"],
        "sources": [("Numerama", "https://www.numerama.com/"), ("Next", "https://next.ink/")],
        "days_ago": 118,
        "hero": {
            "colours": ("#22223b", "#f2e9e4"),
            "alt": (
                "Illustration abstraite\u00a0: dégradé en diagonale du bleu ardoise au "
                "blanc cassé, parsemé de cercles translucides"
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Essayez, juste une fois, de remplir un formulaire en ligne sans "
                    "souris. Ou de suivre une vidéo sans le son et sans sous-titres. Ou "
                    "encore d’acheter un billet de train avec un lecteur d’écran qui annonce "
                    "«\u00a0bouton, bouton, image, bouton\u00a0» sans jamais dire à quoi "
                    "servent ces boutons. L’expérience est édifiante, et c’est pourtant le "
                    "quotidien de millions de personnes en situation de handicap, qu’il soit "
                    "visuel, auditif, moteur ou cognitif.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>L’accessibilité numérique consiste à concevoir des sites, des "
                    "applications et des documents utilisables par tous, quelles que soient "
                    "leurs capacités. Les principes sont connus depuis longtemps et codifiés "
                    "dans des référentiels internationaux, les WCAG, déclinés en France par "
                    "le RGAA. Ils relèvent souvent du bon sens\u00a0: des contrastes "
                    "suffisants, des textes alternatifs pour les images, une navigation "
                    "possible au clavier, des titres bien structurés, des vidéos "
                    "sous-titrées. Rien de sorcier, et pourtant une grande partie du Web "
                    "reste truffée d’obstacles.</p>"
                ),
            ),
            ("heading", {"text": "De l’obligation à la pratique", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>La loi a pourtant durci le ton. Les services publics français sont "
                    "tenus de respecter le RGAA et d’afficher leur niveau de conformité, et "
                    "l’acte européen sur l’accessibilité étend des exigences comparables à "
                    "de nombreux services privés\u00a0: commerce en ligne, banques, "
                    "transports, livres numériques. Pour les entreprises, c’est l’occasion "
                    "de découvrir une vérité que les spécialistes répètent depuis des "
                    "années\u00a0: ce qui est indispensable pour certains est utile à tous. "
                    "Les sous-titres servent dans le métro, les bons contrastes en plein "
                    "soleil, la navigation au clavier aux utilisateurs pressés.</p>"
                ),
            ),
            (
                "pull_quote",
                {
                    "quote": (
                        "L’accessibilité n’est pas une option réservée à quelques-uns\u00a0: "
                        "c’est la condition pour que le numérique soit vraiment public."
                    ),
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>L’intelligence artificielle apporte ici des outils précieux. La "
                    "reconnaissance vocale permet de générer des sous-titres en temps réel, "
                    "les modèles de vision décrivent des photos aux personnes aveugles, la "
                    "synthèse vocale devient de plus en plus naturelle. Des applications "
                    "permettent de pointer son téléphone vers un objet ou un document pour "
                    "en obtenir une description orale. Pour de nombreux utilisateurs, ces "
                    "progrès changent concrètement la vie.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Attention toutefois au mirage de la solution miracle. Certaines "
                    "«\u00a0surcouches\u00a0» promettent de rendre un site accessible en une "
                    "ligne de code grâce à l’IA\u00a0; les associations de personnes "
                    "handicapées les critiquent vivement, car elles masquent les problèmes "
                    "sans les corriger et perturbent parfois les outils que les utilisateurs "
                    "emploient déjà. Une description automatique peut aussi se tromper ou "
                    "passer à côté de l’essentiel. L’accessibilité reste avant tout une "
                    "affaire de conception\u00a0: y penser dès le départ, tester avec les "
                    "personnes concernées, et considérer que chaque obstacle levé ouvre une "
                    "porte à quelqu’un.</p>"
                ),
            ),
        ],
    },
]
