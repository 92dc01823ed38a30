"""French news articles for the search benchmark: seeded, combinatorial, of realistic length.

No Django here: `ArticleWriter(seed).article(number)` returns plain data (title, standfirst,
StreamField raw body, plain-text paragraphs, categories, tags, sources, date) that
bench/search.py turns into database rows.

The vocabulary is a few hundred nouns, adjectives and verbs written out below, inflected here
(gender, number, present and past participle), plus names of people, companies, institutions,
places and media: about three thousand distinct word forms. Sentences come from a few dozen
templates with agreement, elision (l’, d’, qu’) and contraction (du, des, au, aux). Words are
drawn with Zipf-like weights (the first of each list is the most frequent), and each article
has a topic that favours its own nouns, so « chercheurs », « intelligence artificielle »,
« réseaux sociaux » or « données » come back often, as they do in a tech newsroom.
"""

import bisect
import html
import itertools
import random
import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

NBSP = "\u00a0"


def _words(text):
    return text.split()


VOWELS = "aàâäeéèêëiîïoôöuùûüyœæ"
H_ASPIRE = {"harcèlement", "hausse", "haut", "hacker", "hackers", "hasard", "héros", "honte"}

# --- Nouns -----------------------------------------------------------------------------------
# "g:singular[/plural]"; "_" stands for a space; a leading "*" marks a noun mostly used in the
# plural. Lists go from the most to the least frequent.

AGENTS = {
    "common": """
        f:entreprise m:gouvernement f:plateforme *m:utilisateur f:équipe m:expert
        f:start-up m:groupe f:autorité *m:dirigeant *m:chercheur *m:ingénieur m:laboratoire
        f:commission m:géant *m:investisseur f:université m:régulateur *m:développeur
        *m:spécialiste f:association m:ministère f:agence *m:salarié m:fondateur f:société
        *m:analyste m:collectif m:syndicat *m:député f:direction m:consortium f:organisation
        m:tribunal *m:citoyen m:conseil f:institution m:opérateur *m:acteur *m:partenaire
        *m:concurrent f:banque f:administration m:comité f:rédaction f:communauté
        f:coalition f:jeune_pousse/jeunes_pousses f:licorne f:multinationale *m:économiste
        *m:sociologue *m:juriste m:cabinet *m:enseignant *m:étudiant *m:doctorant m:patron
        *m:élu f:fédération m:fonds *m:militant *m:avocat *m:parent m:porte-parole
    """,
    "ia": """
        *m:chercheur m:laboratoire *m:ingénieur f:start-up *m:développeur
        *m:mathématicien *m:informaticien m:concepteur *m:annotateur f:équipe_de_recherche
        *m:éditeur_de_logiciels/éditeurs_de_logiciels *m:créateur *m:data_scientist/data_scientists
    """,
    "reseaux": """
        *m:utilisateur f:plateforme *m:influenceur *m:modérateur
        *m:créateur_de_contenu/créateurs_de_contenu *m:internaute *m:abonné *m:adolescent
        m:réseau_social/réseaux_sociaux *m:annonceur *m:streamer *m:vidéaste *m:youtubeur
    """,
    "tech": """
        m:constructeur *m:fabricant m:opérateur *m:développeur m:fournisseur *m:consommateur
        m:équipementier *m:hacker m:assembleur *m:client f:fonderie *m:éditeur
    """,
    "science": """
        *m:chercheur *m:scientifique f:équipe m:laboratoire *m:biologiste *m:physicien
        *m:médecin m:institut *m:astronome *m:climatologue *m:épidémiologiste *m:neurologue
    """,
    "economie": """
        *m:investisseur *m:actionnaire f:banque m:fonds *m:dirigeant f:entreprise
        *m:analyste m:marché *m:assureur *m:banquier m:conglomérat *m:cadre
    """,
}

