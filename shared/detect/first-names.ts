/**
 * French first names, accent-folded and lower-case, one space between names. Derived from INSEE's
 * « Fichier des prénoms » (Licence Ouverte 2.0) plus a list of 20th-century given names; source,
 * licence and derivation in `FIRST-NAMES-LICENCE.md` beside this file. Bundled as a module so
 * that main and the renderer load it alike, with no I/O.
 */

const FIRST_NAMES_TEXT =
  'aaliyah aaron abby abbygaelle abd abdallah abdel abdelkader abdelkarim abdellah abderrahman ' +
  'abderrahmane abdou abdoul abdoulaye abdoullah abdullah abel abigael abigaelle abigail abou aboubacar ' +
  'aboubakar abraham aby abygael abygaelle achille achraf ada adaline adam adama adame adan adel adela ' +
  'adelaide adele adelia adelie adelina adeline adem aden adil adja adnan adnane adonis adria adrian ' +
  'adriana adriano adriel adrien adrienne aedan aeden ael aela aelia aelya aelys agatha agathe aglae ' +
  'agnes ahlem ahmad ahmed ahmet aicha aida aidan aiden aime aimee aimie aimy aina ainhoa aisha aissa ' +
  'aissata aissatou akim akram aksel aksil alaa alaia alain alais alan alana alaric alassane alba alban ' +
  'albane albert albertine albin alec alejandro alena alessandro alessia alessio alex alexa alexander ' +
  'alexandra alexandre alexandrine alexandru alexane alexi alexia alexian alexiane alexie alexine ' +
  'alexis alexy aleyna alfred alfreda ali alia alice alicia alicya alienor alima alina aline aliou ' +
  'alison alissa alissia alisson alistair alix alixe aliya aliyah alize alizea alizee allan allya alma ' +
  'alois aloise alonzo aloys alperen alpha alphonse alphonsine alvaro alvin alwena aly alya alyah ' +
  'alyana alycia alyson alyssa alyssia alysson alyzee amadou amael amaia amal amalia amalya amanda ' +
  'amandine amani amar amara amaury amaya amber ambre ambrine ambroise amedee amel amelia amelie ' +
  'ameline amelle amelya amicie amin amina aminata amine amir amira amjad amna amy ana anabelle anae ' +
  'anael anaelle anaia anais anakin anas anass anastasia anatole anaya anayah anderson andoni andre ' +
  'andrea andreas andree andrei andreia andres andrew andria andy anes ange angel angela angele ' +
  'angelina angeline angelique angelo angie ania anir anis aniss anissa anita anjali anna anna-rose ' +
  'annabelle annaelle annah anne anne-catherine anne-cecile anne-charlotte anne-christine anne-claire ' +
  'anne-france anne-gaelle anne-laure anne-lise anne-marie anne-sophie annette annick annie anouar ' +
  'anouchka anouck anouk anselme anthea anthime anthonin anthony antoine antoinette anton antone antoni ' +
  'antonia antonin antonio antony antton anwar anya apoline apolline appoline april archibald arda ares ' +
  'ari aria ariana ariane ariel arielle arij aris aristide arlette arman armance armand armande armel ' +
  'armelle arnaud arno aron aronn arsene arthur arthus artur artus arwa arwen arya asael asel ashley ' +
  'aslan asma asmaa asmae assa assia assil assim assiya assya astrid asya athena athenais aubane aubin ' +
  'aude audrey audric auguste augustin augustine aure aurel aurele aurelia aurelie aurelien auriane ' +
  'aurore auxane auxence ava avril awa awen awena axel axelle aya ayaan ayah ayan ayana ayane ayanna ' +
  'ayat ayaz aydan ayden aydin ayla aylan aylane ayleen aylin ayline ayman aymane aymen aymeric ' +
  'aymerick ayna ayoub ayron ayrton ayse aysha azad azelie azilis aziliz azilys aziz azra bachir badis ' +
  'badr bahia bakary balthazar baptiste baran barbara barnabe barthelemy basile basma bastian bastien ' +
  'batiste baudouin baya bayane beatrice beatriz belinay belinda bella ben benedicte benjamin benoit ' +
  'berat berenice bernadette bernard berthe bertille bertrand beryl betty betul beverly beyza bianca ' +
  'bilal bilel billal billel billie billy binta bintou bixente bjorn blaise blanche blandine bleuenn ' +
  'bonnie boris boubacar bouchra bradley brahim brandon brayan brenda briac brian briana brianna brice ' +
  'brieuc brigitte brune bruno bryan burak byron caleb cali calie calista calixte callie calvin caly ' +
  'calypso camelia cameron camil camila camilia camilla camille camron candice candyce canelle cannelle ' +
  'capucine carl carla carlos carmen carole carolina caroline casey cassandra cassandre cassidy cassie ' +
  'cassiopee cassy castille cataleya catalina catherine cathy cayden cecile cecilia cedric celena ' +
  'celeste celestin celestine celia celian celiane celie celina celine celio celya celyan cerise cesar ' +
  'ceylin chadi chahid chahine chahinez chaima chaina chainez chakib chanel chanelle chantal charlene ' +
  'charles charli charlie charline charlize charlotte charly charlyne chayma cheick cheikh cheima ' +
  'chelsea chelsy cherif cherine cheyenne chiara chirine chlea chloe chris christ christelle christian ' +
  'christiane christina christine christophe christopher ciara cindy claire clara clarence clarisse ' +
  'clarysse claude claudette claudia claudine clayton clea clelia clelie clemence clement clementine ' +
  'cleo cleophee cloe clothilde clotilde clovis cody coleen colette colin coline colleen colline ' +
  'colombe colyne come constance constant constantin coralie coraline corentin corinne corto coumba ' +
  'cristiano cristina crystal curtis cylia cynthia cyprien cyriaque cyrielle cyril cyrille cyrine ' +
  'dahlia daisy dalia dalil dalila dalya damian damien damla damon dan dana danae dani dania daniel ' +
  'daniela daniele daniella danielle danny dany danya daoud daouda daphne daphnee daren daria darine ' +
  'dario darius darren daryl david davina davy dawson dayan dayana dayann dayna dean debora deborah ' +
  'defne delia delphine delya demba denis denise deniz deva devon diana diane didier diego dieynaba ' +
  'dilan dilara dimitri dimitry dina diogo divine djalil djamel djamil djamila djena djeneba djenna ' +
  'djennah djessy djibril djino djulian doha dolores dominique domitille donia donovan dora dorian ' +
  'doriane dorine doryan dounia driss duncan dune dwayne dylan dyna eda edan eddy edem eden edene edgar ' +
  'edith ediz edmond edmonde edouard edward edwin efe eglantine eileen el ela elaia elana elea eleana ' +
  'eleane eleanor eleanore elena eleonor eleonore elhadj eli elia eliakim eliam elian eliana eliane ' +
  'elias eliaz elie eliel elies eliette elif elijah elina eline elio elior eliora eliot eliott elisa ' +
  'elisabeth elise elissa eliya eliyah eliz eliza elizabeth ella ellie elliot elliott elly ellyn elma ' +
  'eloa eloan eloane eloann elodie elohim eloi eloise elon elona elora elouan elouane elouann elouen ' +
  'elsa elvin elvina elvira elvis elwan ely elya elyah elyam elyan elyana elyanna elyas elyes elyn ' +
  'elyna elyne elynn elyo elyott elysa elyse elyssa elza ema emanuel emeline emelyne emeraude emeric ' +
  'emerick emi emie emil emile emilia emilie emilien emilienne emilio emily emin emine emir emirhan ' +
  'emma emmanuel emmanuella emmanuelle emmie emmy emna emre emrys emy enael enaelle enaya enea eneko ' +
  'enes enguerrand enis ennio enoha enola enora enrique ensar enza enzo ephraim erdem erell eren eric ' +
  'erica erik erika erin erina erine ernest ernestine eros erva erwan erwann erwin eryn eryne esaie ' +
  'esila eslem esma esmee esmeralda esra esteban estelle esther etan ethan ethann ethel etienne eugene ' +
  'eugenie eulalie eunice eva evaelle evan evana evane evangeline evann evans eve evelyne even evie evy ' +
  'ewan ewann ewen ewenn eya eyad eyden eymen eytan eythan ezechiel ezekiel ezel ezequiel ezio ezra ' +
  'fabian fabien fabienne fabio fabrice fadi fael fahim faiza fanny fanta fantine fany farah farel ' +
  'farell fares farid faris farouk fatih fatiha fatim fatima fatima-zahra fatimata fatma fatou ' +
  'fatoumata faustin faustine faycal felicia felicie felicien felix ferdinand feriel fernand fernande ' +
  'feryel feyza filip fiona firas firdaous firdaws firmin flavia flavian flavie flavien flavio flavy ' +
  'fleur flora flore florence florent florentin florian floriane florine fode fouad foucauld france ' +
  'francesca francesco francette francine francis francisco franck francois francoise frederic ' +
  'frederique freya furkan gabin gabriel gabriela gabriele gabriella gabrielle gabryel gaby gael gaelle ' +
  'gaetan gaetane gaia garance gary gaspar gaspard gaston gatien gauthier gautier genevieve gennaro ' +
  'geoffrey george georges georgette georgia gerald geraldine gerard germain germaine gervais ghali ' +
  'ghislaine ghjulia giani gianni gilbert gilberte gildas gilles gina ginette gino gioia giorgia ' +
  'giovani giovanna giovanni giovanny gisele gislaine giulia giulian giuliana giuliano giulio gladys ' +
  'glenn gloria goundo grace gregoire gregory guilhem guillaume guillemette gurvan gustave guy guylaine ' +
  'gwen gwenael gwenaelle gwendal gwendoline gwenn gwladys habib habiba haby hadja hadrien hafsa hailey ' +
  'hajar hakan hakim haley halil halim halima hamid hamidou hamza hana hanaa hanae hanane hania hanna ' +
  'hannah haris harmonie harmony harold haron harone haroun harouna harry harun hasan hasna hassan ' +
  'hatem hatice hatim hava hawa haya hayat hayden hazal hazel heather heaven hector hedi heidi helena ' +
  'helene helia helie helin helio helios heloise henri henriette henry hermine hermione herve hiba ' +
  'hicham hichem hidaya hilal hilel hilona hina hind hippolyte hocine honore honorine hope hortense ' +
  'houcine houda hubert hugo hugues huguette huseyin hussein ian ianis iban ibrahim ibrahima ibtissam ' +
  'ibtissem ida idir idris idriss idrissa igor ihsan ihsane ikram ilan ilana ilane ilann ilario ilayda ' +
  'ileana ilef ilena ilham ilhan ilhem ilian iliana iliane ilias ilies illan illona ilona ilyan ilyana ' +
  'ilyane ilyann ilyanna ilyas ilyass ilyes ilyess imad iman imane imani imanol imany imed imen imene ' +
  'imran imrane ina inaia inaya inayah india ines iness ingrid inna insaf iona irem irene irina iris ' +
  'irys isaac isaak isabella isabelle isac isaia isaiah isaie isaline isalys isao isaure isayah isee ' +
  'ishak ishaq isia isis islam islem isleym ismael ismail isra israa israe israel issa issam issra ivan ' +
  'ivana ivann ivy iwan iwen iyad iyed izac izak izia jack jackson jacky jacob jacqueline jacques jad ' +
  'jade jaden jael jahid jahyan jalil jamal james jamie jamil jamila jan jana jane janelle janice ' +
  'janine janis janna jannah jannat jarod jasmin jasmine jason jassem jassim jawad jawed jaya jayan ' +
  'jayden jayson jazz jean jean-alain jean-antoine jean-baptiste jean-bernard jean-charles ' +
  'jean-christophe jean-claude jean-daniel jean-denis jean-dominique jean-emmanuel jean-etienne ' +
  'jean-francois jean-frederic jean-gabriel jean-georges jean-guy jean-hugues jean-jacques jean-laurent ' +
  'jean-louis jean-loup jean-luc jean-lucien jean-marc jean-marie jean-matthieu jean-max jean-michel ' +
  'jean-noel jean-olivier jean-patrick jean-paul jean-philippe jean-pierre jean-remy jean-rene ' +
  'jean-robert jean-roger jean-sebastien jean-vincent jean-yves jeanine jeanne jeannette jeannine jed ' +
  'jefferson jehanne jelani jena jenifer jenna jennah jennifer jenny jennyfer jeremie jeremy jerome ' +
  'jesse jessica jessie jessim jessy jibril jihane jihene jim jimmy jinane joachim joakim joan joana ' +
  'joane joanna joanne joao joaquim jocelyn jocelyne jodie joe joel joelle joey joffrey johan johana ' +
  'johann johanna johanne john johnny jolan jon jonah jonas jonathan jordan jordane jordy joris jorys ' +
  'jose joseph josephe josephine josette josh joshua josiane josselin josue joud joudia joumana joy ' +
  'joyce juan jude judicael judith jule julen jules julia julian juliana juliane juliann julianna ' +
  'julianne juliano julie julien julienne juliette juline julio julya julyan junayd june junior justin ' +
  'justine kaan kadiatou kadidiatou kadidja kadir kael kaelys kahil kahina kahyl kaila kaily kaina kais ' +
  'kaiss kaissy kali kalie kalvin kaly kamel kamelia kamelya kameron kamil kamila kamilia kamilya ' +
  'kaoutar kara karam karamba karel karen karim karima karine karl karla kassandra kassim kassy ' +
  'kataleya katarina kate katell kathleen katia kawtar kawthar kayden kayla kaylan kaylee kaylia ' +
  'kayliah kaylie kayna kayron kays kaysan keila keira keissy kelia kelian kelio kellian kelly kellya ' +
  'kelsy kelvin kelya kelyan kelyana kelyann kelyo kenael kenan kendji kendra kendrick kenji kenjy ' +
  'kenny kentin keny kenza kenzi kenzo kenzy keo keran kerem keren kerian kerim keryan kessy ketsia ' +
  'kevan kevin kewan keyden keyla keylan keylia keylian keyron kezia keziah khadidja khadija khady ' +
  'khaled khalid khalil khalis khalissa kheira khloe kiara kieran kilian killian killyan kilyan kim ' +
  'kimberley kimberly kimi kimia kimy kimya kinan kingsley kinsley kira kiyan klara klea klervi kloe ' +
  'kris kristen krystal kurtis kurtys kyan kyara kylan kyle kylian kyliane kyliann kylie kyllian kyra ' +
  'ladji lael laeticia laetitia lahna laia laila laina lais lalie laly lalya lamia lamine lamya lana ' +
  'lancelot landry lanna laora lara larissa lassana latifa laura laurane laure laureen laureline lauren ' +
  'laurena laurence laurene laurent laurette lauriane laurianne laurie laurine laury lauryn lauryne ' +
  'laya layan layana layanah layane layann layanna layina layla layna lazare lea leah leana leandra ' +
  'leandre leandro leane leanna leanne leeloo leelou leena leeroy lehna leia leila leina leiya lelia ' +
  'lelio lena lenaelle lenaic lenaig lenais leni lenna lennie lenny leny lenzo leo leo-paul leon leona ' +
  'leonard leonardo leonce leone leonie leonor leonore leontine leony leopold leopoldine lesia leslie ' +
  'lesly leticia levana levi levy lewis lexa lexie lexy leya leyah leyan leyana leyann leyla leyna lia ' +
  'liam liana liham lila lilas lili lili-rose lilia lilian liliana liliane lilie lilio lilly lilly-rose ' +
  'lilo liloo lilou lilwenn lily lily-rose lilya lina linaya linda lindsay lindsey line lino linoa lio ' +
  'lionel lior liora lisa lisa-marie lisandro lisandru lise lisea lison lissandro lisy liv livia livio ' +
  'liya liyah liyam liyana liz liza lizea lizie lizio lizzie lizzy loan loana loane loann loanne loe ' +
  'loeiza loelia loelie loen loeva loevan logan logann loghan lohan lohann loic loick lois loise lola ' +
  'lolita lony loona loqman lora lorelei lorena lorene lorenza lorenzo lorette loriane loric lorick ' +
  'lorie lorik lorine loris lorna lorraine lorys lou lou-ann lou-anne louan louana louane louann ' +
  'louanne louay loubna louca loucas loucia louen louenn louis louis-marie louisa louise louisette ' +
  'louison louiza louka loukas louna lounes lounis loup louve lowan lowen luan luana lubin luc luca ' +
  'lucas lucca luce lucenzo lucette lucia lucian luciana luciano lucie lucien lucienne lucile lucille ' +
  'lucio lucy ludivine ludmila ludovic ludwig luigi luis luisa luka lukas luke luna luqman luz lya lyah ' +
  'lyam lyana lyanna lycia lydia lydie lyes lyham lyhana lyla lylia lylian lylio lyloo lylou lyna lynda ' +
  'lyne lynn lynna lyra lys lysa lysandre lysandro lyse lysea lysie lyson lyssandre lyvia lyvio lyzea ' +
  'lyzio maceo maddie maddy madeleine madeline madi madina madison madisson mady madyson mae mael maela ' +
  'maelan maelane maelann maeli maelia maelie maeline maelis maeliss maelisse maella maelle maelly ' +
  'maellys maelo maely maelya maelyne maelynn maelys maelyss maelysse maena maeron maeva maeve maewenn ' +
  'magali magalie magdalena maha mahamadou mahault mahaut mahdi mahe mahee mahel maher mahina mahir ' +
  'mahira mahmoud maho mai maia maiana mailie mailo maily mailys maimouna maina maira maissa maissane ' +
  'maiwen maiwenn makan malaika malak malaury malcolm malcom malek malena malia malicia malick malik ' +
  'malika mallaury mallory malo maloe malone malonn malorie malory malou malvina malya mama mamadou ' +
  'mame mamoudou manal manar mandy manel manelle mani mano manoa manoah manoe manolo manon mansour ' +
  'manuel manuela manuella many mao mara maram marc marc-andre marc-antoine marceau marcel marcelin ' +
  'marceline marcelle marco marcus mareva margaux margo margot marguerite maria mariam mariama mariame ' +
  'mariana marianne marie marie-agnes marie-amelie marie-ange marie-anne marie-annick marie-aude ' +
  'marie-bernadette marie-caroline marie-catherine marie-cecile marie-chantal marie-christiane ' +
  'marie-christine marie-claire marie-claude marie-dominique marie-elisabeth marie-emmanuelle marie-eve ' +
  'marie-france marie-francine marie-francoise marie-gabrielle marie-genevieve marie-helene ' +
  'marie-jacqueline marie-jeanne marie-joelle marie-jose marie-josee marie-josephe marie-laure ' +
  'marie-laurence marie-line marie-lise marie-lou marie-louise marie-luce marie-madeleine marie-martine ' +
  'marie-nathalie marie-noelle marie-odile marie-pascale marie-paule marie-pierre marie-reine ' +
  'marie-rose marie-sophie marie-sylvie marie-therese marielle mariem marilou marin marina marine ' +
  'marinette mario marion marissa marius mariya marjane marjorie mark marko markus marlene marley marlo ' +
  'marlon marlone maroua marouane marta martha marthe martial martin martine marty marvin marvyn marwa ' +
  'marwan marwane mary marya maryam maryem marylene maryline marylou maryse maryvonne massinissa matei ' +
  'mateo matheis matheo mathew mathias mathieu mathilda mathilde mathis mathurin mathys matias matilda ' +
  'matilde matis matisse matt matteo mattheo matthew matthias matthieu matthis matthys mattia mattias ' +
  'mattis mattys matys maud maude maurane maureen maurice mauricette maurine max maxance maxandre ' +
  'maxence maxens maxim maxime maximilien maxine may maya mayana mayane mayar mayeul mayla maylan ' +
  'maylee mayleen maylie mayline maylis mayliss maylon maylone maylonn mayna mayra mayron mayronn ' +
  'mayson mayssa mayssane meddy medhi medhy medina medine megane mehdi mehdy mehmet mei meily meissa ' +
  'meissane melanie melchior melda melek melia melie melih meliha melike melina melinda meline melio ' +
  'melis melisa melissa melissandre melisse mellina melodie melody meloe melusine melvil melvin melvyn ' +
  'melya melyana melyna melynda melyne melyssa mendy menzo meredith meriam meriem merlin merve ' +
  'merveille merwan meryam meryem meryl meva meven mewen meyline meyssa meziane mia michael michel ' +
  'michele micheline michelle mickael miguel mika mikael mikail mike mila milan milana milane milann ' +
  'milena milhan milhane milla milo mina mira mirac miral miran miray mireille miriam miryam miya moana ' +
  'mohamad mohamed mohamed-ali mohamed-amine mohamed-lamine mohammad mohammed moira moise molly mona ' +
  'moncef monica monique morgan morgane morgann mouad mouhamad mouhamadou mouhamed mouhammad mouna ' +
  'mounia mounir mourad moussa moustapha muhammad muhammed murat muriel murielle musa mustafa mustapha ' +
  'mya myla mylan mylann mylena mylene mylo myriam myriem myron myrtille nabil nacim nada nadege nadia ' +
  'nadine nadir nae nael naela naelie naella naelle naely naelya naelys nafissa nahel nahia nahil nahim ' +
  'nahla nahyl naia nail naila naim naima naira nais naissa najwa nalya nancy nans nao naomi naomie ' +
  'naomy naoufel nasra nasser nassim nassima natacha natael natalia natan natanael natasha nateo ' +
  'nathael nathalie nathan nathanael nathanaelle nathaniel natheo nawal nawel nawelle nawfel naya nayah ' +
  'nayan nayel nayla nazim ndeye neela nehemie neil neila nejma nelia nelio nell nelly nellya nelson ' +
  'nelya neo nermine nesrine ness nessa nessim nessrine nesta neva neven neyla nicola nicolas nicole ' +
  'nicolle niels nihad nihal nihel nikita nikola nil nila nils nina nine nino ninon niouma nisa nisrine ' +
  'nizar noa noah noam noan noann noe noel noelia noelie noeline noella noelle noellie noelly noely ' +
  'noelya noelyne noemi noemie noemy noha noham nohan nohann nohe nohlan nola nolan nolane nolann ' +
  'nolhan nolhann nollan nolwen nolwenn noor nora norah norbert nordine nouh nouha nour noura nourane ' +
  'nourhane noussayba numa nuno nyla nyna oceane oceanne octave octavia octavie odelia odette odile ' +
  'odin oihan oihana olga oliver olivia olivier olympe omar ombeline omer ondine ophelia ophelie orane ' +
  'oren oriana oriane orianne orion orlane ornella orphee orso oscar oskar osman othman othmane oumaima ' +
  'oumar oumayma oumou ousmane oussaid oussama ouways owen owenn oxana ozan pablo paco pacome paloma ' +
  'pamela paola paolina paolo paris pascal pascale pascaline patrice patricia patrick paul paul-antoine ' +
  'paul-henri paula paule paulette paulin pauline pavel pedro peio penelope perla perle perrine peter ' +
  'pharell phileas philemon philippe philippine philomene phoebe pia pierre pierre-alexandre ' +
  'pierre-antoine pierre-jean pierre-louis pierre-yves pierrette pierrick pio pol prescillia preston ' +
  'priam prince prisca priscilla priscille priscillia prudence prune qassim quentin quitterie rabia ' +
  'rachel rachelle rachid rafael rahim rahma railey raina raissa ramata rami ramy rana randy rania ' +
  'ranim ranya raoul raphael raphaelle rayan rayana rayane rayann rayen rayhan rayhana raymond raymonde ' +
  'rayyan razane rebecca reda redouane regine regis rehan rejane remi remy renan renaud rene renee riad ' +
  'ricardo richard riham rihanna riley rim rima rime rita ritaj ritej riwan riyad roan robert robin ' +
  'robinson roch rodolphe rodrigo rodrigue roger rohan rokia roland rolande roma romain romaissa roman ' +
  'romane romann romaric romeo romie romuald romy ronan rosa rosalia rosalie rose roselyne rosette ' +
  'rosie rosine rosy rowan roxane roxanne rozenn ruben rubens ruby rudy ruth ryad ryan rym saad sabine ' +
  'sabri sabrina sabrine sacha sadio sael safa safaa safae safia safir safiya safouane safwan safwane ' +
  'safya sahel sahra said saif saina saja sajid sakina salah salem salif salih saliha salim salima ' +
  'salimata salma salman salmane salome salomee salsabil salwa sam samael samantha samara samba samet ' +
  'sami samia samir samira samson samuel samy sana sanaa sanad sanae sanah sandra sandrine sandro sandy ' +
  'sania santiago santino saona saphir sara sarah sarra sasha satine saul savana savanah savannah sayan ' +
  'sayana scarlett scott sean sebastian sebastien sekou selen selena selene selenia selim selin selina ' +
  'selma selyan semih sena sephora seraphin seraphine serena serge sergio serine servane sevan severine ' +
  'seyana seydina seydou shade shahin shahine shaily shaima shaina shainez shams shana shanel shanice ' +
  'shanna shannon shanon shanone sharon shawn shayan shayma shayna shelby sheldon shelly shelsy ' +
  'sherazade sherine sheryne shirel shirine shirley sia siana sibel sibylle sidi sidney sidonie sidra ' +
  'sidy sienna siham sihem sila silas siloe silya simao simeo simeon simon simone sinai sinan sinem ' +
  'sira sirine sixtine skander slimane sloan sloane soa soan soane soann soen sofia sofian sofiane ' +
  'sofya sohaib sohan sohane sohann soizic sokhna solal solan solange solann solea soleane solene ' +
  'solenn solenne soline solveig solyne sonia sonny sophia sophie soraya soren souad soufiane souhail ' +
  'souhayl souheil souheyl soujoud soukaina soukayna soulayman soulaymane souleyman souleymane ' +
  'souleymen soumaya soumeya soumia soundous stacy stan stanislas stanley stecy steeve steeven stefan ' +
  'stella stephane stephanie stephen sterenn stessy steve steven sulayman suleyman sullivan sully ' +
  'sullyvan sulyvan sunny suzanne suzette suzie suzon suzy sven swan swann syana sybille sydney sylia ' +
  'sylvain sylvaine sylvere sylvia sylviane sylvie syrine taha tahina taho tahys taina tais talha talia ' +
  'taline talya tamara tamim tancrede tanguy tania tanya tao tara tarek tarik tasnim tasnime tatiana ' +
  'taylan taylor tayron tea teddy telio telma tenzin teo terence terry tesnim tesnime tess tessa thais ' +
  'thalia thalya thanina thao thea theana thelio thelma themis theo theodora theodore theophane ' +
  'theophile theotime therese thiago thibaud thibault thibaut thierno thierry thimeo thimote thomas ' +
  'thya thyam thymeo tia tiago tiana tibo tidiane tidjane tifany tifenn tiffany tilio tim timae timael ' +
  'timea timeo timmy timo timote timotei timothe timothee timothy tina tino tiphaine tiphanie titouan ' +
  'tiya tiziano tobias tom tomas tommy tomy toni tony toscane tracy travis tristan trystan tuana tya ' +
  'tyago tyana tylan tyler tylia tylian tylio tymeo typhaine tyron tyson ugo ulrich ulysse umut unai ' +
  'uriel vadim vaiana valentin valentina valentine valentino valerian valerie vanessa vanille vanina ' +
  'vasco veronique vianney vicky victoire victor victoria victorien victorine viktor viktoria vince ' +
  'vincent vincenzo violaine violette virgil virgile virginie vittoria viviane vivien vivienne vladimir ' +
  'wael wafa wahil wail walid wandrille waren warren wassil wassila wassim wayatt wayne wendy wesley ' +
  'whitney wiam wilfried will willem william willow willy wilson wissal wissam wissem wyatt xan xavier ' +
  'yacine yacoub yael yaelle yahia yahya yakine yamin yamina yamine yan yana yanael yani yanis yaniss ' +
  'yann yanni yannick yannis yara yasin yasmin yasmina yasmine yasser yassin yassine yassir yassmine ' +
  'yaya yazan yazid yelena yeliz ylan ylana ylann ylian yliana ylies yllan ylona ynes yoan yoann yohan ' +
  'yohann yolan yolande yona yoni youcef youen youenn youmna youna younes youness younous youri yousra ' +
  'youssef youssouf youssra ysaline yse ysee yumi yuna yunus yuri yusra yusuf yvan yvana yvann yves ' +
  'yvette yvon yvonne zacharia zacharie zachary zack zackary zadig zahra zaid zaim zain zaina zainab ' +
  'zaineb zakaria zakariya zakary zakarya zara zayan zayd zayn zayna zaynab zayneb zehra zeina zeinab ' +
  'zeineb zelia zelie zephyr zeyd zeyna zeynab zeyneb zeynep zia ziad zian zina zineb zinedine zion ' +
  'zita ziyad ziyed zoe zoelie zoey zohra zola zora zyad zyed ';

const FIRST_NAMES = new Set(FIRST_NAMES_TEXT.trim().split(/\s+/));

/** How many first names the list holds. */
export const FIRST_NAME_COUNT = FIRST_NAMES.size;

/** True when a folded, lower-case token (`elodie`, `jean-pierre`) is a known first name. */
export function isFirstName(folded: string): boolean {
  return FIRST_NAMES.has(folded);
}