THINGS = {
    "common": """
        m:projet f:annonce f:question m:enjeu m:outil m:rapport f:étude m:service
        f:technologie f:stratégie m:risque m:contenu m:accord f:règle m:programme f:solution
        f:mesure m:marché m:modèle f:décision f:méthode m:système m:débat *f:donnée
        m:usage f:application m:secteur f:information m:problème f:initiative m:objectif
        f:enquête f:version m:changement f:promesse m:défi f:menace f:sécurité f:politique
        f:loi f:réforme f:plainte m:investissement m:budget m:financement f:transparence
        f:confiance f:inquiétude f:responsabilité m:avenir f:transition f:crise
        f:opportunité f:ambition f:feuille_de_route/feuilles_de_route m:calendrier
        m:document f:tribune f:proposition m:cadre f:obligation m:principe f:limite
        f:liberté m:droit f:protection m:accès f:vie_privée/vies_privées m:consentement
        f:régulation m:contrôle f:sanction f:amende f:pratique m:comportement f:tendance
        f:expérience m:résultat m:chiffre f:estimation f:hausse f:baisse m:coût m:prix
    """,
    "ia": """
        f:intelligence_artificielle/intelligences_artificielles
        m:modèle_de_langage/modèles_de_langage m:algorithme *f:donnée
        m:réseau_de_neurones/réseaux_de_neurones m:assistant
        m:apprentissage m:entraînement f:puce m:agent_conversationnel/agents_conversationnels
        m:chatbot f:requête m:prompt f:hallucination m:biais m:paramètre
        m:jeu_de_données/jeux_de_données m:corpus f:performance f:inférence f:automatisation
        m:hypertrucage m:raisonnement
        f:capacité_de_calcul/capacités_de_calcul m:centre_de_données/centres_de_données
        f:carte_graphique/cartes_graphiques m:processeur m:robot
        f:voix_synthétique/voix_synthétiques
        m:code m:logiciel f:traduction m:poids f:fiabilité f:précision f:éthique
        m:modèle_ouvert/modèles_ouverts f:licence m:benchmark f:mémoire m:agent
        m:générateur_d’images/générateurs_d’images f:reconnaissance_faciale/reconnaissances_faciales
        f:vision_par_ordinateur/visions_par_ordinateur m:supercalculateur m:talent
        m:recrutement f:prime m:salaire f:fuite
    """,
    "reseaux": """
        m:réseau_social/réseaux_sociaux f:publication m:message f:vidéo m:compte
        f:modération f:désinformation m:fil_d’actualité/fils_d’actualité
        m:algorithme_de_recommandation/algorithmes_de_recommandation f:audience f:visibilité
        m:partage m:commentaire f:rumeur f:fausse_information/fausses_informations
        m:harcèlement m:signalement f:suspension f:monétisation f:publicité f:viralité
        f:campagne f:élection f:vérification f:messagerie f:communauté f:story/stories
        f:diffusion_en_direct/diffusions_en_direct f:abonnement m:mot-dièse/mots-dièse
        f:tendance m:influenceur f:certification m:bannissement f:application m:écran
        f:santé_mentale/santés_mentales m:temps_d’écran/temps_d’écran f:mention
    """,
    "tech": """
        m:smartphone m:téléphone m:ordinateur f:puce m:semi-conducteur f:batterie m:écran
        m:réseau/réseaux f:fibre f:antenne m:satellite m:cloud m:stockage m:serveur
        m:navigateur m:moteur_de_recherche/moteurs_de_recherche f:mise_à_jour/mises_à_jour
        f:faille f:cyberattaque m:rançongiciel m:piratage m:mot_de_passe/mots_de_passe
        m:chiffrement m:identifiant m:paiement f:cryptomonnaie
        f:voiture_électrique/voitures_électriques m:capteur m:objet_connecté/objets_connectés
        m:casque f:console m:jeu_vidéo/jeux_vidéo f:tablette m:processeur m:composant
        m:câble f:usine f:fonderie m:système_d’exploitation/systèmes_d’exploitation
        m:terminal/terminaux f:montre_connectée/montres_connectées m:drone
    """,
    "science": """
        f:étude f:découverte f:expérience f:revue f:hypothèse m:protocole m:échantillon
        f:cellule m:gène f:protéine f:molécule m:climat f:température f:émission f:énergie
        m:carbone m:océan m:télescope f:fusée f:planète f:galaxie m:vaccin f:maladie
        m:patient m:diagnostic m:traitement m:essai_clinique/essais_cliniques m:cerveau
        m:neurone f:santé f:recherche f:observation f:modélisation f:simulation
        f:publication_scientifique/publications_scientifiques m:séquençage f:mesure
        m:microscope m:accélérateur f:sonde m:virus f:espèce
    """,
    "economie": """
        f:levée_de_fonds/levées_de_fonds f:valorisation m:chiffre_d’affaires/chiffres_d’affaires
        m:bénéfice f:perte f:action f:bourse f:croissance m:emploi m:salaire f:prime
        m:recrutement m:licenciement m:talent m:rachat f:acquisition f:fusion
        f:concurrence m:monopole m:prix m:coût m:budget f:subvention m:impôt f:taxe
        f:amende f:dette m:capital m:actionnaire m:dividende m:contrat m:partenariat
        f:offre f:demande m:client f:filière f:industrie f:production f:exportation
        f:inflation m:trimestre m:plan_social/plans_sociaux
        f:introduction_en_bourse/introductions_en_bourse
    """,
}

# --- Adjectives ------------------------------------------------------------------------------
# "masc[/fem[/masc plural]]"; the rest is derived. Prenominal ones go before the noun.

ADJECTIVES = _words(
    """
    numérique européen français public/publique américain important récent majeur mondial
    national international chinois privé personnel massif ouvert puissant génératif
    inédit ambitieux prometteur/prometteuse inquiétant stratégique technique technologique
    scientifique économique politique juridique financier industriel commercial médical
    climatique énergétique éthique humain automatique autonome intelligent connecté mobile
    virtuel complexe efficace transparent opaque controversé critique strict flou précis
    considérable limité rare quotidien annuel régional libre indépendant spécialisé
    expérimental collectif individuel unique complet/complète global direct officiel
    confidentiel sensible vulnérable sécurisé chiffré anonyme biométrique cognitif linguistique
    multimodal conversationnel prédictif statistique informatique électronique électrique
    solaire nucléaire spatial quantique génétique biologique clinique sanitaire éducatif
    culturel médiatique viral toxique haineux trompeur/trompeuse abusif illégal légal
    réglementaire concurrentiel dominant émergent durable sobre profond surprenant
    spectaculaire discret/discrète remarquable impressionnant décevant colossal britannique
    allemand japonais indien coréen canadien local gratuit payant coûteux rentable fragile
    solide fiable dangereux actuel futur principal central essentiel crucial sévère
    modeste fréquent fermé rapide lourd léger élevé faible fort large vaste
    historique radical/radicale/radicaux inattendu ambigu/ambiguë urgent sérieux
    artificiel social/sociale/sociaux
"""
)

PRENOMINAL = {
    "nouveau": ("nouveau", "nouvelle", "nouveaux", "nouvelles", "nouvel"),
    "grand": ("grand", "grande", "grands", "grandes", None),
    "premier": ("premier", "première", "premiers", "premières", None),
    "dernier": ("dernier", "dernière", "derniers", "dernières", None),
    "petit": ("petit", "petite", "petits", "petites", None),
    "jeune": ("jeune", "jeune", "jeunes", "jeunes", None),
    "véritable": ("véritable", "véritable", "véritables", "véritables", None),
    "vaste": ("vaste", "vaste", "vastes", "vastes", None),
    "gros": ("gros", "grosse", "gros", "grosses", None),
    "vrai": ("vrai", "vraie", "vrais", "vraies", None),
}

# --- Verbs -----------------------------------------------------------------------------------
# Regular -er verbs by their infinitive; second group by theirs; the others as
# "infinitive/3rd singular/3rd plural/past participle" with "_" for spaces.

VERBS_ER = _words(
    """
    présenter lancer dévoiler développer utiliser annoncer tester analyser entraîner
    améliorer proposer publier partager collecter stocker protéger sécuriser accélérer
    financer recruter critiquer dénoncer contester signaler supprimer modérer
    bloquer limiter encadrer réguler autoriser imposer sanctionner examiner étudier observer
    mesurer évaluer comparer identifier détecter repérer simuler optimiser automatiser
    remplacer transformer bouleverser modifier adapter intégrer installer commercialiser
    monétiser estimer calculer générer créer imaginer fabriquer négocier signer valider
    approuver rejeter refuser accepter réclamer exiger encourager accompagner renforcer
    menacer inquiéter rassurer attirer quitter diriger piloter gérer organiser préparer
    expliquer détailler résumer corriger vérifier confirmer révéler exposer alimenter
    freiner stimuler doubler multiplier augmenter diminuer dépenser facturer gagner
    remporter dominer concurrencer dépasser viser cibler toucher concerner perturber
    paralyser pirater infiltrer attaquer diffuser relayer amplifier commenter consulter
    télécharger relancer repenser explorer cartographier souligner noter constater assurer
    préserver mobiliser former embaucher licencier chiffrer documenter planifier revendiquer
    écarter relativiser nuancer tracer poster modéliser héberger
"""
)

VERBS_IR = _words(
    """
    choisir investir enrichir affaiblir ralentir garantir fournir établir définir redéfinir
    réunir saisir franchir nourrir accomplir unir bâtir remplir
"""
)

VERBS_IRREGULAR = _words(
    """
    produire/produit/produisent/produit construire/construit/construisent/construit
    permettre/permet/permettent/permis promettre/promet/promettent/promis
    soutenir/soutient/soutiennent/soutenu obtenir/obtient/obtiennent/obtenu
    détenir/détient/détiennent/détenu concevoir/conçoit/conçoivent/conçu
    recevoir/reçoit/reçoivent/reçu vendre/vend/vendent/vendu attendre/attend/attendent/attendu
    défendre/défend/défendent/défendu perdre/perd/perdent/perdu décrire/décrit/décrivent/décrit
    ouvrir/ouvre/ouvrent/ouvert offrir/offre/offrent/offert découvrir/découvre/découvrent/découvert
    suivre/suit/suivent/suivi poursuivre/poursuit/poursuivent/poursuivi
    réduire/réduit/réduisent/réduit traduire/traduit/traduisent/traduit
    introduire/introduit/introduisent/introduit connaître/connaît/connaissent/connu
    reconnaître/reconnaît/reconnaissent/reconnu atteindre/atteint/atteignent/atteint
    craindre/craint/craignent/craint prévoir/prévoit/prévoient/prévu
    interdire/interdit/interdisent/interdit prédire/prédit/prédisent/prédit
    séduire/séduit/séduisent/séduit conclure/conclut/concluent/conclu
    rejoindre/rejoint/rejoignent/rejoint retenir/retient/retiennent/retenu
    acquérir/acquiert/acquièrent/acquis compromettre/compromet/compromettent/compromis
    admettre/admet/admettent/admis mettre_en_avant/met_en_avant/mettent_en_avant/mis_en_avant
    mettre_à_jour/met_à_jour/mettent_à_jour/mis_à_jour
    mettre_en_place/met_en_place/mettent_en_place/mis_en_place
    déployer/déploie/déploient/déployé employer/emploie/emploient/employé
    payer/paie/paient/payé envoyer/envoie/envoient/envoyé appuyer/appuie/appuient/appuyé
    acheter/achète/achètent/acheté racheter/rachète/rachètent/racheté lever/lève/lèvent/levé
    relever/relève/relèvent/relevé
    mener/mène/mènent/mené rappeler/rappelle/rappellent/rappelé
    accroître/accroît/accroissent/accru résoudre/résout/résolvent/résolu
    rendre_public/rend_public/rendent_public/rendu_public
"""
)

SPEECH_VERBS = _words(
    """
    explique affirme souligne estime résume reconnaît prévient assure précise ajoute
    nuance insiste observe détaille tempère confie regrette
"""
)

MODALS = [
    ("veut", "veulent"),
    ("peut", "peuvent"),
    ("doit", "doivent"),
    ("compte", "comptent"),
    ("espère", "espèrent"),
    ("souhaite", "souhaitent"),
    ("entend", "entendent"),
    ("cherche à", "cherchent à"),
    ("prévoit de", "prévoient de"),
    ("refuse de", "refusent de"),
    ("s’apprête à", "s’apprêtent à"),
    ("envisage de", "envisagent de"),
]

ADVERBS = _words(
    """
    désormais déjà encore aussi également rapidement progressivement massivement discrètement
    officiellement largement notamment clairement directement fortement particulièrement
    finalement toujours enfin surtout
"""
)

CONNECTORS = [
    "Par ailleurs,",
    "En parallèle,",
    "Dans le même temps,",
    "Pourtant,",
    "Or,",
    "Ainsi,",
    "En revanche,",
    "Concrètement,",
    "Autrement dit,",
    "Pour autant,",
    "À terme,",
    "En outre,",
    "Surtout,",
    f"Résultat{NBSP}:",
    "Selon plusieurs observateurs,",
    "Sur le papier,",
    "Dans les faits,",
    "De fait,",
]

# --- Names -----------------------------------------------------------------------------------

COMPANIES = _words(
    """
    OpenAI Google Meta Microsoft Apple Amazon Nvidia Anthropic Mistral_AI Hugging_Face Samsung
    TikTok Snapchat Telegram Bluesky Mastodon Reddit YouTube Instagram WhatsApp LinkedIn
    Netflix Spotify Orange Free SFR Bouygues_Telecom Dassault_Systèmes Thales Capgemini Ubisoft
    Deezer Doctolib Qonto Criteo Ledger Back_Market BlaBlaCar Alibaba Baidu Huawei Xiaomi
    Tencent ByteDance IBM Intel AMD Arm TSMC Tesla SpaceX DeepMind xAI Perplexity Cohere
    Stability_AI Midjourney Kyutai Pigment Alan Mirakl Contentsquare Owkin Pasqal Quandela
"""
)

INSTITUTIONS = _words(
    """
    le_CNRS l’Inria la_CNIL l’Arcom la_Commission_européenne le_Parlement_européen
    l’Assemblée_nationale le_Sénat l’Élysée la_Sorbonne l’Inserm le_CEA l’ANSSI l’Insee
    la_Cour_des_comptes le_Conseil_d’État l’Unesco l’OCDE la_Banque_de_France Bpifrance
    l’Ademe l’Institut_Pasteur le_MIT Stanford Oxford l’École_polytechnique l’ENS
    l’université_Paris-Saclay l’Autorité_de_la_concurrence le_Conseil_national_du_numérique
    l’Agence_spatiale_européenne la_Nasa l’Organisation_mondiale_de_la_santé
"""
)

FIRST_NAMES = _words(
    """
    f:Claire m:Thomas f:Sophie m:Nicolas f:Camille m:Julien f:Léa m:Antoine f:Manon m:Hugo
    f:Chloé m:Lucas f:Inès m:Mehdi f:Sarah m:Karim f:Émilie m:Olivier f:Nathalie m:Pierre
    f:Julie m:Alexandre f:Aurélie m:Maxime f:Amina m:Yann f:Laure m:Benoît f:Anne m:François
    f:Hélène m:Romain f:Élodie m:Guillaume f:Marion m:Sébastien f:Fatou m:Samir f:Lucie
    m:Vincent f:Agnès m:Arnaud f:Mathilde m:Raphaël f:Sonia m:Éric f:Isabelle m:David
    f:Yasmine m:Bastien f:Jeanne m:Paul f:Margaux m:Adrien f:Céline m:Cédric f:Priya m:Kenji
    f:Mei m:Daniel f:Elena m:Marco
"""
)

LAST_NAMES = _words(
    """
    Dubois Martin Bernard Lefebvre Moreau Laurent Girard Roux Fournier Morel Mercier Blanc
    Guerin Boyer Garnier Chevalier Francois Legrand Gauthier Perrin Robin Clement Morin
    Nicolas Henry Rousseau Mathieu Gautier Masson Marchand Duval Denis Dumont Marie Lemaire
    Noel Meyer Dufour Meunier Brun Blanchard Giraud Joly Riviere Lucas Brunet Gaillard Barbier
    Arnaud Martinez Gerard Roche Renard Schmitt Roy Leroux Colin Vidal Caron Picard Roger
    Fabre Aubert Lemoine Renaud Dumas Lacroix Olivier Philippe Bourgeois Pierre Benoit Rey
    Leclerc Payet Rolland Leclercq Guillaume Lecomte Lopez Jean Dupuy Guillot Hubert Berger
    Carpentier Sanchez Dupuis Moulin Louis Deschamps Huet Vasseur Perez Boucher Fleury Royer
    Klein Jacquet Adam Paris Poirier Marty Aubry Guyot Carre Charles Renault Charpentier
    Menard Maillard Baron Bertin Bailly Herve Schneider Fernandez Le_Gall Collet Leger
    Bouvier Julien Prevost Millet Perrot Daniel Le_Roux Cousin Germain Breton Besson Langlois
    Remy Le_Goff Pelletier Leveque Perrier Leblanc Barre Lebrun Marchal Weber Mallet Hamon
    Boulanger Jacob Monnier Michaud Rodriguez Guichard Gillet Etienne Grondin Poulain
    Tessier Chevallier Collin Chauvin Da_Silva Bouchet Gay Lemaitre Benard Marechal Humbert
    Reynaud Antoine Hoarau Perret Barthelemy Cordier Pichon Lejeune Gilbert Lamy Delaunay
    Pasquier Carlier Laporte Benali Haddad Nguyen Tran Diallo Traoré Cohen Lévy Kaci
"""
)

ROLES = [
    ("chercheur", "chercheuse"),
    ("directeur de recherche", "directrice de recherche"),
    ("professeur", "professeure"),
    ("porte-parole", "porte-parole"),
    ("analyste", "analyste"),
    ("directeur général", "directrice générale"),
    ("cofondateur", "cofondatrice"),
    ("responsable de la sécurité", "responsable de la sécurité"),
    ("ingénieur", "ingénieure"),
    ("avocat spécialisé dans le numérique", "avocate spécialisée dans le numérique"),
    ("économiste", "économiste"),
    ("sociologue", "sociologue"),
    ("responsable scientifique", "responsable scientifique"),
    ("directeur technique", "directrice technique"),
    ("doctorant", "doctorante"),
]

PLACES = _words(
    """
    à_Paris à_Lyon à_Toulouse à_Grenoble à_Bordeaux à_Marseille à_Lille à_Nantes
    à_Montpellier à_Rennes à_Strasbourg à_Bruxelles à_Berlin à_Londres à_San_Francisco
    à_Pékin à_Shenzhen à_Séoul à_Tokyo à_Bangalore à_Montréal en_Californie en_Europe
    aux_États-Unis en_Chine en_Inde au_Japon en_Corée_du_Sud au_Canada en_France
    en_Allemagne au_Royaume-Uni en_Afrique en_Île-de-France dans_la_Silicon_Valley
"""
)

MEDIA = _words(
    """
    Le_Monde Les_Échos Libération Le_Figaro Mediapart Numerama Next 01net Frandroid
    L’Usine_Digitale Wired The_Verge Techcrunch Bloomberg Reuters l’AFP The_Information
    Financial_Times The_New_York_Times Rest_of_World Ars_Technica Korii France_Info
    Le_Parisien Ouest-France Politico Siècle_Digital Journal_du_Net
"""
)

MONTHS = _words(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
)

TIMES = [
    "depuis le début de l’année",
    "cette semaine",
    "en quelques mois",
    "d’ici la fin de l’année",
    "pour la première fois",
    "dès le mois prochain",
    "depuis plusieurs années",
    "au premier trimestre",
    "au second semestre",
    "la semaine dernière",
    "depuis la rentrée",
    "ces derniers mois",
    "en moins d’un an",
    "depuis le printemps",
    "à la fin de l’été",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
]

TOPICS = {
    # topic: (main category slug, tags it draws from)
    "ia": (
        "intelligence-artificielle",
        "OpenAI|Mistral AI|Modèles de langage|IA générative|Régulation|Recherche|Puces|"
        "Nvidia|Anthropic|Google|Meta|Recrutement|Éthique|Open source|Robotique|AI Act",
    ),
    "reseaux": (
        "reseaux-sociaux",
        "TikTok|Instagram|X|Bluesky|Modération|Désinformation|Influenceurs|Meta|Jeunesse|"
        "Arcom|DSA|Cyberharcèlement|YouTube|Élections|Publicité",
    ),
    "tech": (
        "technologie",
        "Apple|Samsung|Smartphones|Cybersécurité|5G|Cloud|Semi-conducteurs|Jeu vidéo|"
        "Voitures électriques|Vie privée|Start-up|Souveraineté numérique|Open source",
    ),
    "science": (
        "sciences",
        "Climat|Santé|Espace|Biologie|Physique|CNRS|Inserm|Neurosciences|Recherche|"
        "Quantique|Énergie",
    ),
    "economie": (
        "economie",
        "Levée de fonds|Bourse|Emploi|Rachat|French Tech|Investissement|Régulation|"
        "Start-up|Recrutement|Concurrence",
    ),
}
TOPIC_WEIGHTS = {"ia": 35, "reseaux": 25, "tech": 20, "science": 10, "economie": 10}

# The demo's three categories (demo/content.py), plus two for a bigger site.
CATEGORIES = [
    (
        "intelligence-artificielle",
        "Intelligence Artificielle",
        "Modèles, chercheurs, usages et dérives de l’intelligence artificielle.",
    ),
    (
        "reseaux-sociaux",
        "Réseaux sociaux",
        "Plateformes, créateurs, modération : la vie en ligne décortiquée.",
    ),
    (
        "technologie",
        "Technologie",
        "Puces, téléphones, logiciels et tout ce qui fait tourner le monde numérique.",
    ),
    ("sciences", "Sciences", "Découvertes, laboratoires et controverses scientifiques."),
    ("economie", "Économie", "Levées de fonds, rachats, emploi : l’argent de la tech."),
]

STOPWORDS = set(
    _words(
        """
    le la les l un une des de du d au aux à a et en pour par sur avec dans ce cet cette ces
    son sa ses leur leurs qui que qu quoi dont où il elle ils elles on nous vous se s ne n pas
    plus moins très aussi mais ou donc or ni car comme selon depuis entre sans sous vers chez
    est sont ont été être avoir fait faire peut peuvent doit doivent tout tous toute toutes
    même autre autres encore déjà plusieurs certains certaines chaque cela celui celle ceux
    celles ainsi alors après avant pendant lors dès c j y mis reste rester savoir comment
    pourquoi désormais également notamment surtout enfin toujours contre face grâce malgré
    auprès sein cadre matière fois premier première quelques nombreux nombreuses
    """
    )
)

HEADINGS = [
    "Un marché sous tension",
    "Ce qui change pour les utilisateurs",
    "Des chercheurs partagés",
    "La réponse des autorités",
    "Une course mondiale",
    "Le poids des données",
    "Des questions en suspens",
    "Et maintenant ?",
    "Les chiffres clés",
    "Un précédent européen",
    "Ce que disent les experts",
    "Un modèle économique fragile",
]


# --- Inflection ------------------------------------------------------------------------------


def starts_with_vowel(text):
    word = text.split(" ", 1)[0].lower()
    if not word:
        return False
    if word[0] == "h":
        return word not in H_ASPIRE
    return word[0] in VOWELS


def noun_plural(word):
    head, sep, rest = word.partition(" ")
    if head.endswith(("s", "x", "z")):
        plural = head
    elif head.endswith(("eau", "au", "eu")):
        plural = head + "x"
    elif head.endswith("al"):
        plural = head[:-2] + "aux"
    else:
        plural = head + "s"
    return plural + sep + rest


def adjective_feminine(word):
    if word.endswith("e"):
        return word
    if word.endswith("eux"):
        return word[:-1] + "se"
    if word.endswith("if"):
        return word[:-1] + "ve"
    if word.endswith(("el", "eil", "en", "on")):
        return word + word[-1] + "e"
    if word.endswith("er"):
        return word[:-2] + "ère"
    if word.endswith("c"):
        return word + "que"
    return word + "e"


def adjective_plural(word):
    if word.endswith(("s", "x")):
        return word
    if word.endswith("al"):
        return word[:-2] + "aux"
    if word.endswith("eau"):
        return word + "x"
    return word + "s"


@dataclass(frozen=True)
class Noun:
    singular: str
    plural: str
    feminine: bool
    mostly_plural: bool


@dataclass(frozen=True)
class Verb:
    infinitive: str
    singular: str
    plural: str
    participle: str


def parse_nouns(spec):
    nouns = []
    for entry in spec.split():
        mostly_plural = entry.startswith("*")
        gender, _, forms = entry.lstrip("*").partition(":")
        singular, _, plural = forms.replace("_", " ").partition("/")
        nouns.append(Noun(singular, plural or noun_plural(singular), gender == "f", mostly_plural))
    return nouns


def parse_adjectives(words):
    forms = []
    for entry in dict.fromkeys(words):
        parts = entry.split("/")
        masculine = parts[0]
        feminine = parts[1] if len(parts) > 1 else adjective_feminine(masculine)
        masculine_plural = parts[2] if len(parts) > 2 else adjective_plural(masculine)
        forms.append((masculine, feminine, masculine_plural, feminine + "s"))
    return forms


_GRAVE = re.compile(r"é([^aeiouyéèêàâîôû]+)$")


def parse_verbs():
    verbs = []
    for infinitive in VERBS_ER:
        stem = infinitive[:-2]
        present = _GRAVE.sub(r"è\1", stem)  # gérer: gère, accélérer: accélère, créer: crée
        verbs.append(Verb(infinitive, present + "e", present + "ent", stem + "é"))
    for infinitive in VERBS_IR:
        stem = infinitive[:-2]
        verbs.append(Verb(infinitive, stem + "it", stem + "issent", stem + "i"))
    for entry in VERBS_IRREGULAR:
        verbs.append(Verb(*entry.replace("_", " ").split("/")))
    return verbs


class Pool:
    """Items drawn with Zipf-like weights: the first is the most frequent."""

    def __init__(self, items, exponent=0.9):
        self.items = list(items)
        self.cumulative = list(
            itertools.accumulate(1 / (rank + 1) ** exponent for rank in range(len(self.items)))
        )
        self.total = self.cumulative[-1]

    def draw(self, rng):
        return self.items[bisect.bisect(self.cumulative, rng.random() * self.total)]


# --- Articles --------------------------------------------------------------------------------


@dataclass
class Article:
    title: str
    slug: str
    standfirst: str
    body: list  # StreamField raw data
    paragraphs: list  # plain text of each paragraph, for drawing queries
    words: int
    topic: str
    categories: list  # category slugs
    tags: list
    sources: list  # (name, url)
    published_at: datetime


def capitalise(text):
    return text[:1].upper() + text[1:]


def with_preposition(preposition, phrase):
    """« de » or « à » before a phrase: du, des, au, aux, d’, à l’…"""
    if preposition == "de":
        if phrase.startswith("le "):
            return "du " + phrase[3:]
        if phrase.startswith("les "):
            return "des " + phrase[4:]
        if phrase.startswith("des "):
            return "de " + phrase[4:]
        return ("d’" if starts_with_vowel(phrase) else "de ") + phrase
    if phrase.startswith("le "):
        return "au " + phrase[3:]
    if phrase.startswith("les "):
        return "aux " + phrase[4:]
    return "à " + phrase


def elide(word, phrase):
    """que, ne, de, je... before a vowel: qu’, n’, d’."""
    return (word[:-1] + "’" if starts_with_vowel(phrase) else word + " ") + phrase


class ArticleWriter:
    def __init__(self, seed=2026, start=None, days=3 * 365):
        self.seed = seed
        self.start = start or datetime(2026, 1, 1, tzinfo=UTC)
        self.days = days
        self.agents = {topic: Pool(parse_nouns(spec), 0.75) for topic, spec in AGENTS.items()}
        self.things = {topic: Pool(parse_nouns(spec), 0.75) for topic, spec in THINGS.items()}
        self.adjectives = Pool(parse_adjectives(ADJECTIVES), exponent=0.7)
        self.prenominal = Pool(list(PRENOMINAL.values()), exponent=0.6)
        self.verbs = Pool(parse_verbs(), exponent=0.8)
        self.companies = Pool([name.replace("_", " ") for name in COMPANIES], exponent=0.7)
        self.institutions = Pool([name.replace("_", " ") for name in INSTITUTIONS], exponent=0.7)
        self.first_names = [
            (name[2:], name.startswith("f:")) for name in FIRST_NAMES
        ]  # uniform: names are not Zipfian in a newsroom
        self.last_names = [name.replace("_", " ") for name in LAST_NAMES]
        self.places = Pool([place.replace("_", " ") for place in PLACES], exponent=0.7)
        self.media = Pool([name.replace("_", " ") for name in MEDIA], exponent=0.6)
        self.adverbs = Pool(ADVERBS, exponent=0.7)
        self.topics = list(TOPIC_WEIGHTS)
        self.topic_weights = list(itertools.accumulate(TOPIC_WEIGHTS.values()))
        self.rng = random.Random(seed)

    # -- words and phrases --

    def noun(self, kind, topic):
        pools = self.agents if kind == "agent" else self.things
        source = pools[topic] if self.rng.random() < 0.6 else pools["common"]
        return source.draw(self.rng)

    def adjective(self, noun, plural):
        masculine, feminine, masculine_plural, feminine_plural = self.adjectives.draw(self.rng)
        if noun.feminine:
            return feminine_plural if plural else feminine
        return masculine_plural if plural else masculine

    def noun_phrase(self, kind, topic, determiner=None, plural=None, depth=0):
        rng = self.rng
        noun = self.noun(kind, topic)
        if plural is None:
            plural = rng.random() < (0.8 if noun.mostly_plural else 0.3)
        head = noun.plural if plural else noun.singular
        roll = rng.random()
        if roll < 0.12:
            forms = self.prenominal.draw(rng)
            index = (1 if noun.feminine else 0) + (2 if plural else 0)
            adjective = forms[index]
            if forms[4] and index == 0 and starts_with_vowel(head):
                adjective = forms[4]  # nouvel outil
            head = f"{adjective} {head}"
        elif roll < 0.5:
            head = f"{head} {self.adjective(noun, plural)}"
        if depth == 0 and rng.random() < 0.3:
            complement = self.noun_phrase("thing", topic, "le", depth=1)
            head = f"{head} {with_preposition('de', complement)}"
        determiner = determiner or rng.choice(["le", "le", "le", "un", "ce", "son"])
        return self.determine(determiner, head, noun.feminine, plural)

    def determine(self, determiner, head, feminine, plural):
        vowel = starts_with_vowel(head)
        if plural:
            return {
                "le": "les",
                "un": "des",
                "ce": "ces",
                "son": "ses",
                "plusieurs": "plusieurs",
            }.get(determiner, determiner) + f" {head}"
        if determiner == "le":
            return ("l’" if vowel else ("la " if feminine else "le ")) + head
        if determiner == "un":
            return ("une " if feminine else "un ") + head
        if determiner == "ce":
            return ("cette " if feminine else ("cet " if vowel else "ce ")) + head
        if determiner == "son":
            return ("sa " if feminine and not vowel else "son ") + head
        return f"{determiner} {head}"

    def person(self):
        first, feminine = self.rng.choice(self.first_names)
        last = self.rng.choice(self.last_names)
        role = self.rng.choice(ROLES)[1 if feminine else 0]
        if self.rng.random() < 0.5:
            where = f"chez {self.companies.draw(self.rng)}"
        else:
            where = with_preposition("à", self.institutions.draw(self.rng))
        return f"{first} {last}, {role} {where}"

    def subject(self, topic):
        """(text, plural) of a sentence's subject."""
        roll = self.rng.random()
        if roll < 0.2:
            return self.companies.draw(self.rng), False
        if roll < 0.3:
            institution = self.institutions.draw(self.rng)
            return institution, False
        plural = self.rng.random() < 0.45
        determiner = self.rng.choice(["le", "le", "ce", "son"])
        return self.noun_phrase("agent", topic, determiner, plural), plural

    def object(self, topic):
        return self.noun_phrase("thing", topic)

    def complement(self, topic):
        rng = self.rng
        roll = rng.random()
        if roll < 0.25:
            return self.places.draw(rng)
        if roll < 0.45:
            return rng.choice(TIMES)
        if roll < 0.55:
            return f"en {rng.choice(MONTHS)} {rng.randint(2019, 2027)}"
        preposition = rng.choice(
            [
                "dans le cadre de",
                "malgré",
                "face à",
                "grâce à",
                "auprès de",
                "au sein de",
                "à l’aide de",
                "en matière de",
                "au nom de",
                "pour",
                "avec",
                "sans",
            ]
        )
        if preposition == "en matière de":
            return f"en matière {with_preposition('de', self.noun('thing', topic).singular)}"
        phrase = self.noun_phrase("thing", topic, "le", depth=1)
        if preposition.endswith(" de"):
            return f"{preposition[:-3]} {with_preposition('de', phrase)}"
        if preposition.endswith(" à"):
            return f"{preposition[:-2]} {with_preposition('à', phrase)}"
        return f"{preposition} {phrase}"

    def number(self):
        rng = self.rng
        roll = rng.random()
        if roll < 0.4:
            return f"{rng.randint(2, 900)}{NBSP}millions d’euros"
        if roll < 0.6:
            return f"{rng.randint(1, 40)}{NBSP}milliards de dollars"
        if roll < 0.85:
            return f"{rng.randint(2, 95)}{NBSP}%"
        return f"{rng.randint(2, 90)}{NBSP}000 personnes"

    def verb_phrase(self, plural, tense="present", adverb=True):
        verb = self.verbs.draw(self.rng)
        if tense == "past":
            return ("ont " if plural else "a ") + verb.participle
        form = verb.plural if plural else verb.singular
        if adverb and self.rng.random() < 0.2:
            form = f"{form} {self.adverbs.draw(self.rng)}"
        return form

    def clause(self, topic, tense=None):
        subject, plural = self.subject(topic)
        tense = tense or ("past" if self.rng.random() < 0.35 else "present")
        text = f"{subject} {self.verb_phrase(plural, tense)} {self.object(topic)}"
        if self.rng.random() < 0.55:
            text += f" {self.complement(topic)}"
        return text

    def sentence(self, topic):
        rng = self.rng
        kind = rng.randrange(15)
        if kind <= 3:
            text = self.clause(topic)
        elif kind == 4:
            text = f"Selon {self.media.draw(rng)}, {self.clause(topic)}"
        elif kind == 5:
            quote = self.clause(topic, "present")
            speech = rng.choice(SPEECH_VERBS)
            text = f"«{NBSP}{capitalise(quote)}{NBSP}», {speech} {self.person()}"
        elif kind == 6:
            subject, plural = self.subject(topic)
            relative = self.verb_phrase(plural)
            text = (
                f"{subject}, qui {relative} {self.object(topic)}, "
                f"{self.verb_phrase(plural)} {self.object(topic)}"
            )
        elif kind == 7:
            subject, plural = self.subject(topic)
            modal = rng.choice(MODALS)[1 if plural else 0]
            verb = self.verbs.draw(rng)
            if modal.endswith(" de") and starts_with_vowel(verb.infinitive):
                text = f"{subject} {modal[:-3]} d’{verb.infinitive} {self.object(topic)}"
            else:
                text = f"{subject} {modal} {verb.infinitive} {self.object(topic)}"
            text += f" d’ici {rng.randint(2026, 2030)}" if rng.random() < 0.5 else ""
        elif kind == 8:
            verb = rng.choice(["représente", "pèse", "atteint", "s’élève à", "dépasse"])
            change = rng.choice(
                [
                    f"soit {rng.randint(3, 80)}{NBSP}% de plus qu’en {rng.randint(2019, 2025)}",
                    f"en hausse de {rng.randint(3, 80)}{NBSP}% sur un an",
                    f"en recul de {rng.randint(3, 40)}{NBSP}% depuis {rng.randint(2019, 2025)}",
                    f"contre {self.number()} il y a deux ans",
                ]
            )
            thing = self.noun_phrase("thing", topic, plural=False)
            text = f"{thing} {verb} {self.number()}, {change}"
        elif kind == 9:
            event = self.noun_phrase("thing", topic, "ce", plural=False)
            verb = rng.choice(["intervient", "survient", "tombe", "arrive", "prend place"])
            text = f"{event} {verb} alors {elide('que', self.clause(topic))}"
        elif kind == 10:
            stake = rng.choice(
                ["au cœur des débats", "une priorité", "un enjeu majeur", "un sujet sensible"]
            )
            verb = "restent" if rng.random() < 0.3 else "reste"
            plural = verb == "restent"
            thing = self.noun_phrase("thing", topic, "le", plural=plural)
            subject, _ = self.subject(topic)
            text = f"{thing} {verb} {stake} pour {subject}"
        elif kind == 11:
            agents = self.noun_phrase("agent", topic, "le", plural=True)[4:]
            text = (
                f"plus de {rng.randint(2, 900)} {agents} {self.verb_phrase(True, adverb=False)} "
                f"déjà {self.object(topic)}, selon {self.media.draw(rng)}"
            )
        elif kind == 12:
            text = f"reste à savoir comment {self.clause(topic, 'present')}"
        elif kind == 13:
            subject, plural = self.subject(topic)
            verb = self.verb_phrase(plural, adverb=False)
            thing = self.noun_phrase("thing", topic, "le")
            text = f"mais {subject} {elide('ne', verb)} pas {thing}"
        else:
            text = f"{self.clause(topic)}, mais {self.clause(topic)}"
        if rng.random() < 0.15 and not text.startswith(("mais ", "reste ")):
            text = f"{rng.choice(CONNECTORS)} {text}"
        return capitalise(text) + "."

    def paragraph(self, topic):
        return " ".join(self.sentence(topic) for _ in range(self.rng.randint(4, 7)))

    def title(self, topic):
        rng = self.rng
        roll = rng.random()
        if roll < 0.35:
            subject, plural = self.subject(topic)
            text = f"{subject} {self.verb_phrase(plural)} {self.object(topic)}"
        elif roll < 0.6:
            text = f"{self.object(topic)}{NBSP}: {self.clause(topic, 'present')}"
        elif roll < 0.75:
            text = f"Pourquoi {self.clause(topic, 'present')}"
        elif roll < 0.9:
            text = f"Comment {self.clause(topic, 'present')}"
        else:
            text = f"{self.object(topic)}, {self.object(topic)}{NBSP}: ce qui change"
        return capitalise(text)[:250]

    def article(self, number):
        """The article `number`: the same for a given seed and number, whatever came before."""
        self.rng = rng = random.Random(f"{self.seed}-{number}")
        roll = rng.random() * self.topic_weights[-1]
        topic = self.topics[bisect.bisect(self.topic_weights, roll)]
        title = self.title(topic)
        standfirst = self.sentence(topic)
        while len(standfirst) > 400:
            standfirst = self.sentence(topic)
        paragraphs = [self.paragraph(topic) for _ in range(rng.randint(3, 6))]
        body = []
        extras = []
        for position, text in enumerate(paragraphs):
            if position == 2 and rng.random() < 0.5:
                heading = rng.choice(HEADINGS)
                body.append(self.block("heading", {"text": heading, "level": "h2"}))
                extras.append(heading)
            body.append(self.block("paragraph", f"<p>{html.escape(text, quote=False)}</p>"))
            if position == 1 and rng.random() < 0.3:
                quote = self.sentence(topic).rstrip(".")
                body.append(self.block("pull_quote", {"quote": quote, "attribution": ""}))
                extras.append(quote)
        if rng.random() < 0.2:
            facts = [capitalise(self.number()) for _ in range(3)]
            items = "".join(f"<li>{html.escape(fact, quote=False)}</li>" for fact in facts)
            body.append(self.block("fact_box", {"title": "En bref", "text": f"<ul>{items}</ul>"}))
            extras.extend(facts)
        if rng.random() < 0.2:  # some writers type straight apostrophes
            title, standfirst = title.replace("’", "'"), standfirst.replace("’", "'")
            paragraphs = [text.replace("’", "'") for text in paragraphs]
            body = [
                {**block, "value": block["value"].replace("’", "'")}
                if isinstance(block["value"], str)
                else block
                for block in body
            ]
        words = sum(len(text.split()) for text in [*paragraphs, *extras])
        main, tag_names = TOPICS[topic]
        categories = [main]
        if rng.random() < 0.3:
            other = rng.choice(CATEGORIES)[0]
            if other != main:
                categories.append(other)
        tags = rng.sample(tag_names.split("|"), rng.randint(2, 4))
        sources = [
            (name, f"https://example.org/{number}/{position}")
            for position, name in enumerate(
                dict.fromkeys(self.media.draw(rng) for _ in range(rng.randint(1, 2)))
            )
        ]
        published_at = self.start - timedelta(
            days=rng.randrange(self.days), minutes=rng.randrange(24 * 60)
        )
        return Article(
            title=title,
            slug=f"{slug_text(title)}-{number}",
            standfirst=standfirst,
            body=body,
            paragraphs=paragraphs,
            words=words,
            topic=topic,
            categories=categories,
            tags=tags,
            sources=sources,
            published_at=published_at,
        )

    def block(self, block_type, value):
        block_id = str(uuid.UUID(int=self.rng.getrandbits(128)))
        return {"type": block_type, "value": value, "id": block_id}


_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def slug_text(text, length=60):
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _SLUG_DROP.sub("-", ascii_text.lower()).strip("-")[:length].rstrip("-") or "article"


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)


def content_words(text):
    """The words of a text a reader might type: lower case, no stopwords, four letters or more."""
    words = []
    for word in _WORD.findall(text.replace("’", " ").replace("'", " ")):
        word = word.lower()
        if len(word) >= 4 and word not in STOPWORDS:
            words.append(word)
    return words


def vocabulary_size(writer, articles=200):
    """Distinct word forms in a sample of articles (for the README)."""
    forms = set()
    for number in range(articles):
        article = writer.article(number)
        for text in [article.title, article.standfirst, *article.paragraphs]:
            forms.update(word.lower() for word in _WORD.findall(text.replace("’", " ")))
    return len(forms)
