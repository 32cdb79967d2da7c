<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>Sailau::AboutDialog</name>
    <message>
        <source>About Sailau</source>
        <translation>Sailau туралы</translation>
    </message>
    <message>
        <source>Sailau icon</source>
        <translation>Sailau белгішесі</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sailau %1&lt;/h2&gt;&lt;p&gt;Explore Kazakhstan&apos;s direct elections of akims: regions, districts, races and candidates, with the source of every figure.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sailau %1&lt;/h2&gt;&lt;p&gt;Қазақстандағы әкімдердің тікелей сайлауын зерттеңіз: облыстар, аудандар, сайлаулар мен кандидаттар, әр көрсеткіштің дереккөзімен.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sailau (“сайлау”, election) keeps what is known about each race, says what is missing, and never turns an unknown figure into 0.&lt;/p&gt;&lt;p&gt;Version %1, built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Home page: &lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sailau (“сайлау”) әр сайлау туралы белгілі деректі сақтайды, не жетіспейтінін айтады және белгісіз көрсеткішті ешқашан 0-ге айналдырмайды.&lt;/p&gt;&lt;p&gt;Нұсқасы %1, Qt %2 арқылы жинақталған, Qt %3 негізінде жұмыс істейді.&lt;/p&gt;&lt;p&gt;Басты бет: &lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Бағдарлама туралы</translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright © the Sailau developers.&lt;/p&gt;&lt;p&gt;Sailau is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.&lt;/p&gt;&lt;p&gt;Sailau is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; for more details.&lt;/p&gt;&lt;p&gt;Sailau uses Qt (LGPL-3.0), Qt Charts (GPL-3.0), SQLite (public domain) and QuaZip (LGPL-2.1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright © Sailau әзірлеушілері.&lt;/p&gt;&lt;p&gt;Sailau — еркін бағдарламалық жасақтама: оны Free Software Foundation жариялаған GNU General Public License лицензиясының 3-нұсқасының немесе (өз таңдауыңыз бойынша) кез келген кейінгі нұсқасының шарттарымен таратуға және/немесе өзгертуге болады.&lt;/p&gt;&lt;p&gt;Sailau пайдалы болады деген үмітпен таратылады, бірақ ЕШҚАНДАЙ КЕПІЛДІКСІЗ; тіпті ТАУАРЛЫҚ ЖАРАМДЫЛЫҚ немесе БЕЛГІЛІ БІР МАҚСАТҚА САЙ КЕЛУ туралы болжамды кепілдіксіз. Толығырақ &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; құжатын қараңыз.&lt;/p&gt;&lt;p&gt;Sailau Qt (LGPL-3.0), Qt Charts (GPL-3.0), SQLite (қоғамдық игілік) және QuaZip (LGPL-2.1) кітапханаларын пайдаланады.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Лицензия</translation>
    </message>
    <message>
        <source>&lt;p&gt;The bundled sample holds the 5 November 2023 pilot elections of akims of districts and cities of regional significance, and the 2021 rural-election totals, as public sources reported them: press releases of the Central Election Commission and regional akimats, as carried by news sites, and the news reports themselves.&lt;/p&gt;&lt;p&gt;Its figures come from reports published by: %1.&lt;/p&gt;&lt;p&gt;Every figure keeps the address of the report it comes from: the race details show it, and exports carry it. Names of regions are given as their Kazakh, Russian and English official forms.&lt;/p&gt;&lt;p&gt;Data you import is yours: Sailau sends nothing anywhere.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Кірістірілген үлгі деректерде 2023 жылғы 5 қарашада өткен аудандар мен облыстық маңызы бар қалалар әкімдерінің пилоттық сайлауы және 2021 жылғы ауылдық сайлаулардың қорытынды деректері ашық дереккөздер жариялаған күйінде берілген: Орталық сайлау комиссиясы мен облыс әкімдіктерінің баспасөз хабарламалары (жаңалық сайттары таратқан түрде) және жаңалық хабарламаларының өзі.&lt;/p&gt;&lt;p&gt;Оның көрсеткіштері мына дереккөздер жариялаған хабарламалардан алынған: %1.&lt;/p&gt;&lt;p&gt;Әр көрсеткіш өзі алынған хабарламаның мекенжайын сақтайды: оны сайлау мәліметтері көрсетеді, экспорт та қамтиды. Облыстардың атаулары ресми қазақша, орысша және ағылшынша нұсқаларында берілген.&lt;/p&gt;&lt;p&gt;Сіз импорттаған деректер — сіздікі: Sailau ештеңені ешқайда жібермейді.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>&amp;Data Sources</source>
        <translation>&amp;Дереккөздер</translation>
    </message>
</context>
<context>
    <name>Sailau::AgeBands</name>
    <message>
        <source>under 30</source>
        <translation>30-ға дейін</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 және одан жоғары</translation>
    </message>
</context>
<context>
    <name>Sailau::Appearance</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Жүйелік</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Ашық</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Күңгірт</translation>
    </message>
</context>
<context>
    <name>Sailau::BatchModel</name>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>bundled sample</source>
        <translation>кірістірілген үлгі</translation>
    </message>
    <message>
        <source>synthetic data</source>
        <translation>синтетикалық деректер</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Жолдар</translation>
    </message>
    <message>
        <source>New races</source>
        <translation>Жаңа сайлаулар</translation>
    </message>
    <message>
        <source>Races completed</source>
        <translation>Толықтырылған сайлаулар</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаттар</translation>
    </message>
    <message>
        <source>New territories</source>
        <translation>Жаңа аумақтар</translation>
    </message>
</context>
<context>
    <name>Sailau::CandidateListModel</name>
    <message>
        <source>Against all</source>
        <translation>Барлығына қарсы</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Дереккөз: %1</translation>
    </message>
    <message>
        <source>Not known: the nomination is not known</source>
        <translation>Белгісіз: кім ұсынғаны белгісіз</translation>
    </message>
    <message>
        <source>As given: %1</source>
        <translation>Берілгені: %1</translation>
    </message>
    <message>
        <source>Share of valid votes (all candidates&apos; votes and &quot;against all&quot;)</source>
        <translation>Жарамды дауыстардағы үлес (барлық кандидаттардың дауыстары және «барлығына қарсы»)</translation>
    </message>
    <message>
        <source>Share of valid votes (ballots cast − invalid)</source>
        <translation>Жарамды дауыстардағы үлес (урнаға салынған бюллетеньдер − жарамсыз бюллетеньдер)</translation>
    </message>
    <message>
        <source>As published</source>
        <translation>Жарияланғаны бойынша</translation>
    </message>
    <message>
        <source>No share was published</source>
        <translation>Үлес жарияланбаған</translation>
    </message>
    <message>
        <source>Not known whether elected</source>
        <translation>Сайланғаны белгісіз</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>Сайланды</translation>
    </message>
    <message>
        <source>Not elected</source>
        <translation>Сайланбады</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Кім ұсынды</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлес</translation>
    </message>
    <message>
        <source>Published share</source>
        <translation>Жарияланған үлес</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>жасы %1</translation>
    </message>
    <message>
        <source>incumbent</source>
        <translation>қазіргі әкім</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>As published; what it is a share of cannot be told from the figures</source>
        <translation>Жарияланғандай; неден алынған үлес екенін сандардан анықтау мүмкін емес</translation>
    </message>
    <message>
        <source>As published; it matches the votes %1</source>
        <translation>Жарияланғандай; дауыстардың %1 үлесіне сәйкес</translation>
    </message>
    <message>
        <source>Not known: no source gives the candidate&apos;s sex</source>
        <translation>Белгісіз: кандидаттың жынысын ешбір дереккөз көрсетпейді</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Туған жылы</translation>
    </message>
    <message>
        <source>Age at the election, as given (the year of birth is not known)</source>
        <translation>Сайлау күнгі жасы, көрсетілгендей (туған жылы белгісіз)</translation>
    </message>
    <message>
        <source>Not known: no source gives the year of birth or the age</source>
        <translation>Белгісіз: туған жылын немесе жасын ешбір дереккөз көрсетпейді</translation>
    </message>
    <message>
        <source>Not known: no source gives the occupation</source>
        <translation>Белгісіз: кәсібін ешбір дереккөз көрсетпейді</translation>
    </message>
    <message>
        <source>Not known whether the sitting akim stood</source>
        <translation>Қазіргі әкімнің түскені белгісіз</translation>
    </message>
    <message>
        <source>The sitting akim</source>
        <translation>Қазіргі әкім</translation>
    </message>
    <message>
        <source>Not the sitting akim</source>
        <translation>Қазіргі әкім емес</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған жылы</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Кәсібі</translation>
    </message>
    <message>
        <source>Incumbent</source>
        <translation>Қазіргі әкім</translation>
    </message>
</context>
<context>
    <name>Sailau::CandidateProfileModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No candidate&apos;s sex is known.</source>
        <translation>Бірде-бір кандидаттың жынысы белгісіз.</translation>
    </message>
    <message>
        <source>Women: %1 of the %2 candidates whose sex is known (%3 candidates in all)</source>
        <translation>Әйелдер: жынысы белгілі %2 кандидаттың %1 (барлығы %3 кандидат)</translation>
    </message>
    <message>
        <source>No winner&apos;s sex is known.</source>
        <translation>Бірде-бір жеңімпаздың жынысы белгісіз.</translation>
    </message>
    <message>
        <source>Women: %1 of the %2 winners whose sex is known (%3 winners in all)</source>
        <translation>Әйелдер: жынысы белгілі %2 жеңімпаздың %1 (барлығы %3 жеңімпаз)</translation>
    </message>
    <message>
        <source>No candidate&apos;s age or year of birth is known.</source>
        <translation>Бірде-бір кандидаттың жасы не туған жылы белгісіз.</translation>
    </message>
    <message>
        <source>Age at the election of the %1 candidates whose age or year of birth is known (%2 in all)</source>
        <translation>Жасы не туған жылы белгілі %1 кандидаттың сайлау күнгі жасы (барлығы %2)</translation>
    </message>
    <message>
        <source>No winner&apos;s age or year of birth is known.</source>
        <translation>Бірде-бір жеңімпаздың жасы не туған жылы белгісіз.</translation>
    </message>
    <message>
        <source>Age at the election of the %1 winners whose age or year of birth is known (%2 in all)</source>
        <translation>Жасы не туған жылы белгілі %1 жеңімпаздың сайлау күнгі жасы (барлығы %2)</translation>
    </message>
    <message>
        <source>Of no candidate is it known whether they were the sitting akim.</source>
        <translation>Бірде-бір кандидаттың қазіргі әкім болған-болмағаны белгісіз.</translation>
    </message>
    <message>
        <source>Sitting akims who stood, of the %1 candidates of whom it is known (%2 in all)</source>
        <translation>Бұл белгілі %1 кандидаттың ішінде сайлауға түскен қазіргі әкімдер (барлығы %2)</translation>
    </message>
    <message>
        <source>No sitting akim is known to have stood in a race whose winner is known.</source>
        <translation>Жеңімпазы белгілі сайлауға түскен бірде-бір қазіргі әкім белгісіз.</translation>
    </message>
    <message>
        <source>%1 of %2 sitting akims who stood kept their post</source>
        <translation>Сайлауға түскен %2 қазіргі әкімнің %1 әкімі лауазымын сақтап қалды</translation>
    </message>
    <message>
        <source>%1 candidates aged %2 at the election, %3 of them elected</source>
        <translation>Сайлау күні %2 жастағы %1 кандидат, олардың %3 сайланды</translation>
    </message>
    <message>
        <source>Candidates of this age at the election (of them winners)</source>
        <translation>Сайлау күні осы жастағы кандидаттар (олардың ішінде жеңімпаздар)</translation>
    </message>
    <message>
        <source>Election day or region</source>
        <translation>Сайлау күні немесе облыс</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаттар</translation>
    </message>
    <message>
        <source>Women among the candidates</source>
        <translation>Кандидаттар арасындағы әйелдер</translation>
    </message>
    <message>
        <source>Women among the winners</source>
        <translation>Жеңімпаздар арасындағы әйелдер</translation>
    </message>
    <message>
        <source>Sex known</source>
        <translation>Жынысы белгілі</translation>
    </message>
    <message>
        <source>Median age</source>
        <translation>Медианалық жас</translation>
    </message>
    <message>
        <source>Median age of the winners</source>
        <translation>Жеңімпаздардың медианалық жасы</translation>
    </message>
    <message>
        <source>Age known</source>
        <translation>Жасы белгілі</translation>
    </message>
    <message>
        <source>Sitting akims standing</source>
        <translation>Сайлауға түскен қазіргі әкімдер</translation>
    </message>
    <message>
        <source>Sitting akims re-elected</source>
        <translation>Қайта сайланған қазіргі әкімдер</translation>
    </message>
    <message>
        <source>Incumbency known</source>
        <translation>Қазіргі әкім екені белгілі</translation>
    </message>
</context>
<context>
    <name>Sailau::CandidateProfiles</name>
    <message>
        <source>All elections</source>
        <translation>Барлық сайлаулар</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>өңірсіз</translation>
    </message>
</context>
<context>
    <name>Sailau::CandidateTable</name>
    <message>
        <source>Race</source>
        <translation>Сайлау (нөмірі)</translation>
    </message>
    <message>
        <source>Election day</source>
        <translation>Сайлау күні</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Аумақ</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Кім ұсынды</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Published vote share, %</source>
        <translation>Жарияланған дауыс үлесі, %</translation>
    </message>
    <message>
        <source>Share of</source>
        <translation>Неден үлес</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>Сайланды</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Туған жылы</translation>
    </message>
    <message>
        <source>Age at the election</source>
        <translation>Сайлау күнгі жасы</translation>
    </message>
    <message>
        <source>Occupation or position</source>
        <translation>Кәсібі немесе лауазымы</translation>
    </message>
    <message>
        <source>Sitting akim</source>
        <translation>Қазіргі әкім</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>ballots cast</source>
        <translation>берілген бюллетеньдер</translation>
    </message>
    <message>
        <source>valid votes</source>
        <translation>жарамды дауыстар</translation>
    </message>
    <message>
        <source>voters</source>
        <translation>сайлаушылар</translation>
    </message>
    <message>
        <source>self-nominated</source>
        <translation>өзін-өзі ұсынған</translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ChartArea</name>
    <message>
        <source>The charts could not read the database: %1</source>
        <translation>Диаграммалар дерекқорды оқи алмады: %1</translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot; to the clipboard.</source>
        <translation>«%1» алмасу буферіне көшірілді.</translation>
    </message>
    <message>
        <source>Cannot Copy the Chart</source>
        <translation>Диаграмманы көшіру мүмкін емес</translation>
    </message>
    <message>
        <source>Cannot Add to the Deck</source>
        <translation>Топтамаға қосу мүмкін емес</translation>
    </message>
    <message>
        <source>The deck is kept in the database, which could not be changed: %1</source>
        <translation>Топтама дерекқорда сақталады, ал оны өзгерту мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; for %2 to the presentation deck.</source>
        <translation>«%1» (%2) презентация топтамасына қосылды.</translation>
    </message>
    <message>
        <source>Reading %1 races for the charts…</source>
        <translation>Диаграммалар үшін %1 сайлау оқылуда…</translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ChartCatalog</name>
    <message>
        <source>Turnout by race</source>
        <translation>Сайлаулар бойынша қатысу</translation>
    </message>
    <message>
        <source>Distribution of turnout</source>
        <translation>Қатысудың таралуы</translation>
    </message>
    <message>
        <source>Turnout by region</source>
        <translation>Облыстар бойынша қатысу</translation>
    </message>
    <message>
        <source>Margin of victory</source>
        <translation>Жеңіс айырмасы</translation>
    </message>
    <message>
        <source>Winner&apos;s share of the valid votes</source>
        <translation>Жеңімпаздың жарамды дауыстардағы үлесі</translation>
    </message>
    <message>
        <source>Effective number of candidates</source>
        <translation>Кандидаттардың тиімді саны</translation>
    </message>
    <message>
        <source>Candidates per race</source>
        <translation>Бір сайлаудағы кандидаттар саны</translation>
    </message>
    <message>
        <source>Share of votes &quot;against all&quot;</source>
        <translation>«Барлығына қарсы» дауыстардың үлесі</translation>
    </message>
    <message>
        <source>Winners by nomination</source>
        <translation>Кім ұсынғаны бойынша жеңімпаздар</translation>
    </message>
    <message>
        <source>Turnout against the winner&apos;s share</source>
        <translation>Қатысу және жеңімпаздың үлесі</translation>
    </message>
    <message>
        <source>Map of the regions</source>
        <translation>Облыстар картасы</translation>
    </message>
    <message>
        <source>By race</source>
        <translation>Сайлаулар бойынша</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Таралуы</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Облыстар бойынша</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <source>Winner&apos;s share</source>
        <translation>Жеңімпаздың үлесі</translation>
    </message>
    <message>
        <source>Effective candidates</source>
        <translation>Тиімді кандидаттар</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаттар</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Барлығына қарсы</translation>
    </message>
    <message>
        <source>Turnout × winner&apos;s share</source>
        <translation>Қатысу × жеңімпаздың үлесі</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>turnout of each race, sorted, with the published national or regional turnout as a reference line</source>
        <translation>әр сайлаудағы қатысу, сұрыпталған, салыстыру сызығы ретінде жарияланған республикалық немесе облыстық қатысу</translation>
    </message>
    <message>
        <source>how many races had a turnout in each 5-point band</source>
        <translation>қатысуы әр 5 пайыздық аралыққа түскен сайлаулар саны</translation>
    </message>
    <message>
        <source>turnout of each region: as published where a source gives it, else computed from the races&apos; counts</source>
        <translation>әр облыстағы қатысу: дереккөз берген жерде жарияланғаны бойынша, әйтпесе сайлаулардың сандарынан есептелген</translation>
    </message>
    <message>
        <source>margin of victory of each race: (first − second) ÷ valid votes</source>
        <translation>әр сайлаудағы жеңіс айырмасы: (бірінші − екінші) ÷ жарамды дауыстар</translation>
    </message>
    <message>
        <source>the winner&apos;s share of the valid votes in each race</source>
        <translation>әр сайлаудағы жеңімпаздың жарамды дауыстардағы үлесі</translation>
    </message>
    <message>
        <source>effective number of candidates of each race, Laakso–Taagepera and Golosov</source>
        <translation>әр сайлаудағы кандидаттардың тиімді саны, Laakso–Taagepera және Golosov бойынша</translation>
    </message>
    <message>
        <source>how many races had one, two, three … candidates</source>
        <translation>бір, екі, үш … кандидат қатысқан сайлаулар саны</translation>
    </message>
    <message>
        <source>share of the valid votes cast &quot;against all&quot; in each race</source>
        <translation>әр сайлаудағы «барлығына қарсы» берілген жарамды дауыстардың үлесі</translation>
    </message>
    <message>
        <source>winners counted by who nominated them: self-nominated and each party</source>
        <translation>кім ұсынғаны бойынша есептелген жеңімпаздар: өзін-өзі ұсынғандар және әр партия</translation>
    </message>
    <message>
        <source>one point per race: turnout across, winner&apos;s share up, sized by voters on the lists</source>
        <translation>әр сайлау — бір нүкте: көлденеңінен қатысу, тігінен жеңімпаздың үлесі, өлшемі тізімге енгізілген сайлаушылар санына сәйкес</translation>
    </message>
    <message>
        <source>tile map of the 20 regions and cities of republican significance, coloured by a metric (--metric)</source>
        <translation>20 облыс пен республикалық маңызы бар қаланың ұяшықты картасы, көрсеткіш бойынша боялған (--metric)</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Competitiveness</source>
        <translation>Бәсекелестік</translation>
    </message>
    <message>
        <source>Turnout × Winner&apos;s Share</source>
        <translation>Қатысу × жеңімпаздың үлесі</translation>
    </message>
    <message>
        <source>Races held</source>
        <translation>Өткен сайлаулар</translation>
    </message>
    <message>
        <source>Winner&apos;s share (mean of races)</source>
        <translation>Жеңімпаздың үлесі (сайлаулардың орташасы)</translation>
    </message>
    <message>
        <source>Margin of victory (mean of races)</source>
        <translation>Жеңіс айырмасы (сайлаулардың орташасы)</translation>
    </message>
    <message>
        <source>Effective number of candidates (mean of races)</source>
        <translation>Кандидаттардың тиімді саны (сайлаулардың орташасы)</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; share (mean of races)</source>
        <translation>«Барлығына қарсы» үлесі (сайлаулардың орташасы)</translation>
    </message>
    <message>
        <source>Turnout by election</source>
        <translation>Сайлаулар бойынша қатысу</translation>
    </message>
    <message>
        <source>Competitiveness by election</source>
        <translation>Сайлаулар бойынша бәсекелестік</translation>
    </message>
    <message>
        <source>One territory over time</source>
        <translation>Бір аумақ уақыт бойынша</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Аумақ</translation>
    </message>
    <message>
        <source>turnout on each election day (--elections), of the whole and of each region: one line each</source>
        <translation>әр сайлау күніндегі қатысу (--elections), жалпы және әр өңір бойынша: әрқайсысына бір сызық</translation>
    </message>
    <message>
        <source>on each election day (--elections): contested races, median margin, races won by self-nominated candidates</source>
        <translation>әр сайлау күнінде (--elections): бәсекелі сайлаулар, медианалық алшақтық, өзін-өзі ұсынған кандидаттар жеңген сайлаулар</translation>
    </message>
    <message>
        <source>one territory (--region) on each election day (--elections): turnout, winner&apos;s share, margin</source>
        <translation>бір аумақ (--region) әр сайлау күнінде (--elections): қатысу, жеңімпаздың үлесі, алшақтық</translation>
    </message>
    <message>
        <source>Women and sitting akims by election</source>
        <translation>Сайлаулар бойынша әйелдер мен қазіргі әкімдер</translation>
    </message>
    <message>
        <source>Ages of the candidates and the winners</source>
        <translation>Кандидаттар мен жеңімпаздардың жасы</translation>
    </message>
    <message>
        <source>Women and sitting akims</source>
        <translation>Әйелдер мен қазіргі әкімдер</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Жас</translation>
    </message>
    <message>
        <source>on each election day (--elections): women among the candidates and among the winners, sitting akims re-elected, of the candidates whose sex or incumbency is known</source>
        <translation>әр сайлау күнінде (--elections): кандидаттар мен жеңімпаздар арасындағы әйелдер, қайта сайланған қазіргі әкімдер — жынысы немесе қазіргі әкім екені белгілі кандидаттар бойынша</translation>
    </message>
    <message>
        <source>candidates and winners of the election days (--elections) by age at the election, in bands of ten years</source>
        <translation>сайлау күндерінің (--elections) кандидаттары мен жеңімпаздары сайлау күнгі жасы бойынша, он жылдық топтармен</translation>
    </message>
    <message>
        <source>Votes and wins by nomination</source>
        <translation>Ұсыну бойынша дауыстар мен жеңістер</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>Ұсыну</translation>
    </message>
    <message>
        <source>each nomination&apos;s share of the votes and its win rate over the election days (--elections)</source>
        <translation>сайлау күндеріндегі (--elections) әр ұсынудың дауыс үлесі және жеңіс үлесі</translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ChartData</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Published turnout, %1: %2</source>
        <translation>Жарияланған қатысу, %1: %2</translation>
    </message>
    <message>
        <source>No races are held here on this day.</source>
        <translation>Бұл жерде осы күні сайлау өтпейді.</translation>
    </message>
    <message>
        <source>%1 of %2 races have %3; the other %4 are left out, not drawn as 0.</source>
        <translation>%2 сайлаудың %1 сайлауында %3 белгілі; қалған %4 сайлау 0 ретінде салынбай, алынып тасталды.</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>Карта: %1</translation>
    </message>
    <message>
        <source>a turnout</source>
        <translation>қатысу көрсеткіші</translation>
    </message>
    <message>
        <source>a margin of victory</source>
        <translation>жеңіс айырмасы</translation>
    </message>
    <message>
        <source>a winner&apos;s share</source>
        <translation>жеңімпаздың үлесі</translation>
    </message>
    <message>
        <source>an effective number of candidates</source>
        <translation>кандидаттардың тиімді саны</translation>
    </message>
    <message>
        <source>an &quot;against all&quot; share</source>
        <translation>«барлығына қарсы» үлесі</translation>
    </message>
    <message>
        <source>Why: %1.</source>
        <translation>Себебі: %1.</translation>
    </message>
    <message>
        <source>* turnout as published (the counts are not known)</source>
        <translation>* жарияланған қатысу (сандар белгісіз)</translation>
    </message>
    <message>
        <source>† ballots cast ÷ voters (ballots issued not known)</source>
        <translation>† урнаға салынған бюллетеньдер ÷ сайлаушылар (берілген бюллетеньдер белгісіз)</translation>
    </message>
    <message>
        <source>Laakso–Taagepera</source>
        <translation>Laakso–Taagepera</translation>
    </message>
    <message>
        <source>Golosov</source>
        <translation>Golosov</translation>
    </message>
    <message>
        <source>Effective candidates</source>
        <translation>Тиімді кандидаттар</translation>
    </message>
    <message>
        <source>Races</source>
        <translation>Сайлаулар</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Turnout, 5-point bands</source>
        <translation>Қатысу, 5 пайыздық аралықтар</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Облыстар</translation>
    </message>
    <message>
        <source>as published</source>
        <translation>жарияланғаны бойынша</translation>
    </message>
    <message numerus="yes">
        <source>computed from %n race(s)&apos; counts: %1</source>
        <translation>
            <numerusform>%n сайлаудың сандарынан есептелген: %1</numerusform>
            <numerusform>%n сайлаудың сандарынан есептелген: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>computed: Σ ballots ÷ Σ voters over %n race(s)</source>
        <translation>
            <numerusform>есептелген: %n сайлау бойынша Σ бюллетеньдер ÷ Σ сайлаушылар</numerusform>
            <numerusform>есептелген: %n сайлау бойынша Σ бюллетеньдер ÷ Σ сайлаушылар</numerusform>
        </translation>
    </message>
    <message>
        <source>Turnout is known for %1 of the %2 regions with races; the others are left out, not drawn as 0.</source>
        <translation>Қатысу сайлау өткен %2 облыстың %1 облысы үшін белгілі; қалғандары 0 ретінде салынбай, алынып тасталды.</translation>
    </message>
    <message>
        <source>as published: the region&apos;s turnout as a source gives it</source>
        <translation>жарияланғаны бойынша: облыстың дереккөз берген қатысуы</translation>
    </message>
    <message>
        <source>computed: Σ ballots ÷ Σ voters over the region&apos;s races with both counts</source>
        <translation>есептелген: облыстың екі саны да белгілі сайлаулары бойынша Σ бюллетеньдер ÷ Σ сайлаушылар</translation>
    </message>
    <message>
        <source>Candidates on the ballot</source>
        <translation>Бюллетеньдегі кандидаттар</translation>
    </message>
    <message>
        <source>a known number of candidates</source>
        <translation>кандидаттардың саны</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>Жеңімпаздар</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Кім ұсынды</translation>
    </message>
    <message>
        <source>Self-nominated</source>
        <translation>Өзін-өзі ұсынған</translation>
    </message>
    <message>
        <source>No winner is known for the %1 races here.</source>
        <translation>Мұндағы %1 сайлаудың ешқайсысында жеңімпаз белгісіз.</translation>
    </message>
    <message>
        <source>The nomination is known for %1 of the %2 winners known (%3 races); the others are left out.</source>
        <translation>Белгілі %2 жеңімпаздың (%3 сайлау) %1 жеңімпазын кім ұсынғаны белгілі; қалғандары алынып тасталды.</translation>
    </message>
    <message>
        <source>both a turnout and a winner&apos;s share</source>
        <translation>қатысу да, жеңімпаздың үлесі де</translation>
    </message>
    <message>
        <source>Hollow points: voters on the lists not known, so not sized (%1).</source>
        <translation>Бос нүктелер: тізімге енгізілген сайлаушылар белгісіз, сондықтан өлшемі берілмеген (%1).</translation>
    </message>
    <message>
        <source>Point area grows with the voters on the lists, in four classes.</source>
        <translation>Нүктенің ауданы тізімге енгізілген сайлаушылар санымен бірге төрт сатымен өседі.</translation>
    </message>
    <message>
        <source>races held on this day</source>
        <translation>осы күні өткен сайлаулар</translation>
    </message>
    <message>
        <source>mean of %1 of the region&apos;s %2 races</source>
        <translation>облыстың %2 сайлауының %1 сайлауы бойынша орташа</translation>
    </message>
    <message>
        <source>%1 races in %2 regions; regions without races show 0 races, which is a count, not a gap.</source>
        <translation>%2 облыста %1 сайлау; сайлау өтпеген облыстарда 0 сайлау көрсетіледі — бұл олқылық емес, сан.</translation>
    </message>
    <message>
        <source>%1 of %2 regions have a value; the others are hatched as not known, not coloured as low.</source>
        <translation>%2 облыстың %1 облысында мән бар; қалғандары төмен мән ретінде боялмай, белгісіз ретінде штрихталған.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 және тағы %n</numerusform>
            <numerusform>%1 және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>synthetic data, not real results</source>
        <translation>синтетикалық деректер, нақты нәтижелер емес</translation>
    </message>
    <message>
        <source>%1; includes synthetic data, not real results</source>
        <translation>%1; синтетикалық деректерді қамтиды, нақты нәтижелер емес</translation>
    </message>
    <message>
        <source>the Sailau database</source>
        <translation>Sailau дерекқоры</translation>
    </message>
    <message>
        <source>Source: %1; calculations by Sailau, as of %2.</source>
        <translation>Дереккөз: %1; есептеулерді Sailau жүргізді, %2 жағдай бойынша.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln race(s) have %1.</source>
        <translation>
            <numerusform>Мұндағы жалғыз сайлауда %1 белгілі.</numerusform>
            <numerusform>Барлық %Ln сайлауда %1 белгілі.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln region(s) have a value.</source>
        <translation>
            <numerusform>Жалғыз облыста мән бар.</numerusform>
            <numerusform>Барлық %Ln облыста мән бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, imported %2</source>
        <translation>%1, %2 импортталған</translation>
    </message>
    <message>
        <source>Choose two or more election days to compare.</source>
        <translation>Салыстыру үшін екі немесе одан көп сайлау күнін таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 of %2 election days have a turnout computed from the races&apos; counts; the others are gaps in the line, not 0.</source>
        <translation>%2 сайлау күнінің %1 күнінде қатысу сайлау сандарынан есептелген; қалғандары — сызықтағы үзіліс, 0 емес.</translation>
    </message>
    <message>
        <source>Turnout computed from the races&apos; counts (ballots issued ÷ voters on the lists).</source>
        <translation>Келу сайлау сандарынан есептелген (берілген бюллетеньдер ÷ тізімдегі сайлаушылар).</translation>
    </message>
    <message>
        <source>The %1 territories are too many to draw one line each.</source>
        <translation>Аумақтар (%1) әрқайсысына бір сызық салуға тым көп.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлес</translation>
    </message>
    <message>
        <source>Contested races (two or more candidates)</source>
        <translation>Бәсекелі сайлаулар (екі және одан көп кандидат)</translation>
    </message>
    <message>
        <source>Median margin of victory</source>
        <translation>Жеңістің медианалық алшақтығы</translation>
    </message>
    <message>
        <source>Races won by self-nominated candidates</source>
        <translation>Өзін-өзі ұсынған кандидаттар жеңген сайлаулар</translation>
    </message>
    <message>
        <source>%1: margin known in %2 of %3 races</source>
        <translation>%1: алшақтық %3 сайлаудың %2 сайлауында белгілі</translation>
    </message>
    <message>
        <source>Choose a territory that held races to see its line.</source>
        <translation>Сызығын көру үшін сайлау өткен аумақты таңдаңыз.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no race on %1</source>
        <translation>%1 сайлау болған жоқ</translation>
    </message>
    <message>
        <source>Elected at different levels: %1.</source>
        <translation>Әртүрлі деңгейде сайланған: %1.</translation>
    </message>
    <message>
        <source>Women among the candidates</source>
        <translation>Кандидаттар арасындағы әйелдер</translation>
    </message>
    <message>
        <source>Women among the winners</source>
        <translation>Жеңімпаздар арасындағы әйелдер</translation>
    </message>
    <message>
        <source>Sitting akims re-elected</source>
        <translation>Қайта сайланған қазіргі әкімдер</translation>
    </message>
    <message>
        <source>%1: the sex of %2 of %3 candidates known</source>
        <translation>%1: %3 кандидаттың %2 кандидатының жынысы белгілі</translation>
    </message>
    <message>
        <source>A day on which no candidate&apos;s sex (or incumbency) is known is a gap in its line, not 0.</source>
        <translation>Бірде-бір кандидаттың жынысы (немесе қазіргі әкім екені) белгісіз күн сызықтағы үзіліс болып көрсетіледі, 0 емес.</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаттар</translation>
    </message>
    <message>
        <source>Age at the election</source>
        <translation>Сайлау күнгі жасы</translation>
    </message>
    <message>
        <source>Age known of %1 of %2 candidates and %3 of %4 winners; the others are left out, not counted as any age.</source>
        <translation>%2 кандидаттың %1 кандидатының және %4 жеңімпаздың %3 жеңімпазының жасы белгілі; қалғандары ешбір жасқа жатқызылмай, алынып тасталды.</translation>
    </message>
    <message>
        <source>Median age: candidates %1, winners %2.</source>
        <translation>Медианалық жас: кандидаттар — %1, жеңімпаздар — %2.</translation>
    </message>
    <message>
        <source>Share of the votes</source>
        <translation>Дауыс үлесі</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Жеңіс үлесі</translation>
    </message>
    <message numerus="yes">
        <source>%1 candidates. Shares of the votes in the %n race(s) whose every candidate&apos;s votes are known; win rates in the races whose winner is known. A nomination with neither is left blank, not 0.</source>
        <translation>
            <numerusform>%1 кандидат. Дауыс үлесі — барлық кандидаттың дауысы белгілі %n сайлау бойынша; жеңіс үлесі — жеңімпазы белгілі сайлаулар бойынша. Екеуі де жоқ ұсыну 0 емес, бос қалады.</numerusform>
            <numerusform>%1 кандидат. Дауыс үлесі — барлық кандидаттың дауысы белгілі %n сайлау бойынша; жеңіс үлесі — жеңімпазы белгілі сайлаулар бойынша. Екеуі де жоқ ұсыну 0 емес, бос қалады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ChartExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>%1 жазу мүмкін емес: PDF жасауды бастау мүмкін болмады.</translation>
    </message>
    <message>
        <source>There is no clipboard.</source>
        <translation>Алмасу буфері жоқ.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 бумасын құру мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ChartGraphic</name>
    <message>
        <source>Nothing to draw: no race here has these figures.</source>
        <translation>Салатын ештеңе жоқ: мұндағы бірде-бір сайлауда бұл көрсеткіштер жоқ.</translation>
    </message>
    <message>
        <source>Selected race</source>
        <translation>Таңдалған сайлау</translation>
    </message>
    <message>
        <source>Races ranked, lowest first (%1 races)</source>
        <translation>Сайлаулар ең төменгісінен бастап реттелген (%1 сайлау)</translation>
    </message>
    <message>
        <source>Computed from the races&apos; counts</source>
        <translation>Сайлаулардың сандарынан есептелген</translation>
    </message>
    <message>
        <source>As published</source>
        <translation>Жарияланғаны бойынша</translation>
    </message>
    <message>
        <source>up to %1 voters</source>
        <translation>%1 сайлаушыға дейін</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>voters not known</source>
        <translation>сайлаушылар белгісіз</translation>
    </message>
    <message>
        <source>Voters on the lists: %1</source>
        <translation>Тізімге енгізілген сайлаушылар: %1</translation>
    </message>
    <message>
        <source>Turnout: %1</source>
        <translation>Қатысу: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Дереккөз: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>және тағы %n</numerusform>
            <numerusform>және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: computed by Sailau from the races&apos; counts</source>
        <translation>Дереккөз: Sailau сайлаулардың сандарынан есептеген</translation>
    </message>
    <message numerus="yes">
        <source>from %n race(s)</source>
        <translation>
            <numerusform>%n сайлау бойынша</numerusform>
            <numerusform>%n сайлау бойынша</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n candidate(s)</source>
        <translation>
            <numerusform>%n кандидат бойынша</numerusform>
            <numerusform>%n кандидат бойынша</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ChartPanel</name>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Бояу негізі:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>Export this chart as PNG, JPEG, SVG or PDF</source>
        <translation>Бұл диаграмманы PNG, JPEG, SVG немесе PDF пішімінде экспорттау</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <source>Copy this chart to the clipboard</source>
        <translation>Бұл диаграмманы алмасу буферіне көшіру</translation>
    </message>
    <message>
        <source>Add to Deck</source>
        <translation>Топтамаға қосу</translation>
    </message>
    <message>
        <source>Add this chart to the presentation deck</source>
        <translation>Бұл диаграмманы презентация топтамасына қосу</translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ChartTheme</name>
    <message>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Күңгірт</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::DeckDialog</name>
    <message>
        <source>Presentation Deck</source>
        <translation>Презентация топтамасы</translation>
    </message>
    <message>
        <source>The charts of your talk, in order. The deck is saved with the database.</source>
        <translation>Баяндамаңыздың диаграммалары, ретімен. Топтама дерекқормен бірге сақталады.</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Топтама</translation>
    </message>
    <message>
        <source>&amp;Add Current Chart</source>
        <translation>Ағымдағы диаграмманы &amp;қосу</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Төмен жылжыту</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Өшіру</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>Карта: %1</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>The deck could not be read: %1</source>
        <translation>Топтаманы оқу мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ExportDialog</name>
    <message>
        <source>Export All Charts</source>
        <translation>Барлық диаграммаларды экспорттау</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Диаграмманы экспорттау</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Алмасу буфері</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Пішім:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Өз өлшемі</translation>
    </message>
    <message>
        <source>Report figure, 160 × 100 mm</source>
        <translation>Есептегі сурет, 160 × 100 мм</translation>
    </message>
    <message>
        <source>Half page, 80 × 60 mm</source>
        <translation>Жарты бет, 80 × 60 мм</translation>
    </message>
    <message>
        <source>A4 landscape, 297 × 210 mm</source>
        <translation>A4 альбомдық, 297 × 210 мм</translation>
    </message>
    <message>
        <source>Slide, 1920 × 1080 px</source>
        <translation>Слайд, 1920 × 1080 пикс.</translation>
    </message>
    <message>
        <source>Web, 1200 × 675 px</source>
        <translation>Веб, 1200 × 675 пикс.</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Дайын өлшем:</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>мм</translation>
    </message>
    <message>
        <source>px</source>
        <translation>пикс.</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Өлшем:</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ені</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Биіктігі</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Ажыратымдылық:</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Ақ</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Мөлдір</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Безендіру</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Фон:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Безендіру:</translation>
    </message>
    <message>
        <source>&amp;Title and subtitle</source>
        <translation>&amp;Тақырып пен тақырыпша</translation>
    </message>
    <message>
        <source>Each chart&apos;s own title</source>
        <translation>Әр диаграмманың өз тақырыбы</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Та&amp;қырып:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>Тақырып&amp;ша:</translation>
    </message>
    <message>
        <source>&amp;Note on left-out races</source>
        <translation>Алынып тасталған сайлаулар туралы &amp;жазба</translation>
    </message>
    <message>
        <source>Source &amp;footnote</source>
        <translation>Дереккөз &amp;ескертпесі</translation>
    </message>
    <message>
        <source>Foot&amp;note:</source>
        <translation>Ес&amp;кертпе:</translation>
    </message>
    <message>
        <source>Export All…</source>
        <translation>Барлығын экспорттау…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>%1 × %2 px = %3 × %4 mm at %5 DPI</source>
        <translation>%1 × %2 пикс. = %3 × %4 мм, %5 DPI</translation>
    </message>
    <message>
        <source>Copied the chart to the clipboard.</source>
        <translation>Диаграмма алмасу буферіне көшірілді.</translation>
    </message>
    <message>
        <source>Export All Charts Into</source>
        <translation>Барлық диаграммаларды экспорттайтын бума</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chart(s) into %1.</source>
        <translation>
            <numerusform>%n диаграмма %1 бумасына экспортталды.</numerusform>
            <numerusform>%n диаграмма %1 бумасына экспортталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>Диаграмма %1 файлына сақталды.</translation>
    </message>
    <message>
        <source>Higher quality keeps fine lines and small text sharp and makes larger files; %1 suits reports.</source>
        <translation>Сапа неғұрлым жоғары болса, жіңішке сызықтар мен ұсақ мәтін соғұрлым анық, ал файл үлкенірек болады; есептерге %1 жарайды.</translation>
    </message>
    <message>
        <source>JPEG &amp;quality:</source>
        <translation>JPEG &amp;сапасы:</translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ExportOptions</name>
    <message>
        <source>The resolution must be between %1 and %2 DPI, not %3.</source>
        <translation>Ажыратымдылық %1 және %2 DPI аралығында болуы керек, %3 емес.</translation>
    </message>
    <message>
        <source>The image is too small: %1 × %2 pixels.</source>
        <translation>Сурет тым кіші: %1 × %2 пиксель.</translation>
    </message>
    <message>
        <source>The image is too large: %1 × %2 pixels.</source>
        <translation>Сурет тым үлкен: %1 × %2 пиксель.</translation>
    </message>
    <message>
        <source>At %1 DPI the chart would be %2 × %3 mm, too small to be readable; choose a larger size or a lower resolution.</source>
        <translation>%1 DPI кезінде диаграмма %2 × %3 мм болады, бұл оқуға тым кіші; үлкенірек өлшемді немесе төменірек ажыратымдылықты таңдаңыз.</translation>
    </message>
    <message>
        <source>JPEG has no transparency: choose PNG or SVG, or a white background.</source>
        <translation>JPEG мөлдірлікті қолдамайды: PNG не SVG пішімін немесе ақ фонды таңдаңыз.</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG суреті</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG суреті</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG сызбасы</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF құжаты</translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::PresentationWindow</name>
    <message>
        <source>Sailau — Presentation</source>
        <translation>Sailau — Презентация</translation>
    </message>
    <message>
        <source>%1 / %2    ←/→ charts   ↑/↓ regions   Esc ends</source>
        <translation>%1 / %2    ←/→ диаграммалар   ↑/↓ облыстар   Esc — аяқтау</translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::TileMapItem</name>
    <message>
        <source>not known</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>Races on this day: %1</source>
        <translation>Осы күнгі сайлаулар: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Дереккөз: %1</translation>
    </message>
    <message>
        <source>Source: computed by Sailau from the races&apos; figures</source>
        <translation>Дереккөз: Sailau сайлаулардың көрсеткіштерінен есептеген</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Белгісіз</translation>
    </message>
</context>
<context>
    <name>Sailau::Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Осы анықтаманы көрсету.</translation>
    </message>
    <message>
        <source>Try &apos;sailau %1 --help&apos;.</source>
        <translation>&apos;sailau %1 --help&apos; пәрменін қолданып көріңіз.</translation>
    </message>
    <message>
        <source>Print the race metrics table: one record per race, with the territory, its region, the election date and every metric (null where missing).</source>
        <translation>Сайлау көрсеткіштерінің кестесін шығару: әр сайлауға бір жазба — аумағы, облысы, сайлау күні және барлық көрсеткіштер (жоқ болса, null).</translation>
    </message>
    <message>
        <source>Only the races of this election day.</source>
        <translation>Тек осы сайлау күнінің сайлаулары.</translation>
    </message>
    <message>
        <source>csv or json (default csv).</source>
        <translation>csv немесе json (әдепкі csv).</translation>
    </message>
    <message>
        <source>sailau metrics: unexpected argument &apos;%1&apos;</source>
        <translation>sailau metrics: күтілмеген аргумент &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sailau metrics: --format must be csv or json, not &apos;%1&apos;</source>
        <translation>sailau metrics: --format мәні csv немесе json болуы керек, &apos;%1&apos; емес</translation>
    </message>
    <message>
        <source>sailau metrics: --election takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>sailau metrics: --election күнді YYYY-MM-DD түрінде қабылдайды, &apos;%1&apos; емес</translation>
    </message>
    <message>
        <source>sailau: unknown command &apos;%1&apos;</source>
        <translation>sailau: белгісіз пәрмен &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Import election results from a CSV or XLSX file into the database, in one transaction: when the file has any error, every problem is listed as FILE:LINE:COLUMN: message and nothing is written.
Exit status: 0 imported, 1 rejected, 2 usage error.</source>
        <translation>Сайлау нәтижелерін CSV немесе XLSX файлынан дерекқорға бір транзакциямен импорттау: файлда қате болса, әр мәселе FILE:LINE:COLUMN: хабар түрінде тізіледі және ештеңе жазылмайды.
Шығу коды: 0 — импортталды, 1 — қабылданбады, 2 — пайдалану қатесі.</translation>
    </message>
    <message>
        <source>A mapping preset by name, or a preset JSON file.</source>
        <translation>Атауы бойынша сәйкестендіру шаблоны немесе шаблонның JSON файлы.</translation>
    </message>
    <message>
        <source>UTF-8, UTF-16LE, UTF-16BE or windows-1251 (default: detected).</source>
        <translation>UTF-8, UTF-16LE, UTF-16BE немесе windows-1251 (әдепкі: анықталады).</translation>
    </message>
    <message>
        <source>The delimiter: , ; | or tab (default: detected).</source>
        <translation>Бөлгіш: , ; | немесе tab (әдепкі: анықталады).</translation>
    </message>
    <message>
        <source>The decimal separator: . or , (default: detected).</source>
        <translation>Ондық бөлгіш: . немесе , (әдепкі: анықталады).</translation>
    </message>
    <message>
        <source>XLSX: the sheet, counting from 1 (default 1).</source>
        <translation>XLSX: парақ, 1-ден бастап санағанда (әдепкі 1).</translation>
    </message>
    <message>
        <source>The row that holds the column names, counting from 1 (default: detected).</source>
        <translation>Баған атаулары бар жол, 1-ден бастап санағанда (әдепкі: анықталады).</translation>
    </message>
    <message>
        <source>The election date for a file without a date column.</source>
        <translation>Күні бағаны жоқ файлға арналған сайлау күні.</translation>
    </message>
    <message>
        <source>The election level: district, city_regional, regional_centre or rural.</source>
        <translation>Сайлау деңгейі: district, city_regional, regional_centre немесе rural.</translation>
    </message>
    <message>
        <source>The source of rows that name none (a URL or a document).</source>
        <translation>Дереккөзі көрсетілмеген жолдардың дереккөзі (URL немесе құжат).</translation>
    </message>
    <message>
        <source>Check the file and report, but write nothing.</source>
        <translation>Файлды тексеріп, есеп беру, бірақ ештеңе жазбау.</translation>
    </message>
    <message>
        <source>Do not print warnings.</source>
        <translation>Ескертулерді шығармау.</translation>
    </message>
    <message>
        <source>Try &apos;sailau import --help&apos;.</source>
        <translation>&apos;sailau import --help&apos; пәрменін қолданып көріңіз.</translation>
    </message>
    <message>
        <source>sailau import: unknown encoding &apos;%1&apos; (UTF-8, UTF-16LE, UTF-16BE or windows-1251)</source>
        <translation>sailau import: белгісіз кодтау &apos;%1&apos; (UTF-8, UTF-16LE, UTF-16BE немесе windows-1251)</translation>
    </message>
    <message>
        <source>sailau import: the delimiter must be , ; | or tab, not &apos;%1&apos;</source>
        <translation>sailau import: бөлгіш , ; | немесе tab болуы керек, &apos;%1&apos; емес</translation>
    </message>
    <message>
        <source>sailau import: the decimal separator must be . or ,</source>
        <translation>sailau import: ондық бөлгіш . немесе , болуы керек</translation>
    </message>
    <message>
        <source>sailau import: --%1 takes a number from 1, not &apos;%2&apos;</source>
        <translation>sailau import: --%1 1-ден бастап санды қабылдайды, &apos;%2&apos; емес</translation>
    </message>
    <message>
        <source>sailau import: --date takes YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>sailau import: --date YYYY-MM-DD қабылдайды, &apos;%1&apos; емес</translation>
    </message>
    <message>
        <source>sailau import: --level must be one of %1</source>
        <translation>sailau import: --level мына мәндердің бірі болуы керек: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: rejected with %n error(s); nothing was written.</source>
        <translation>
            <numerusform>%1: %n қатемен қабылданбады; ештеңе жазылған жоқ.</numerusform>
            <numerusform>%1: %n қатемен қабылданбады; ештеңе жазылған жоқ.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows, %2 races (%3 new, %4 updated), %5 candidates, %6 new territories</source>
        <translation>%1 жол, %2 сайлау (%3 жаңа, %4 жаңартылған), %5 кандидат, %6 жаңа аумақ</translation>
    </message>
    <message>
        <source>%1: would import %2 (dry run: nothing was written).</source>
        <translation>%1: %2 импортталар еді (сынақ режимі: ештеңе жазылған жоқ).</translation>
    </message>
    <message>
        <source>%1: imported %2 as import %3.</source>
        <translation>%1: %2; %3 импорты ретінде импортталды.</translation>
    </message>
    <message>
        <source>Print what Sailau&apos;s reader sees in a file: the detected encoding and delimiter, the header and the rows, each cell the exact string parsed.</source>
        <translation>Sailau оқу құралы файлда не көретінін шығару: анықталған кодтау мен бөлгіш, тақырып жолы және жолдар, әр ұяшық — талданған жолдың дәл өзі.</translation>
    </message>
    <message>
        <source>A CSV or XLSX file.</source>
        <translation>CSV немесе XLSX файлы.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON шығару.</translation>
    </message>
    <message>
        <source>At most N rows (default: all).</source>
        <translation>Ең көбі N жол (әдепкі: барлығы).</translation>
    </message>
    <message>
        <source>Read with this encoding.</source>
        <translation>Осы кодтаумен оқу.</translation>
    </message>
    <message>
        <source>Read with this delimiter.</source>
        <translation>Осы бөлгішпен оқу.</translation>
    </message>
    <message>
        <source>XLSX: the sheet, from 1.</source>
        <translation>XLSX: парақ, 1-ден бастап.</translation>
    </message>
    <message>
        <source>sailau inspect: give exactly one file.</source>
        <translation>sailau inspect: дәл бір файлды беріңіз.</translation>
    </message>
    <message>
        <source>sailau inspect: unknown encoding &apos;%1&apos;</source>
        <translation>sailau inspect: белгісіз кодтау &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sailau inspect: the delimiter must be , ; | or tab</source>
        <translation>sailau inspect: бөлгіш , ; | немесе tab болуы керек</translation>
    </message>
    <message>
        <source>sailau inspect: --rows takes a number</source>
        <translation>sailau inspect: --rows санды қабылдайды</translation>
    </message>
    <message>
        <source>List the imports in the database, newest first.</source>
        <translation>Дерекқордағы импорттар тізімі, ең жаңасы бірінші.</translation>
    </message>
    <message>
        <source>ID	IMPORTED (UTC)	KIND	ROWS	RACES	UPDATED	CANDIDATES	TERRITORIES	FILE</source>
        <translation>ID	ИМПОРТТАЛДЫ (UTC)	ТҮРІ	ЖОЛДАР	САЙЛАУЛАР	ЖАҢАРТЫЛДЫ	КАНДИДАТТАР	АУМАҚТАР	ФАЙЛ</translation>
    </message>
    <message>
        <source>Undo an import: remove exactly what it added and restore what it changed.</source>
        <translation>Импортты болдырмау: ол қосқанның дәл өзін жою және ол өзгерткенді қалпына келтіру.</translation>
    </message>
    <message>
        <source>The import&apos;s number (see &apos;sailau imports&apos;).</source>
        <translation>Импорттың нөмірі (&apos;sailau imports&apos; қараңыз).</translation>
    </message>
    <message>
        <source>sailau undo-import: give the number of one import (see &apos;sailau imports&apos;).</source>
        <translation>sailau undo-import: бір импорттың нөмірін беріңіз (&apos;sailau imports&apos; қараңыз).</translation>
    </message>
    <message>
        <source>Undid import %1 (%2).</source>
        <translation>%1 импортының күші жойылды (%2).</translation>
    </message>
    <message>
        <source>Generate synthetic election results for tests and benchmarks: the same seed gives the same data. Every row names the source synthetic:sailau-generator, and an import of it is marked synthetic.</source>
        <translation>Сынақтар мен бенчмарктарға арналған синтетикалық сайлау нәтижелерін жасау: бірдей seed бірдей деректер береді. Әр жол synthetic:sailau-generator дереккөзін көрсетеді, ал оның импорты синтетикалық деп белгіленеді.</translation>
    </message>
    <message>
        <source>How many races (default 1000).</source>
        <translation>Сайлаулар саны (әдепкі 1000).</translation>
    </message>
    <message>
        <source>Rows per race on average, &quot;against all&quot; included (default 5).</source>
        <translation>Бір сайлаудағы жолдардың орташа саны, «барлығына қарсы» қоса алғанда (әдепкі 5).</translation>
    </message>
    <message>
        <source>With --database: polling-station results to add (default 0).</source>
        <translation>--database опциясымен: қосылатын сайлау учаскелерінің нәтижелері (әдепкі 0).</translation>
    </message>
    <message>
        <source>The seed (default 1).</source>
        <translation>Seed мәні (әдепкі 1).</translation>
    </message>
    <message>
        <source>Write a CSV file.</source>
        <translation>CSV файлын жазу.</translation>
    </message>
    <message>
        <source>sailau generate: give either --out FILE.csv or --database FILE</source>
        <translation>sailau generate: --out FILE.csv немесе --database FILE опциясының бірін беріңіз</translation>
    </message>
    <message>
        <source>Wrote %1 rows of %2 synthetic races to %3.</source>
        <translation>%3 файлына %2 синтетикалық сайлаудың %1 жолы жазылды.</translation>
    </message>
    <message>
        <source>Added %1 synthetic races with %2 candidates (import %3) to %4.</source>
        <translation>%4 дерекқорына %2 кандидаты бар %1 синтетикалық сайлау қосылды (%3 импорты).</translation>
    </message>
    <message>
        <source>Write the table to FILE.csv (UTF-8) or FILE.xlsx instead of printing it.</source>
        <translation>Кестені шығарудың орнына FILE.csv (UTF-8) немесе FILE.xlsx файлына жазу.</translation>
    </message>
    <message>
        <source>With --out FILE.csv: &apos;,&apos; (default) or &apos;;&apos; (with a decimal comma, for Excel set to Russian or Kazakh).</source>
        <translation>--out FILE.csv опциясымен: &apos;,&apos; (әдепкі) немесе &apos;;&apos; (ондық үтірмен, орыс немесе қазақ тіліне бапталған Excel үшін).</translation>
    </message>
    <message>
        <source>sailau metrics: --out takes a file ending in .csv or .xlsx, not &apos;%1&apos;</source>
        <translation>sailau metrics: --out .csv немесе .xlsx кеңейтімді файлды қабылдайды, &apos;%1&apos; емес</translation>
    </message>
    <message>
        <source>sailau metrics: --out writes the format its suffix names; leave out --format</source>
        <translation>sailau metrics: --out файл кеңейтімі көрсететін пішімде жазады; --format опциясын алып тастаңыз</translation>
    </message>
    <message>
        <source>sailau metrics: --delimiter goes with --out FILE.csv</source>
        <translation>sailau metrics: --delimiter тек --out FILE.csv опциясымен бірге қолданылады</translation>
    </message>
    <message>
        <source>sailau metrics: --delimiter must be &apos;,&apos; or &apos;;&apos;, not &apos;%1&apos;</source>
        <translation>sailau metrics: --delimiter мәні &apos;,&apos; немесе &apos;;&apos; болуы керек, &apos;%1&apos; емес</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln race(s))</source>
        <translation>
            <numerusform>%1 (%Ln сайлау)</numerusform>
            <numerusform>%1 (%Ln сайлау)</numerusform>
        </translation>
    </message>
    <message>
        <source>The database holds no elections yet.</source>
        <translation>Дерекқорда әзірге сайлау жоқ.</translation>
    </message>
    <message>
        <source>Election days in the database: %1.</source>
        <translation>Дерекқордағы сайлау күндері: %1.</translation>
    </message>
    <message>
        <source>Import a file even when the same file (the same SHA-256) was imported before.</source>
        <translation>Дәл осы файл (сол SHA-256) бұрын импортталған болса да, файлды импорттау.</translation>
    </message>
    <message>
        <source>To import it again all the same, add --allow-duplicate.</source>
        <translation>Оны бәрібір қайта импорттау үшін --allow-duplicate қосыңыз.</translation>
    </message>
    <message>
        <source>Every race of the file lists all its candidates with their votes (without this, a list counts as complete only where the registered count or the ballots show it).</source>
        <translation>Файл әр сайлаудың барлық кандидаттарын дауыстарымен көрсетеді (мұнсыз тізім тіркелген кандидаттар саны немесе бюллетеньдер көрсеткенде ғана толық саналады).</translation>
    </message>
    <message numerus="yes">
        <source>%1: --date %2 filled the date of %n row(s) that had none; rows with a date keep it.</source>
        <translation>
            <numerusform>%1: --date %2 күні жоқ %n жолға күнді толтырды; күні бар жолдар өз күнін сақтайды.</numerusform>
            <numerusform>%1: --date %2 күні жоқ %n жолға күнді толтырды; күні бар жолдар өз күнін сақтайды.</numerusform>
        </translation>
    </message>
    <message>
        <source>sailau %1: the output could not be written, so it is incomplete. Check that the disk has free space and that you may write there. (%2)</source>
        <translation>sailau %1: шығысты жазу мүмкін болмады, сондықтан ол толық емес. Дискіде бос орын бар екенін және сол жерге жазуға құқығыңыз бар екенін тексеріңіз. (%2)</translation>
    </message>
    <message>
        <source>sailau: the argument &quot;%1&quot; holds bytes that are not valid text in this system&apos;s encoding, so the file it names cannot be opened under its real name. Rename the file or its folder (in the file manager, for example), then try again. (bytes: %2)</source>
        <translation>sailau: «%1» аргументінде осы жүйенің кодтамасында мәтін бола алмайтын байттар бар, сондықтан ол атаған файлды шын атымен ашу мүмкін емес. Файлдың немесе оның қалтасының атын өзгертіңіз (мысалы, файл менеджерінде), содан кейін қайталап көріңіз. (байттар: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: rejected with %2 errors (the first %n are listed above); nothing was written.</source>
        <translation>
            <numerusform>%1: %2 қатемен қабылданбады (жоғарыда алғашқы %n қате келтірілген); ештеңе жазылған жоқ.</numerusform>
            <numerusform>%1: %2 қатемен қабылданбады (жоғарыда алғашқы %n қате келтірілген); ештеңе жазылған жоқ.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no races)</source>
        <translation>%1 (сайлау жоқ)</translation>
    </message>
    <message>
        <source>%1: no election was held on %2 in %3.</source>
        <translation>%1: %3 ішінде %2 күні өткен сайлау жоқ.</translation>
    </message>
    <message>
        <source>Usage:
  sailau [--database FILE]          open the browsing window
  sailau metrics [--database FILE] [--election YYYY-MM-DD] [--format csv|json]
                                    print the race metrics table
  sailau metrics [--database FILE] [--election YYYY-MM-DD] --out FILE.{csv,xlsx} [--delimiter ;]
                                    write it to a file that Excel opens
  sailau metrics --candidates [same options]
                                    one record per candidate: votes, nomination, sex, age, occupation
  sailau compare --elections A,B[,C…] [--region NAME] [--aggregates | --nominations | --candidates]
                 [--format csv|json] [--out FILE]
                                    the races of the same territories on several days
  sailau import FILE… [--database DB] [--mapping PRESET] [--encoding E] [--delimiter D]
                [--sheet N] [--date YYYY-MM-DD] [--dry-run] [--skip-invalid [--left-out FILE]]
                                    import results; problems as FILE:LINE:COLUMN: message
  sailau inspect FILE --json        what the reader sees in a file
  sailau generate --races N [--seed S] (--out FILE.csv | --database DB)
                                    synthetic results for tests and benchmarks
  sailau imports [--database DB]    list the imports
  sailau undo-import ID [--database DB]
                                    remove exactly what an import added
  sailau export --list              list the charts
  sailau export --chart NAME --out FILE.{png,jpg,svg,pdf} [--election YYYY-MM-DD]
                [--region NAME] [--width-mm W --height-mm H | --width-px W --height-px H]
                [--dpi D] [--background white|transparent] [--theme light|dark|presentation]
                                    render one chart into a file, without a window
  sailau export --all --out DIR [same options]
                                    render every chart into a folder
  sailau --version | --help

Without --database Sailau uses %1,
created with the bundled sample on first use.
Each command takes --help for its options.
</source>
        <translation>Қолданылуы:
  sailau [--database FILE]          шолу терезесін ашу
  sailau metrics [--database FILE] [--election YYYY-MM-DD] [--format csv|json]
                                    сайлау көрсеткіштерінің кестесін шығару
  sailau metrics [--database FILE] [--election YYYY-MM-DD] --out FILE.{csv,xlsx} [--delimiter ;]
                                    оны Excel ашатын файлға жазу
  sailau metrics --candidates [сол параметрлер]
                                    әр кандидатқа бір жазба: дауыстар, ұсыну, жынысы, жасы, кәсібі
  sailau compare --elections A,B[,C…] [--region NAME] [--aggregates | --nominations | --candidates]
                 [--format csv|json] [--out FILE]
                                    бір аумақтардың әр күнгі сайлаулары
  sailau import FILE… [--database DB] [--mapping PRESET] [--encoding E] [--delimiter D]
                [--sheet N] [--date YYYY-MM-DD] [--dry-run] [--skip-invalid [--left-out FILE]]
                                    нәтижелерді импорттау; мәселелер FILE:LINE:COLUMN: хабар түрінде
  sailau inspect FILE --json        оқу құралы файлда не көретінін көрсету
  sailau generate --races N [--seed S] (--out FILE.csv | --database DB)
                                    сынақтар мен бенчмарктарға арналған синтетикалық нәтижелер
  sailau imports [--database DB]    импорттар тізімі
  sailau undo-import ID [--database DB]
                                    импорт қосқанның дәл өзін жою
  sailau export --list              диаграммалар тізімі
  sailau export --chart NAME --out FILE.{png,jpg,svg,pdf} [--election YYYY-MM-DD]
                [--region NAME] [--width-mm W --height-mm H | --width-px W --height-px H]
                [--dpi D] [--background white|transparent] [--theme light|dark|presentation]
                                    бір диаграмманы терезесіз файлға салу
  sailau export --all --out DIR [сол опциялар]
                                    әр диаграмманы бумаға салу
  sailau --version | --help

--database берілмесе, Sailau %1 файлын пайдаланады,
ол алғаш қолданғанда кірістірілген үлгі деректермен жасалады.
Әр пәрменнің опциялары --help арқылы көрсетіледі.
</translation>
    </message>
    <message>
        <source>The election day of the races (default 2021-07-25); the same --races on another day gives the same territories, to compare.</source>
        <translation>Сайлау күні (әдепкі 2021-07-25); басқа күнгі дәл сондай --races салыстыру үшін сол аумақтарды береді.</translation>
    </message>
    <message>
        <source>With --database: add the small synthetic corpus of three elections of the same territories instead.</source>
        <translation>--database бірге: оның орнына бір аумақтардың үш сайлауынан тұратын шағын синтетикалық жинақты қосу.</translation>
    </message>
    <message>
        <source>sailau generate: --date takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>sailau generate: --date күнді YYYY-MM-DD түрінде қабылдайды, «%1» емес</translation>
    </message>
    <message>
        <source>sailau generate: --comparison-corpus goes with --database FILE</source>
        <translation>sailau generate: --comparison-corpus --database FILE бірге беріледі</translation>
    </message>
    <message>
        <source>Added the synthetic comparison corpus to %1.</source>
        <translation>Салыстыруға арналған синтетикалық жинақ %1 ішіне қосылды.</translation>
    </message>
    <message numerus="yes">
        <source>%n published figure(s) of %1 (a file of totals: shown in the summary, no races)</source>
        <translation>
            <numerusform>%1 күнінің %n жарияланған көрсеткіші (қорытынды файлы: жиынтықта көрсетіледі, сайлаусыз)</numerusform>
            <numerusform>%1 күнінің %n жарияланған көрсеткіші (қорытынды файлы: жиынтықта көрсетіледі, сайлаусыз)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n race(s) with errors left out, with these rows:</source>
        <translation>
            <numerusform>%1: қатесі бар %n сайлау мына жолдарымен бірге қалдырылды:</numerusform>
            <numerusform>%1: қатесі бар %n сайлау мына жолдарымен бірге қалдырылды:</numerusform>
        </translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>қалдырылды: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) would be left out (dry run: no file was written).</source>
        <translation>
            <numerusform>%1: %n жол қалдырылар еді (сынақ іске қосу: файл жазылмады).</numerusform>
            <numerusform>%1: %n жол қалдырылар еді (сынақ іске қосу: файл жазылмады).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) left out, written to %2 to fix and import again.</source>
        <translation>
            <numerusform>%1: %n жол қалдырылды; түзетіп, қайта импорттау үшін %2 файлына жазылды.</numerusform>
            <numerusform>%1: %n жол қалдырылды; түзетіп, қайта импорттау үшін %2 файлына жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the valid races and leave out those with errors (each race whole, with all its rows); the rows left out are listed and written to a file that can be fixed and imported again. Errors about the file as a whole still refuse it.</source>
        <translation>Қатесіз сайлауларды импорттап, қатесі барларын қалдыру (әр сайлауды бүтіндей, барлық жолдарымен); қалдырылған жолдар тізіліп, түзетіп қайта импорттауға болатын файлға жазылады. Файлдың өзіне қатысты қателер бұрынғыша оны қабылдамайды.</translation>
    </message>
    <message>
        <source>With --skip-invalid: the file for the rows left out (default: NAME.left-out.csv beside the file).</source>
        <translation>--skip-invalid бірге: қалдырылған жолдарға арналған файл (әдепкісі: файлдың қасындағы АТЫ.left-out.csv).</translation>
    </message>
    <message>
        <source>sailau import: give the file to import.</source>
        <translation>sailau import: импортталатын файлды көрсетіңіз.</translation>
    </message>
    <message>
        <source>sailau import: --left-out goes with --skip-invalid and one file.</source>
        <translation>sailau import: --left-out тек --skip-invalid және бір файлмен бірге беріледі.</translation>
    </message>
    <message>
        <source>%1: to import the valid races and leave out those with errors, add --skip-invalid.</source>
        <translation>%1: қатесіз сайлауларды импорттап, қатесі барларын қалдыру үшін --skip-invalid қосыңыз.</translation>
    </message>
    <message>
        <source>The file to import (CSV, TSV, TXT or XLSX); several files (a races file and a candidates file, say) are read in the order given, each seeing the races of the ones before it, and imported in one transaction: all of them, or none when one is refused.</source>
        <translation>Импортталатын файл (CSV, TSV, TXT немесе XLSX); бірнеше файл (мысалы, сайлаулар файлы мен кандидаттар файлы) берілген ретпен оқылады, әрқайсысы алдыңғы файлдардың сайлауларын көреді, және бір транзакциямен импортталады: не бәрі, не біреуі қабылданбаса, ешқайсысы.</translation>
    </message>
    <message>
        <source>One record per candidate of those races instead: name, nomination, votes, published share, elected, sex, birth year or age, occupation, sitting akim, sources.</source>
        <translation>Оның орнына сол сайлаулардың әр кандидатына бір жазба: аты-жөні, кім ұсынды, дауыстар, жарияланған үлес, сайланды ма, жынысы, туған жылы немесе жасы, кәсібі, қазіргі әкім бе, дереккөздер.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>күтілмеген аргумент «%1»</translation>
    </message>
    <message>
        <source>sailau generate: --races, --candidates (from 2 to %1), --polling-stations and --seed take numbers</source>
        <translation>sailau generate: --races, --candidates (2 мен %1 аралығында), --polling-stations және --seed сандарды қабылдайды</translation>
    </message>
</context>
<context>
    <name>Sailau::Cli::Compare</name>
    <message>
        <source>Show this help.</source>
        <translation>Осы анықтаманы көрсету.</translation>
    </message>
    <message>
        <source>The Sailau database file (default: %1).</source>
        <translation>Sailau дерекқор файлы (әдепкі: %1).</translation>
    </message>
    <message>
        <source>The election days, separated by commas, or &apos;all&apos; (default: every day with races).</source>
        <translation>Сайлау күндері үтір арқылы немесе «all» (әдепкі: сайлауы бар барлық күн).</translation>
    </message>
    <message>
        <source>Only this region or territory: a name in any language, an ISO code (KZ-61) or a KATO code.</source>
        <translation>Тек осы өңір немесе аумақ: кез келген тілдегі атауы, ISO коды (KZ-61) немесе ҚАТО коды.</translation>
    </message>
    <message>
        <source>Print the figures of each election day.</source>
        <translation>Әр сайлау күнінің көрсеткіштерін шығару.</translation>
    </message>
    <message>
        <source>Print the candidates by nomination.</source>
        <translation>Кандидаттарды ұсыну бойынша шығару.</translation>
    </message>
    <message>
        <source>csv or json (default csv).</source>
        <translation>csv немесе json (әдепкі csv).</translation>
    </message>
    <message>
        <source>Write to FILE.csv (UTF-8), FILE.xlsx or FILE.json instead of printing.</source>
        <translation>Экранға шығарудың орнына FILE.csv (UTF-8), FILE.xlsx немесе FILE.json файлына жазу.</translation>
    </message>
    <message>
        <source>Names in kk, ru or en (default: the system&apos;s language).</source>
        <translation>Атаулар kk, ru немесе en тілінде (әдепкі: жүйе тілі).</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &apos;%1&apos;</source>
        <translation>--format csv немесе json болуы керек, «%1» емес</translation>
    </message>
    <message>
        <source>--out takes a file ending in .csv, .xlsx or .json, not &apos;%1&apos;</source>
        <translation>--out .csv, .xlsx немесе .json деп аяқталатын файлды қабылдайды, «%1» емес</translation>
    </message>
    <message>
        <source>--out writes the format its suffix names; leave out --format</source>
        <translation>--out кеңейтімі атаған пішімде жазады; --format алып тастаңыз</translation>
    </message>
    <message>
        <source>--elections takes dates as YYYY-MM-DD separated by commas, not &apos;%1&apos;</source>
        <translation>--elections күндерді үтір арқылы YYYY-MM-DD түрінде қабылдайды, «%1» емес</translation>
    </message>
    <message>
        <source>--elections needs two or more days to compare, or &apos;all&apos;</source>
        <translation>--elections салыстыру үшін екі немесе одан көп күнді не «all» талап етеді</translation>
    </message>
    <message>
        <source>sailau compare: the database could not be read: %1</source>
        <translation>sailau compare: дерекқорды оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>sailau compare: the database holds races of fewer than two election days; there is nothing to compare.</source>
        <translation>sailau compare: дерекқорда екі күннен аз сайлау бар; салыстыратын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>sailau compare: cannot write %1: %2</source>
        <translation>sailau compare: %1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Compare elections over time: the races of the same territories on two or more election days, lined up with the change from each day to the next (shares in percentage points). --aggregates prints the figures of each day instead, --nominations the candidates by nomination, --candidates the candidates&apos; sex, age and incumbency by day and by region (each figure with the number of candidates it rests on); JSON holds all four. Missing figures are empty (CSV) or null (JSON), never 0.</source>
        <translation>Сайлауларды уақыт бойынша салыстыру: бір аумақтардың екі немесе одан көп сайлау күніндегі сайлаулары әр күннен келесі күнге дейінгі өзгеріспен қатар қойылады (үлестер пайыздық тармақпен). Оның орнына --aggregates әр күннің көрсеткіштерін, --nominations кандидаттарды ұсыну бойынша, --candidates кандидаттардың жынысын, жасын және қазіргі әкім болған-болмағанын күндер мен облыстар бойынша шығарады (әр көрсеткіш ол негізделген кандидаттар санымен); JSON төртеуін де қамтиды. Жоқ көрсеткіштер бос (CSV) немесе null (JSON) болады, ешқашан 0 емес.</translation>
    </message>
    <message>
        <source>Print the share of women, the ages and the sitting akims re-elected, among the candidates and the winners, by day and by region.</source>
        <translation>Кандидаттар мен жеңімпаздар арасындағы әйелдер үлесін, жасын және қайта сайланған қазіргі әкімдерді күндер мен облыстар бойынша шығару.</translation>
    </message>
    <message>
        <source>give one of --aggregates, --nominations and --candidates</source>
        <translation>--aggregates, --nominations және --candidates параметрлерінің тек біреуін көрсетіңіз</translation>
    </message>
</context>
<context>
    <name>Sailau::Cli::Export</name>
    <message>
        <source>no region is called &apos;%1&apos;</source>
        <translation>&apos;%1&apos; деп аталатын облыс жоқ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches several territories: %2</source>
        <translation>&apos;%1&apos; бірнеше аумаққа сәйкес келеді: %2</translation>
    </message>
    <message>
        <source>Render charts into PNG, JPEG, SVG or PDF files, without a window.
  sailau export --list
  sailau export --chart NAME --out FILE.{png,jpg,svg,pdf} [options]
  sailau export --all --out DIR [options]</source>
        <translation>Диаграммаларды терезесіз PNG, JPEG, SVG немесе PDF файлдарына салу.
  sailau export --list
  sailau export --chart NAME --out FILE.{png,jpg,svg,pdf} [опциялар]
  sailau export --all --out DIR [опциялар]</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Осы анықтаманы көрсету.</translation>
    </message>
    <message>
        <source>List the charts: the name --chart takes, then what it shows.</source>
        <translation>Диаграммалар тізімі: --chart қабылдайтын атау, содан кейін оның не көрсететіні.</translation>
    </message>
    <message>
        <source>The chart to export (see --list).</source>
        <translation>Экспортталатын диаграмма (--list қараңыз).</translation>
    </message>
    <message>
        <source>Export every chart into the folder --out.</source>
        <translation>Әр диаграмманы --out бумасына экспорттау.</translation>
    </message>
    <message>
        <source>The file to write (its suffix gives the format), or the folder for --all.</source>
        <translation>Жазылатын файл (пішімін кеңейтімі анықтайды) немесе --all үшін бума.</translation>
    </message>
    <message>
        <source>The Sailau database file (default: %1).</source>
        <translation>Sailau дерекқорының файлы (әдепкі: %1).</translation>
    </message>
    <message>
        <source>The election day (default: the latest with races).</source>
        <translation>Сайлау күні (әдепкі: сайлаулары бар ең соңғы күн).</translation>
    </message>
    <message>
        <source>Only this region: a name in any language, an ISO code (KZ-61) or a KATO code.</source>
        <translation>Тек осы облыс: кез келген тілдегі атауы, ISO коды (KZ-61) немесе ҚАТО коды.</translation>
    </message>
    <message>
        <source>Width in millimetres (default 160).</source>
        <translation>Ені миллиметрмен (әдепкі 160).</translation>
    </message>
    <message>
        <source>Height in millimetres (default 100).</source>
        <translation>Биіктігі миллиметрмен (әдепкі 100).</translation>
    </message>
    <message>
        <source>Width in pixels.</source>
        <translation>Ені пиксельмен.</translation>
    </message>
    <message>
        <source>Height in pixels.</source>
        <translation>Биіктігі пиксельмен.</translation>
    </message>
    <message>
        <source>Resolution, 96 to 600 (default 300).</source>
        <translation>Ажыратымдылық, 96-дан 600-ге дейін (әдепкі 300).</translation>
    </message>
    <message>
        <source>white, transparent or theme (default white).</source>
        <translation>white, transparent немесе theme (әдепкі white).</translation>
    </message>
    <message>
        <source>light, dark or presentation (default light).</source>
        <translation>light, dark немесе presentation (әдепкі light).</translation>
    </message>
    <message>
        <source>What the map is coloured by: %1 (default turnout).</source>
        <translation>Карта неге қарай боялады: %1 (әдепкі turnout).</translation>
    </message>
    <message>
        <source>The title (default: the chart&apos;s).</source>
        <translation>Тақырып (әдепкі: диаграмманың өз тақырыбы).</translation>
    </message>
    <message>
        <source>The subtitle (default: territory and day).</source>
        <translation>Тақырыпша (әдепкі: аумақ пен күн).</translation>
    </message>
    <message>
        <source>The source footnote (default: &quot;Source: …, as of …&quot;).</source>
        <translation>Дереккөз ескертпесі (әдепкі: «Дереккөз: …, … жағдай бойынша»).</translation>
    </message>
    <message>
        <source>No title and subtitle.</source>
        <translation>Тақырып пен тақырыпшасыз.</translation>
    </message>
    <message>
        <source>No source footnote.</source>
        <translation>Дереккөз ескертпесінсіз.</translation>
    </message>
    <message>
        <source>Names in kk, ru or en (default: the system&apos;s language).</source>
        <translation>Атаулар kk, ru немесе en тілінде (әдепкі: жүйе тілі).</translation>
    </message>
    <message>
        <source>give either --chart NAME or --all (or --list)</source>
        <translation>--chart NAME немесе --all (не --list) опциясының бірін беріңіз</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out міндетті</translation>
    </message>
    <message>
        <source>unknown chart &apos;%1&apos;; &apos;sailau export --list&apos; names them</source>
        <translation>белгісіз диаграмма &apos;%1&apos;; олардың атауларын &apos;sailau export --list&apos; көрсетеді</translation>
    </message>
    <message>
        <source>--out must end in .png, .jpg, .svg or .pdf: &apos;%1&apos;</source>
        <translation>--out .png, .jpg, .svg немесе .pdf кеңейтімімен аяқталуы керек: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--all writes into a folder, but &apos;%1&apos; is a file</source>
        <translation>--all бумаға жазады, ал &apos;%1&apos; — файл</translation>
    </message>
    <message>
        <source>give the size in millimetres or in pixels, not both</source>
        <translation>өлшемді миллиметрмен не пиксельмен беріңіз, екеуін бірдей емес</translation>
    </message>
    <message>
        <source>--width-mm and --height-mm go together</source>
        <translation>--width-mm және --height-mm бірге беріледі</translation>
    </message>
    <message>
        <source>the size in millimetres must be a number from 10 to 2000</source>
        <translation>миллиметрдегі өлшем 10-нан 2000-ға дейінгі сан болуы керек</translation>
    </message>
    <message>
        <source>--width-px and --height-px go together</source>
        <translation>--width-px және --height-px бірге беріледі</translation>
    </message>
    <message>
        <source>the size in pixels must be a whole number from 16 to 30000</source>
        <translation>пиксельдегі өлшем 16-дан 30000-ға дейінгі бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>--dpi must be a whole number from %1 to %2</source>
        <translation>--dpi %1 мен %2 аралығындағы бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>--background must be white, transparent or theme</source>
        <translation>--background мәні white, transparent немесе theme болуы керек</translation>
    </message>
    <message>
        <source>--theme must be light, dark or presentation</source>
        <translation>--theme мәні light, dark немесе presentation болуы керек</translation>
    </message>
    <message>
        <source>unknown --metric &apos;%1&apos;</source>
        <translation>белгісіз --metric &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--quality must be a number from 10 to 100</source>
        <translation>--quality 10-нан 100-ге дейінгі сан болуы керек</translation>
    </message>
    <message>
        <source>--election takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--election күнді YYYY-MM-DD түрінде қабылдайды, &apos;%1&apos; емес</translation>
    </message>
    <message>
        <source>sailau export: the database holds no races</source>
        <translation>sailau export: дерекқорда сайлаулар жоқ</translation>
    </message>
    <message>
        <source>sailau export: the database could not be read: %1</source>
        <translation>sailau export: дерекқорды оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>JPEG quality, 10 to 100 (default %1).</source>
        <translation>JPEG сапасы, 10-нан 100-ге дейін (әдепкісі %1).</translation>
    </message>
    <message>
        <source>For the compare-… charts: the election days to compare, separated by commas, or &apos;all&apos; (default: every day with races).</source>
        <translation>compare-… диаграммалары үшін: салыстырылатын сайлау күндері үтір арқылы немесе «all» (әдепкі: сайлауы бар барлық күн).</translation>
    </message>
    <message>
        <source>--elections goes with a compare-… chart; give --election for one day</source>
        <translation>--elections compare-… диаграммасымен беріледі; бір күн үшін --election беріңіз</translation>
    </message>
    <message>
        <source>give --election or --elections, not both</source>
        <translation>--election немесе --elections беріңіз, екеуін бірге емес</translation>
    </message>
    <message>
        <source>--elections takes dates as YYYY-MM-DD separated by commas, not &apos;%1&apos;</source>
        <translation>--elections күндерді үтір арқылы YYYY-MM-DD түрінде қабылдайды, «%1» емес</translation>
    </message>
    <message>
        <source>--elections needs two or more days to compare, or &apos;all&apos;</source>
        <translation>--elections салыстыру үшін екі немесе одан көп күнді не «all» талап етеді</translation>
    </message>
</context>
<context>
    <name>Sailau::CompareModel</name>
    <message>
        <source>Winner&apos;s nomination</source>
        <translation>Жеңімпазды ұсынған</translation>
    </message>
    <message>
        <source>No race here on %1.</source>
        <translation>%1 мұнда сайлау болған жоқ.</translation>
    </message>
    <message>
        <source>The winner&apos;s nomination is not known.</source>
        <translation>Жеңімпазды кім ұсынғаны белгісіз.</translation>
    </message>
    <message>
        <source>Elected: %1 (%2 election)</source>
        <translation>Сайланды: %1 (сайлау деңгейі: %2)</translation>
    </message>
    <message>
        <source>%1 election</source>
        <translation>Сайлау деңгейі: %1</translation>
    </message>
    <message>
        <source>%1%2 pp</source>
        <comment>a change in percentage points</comment>
        <translation>%1%2 п. т.</translation>
    </message>
    <message>
        <source>The change is not known: a figure of one of the two days is missing.</source>
        <translation>Өзгеріс белгісіз: екі күннің бірінің мәні жоқ.</translation>
    </message>
    <message>
        <source>Change in percentage points from %1 to %2</source>
        <translation>%1 бастап %2 дейінгі пайыздық тармақпен өзгеріс</translation>
    </message>
    <message>
        <source>Change from %1 to %2</source>
        <translation>%1 бастап %2 дейінгі өзгеріс</translation>
    </message>
    <message>
        <source>Elected at different levels: %1</source>
        <translation>Әртүрлі деңгейде сайланған: %1</translation>
    </message>
    <message>
        <source>Synthetic data, not real results.</source>
        <translation>Синтетикалық деректер, нақты нәтижелер емес.</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Аумақ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Change of %1 from %2 to %3</source>
        <translation>«%1» көрсеткішінің %2 бастап %3 дейінгі өзгерісі</translation>
    </message>
    <message>
        <source>Change %1 → %2</source>
        <translation>Өзгеріс %1 → %2</translation>
    </message>
</context>
<context>
    <name>Sailau::CompareView</name>
    <message numerus="yes">
        <source>from %n race(s)</source>
        <translation>
            <numerusform>%n сайлау бойынша</numerusform>
            <numerusform>%n сайлау бойынша</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare Elections</source>
        <translation>Сайлауларды салыстыру</translation>
    </message>
    <message>
        <source>Election days</source>
        <translation>Сайлау күндері</translation>
    </message>
    <message>
        <source>Tick two or more election days to compare.</source>
        <translation>Салыстыру үшін екі немесе одан көп сайлау күнін белгілеңіз.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n race(s)</source>
        <translation>
            <numerusform>%1 — %n сайлау</numerusform>
            <numerusform>%1 — %n сайлау</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Election days:</source>
        <translation>&amp;Сайлау күндері:</translation>
    </message>
    <message>
        <source>%1 (every region)</source>
        <translation>%1 (барлық өңір)</translation>
    </message>
    <message>
        <source>Every region</source>
        <translation>Барлық өңір</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Аумақ:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <source>Territories compared</source>
        <translation>Салыстырылатын аумақтар</translation>
    </message>
    <message>
        <source>By Election</source>
        <translation>Сайлаулар бойынша</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>Ұсыну</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>Диаграмманы &amp;экспорттау…</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>Дерекқорды оқу мүмкін болмады: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n territory(ies) on %1 election days, %2 races.</source>
        <translation>
            <numerusform>%n аумақ, сайлау күндері: %1, сайлаулар: %2.</numerusform>
            <numerusform>%n аумақ, сайлау күндері: %1, сайлаулар: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Election day</source>
        <translation>Сайлау күні</translation>
    </message>
    <message>
        <source>Races held</source>
        <translation>Өткен сайлаулар</translation>
    </message>
    <message>
        <source>Candidates per race</source>
        <translation>Бір сайлаудағы кандидаттар</translation>
    </message>
    <message>
        <source>Contested races</source>
        <translation>Бәсекелі сайлаулар</translation>
    </message>
    <message>
        <source>Median margin</source>
        <translation>Медианалық алшақтық</translation>
    </message>
    <message>
        <source>Won by self-nominated</source>
        <translation>Өзін-өзі ұсынғандар жеңді</translation>
    </message>
    <message>
        <source>No race has both voters and ballots known.</source>
        <translation>Бірде-бір сайлауда сайлаушылар мен бюллетеньдер қатар белгілі емес.</translation>
    </message>
    <message>
        <source>No race&apos;s number of candidates is known.</source>
        <translation>Бірде-бір сайлаудың кандидаттар саны белгісіз.</translation>
    </message>
    <message>
        <source>No race&apos;s margin is known: it needs every candidate&apos;s votes.</source>
        <translation>Бірде-бір сайлаудың алшақтығы белгісіз: ол үшін барлық кандидаттың дауысы керек.</translation>
    </message>
    <message>
        <source>No winner&apos;s nomination is known.</source>
        <translation>Бірде-бір жеңімпазды кім ұсынғаны белгісіз.</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Кім ұсынған</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаттар</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Share of the votes</source>
        <translation>Дауыстар үлесі</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Жеңістер</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Жеңіс үлесі</translation>
    </message>
    <message numerus="yes">
        <source>Votes in the %n race(s) whose every candidate&apos;s votes are known</source>
        <translation>
            <numerusform>Барлық кандидаттың дауысы белгілі %n сайлаудағы дауыстар</numerusform>
            <numerusform>Барлық кандидаттың дауысы белгілі %n сайлаудағы дауыстар</numerusform>
        </translation>
    </message>
    <message>
        <source>No race&apos;s votes are all known.</source>
        <translation>Бірде-бір сайлауда барлық дауыс белгілі емес.</translation>
    </message>
    <message>
        <source>%1 wins of %2 candidates in races whose winner is known</source>
        <translation>Жеңімпазы белгілі сайлаулардағы %2 кандидаттың %1 жеңісі</translation>
    </message>
    <message>
        <source>No race&apos;s winner is known.</source>
        <translation>Бірде-бір сайлаудың жеңімпазы белгісіз.</translation>
    </message>
    <message>
        <source>%1 of %2 races whose winner&apos;s nomination is known</source>
        <translation>Жеңімпазды кім ұсынғаны белгілі %2 сайлаудың %1</translation>
    </message>
    <message>
        <source>Self-nominated, %1</source>
        <translation>Өзін-өзі ұсынғандар, %1</translation>
    </message>
    <message>
        <source>Candidates by election day and by region</source>
        <translation>Сайлау күндері мен облыстар бойынша кандидаттар</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 races of %n election day(s)…</source>
        <translation>
            <numerusform>%n сайлау күнінің %1 сайлауы оқылуда…</numerusform>
            <numerusform>%n сайлау күнінің %1 сайлауы оқылуда…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the candidates of %1 races…</source>
        <translation>%1 сайлаудың кандидаттары оқылуда…</translation>
    </message>
    <message>
        <source>Races, published</source>
        <translation>Сайлаулар, жарияланған</translation>
    </message>
    <message>
        <source>Turnout, published</source>
        <translation>Қатысу, жарияланған</translation>
    </message>
    <message>
        <source>Candidates per race, published</source>
        <translation>Бір сайлаудағы кандидаттар, жарияланған</translation>
    </message>
    <message>
        <source>Published by %1</source>
        <translation>Жариялаған: %1</translation>
    </message>
    <message>
        <source>No source in the database publishes this figure for the day.</source>
        <translation>Дерекқордағы бірде-бір дереккөз бұл санды осы күн үшін жарияламайды.</translation>
    </message>
    <message>
        <source>%1 candidates in %2 races; %3</source>
        <translation>%2 сайлаудағы %1 кандидат; %3</translation>
    </message>
    <message>
        <source>%1 — published totals only</source>
        <translation>%1 — тек жарияланған қорытындылар</translation>
    </message>
</context>
<context>
    <name>Sailau::Comparison</name>
    <message>
        <source>The database is not open.</source>
        <translation>Дерекқор ашылмаған.</translation>
    </message>
    <message>
        <source>nomination not known</source>
        <translation>ұсыну белгісіз</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>өңірсіз</translation>
    </message>
</context>
<context>
    <name>Sailau::DamagedPanel</name>
    <message>
        <source>&amp;Open Another Database…</source>
        <translation>&amp;Басқа дерекқорды ашу…</translation>
    </message>
    <message>
        <source>&amp;Restore the Backup…</source>
        <translation>&amp;Сақтық көшірмені қалпына келтіру…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Жаңа дерекқор…</translation>
    </message>
    <message>
        <source>The database %1 is damaged</source>
        <translation>%1 дерекқоры зақымдалған</translation>
    </message>
</context>
<context>
    <name>Sailau::Database</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 жоқ.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose a location you can write to.</source>
        <translation>%1 бумасын құру мүмкін емес. Жазуға рұқсатыңыз бар орынды таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 — бума, дерекқор файлы емес.</translation>
    </message>
    <message>
        <source>%1 cannot be read. Check that you have permission to read it.</source>
        <translation>%1 оқу мүмкін емес. Оны оқуға рұқсатыңыз бар-жоғын тексеріңіз.</translation>
    </message>
    <message>
        <source>%1 is not a Sailau database (it is not an SQLite file). To load results from a spreadsheet or CSV file, use File → Import.</source>
        <translation>%1 — Sailau дерекқоры емес (бұл SQLite файлы емес). Нәтижелерді электрондық кестеден немесе CSV файлынан жүктеу үшін Файл → Импорттау пәрменін қолданыңыз.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its header says (it may have been cut off while copying). Copy it again from its origin or open a backup.</source>
        <translation>%1 зақымдалған: файл өз тақырыбында көрсетілгеннен қысқа (көшіру кезінде үзіліп қалған болуы мүмкін). Оны бастапқы орнынан қайта көшіріңіз немесе сақтық көшірмені ашыңыз.</translation>
    </message>
    <message>
        <source>%1 is damaged: its SQLite header is not valid. Open a backup copy.</source>
        <translation>%1 зақымдалған: оның SQLite тақырыбы жарамсыз. Сақтық көшірмені ашыңыз.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Sailau (database version %2; this version reads up to %3). Update Sailau to open it.</source>
        <translation>%1 файлын Sailau-дың жаңарақ нұсқасы жазған (дерекқор нұсқасы %2; бұл нұсқа %3 нұсқасына дейін оқиды). Оны ашу үшін Sailau-ды жаңартыңыз.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Sailau database. It was left unchanged.</source>
        <translation>%1 — басқа қолданбаның SQLite дерекқоры, Sailau дерекқоры емес. Ол өзгеріссіз қалдырылды.</translation>
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation>сұраныс бойынша тек оқу үшін ашылды</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>файл тек оқу үшін</translation>
    </message>
    <message>
        <source>its folder is read-only, so changes could not be saved safely</source>
        <translation>оның бумасы тек оқу үшін, сондықтан өзгерістерді қауіпсіз сақтау мүмкін емес</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ашу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 is locked by another program that is writing to it. Close that program or wait until it finishes, then open the file again.</source>
        <translation>%1 файлын оған жазып жатқан басқа бағдарлама құлыптаған. Ол бағдарламаны жабыңыз немесе жұмысын аяқтағанын күтіңіз, содан кейін файлды қайта ашыңыз.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Open a backup copy.</source>
        <translation>%1 зақымдалған және оқылмайды (%2). Сақтық көшірмені ашыңыз.</translation>
    </message>
    <message>
        <source>%1 is damaged (the SQLite integrity check failed: %2). Open a backup copy.</source>
        <translation>%1 зақымдалған (SQLite тұтастық тексеруінен өтпеді: %2). Сақтық көшірмені ашыңыз.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Sailau and must be upgraded, but %2. Copy it to a folder you can write to and open the copy.</source>
        <translation>%1 файлын Sailau-дың ескі нұсқасы жазған және оны жаңарту керек, бірақ %2. Оны жазуға рұқсатыңыз бар бумаға көшіріп, көшірмесін ашыңыз.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but a backup copy could not be written to %2.</source>
        <translation>%1 жаңартуды қажет етеді, бірақ сақтық көшірмені %2 орнына жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>%1 could not be prepared: %2</source>
        <translation>%1 дайындау мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>missing migration %1</source>
        <translation>%1 миграциясы жоқ</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>%1 миграциясы сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>%1 is not a file but a device, a pipe or a socket, not a database file.</source>
        <translation>%1 — дерекқор файлы емес: бұл файл емес, құрылғы, арна немесе сокет.</translation>
    </message>
    <message>
        <source>%1 holds a change that was interrupted (a program stopped while writing it), which must be undone before the file can be read, but %2. Open it once with write access; nothing is lost.</source>
        <translation>%1 файлында үзіліп қалған өзгеріс бар (бағдарлама оны жазу кезінде тоқтап қалған), файлды оқу үшін алдымен оны болдырмау керек, бірақ %2. Файлды бір рет жазу рұқсатымен ашыңыз; ештеңе жоғалмайды.</translation>
    </message>
    <message>
        <source>it holds objects that Sailau did not create and that could change or delete data when it is written to (%1); remove them with an SQLite tool, or import into another database</source>
        <translation>онда Sailau жасамаған және жазу кезінде деректерді өзгертуі не жоюы мүмкін нысандар бар (%1); оларды SQLite құралымен жойыңыз немесе басқа дерекқорға импорттаңыз</translation>
    </message>
    <message>
        <source>Another program is reading or writing the database file. Close that program or wait until it finishes, then try again.</source>
        <translation>Дерекқор файлын басқа бағдарлама оқып не жазып жатыр. Сол бағдарламаны жабыңыз немесе оның жұмысы біткенше күтіңіз, содан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again.</source>
        <translation>Диск толы. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The database file is damaged. Open a backup copy.</source>
        <translation>Дерекқор файлы зақымдалған. Сақтық көшірмесін ашыңыз.</translation>
    </message>
    <message>
        <source>The database file cannot be written: it or its folder is read-only.</source>
        <translation>Дерекқор файлына жазу мүмкін емес: ол немесе оның қалтасы тек оқуға арналған.</translation>
    </message>
    <message>
        <source>The database file could not be read or written (a disk or network error).</source>
        <translation>Дерекқор файлын оқу немесе жазу мүмкін болмады (диск немесе желі қатесі).</translation>
    </message>
    <message>
        <source>%1 is a Sailau database whose version number has been lost (it reads %2), so Sailau cannot tell how to read it. The file was left unchanged. Open a backup copy.</source>
        <translation>%1 — нұсқа нөмірі жоғалған Sailau дерекқоры (онда %2 жазылған), сондықтан Sailau оны қалай оқу керегін анықтай алмайды. Файл өзгертілмеді. Сақтық көшірмесін ашыңыз.</translation>
    </message>
</context>
<context>
    <name>Sailau::DatabaseHealth</name>
    <message>
        <source>The database file %1 is damaged: part of it can no longer be read. Sailau shows nothing from it rather than figures from only some of the races, and writes nothing to it.</source>
        <translation>%1 дерекқор файлы зақымдалған: оның бір бөлігі енді оқылмайды. Sailau сайлаулардың бір бөлігі ғана бойынша сандарды көрсетпеу үшін одан ештеңе көрсетпейді және оған ештеңе жазбайды.</translation>
    </message>
    <message>
        <source>It is in the folder %1.</source>
        <translation>Ол %1 қалтасында.</translation>
    </message>
    <message>
        <source>A backup copy from %1 is kept next to it: %2. Restore it (the damaged file is kept aside, and imports made since that day must be made again), or open another database.</source>
        <translation>Оның жанында %1 күнгі сақтық көшірме сақтаулы: %2. Оны қалпына келтіріңіз (зақымдалған файл бөлек сақталады, ал сол күннен кейінгі импортты қайта жасау керек) немесе басқа дерекқорды ашыңыз.</translation>
    </message>
    <message>
        <source>There is no backup copy of this file. Open another database, or create a new one and import the results into it again. If the file was copied from a shared folder or a colleague, copying it again may give an undamaged copy.</source>
        <translation>Бұл файлдың сақтық көшірмесі жоқ. Басқа дерекқорды ашыңыз немесе жаңасын жасап, нәтижелерді оған қайта импорттаңыз. Файл ортақ қалтадан көшірілген немесе әріптестен алынған болса, оны қайта көшіру зақымдалмаған көшірме беруі мүмкін.</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Техникалық мәлімет: %1</translation>
    </message>
</context>
<context>
    <name>Sailau::DatasetLoader</name>
    <message>
        <source>The reference territories could not be written to %1: %2</source>
        <translation>Анықтамалық аумақтарды %1 дерекқорына жазу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>The sample could not be loaded into %1: %2</source>
        <translation>Үлгі деректерді %1 дерекқорына жүктеу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3)</source>
        <translation>%1 — жарамды JSON емес (%2-байтта: %3)</translation>
    </message>
    <message>
        <source>%1 is not a Sailau data set</source>
        <translation>%1 — Sailau деректер жиыны емес</translation>
    </message>
    <message>
        <source>The database is read-only (%1).</source>
        <translation>Дерекқор тек оқу үшін (%1).</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>импорт бумасы</translation>
    </message>
    <message>
        <source>source</source>
        <translation>дереккөз</translation>
    </message>
    <message>
        <source>party</source>
        <translation>партия</translation>
    </message>
    <message>
        <source>party alias</source>
        <translation>партияның балама атауы</translation>
    </message>
    <message>
        <source>election %1</source>
        <translation>%1 сайлауы</translation>
    </message>
    <message>
        <source>territory %1</source>
        <translation>%1 аумағы</translation>
    </message>
    <message>
        <source>race %1 refers to an unknown election or territory</source>
        <translation>%1 сайлауы белгісіз сайлау күніне немесе аумаққа сілтейді</translation>
    </message>
    <message>
        <source>race %1</source>
        <translation>%1 сайлауы</translation>
    </message>
    <message>
        <source>candidate %1</source>
        <translation>%1 кандидаты</translation>
    </message>
    <message>
        <source>published figure</source>
        <translation>жарияланған көрсеткіш</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>көрсеткіштер</translation>
    </message>
    <message>
        <source>the database connection does not give access to SQLite</source>
        <translation>дерекқорға қосылым SQLite-қа қол жеткізбейді</translation>
    </message>
    <message>
        <source>races</source>
        <translation>сайлаулар</translation>
    </message>
</context>
<context>
    <name>Sailau::Format</name>
    <message>
        <source>Not known: %1</source>
        <translation>Белгісіз: %1</translation>
    </message>
    <message>
        <source>country</source>
        <translation>ел</translation>
    </message>
    <message>
        <source>region</source>
        <translation>облыс</translation>
    </message>
    <message>
        <source>city of republican significance</source>
        <translation>республикалық маңызы бар қала</translation>
    </message>
    <message>
        <source>district</source>
        <translation>аудан</translation>
    </message>
    <message>
        <source>city of regional significance</source>
        <translation>облыстық маңызы бар қала</translation>
    </message>
    <message>
        <source>regional centre</source>
        <translation>облыс орталығы</translation>
    </message>
    <message>
        <source>rural okrug</source>
        <translation>ауылдық округ</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>ауылдық</translation>
    </message>
    <message>
        <source>village</source>
        <translation>ауыл</translation>
    </message>
    <message>
        <source>city of district significance</source>
        <translation>аудандық маңызы бар қала</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>кент</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>кезекті</translation>
    </message>
    <message>
        <source>early</source>
        <translation>кезектен тыс</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>қайта</translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation>Тізімге енгізілген сайлаушылар</translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation>Берілген бюллетеньдер</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>Урнаға салынған бюллетеньдер</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>Жарамсыз бюллетеньдер</translation>
    </message>
    <message>
        <source>Cast outside the station</source>
        <translation>Үй-жайдан тыс дауыс беру</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Барлығына қарсы</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Сайлау учаскелері</translation>
    </message>
    <message>
        <source>Candidates registered</source>
        <translation>Тіркелген кандидаттар</translation>
    </message>
    <message>
        <source>Turnout as published</source>
        <translation>Жарияланған қатысу</translation>
    </message>
    <message>
        <source>of ballots cast</source>
        <translation>урнаға салынған бюллетеньдерден</translation>
    </message>
    <message>
        <source>of valid votes</source>
        <translation>жарамды дауыстардан</translation>
    </message>
    <message>
        <source>of voters on the lists</source>
        <translation>тізімдегі сайлаушылардан</translation>
    </message>
    <message>
        <source>%1 (published, basis not known)</source>
        <translation>%1 (жарияланған, негізі белгісіз)</translation>
    </message>
    <message>
        <source>%1 %2 (published)</source>
        <translation>%1 %2 (жарияланған)</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>Against all as published</source>
        <translation>Бәріне қарсы, жарияланғандай</translation>
    </message>
</context>
<context>
    <name>Sailau::Import::Batches</name>
    <message>
        <source>The database is read-only (%1).</source>
        <translation>Дерекқор тек оқу үшін (%1).</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>%1 импорты жоқ.</translation>
    </message>
    <message>
        <source>Import %1 cannot be undone while later imports add to what it created. Undo them first: %2.</source>
        <translation>Кейінгі импорттар %1 импорты құрғанға қосылып тұрғанда, оны болдырмау мүмкін емес. Алдымен соларды болдырмаңыз: %2.</translation>
    </message>
    <message>
        <source>The database is locked by another program. (%1)</source>
        <translation>Дерекқорды басқа бағдарлама құлыптаған. (%1)</translation>
    </message>
    <message>
        <source>Unknown field %1 in the change log.</source>
        <translation>Өзгерістер журналында белгісіз өріс: %1.</translation>
    </message>
    <message>
        <source>The import could not be undone; the database is as it was. %1</source>
        <translation>Импортты болдырмау мүмкін болмады; дерекқор бұрынғы күйінде қалды. %1</translation>
    </message>
</context>
<context>
    <name>Sailau::Import::DelimitedReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1-жол, %2-баған: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 таңба</translation>
    </message>
    <message>
        <source>the record that starts here is longer than %1; is a quote opened here and never closed?</source>
        <translation>осы жерден басталатын жазба %1 шегінен ұзын; мұнда ашылған тырнақша жабылмай қалған жоқ па?</translation>
    </message>
    <message>
        <source>the record is longer than %1</source>
        <translation>жазба %1 шегінен ұзын</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>файлды оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>more than %1 columns; is the delimiter right?</source>
        <translation>%1 бағаннан көп; бөлгіш дұрыс па?</translation>
    </message>
    <message>
        <source>the quoted field that starts here is never closed</source>
        <translation>осы жерден басталатын тырнақшадағы өріс ешқашан жабылмайды</translation>
    </message>
</context>
<context>
    <name>Sailau::Import::Detection</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 ашу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>unknown encoding “%1”: use UTF-8, UTF-16LE, UTF-16BE or windows-1251</source>
        <translation>белгісіз кодтау “%1”: UTF-8, UTF-16LE, UTF-16BE немесе windows-1251 қолданыңыз</translation>
    </message>
    <message>
        <source>%1 is not a file but a device, a pipe or a socket</source>
        <translation>%1 — файл емес, құрылғы, арна немесе сокет</translation>
    </message>
</context>
<context>
    <name>Sailau::Import::Fields</name>
    <message>
        <source>(ignore this column)</source>
        <translation>(бұл бағанды елемеу)</translation>
    </message>
    <message>
        <source>Election date</source>
        <translation>Сайлау күні</translation>
    </message>
    <message>
        <source>Election level</source>
        <translation>Сайлау деңгейі</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>District or city</source>
        <translation>Аудан немесе қала</translation>
    </message>
    <message>
        <source>Settlement (village, rural okrug, town)</source>
        <translation>Елді мекен (ауыл, ауылдық округ, кент)</translation>
    </message>
    <message>
        <source>KATO code</source>
        <translation>ҚАТО коды</translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation>Тізімге енгізілген сайлаушылар</translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation>Берілген бюллетеньдер</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>Урнаға салынған бюллетеньдер</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>Жарамсыз бюллетеньдер</translation>
    </message>
    <message>
        <source>Ballots cast outside the station</source>
        <translation>Үй-жайдан тыс берілген бюллетеньдер</translation>
    </message>
    <message>
        <source>Votes &quot;against all&quot;</source>
        <translation>«Барлығына қарсы» дауыстар</translation>
    </message>
    <message>
        <source>Turnout as published (%)</source>
        <translation>Жарияланған қатысу (%)</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Сайлау учаскелері</translation>
    </message>
    <message>
        <source>Candidates registered</source>
        <translation>Тіркелген кандидаттар</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Nomination (party or self-nominated)</source>
        <translation>Кім ұсынды (партия немесе өзін-өзі ұсыну)</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Vote share as published (%)</source>
        <translation>Жарияланған дауыс үлесі (%)</translation>
    </message>
    <message>
        <source>Elected (yes/no)</source>
        <translation>Сайланды (иә/жоқ)</translation>
    </message>
    <message>
        <source>Winner&apos;s name</source>
        <translation>Жеңімпаздың аты-жөні</translation>
    </message>
    <message>
        <source>Source (URL or document)</source>
        <translation>Дереккөз (URL немесе құжат)</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; as published (%)</source>
        <translation>«Бәріне қарсы», жарияланғандай (%)</translation>
    </message>
    <message>
        <source>Candidate&apos;s sex</source>
        <translation>Кандидаттың жынысы</translation>
    </message>
    <message>
        <source>Candidate&apos;s year of birth</source>
        <translation>Кандидаттың туған жылы</translation>
    </message>
    <message>
        <source>Candidate&apos;s age at the election</source>
        <translation>Кандидаттың сайлау күнгі жасы</translation>
    </message>
    <message>
        <source>Candidate&apos;s occupation or position</source>
        <translation>Кандидаттың кәсібі немесе лауазымы</translation>
    </message>
    <message>
        <source>Incumbent akim (yes/no)</source>
        <translation>Қазіргі әкім (иә/жоқ)</translation>
    </message>
</context>
<context>
    <name>Sailau::Import::Importer</name>
    <message>
        <source>column %1</source>
        <translation>%1-баған</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Файл жоқ.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Бұл файл емес, бума.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл бос.</translation>
    </message>
    <message numerus="yes">
        <source>Kazakh letters seem lost: &quot;?&quot; stands inside Cyrillic words (%n time(s), lines %1). The file was probably saved in Windows-1251, which has no ә ғ қ ң ө ұ ү һ. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>
            <numerusform>Қазақ әріптері жоғалған сияқты: кириллица сөздерінің ішінде «?» тұр (%n рет, жолдар: %1). Файл ә ғ қ ң ө ұ ү һ әріптері жоқ Windows-1251 кодтауында сақталған болуы мүмкін. Оны «CSV UTF-8» ретінде сақтап, қайта импорттаңыз.</numerusform>
            <numerusform>Қазақ әріптері жоғалған сияқты: кириллица сөздерінің ішінде «?» тұр (%n рет, жолдар: %1). Файл ә ғ қ ң ө ұ ү һ әріптері жоқ Windows-1251 кодтауында сақталған болуы мүмкін. Оны «CSV UTF-8» ретінде сақтап, қайта импорттаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Файлды оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The file ends before its header row.</source>
        <translation>Файл тақырып жолына дейін аяқталады.</translation>
    </message>
    <message>
        <source>A required column is missing: none of the columns names a territory (&quot;%1&quot;, &quot;%2&quot;, &quot;%3&quot; or &quot;%4&quot;). Map one in the import dialog or name it in the header (for example &quot;Район&quot;, &quot;Аудан&quot; or &quot;District&quot;).</source>
        <translation>Міндетті баған жоқ: бірде-бір баған аумақты атамайды («%1», «%2», «%3» немесе «%4»). Импорт терезесінде біреуін сәйкестендіріңіз немесе тақырып жолында атаңыз (мысалы, «Район», «Аудан» немесе «District»).</translation>
    </message>
    <message>
        <source>A required column is missing: &quot;%1&quot;. Map a date column (for example &quot;Дата&quot;, &quot;Күні&quot; or &quot;Date&quot;), or give one date for the whole file.</source>
        <translation>Міндетті баған жоқ: «%1». Күн бағанын сәйкестендіріңіз (мысалы, «Дата», «Күні» немесе «Date») немесе бүкіл файлға бір күн беріңіз.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; holds &quot;%2&quot;, which needs a &quot;%3&quot; column.</source>
        <translation>«%1» бағанында «%2» бар, бұл үшін «%3» бағаны қажет.</translation>
    </message>
    <message>
        <source>No territory has the KATO code %1.</source>
        <translation>ҚАТО коды %1 болатын аумақ жоқ.</translation>
    </message>
    <message>
        <source>The row names no territory.</source>
        <translation>Жолда аумақ аталмаған.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several territories (%2). Choose one in the import dialog, or add the region.</source>
        <translation>«%1» бірнеше аумаққа сәйкес келеді (%2). Импорт терезесінде біреуін таңдаңыз немесе облысты қосыңыз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region or city of republican significance of Kazakhstan.</source>
        <translation>«%1» — Қазақстанның облысы немесе республикалық маңызы бар қаласы емес.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region or city of republican significance of Kazakhstan. Did you mean %2?</source>
        <translation>«%1» — Қазақстанның облысы немесе республикалық маңызы бар қаласы емес. %2 деп айтқыңыз келді ме?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> немесе </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not known, and without a region Sailau cannot tell where to create it. Add a region column.</source>
        <translation>«%1» белгісіз, ал облыс болмаса, Sailau оны қай жерде құру керегін анықтай алмайды. Облыс бағанын қосыңыз.</translation>
    </message>
    <message>
        <source>The territory &quot;%1&quot; could not be created: %2</source>
        <translation>«%1» аумағын құру мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 here but %3 on line %4 for the same race: one race has one value.</source>
        <translation>«%1» мұнда %2, бірақ сол сайлау үшін %4-жолда %3: бір сайлауда бір ғана мән болады.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of this race is %2 in the database; the import changes it to %3 (undo restores it).</source>
        <translation>Бұл сайлаудың «%1» мәні дерекқорда %2; импорт оны %3 мәніне өзгертеді (болдырмау оны қалпына келтіреді).</translation>
    </message>
    <message>
        <source>The race could not be written: %1</source>
        <translation>Сайлауды жазу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) exceed &quot;%3&quot; (%4) in this race.</source>
        <translation>Бұл сайлауда «%1» (%2) «%3» (%4) мәнінен асып түседі.</translation>
    </message>
    <message>
        <source>A candidate&apos;s votes (%1) exceed the ballots cast (%2) in this race.</source>
        <translation>Бұл сайлауда кандидаттың дауыстары (%1) урнаға салынған бюллетеньдерден (%2) асып түседі.</translation>
    </message>
    <message>
        <source>Two winners in one race (lines %1): a race elects one akim.</source>
        <translation>Бір сайлауда екі жеңімпаз (жолдар: %1): бір сайлауда бір әкім сайланады.</translation>
    </message>
    <message>
        <source>The published turnout %1% disagrees with the counts (%2%).</source>
        <translation>Жарияланған қатысу %1% сандарға сәйкес келмейді (%2%).</translation>
    </message>
    <message>
        <source>The election date is missing.</source>
        <translation>Сайлау күні жоқ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2023-11-05 or 05.11.2023).</source>
        <translation>«%1» — күн емес (2023-11-05 немесе 05.11.2023 түрінде жазыңыз).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an election level (district, city_regional, regional_centre or rural).</source>
        <translation>«%1» — сайлау деңгейі емес (district, city_regional, regional_centre немесе rural).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; is given twice in this row with different values.</source>
        <translation>Бұл жолда «Барлығына қарсы» әртүрлі мәндермен екі рет берілген.</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; cannot be elected.</source>
        <translation>«Барлығына қарсы» сайлана алмайды.</translation>
    </message>
    <message>
        <source>This row gives a candidate&apos;s figures but no candidate name.</source>
        <translation>Бұл жолда кандидаттың көрсеткіштері бар, бірақ кандидаттың аты-жөні жоқ.</translation>
    </message>
    <message>
        <source>The candidate &quot;%1&quot; appears twice in this race (also on line %2).</source>
        <translation>«%1» кандидаты бұл сайлауда екі рет кездеседі (%2-жолда да).</translation>
    </message>
    <message>
        <source>The candidate &quot;%1&quot; appears twice in this race.</source>
        <translation>«%1» кандидаты бұл сайлауда екі рет кездеседі.</translation>
    </message>
    <message>
        <source>%1 has %2 votes in the database; the import changes them to %3 (undo restores them).</source>
        <translation>Дерекқорда %1 кандидатының %2 дауысы бар; импорт оларды %3 мәніне өзгертеді (болдырмау оларды қалпына келтіреді).</translation>
    </message>
    <message>
        <source>The candidate could not be written: %1</source>
        <translation>Кандидатты жазу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the database; it will be created under %2.</source>
        <translation>«%1» дерекқорда жоқ; ол %2 құрамында құрылады.</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>%1 деп айтқыңыз келді ме?</translation>
    </message>
    <message numerus="yes">
        <source>In all %n territories will be created (%1 of them inside new districts).</source>
        <translation>
            <numerusform>Барлығы %n аумақ құрылады (олардың %1 — жаңа аудандардың ішінде).</numerusform>
            <numerusform>Барлығы %n аумақ құрылады (олардың %1 — жаңа аудандардың ішінде).</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is not a complete Sailau database: %1</source>
        <translation>Дерекқор толық Sailau дерекқоры емес: %1</translation>
    </message>
    <message>
        <source>The database is read-only (%1): nothing can be imported into it.</source>
        <translation>Дерекқор тек оқу үшін (%1): оған ештеңе импорттау мүмкін емес.</translation>
    </message>
    <message>
        <source>The database connection does not give access to SQLite.</source>
        <translation>Дерекқор қосылымы SQLite-қа қол жеткізбейді.</translation>
    </message>
    <message>
        <source>The database is locked by another program; nothing was imported. (%1)</source>
        <translation>Дерекқорды басқа бағдарлама құлыптаған; ештеңе импортталмады. (%1)</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Файлда тақырып жолы бар, бірақ жолдар жоқ.</translation>
    </message>
    <message>
        <source>This file was imported before (import %1, %2).</source>
        <translation>Бұл файл бұрын импортталған (%1 импорты, %2).</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>ескерту: </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large for a count (more than %2)</source>
        <translation>«%1» — сан ретінде тым үлкен (%2 мәнінен көп)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF құжаты</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG суреті</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG суреті</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF суреті</translation>
    </message>
    <message>
        <source>This is not a file but a device, a pipe or a socket: import a CSV or XLSX file.</source>
        <translation>Бұл файл емес, құрылғы, арна немесе сокет: CSV немесе XLSX файлын импорттаңыз.</translation>
    </message>
    <message>
        <source>This is %1, not a table. Sailau imports CSV or tab-separated text and XLSX workbooks: export the table in one of these and import that.</source>
        <translation>Бұл — %1, кесте емес. Sailau CSV немесе табуляциямен бөлінген мәтінді және XLSX кітаптарын импорттайды: кестені осы пішімдердің біріне экспорттап, соны импорттаңыз.</translation>
    </message>
    <message>
        <source>This is not a text file: it holds binary data. Sailau imports CSV or tab-separated text and XLSX workbooks.</source>
        <translation>Бұл мәтіндік файл емес: онда екілік деректер бар. Sailau CSV немесе табуляциямен бөлінген мәтінді және XLSX кітаптарын импорттайды.</translation>
    </message>
    <message>
        <source>The cell is %1 characters long, more than the %2 any name, figure or list of sources needs: a quote may be left open, or this is not a table of results.</source>
        <translation>Ұяшықтың ұзындығы — %1 таңба, бұл кез келген атауға, көрсеткішке немесе дереккөздер тізіміне жететін %2 таңбадан көп: тырнақша жабылмай қалған болуы мүмкін немесе бұл нәтижелер кестесі емес.</translation>
    </message>
    <message>
        <source>The cell has bytes that are not valid %1 text (they show as &quot;%2&quot;): the file is damaged or mixes encodings. Save it again as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Ұяшықта %1 мәтіні үшін жарамсыз байттар бар (олар «%2» болып көрінеді): файл зақымдалған немесе онда кодтаулар араласқан. Оны қайта «CSV UTF-8» ретінде сақтап, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>The cell holds zero bytes: the file is damaged (perhaps cut off while it was copied) or it is not a text file.</source>
        <translation>Ұяшықта нөлдік байттар бар: файл зақымдалған (көшіру кезінде үзіліп қалған болуы мүмкін) немесе бұл мәтіндік файл емес.</translation>
    </message>
    <message>
        <source>The cell holds the control character U+%1, which no name or figure has: the file is damaged or it is not a text table.</source>
        <translation>Ұяшықта U+%1 басқару таңбасы бар, ол ешбір атауда не көрсеткіште болмайды: файл зақымдалған немесе бұл мәтіндік кесте емес.</translation>
    </message>
    <message>
        <source>The cell looks like UTF-8 text read as Windows-1251: the file mixes encodings. Save it again as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Ұяшық Windows-1251 ретінде оқылған UTF-8 мәтініне ұқсайды: файлда кодтаулар араласқан. Оны қайта «CSV UTF-8» ретінде сақтап, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>The row has more cells than the header has columns: column %1 has no name. A delimiter inside a value may have split it (check its quotes), or the header lacks a name.</source>
        <translation>Жолдағы ұяшықтар тақырып жолындағы бағандардан көп: %1-бағанның атауы жоқ. Мәннің ішіндегі бөлгіш оны бөліп жіберген болуы мүмкін (тырнақшаларын тексеріңіз) немесе тақырып жолында атау жетіспейді.</translation>
    </message>
    <message>
        <source>The columns %1 and %2 are both named &quot;%3&quot;: it cannot be told which holds &quot;%4&quot;. Rename or remove one of them.</source>
        <translation>%1-баған мен %2-бағанның екеуі де «%3» деп аталған: «%4» қайсысында екенін анықтау мүмкін емес. Олардың бірін қайта атаңыз немесе жойыңыз.</translation>
    </message>
    <message>
        <source>A candidate&apos;s votes (%1) exceed the ballots issued (%2) in this race.</source>
        <translation>Бұл сайлауда кандидаттың дауыстары (%1) берілген бюллетеньдерден (%2) асып түседі.</translation>
    </message>
    <message>
        <source>A candidate&apos;s votes (%1) exceed the voters on the lists (%2) in this race.</source>
        <translation>Бұл сайлауда кандидаттың дауыстары (%1) тізімге енгізілген сайлаушылардан (%2) асып түседі.</translation>
    </message>
    <message numerus="yes">
        <source>Two winners in one race: one already in the database and %n more on line(s) %1. A race elects one akim.</source>
        <translation>
            <numerusform>Бір сайлауда екі жеңімпаз: біреуі дерекқорда бар, тағы %n жолда (%1). Сайлауда бір әкім сайланады.</numerusform>
            <numerusform>Бір сайлауда екі жеңімпаз: біреуі дерекқорда бар, тағы %n жолдарда (%1). Сайлауда бір әкім сайланады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the same file again makes a second import of the same races.</source>
        <translation>Сол файлды қайта импорттау сол сайлаулардың екінші импортын жасайды.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several territories (%2) and the district cell of this row is empty: fill in the district.</source>
        <translation>«%1» бірнеше аумаққа сәйкес келеді (%2), ал бұл жолдағы аудан ұяшығы бос: ауданды толтырыңыз.</translation>
    </message>
    <message>
        <source>The settlement &quot;%1&quot; needs its district, and the district cell of this row is empty: fill in the district. (Only a city of regional significance or a regional centre sits right under its region.)</source>
        <translation>«%1» елді мекеніне өз ауданы керек, ал бұл жолдағы аудан ұяшығы бос: ауданды толтырыңыз. (Облысқа тікелей тек облыстық маңызы бар қалалар мен облыс орталықтары бағынады.)</translation>
    </message>
    <message>
        <source>The nomination &quot;%1&quot; is neither a party Sailau knows nor self-nomination: it is kept as written, without a party. Check its spelling, or add the party.</source>
        <translation>«%1» ұсынуы Sailau білетін партия да, өзін-өзі ұсыну да емес: ол жазылғандай, партиясыз сақталды. Жазылуын тексеріңіз немесе партияны қосыңыз.</translation>
    </message>
    <message>
        <source>the %1 valid ballots (%2 cast less %3 invalid)</source>
        <translation>%1 жарамды бюллетеньнен (%2 дауыс бергендер, %3 жарамсызды шегергенде)</translation>
    </message>
    <message>
        <source>the %1 ballots cast</source>
        <translation>%1 дауыс бергеннен</translation>
    </message>
    <message>
        <source>The votes of this race&apos;s candidates and &quot;against all&quot; add up to %1, more than %2: a figure is wrong.</source>
        <translation>Осы сайлаудағы кандидаттардың дауыстары «барлығына қарсымен» бірге %1 болады, бұл %2 көп: бір сан қате.</translation>
    </message>
    <message>
        <source>The votes of this race&apos;s candidates add up to %1, more than %2: a figure is wrong.</source>
        <translation>Осы сайлаудағы кандидаттардың дауыстары барлығы %1 болады, бұл %2 көп: бір сан қате.</translation>
    </message>
    <message>
        <source>This candidate is marked elected with %1 votes, fewer votes than the candidate on line %2 (%3): the winner is the candidate with the most votes.</source>
        <translation>Бұл кандидат %1 дауыспен сайланған деп белгіленген, бұл %2-жолдағы кандидаттың дауысынан (%3) аз: ең көп дауыс алған кандидат жеңеді.</translation>
    </message>
    <message>
        <source>This candidate is marked elected with %1 votes, fewer votes than a candidate already in the database (%2): the winner is the candidate with the most votes.</source>
        <translation>Бұл кандидат %1 дауыспен сайланған деп белгіленген, бұл дерекқорда бұрыннан бар кандидаттың дауысынан (%2) аз: ең көп дауыс алған кандидат жеңеді.</translation>
    </message>
    <message>
        <source>The election date %1 lies outside 1990 to %2: check that it is typed right.</source>
        <translation>%1 сайлау күні 1990 – %2 жылдар аралығынан тыс: дұрыс терілгенін тексеріңіз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: it holds invisible characters, shown here as &lt;U+…&gt;. Delete them in the file (or retype the date) and import again.</source>
        <translation>«%1» — күн емес: онда көрінбейтін таңбалар бар, олар мұнда &lt;U+…&gt; түрінде көрсетілген. Оларды файлда өшіріңіз (немесе күнді қайта теріңіз) де, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>The import could not be saved, so nothing was imported. %1</source>
        <translation>Импортты сақтау мүмкін болмады, сондықтан ештеңе импорттталған жоқ. %1</translation>
    </message>
    <message>
        <source>The file of published totals has a header but no figures.</source>
        <translation>Жарияланған қорытындылар файлында тақырып бар, бірақ көрсеткіштер жоқ.</translation>
    </message>
    <message>
        <source>The published figures could not be written, so nothing was imported. %1</source>
        <translation>Жарияланған көрсеткіштерді жазу мүмкін болмады, сондықтан ештеңе импортталмады. %1</translation>
    </message>
    <message>
        <source>Every race of the file has errors: there is nothing left to import.</source>
        <translation>Файлдағы барлық сайлауда қате бар: импорттайтын ештеңе қалмады.</translation>
    </message>
    <message>
        <source>%1 So nothing was imported.</source>
        <translation>%1 Сондықтан ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <source>the row could not be placed in a race</source>
        <translation>жолды ешбір сайлауға жатқызу мүмкін болмады</translation>
    </message>
    <message>
        <source>line %1: a row of the same territory that could not be placed in a race may belong to it</source>
        <translation>%1-жол: сайлауға жатқызылмаған сол аумақтың жолы осы сайлауға тиесілі болуы мүмкін</translation>
    </message>
    <message>
        <source>The row could not be placed in a race: its territory or date is missing or not found (as on an earlier row with the same names).</source>
        <translation>Жолды сайлауға жатқызу мүмкін болмады: оның аумағы не күні жоқ немесе табылмады (дәл осы атаулары бар алдыңғы жолдағыдай).</translation>
    </message>
    <message>
        <source>Its race is left out whole (%1).</source>
        <translation>Оның сайлауы бүтіндей қалдырылды (%1).</translation>
    </message>
    <message>
        <source>%1 could not be read again: %2</source>
        <translation>%1 файлын қайта оқу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>The left-out rows could not be written to %1: %2</source>
        <translation>Қалдырылған жолдарды %1 файлына жазу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>This row makes the race of %1 on %2 a &quot;%3&quot; election, but that race is already a &quot;%4&quot; election (in the database or on an earlier row): one territory elects one akim on one day. Correct the level in one of the files.</source>
        <translation>Бұл жол %1 аумағындағы %2 сайлауын «%3» деңгейіндегі сайлау етеді, бірақ бұл сайлау әлдеқашан «%4» деңгейінде (дерекқорда немесе алдыңғы жолда): бір аумақ бір күні бір әкім сайлайды. Деңгейді файлдардың бірінде түзетіңіз.</translation>
    </message>
    <message>
        <source>%1% of the %2 ballots cast</source>
        <translation>урнаға салынған %2 бюллетеньнің %1%</translation>
    </message>
    <message>
        <source>%1% of the %2 valid votes</source>
        <translation>%2 жарамды дауыстың %1%</translation>
    </message>
    <message>
        <source>%1% of the %2 voters on the lists</source>
        <translation>тізімдегі %2 сайлаушының %1%</translation>
    </message>
    <message>
        <source>The published share %1% of %2 fits none of the bases it could have: %3 is %4. The share is kept as published, its basis unknown.</source>
        <translation>Жарияланған %1% үлесі (%2) ықтимал негіздердің ешқайсысына сәйкес келмейді: %3 — бұл %4. Үлес жарияланғандай сақталды, оның негізі белгісіз.</translation>
    </message>
    <message>
        <source>a candidate</source>
        <translation>кандидат</translation>
    </message>
    <message>
        <source>&quot;against all&quot;</source>
        <translation>«бәріне қарсы»</translation>
    </message>
    <message>
        <source>%1% is not a percentage between 0 and 100</source>
        <translation>%1% — 0 мен 100 аралығындағы пайыз емес</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sex Sailau reads (м/ж, ер/әйел, M/F, male/female): it is left missing.</source>
        <translation>«%1» — Sailau түсінетін жыныс белгісі емес (м/ж, ер/әйел, M/F, male/female): мәні бос қалдырылды.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a whole number from %3 to %4; it is left missing.</source>
        <translation>«%1»: «%2» — %3 мен %4 аралығындағы бүтін сан емес; мәні бос қалдырылды.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is neither yes nor no (да/нет, иә/жоқ, yes/no, 1/0); it is left missing.</source>
        <translation>«%1»: «%2» — «иә» да, «жоқ» та емес (да/нет, иә/жоқ, yes/no, 1/0); мәні бос қалдырылды.</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled, and the files imported together are kept all or none.</source>
        <translation>Импортталмады: импорттан бас тартылды, ал бірге импортталатын файлдар не бәрі сақталады, не ешқайсысы.</translation>
    </message>
    <message>
        <source>Not imported: %1 was refused, and the files imported together are kept all or none.</source>
        <translation>Импортталмады: %1 қабылданбады, ал бірге импортталатын файлдар не бәрі сақталады, не ешқайсысы.</translation>
    </message>
</context>
<context>
    <name>Sailau::Import::Presets</name>
    <message>
        <source>There is no mapping preset called &quot;%1&quot;. Presets: %2</source>
        <translation>«%1» деп аталатын сәйкестендіру шаблоны жоқ. Шаблондар: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 is not a Sailau mapping preset.</source>
        <translation>%1 — Sailau сәйкестендіру шаблоны емес.</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>Шаблонға атау қажет.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a preset that comes with Sailau; save yours under another name.</source>
        <translation>«%1» — Sailau-мен бірге келетін шаблон; өзіңіздікін басқа атаумен сақтаңыз.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 бумасын құру мүмкін емес.</translation>
    </message>
    <message>
        <source>There is no preset of yours called &quot;%1&quot;.</source>
        <translation>«%1» деп аталатын өз шаблоныңыз жоқ.</translation>
    </message>
</context>
<context>
    <name>Sailau::Import::TableReader</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 ашу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>unknown encoding “%1”: use UTF-8, UTF-16LE, UTF-16BE or windows-1251</source>
        <translation>белгісіз кодтау “%1”: UTF-8, UTF-16LE, UTF-16BE немесе windows-1251 қолданыңыз</translation>
    </message>
    <message>
        <source>“%1” cannot be a delimiter</source>
        <translation>“%1” бөлгіш бола алмайды</translation>
    </message>
    <message>
        <source>%1 is not a file but a device, a pipe or a socket</source>
        <translation>%1 — файл емес, құрылғы, арна немесе сокет</translation>
    </message>
</context>
<context>
    <name>Sailau::Import::Totals</name>
    <message>
        <source>This file holds published totals, not races: it is kept as published figures shown in the summary. Its columns %1 are not used.</source>
        <translation>Бұл файлда сайлаулар емес, жарияланған қорытындылар бар: ол жиынтықта көрсетілетін жарияланған көрсеткіштер ретінде сақталады. Оның %1 бағандары пайдаланылмайды.</translation>
    </message>
    <message>
        <source>The row has no date. Give the election day for the file (--date, or the date field in the import dialog).</source>
        <translation>Жолда күн жоқ. Файлдың сайлау күнін көрсетіңіз (--date немесе импорт терезесіндегі күн өрісі).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither Kazakhstan nor one of its regions or cities of republican significance; published totals are kept for those.</source>
        <translation>«%1» — Қазақстан да, оның облысы не республикалық маңызы бар қаласы да емес; жарияланған қорытындылар солар үшін сақталады.</translation>
    </message>
    <message>
        <source>The row names no figure.</source>
        <translation>Жолда көрсеткіш аталмаған.</translation>
    </message>
</context>
<context>
    <name>Sailau::Import::Values</name>
    <message>
        <source>%1 is ambiguous: is “%2” a decimal point or a thousands separator? Set the decimal separator</source>
        <translation>%1 екіұшты: “%2” — ондық бөлгіш пе, әлде мың бөлгіші ме? Ондық бөлгішті көрсетіңіз</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 — сан емес</translation>
    </message>
    <message>
        <source>%1 is a percentage, not a count</source>
        <translation>%1 — пайыз, сан емес</translation>
    </message>
    <message>
        <source>%1 is not a whole number written out</source>
        <translation>%1 — толық жазылған бүтін сан емес</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 — бүтін сан емес</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 тым үлкен</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 теріс</translation>
    </message>
    <message>
        <source>%1 is not a real date</source>
        <translation>%1 — нақты күн емес</translation>
    </message>
    <message>
        <source>%1 has a two-digit year: write the year in full</source>
        <translation>%1 жылы екі цифрмен жазылған: жылды толық жазыңыз</translation>
    </message>
    <message>
        <source>%1 puts the month first: write it as day.month.year or YYYY-MM-DD</source>
        <translation>%1 айды бірінші қояды: күн.ай.жыл немесе YYYY-MM-DD түрінде жазыңыз</translation>
    </message>
    <message>
        <source>%1 is not a date (as a spreadsheet date number it is out of range)</source>
        <translation>%1 — күн емес (электрондық кестенің күн саны ретінде ол ауқымнан тыс)</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 — күн емес</translation>
    </message>
    <message>
        <source>%1 is not yes or no</source>
        <translation>%1 — «иә» да, «жоқ» та емес</translation>
    </message>
</context>
<context>
    <name>Sailau::Import::XlsxReader</name>
    <message>
        <source>%1 is not an Excel workbook: it is not a ZIP archive or it is damaged</source>
        <translation>%1 — Excel кітабы емес: ол ZIP мұрағаты емес немесе зақымдалған</translation>
    </message>
    <message>
        <source>the workbook is damaged: the part %1 cannot be read</source>
        <translation>кітап зақымдалған: %1 бөлігін оқу мүмкін емес</translation>
    </message>
    <message>
        <source>the part %1 of the workbook would unpack to %2 MiB, more than the %3 MiB allowed; the file is refused as a possible ZIP bomb</source>
        <translation>кітаптың %1 бөлігі %2 МиБ-қа дейін ашылар еді, бұл рұқсат етілген %3 МиБ-тан көп; файл ықтимал ZIP-бомба ретінде қабылданбады</translation>
    </message>
    <message>
        <source>the part %1 of the workbook is compressed more than %2:1; the file is refused as a possible ZIP bomb</source>
        <translation>кітаптың %1 бөлігі %2:1 қатынасынан артық сығылған; файл ықтимал ZIP-бомба ретінде қабылданбады</translation>
    </message>
    <message>
        <source>the workbook is incomplete: the part %1 is missing</source>
        <translation>кітап толық емес: %1 бөлігі жоқ</translation>
    </message>
    <message>
        <source>the workbook is damaged: the part %1 cannot be unpacked</source>
        <translation>кітап зақымдалған: %1 бөлігін ашу мүмкін емес</translation>
    </message>
    <message>
        <source>the part %1 of the workbook unpacks to more than it declares; the file is refused as damaged or a possible ZIP bomb</source>
        <translation>кітаптың %1 бөлігі мәлімделгеннен көп көлемге ашылады; файл зақымдалған немесе ықтимал ZIP-бомба ретінде қабылданбады</translation>
    </message>
    <message>
        <source>the workbook is damaged: the part %1 fails its checksum</source>
        <translation>кітап зақымдалған: %1 бөлігі бақылау сомасынан өтпейді</translation>
    </message>
    <message>
        <source>the workbook is damaged: %1, line %2: %3</source>
        <translation>кітап зақымдалған: %1, %2-жол: %3</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument file, not an Excel workbook: save it as .xlsx or CSV</source>
        <translation>%1 — OpenDocument файлы, Excel кітабы емес: оны .xlsx немесе CSV ретінде сақтаңыз</translation>
    </message>
    <message>
        <source>%1 is a ZIP archive but not an Excel workbook: %2 is missing</source>
        <translation>%1 — ZIP мұрағаты, бірақ Excel кітабы емес: %2 жоқ</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>кітапта парақтар жоқ</translation>
    </message>
    <message numerus="yes">
        <source>the workbook has %n sheet(s); sheet %1 does not exist</source>
        <translation>
            <numerusform>кітапта %n парақ бар; %1-парақ жоқ</numerusform>
            <numerusform>кітапта %n парақ бар; %1-парақ жоқ</numerusform>
        </translation>
    </message>
    <message>
        <source>the sheet «%1» is a chart or a dialog, not a table</source>
        <translation>«%1» парағы — кесте емес, диаграмма немесе диалог</translation>
    </message>
    <message>
        <source>the workbook is incomplete: the sheet «%1» (%2) is missing</source>
        <translation>кітап толық емес: «%1» парағы (%2) жоқ</translation>
    </message>
    <message>
        <source>the workbook is damaged: the sheet «%1» cannot be unpacked</source>
        <translation>кітап зақымдалған: «%1» парағын ашу мүмкін емес</translation>
    </message>
    <message>
        <source>the workbook is damaged: the sheet cannot be unpacked (after row %1)</source>
        <translation>кітап зақымдалған: парақты ашу мүмкін емес (%1-жолдан кейін)</translation>
    </message>
    <message>
        <source>the sheet unpacks to more than it declares; the file is refused as damaged or a possible ZIP bomb</source>
        <translation>парақ мәлімделгеннен көп көлемге ашылады; файл зақымдалған немесе ықтимал ZIP-бомба ретінде қабылданбады</translation>
    </message>
    <message>
        <source>row %1, column %2 (%3): %4</source>
        <translation>%1-жол, %2-баған (%3): %4</translation>
    </message>
    <message>
        <source>shared string %1 does not exist in the workbook</source>
        <translation>кітапта %1 ортақ жолы жоқ</translation>
    </message>
    <message>
        <source>“%1” is not a cell reference</source>
        <translation>“%1” — ұяшық сілтемесі емес</translation>
    </message>
    <message>
        <source>the cell is longer than %1 characters</source>
        <translation>ұяшық %1 таңбадан ұзын</translation>
    </message>
    <message>
        <source>the cell is out of order (column %1 was already read)</source>
        <translation>ұяшық ретсіз тұр (%1-баған бұрын оқылған)</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>%1 бағаннан көп</translation>
    </message>
    <message>
        <source>the workbook is damaged: the sheet ends in the middle (after row %1)</source>
        <translation>кітап зақымдалған: парақ ортасында аяқталады (%1-жолдан кейін)</translation>
    </message>
    <message>
        <source>the workbook is damaged: the sheet is not valid XML after row %1: %2</source>
        <translation>кітап зақымдалған: %1-жолдан кейін парақ жарамды XML емес: %2</translation>
    </message>
    <message>
        <source>the workbook is damaged: the sheet fails its checksum (its bytes changed after it was written)</source>
        <translation>кітап зақымдалған: парақ бақылау сомасынан өтпейді (оның байттары жазылғаннан кейін өзгерген)</translation>
    </message>
    <message>
        <source>the part %1 of the workbook has elements nested more than %2 levels deep; the file is refused as damaged or made to exhaust memory</source>
        <translation>кітаптың %1 бөлігінде элементтер %2 деңгейден тереңірек салынған; файл зақымдалған немесе жадты сарқу үшін жасалған деп қабылданбады</translation>
    </message>
    <message>
        <source>the shared strings of the workbook unpack to more than %1 MiB; the file is refused because reading it would exhaust memory. Save the sheet as CSV and import that.</source>
        <translation>кітаптың ортақ жолдары %1 МиБ-тан астам көлемге ашылады; файл қабылданбады, себебі оны оқу жадты сарқиды. Парақты CSV ретінде сақтап, соны импорттаңыз.</translation>
    </message>
    <message>
        <source>the workbook has more than %1 shared strings; the file is refused because reading it would exhaust memory. Save the sheet as CSV and import that.</source>
        <translation>кітапта %1-ден астам ортақ жол бар; файл қабылданбады, себебі оны оқу жадты сарқиды. Парақты CSV ретінде сақтап, соны импорттаңыз.</translation>
    </message>
    <message>
        <source>the shared strings of the workbook hold more than %1 characters; the file is refused because reading it would exhaust memory. Save the sheet as CSV and import that.</source>
        <translation>кітаптың ортақ жолдарында %1-ден астам таңба бар; файл қабылданбады, себебі оны оқу жадты сарқиды. Парақты CSV ретінде сақтап, соны импорттаңыз.</translation>
    </message>
    <message>
        <source>the sheet has elements nested more than %1 levels deep (after row %2); the file is refused as damaged or made to exhaust memory</source>
        <translation>парақта элементтер %1 деңгейден тереңірек салынған (%2-жолдан кейін); файл зақымдалған немесе жадты сарқу үшін жасалған деп қабылданбады</translation>
    </message>
    <message>
        <source>%1 is protected with a password, so Sailau cannot read it. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password), save it and import it again.</source>
        <translation>%1 құпиясөзбен қорғалған, сондықтан Sailau оны оқи алмайды. Оны Excel-де ашып, құпиясөзді алып тастаңыз (Файл → Мәліметтер → Кітапты қорғау → Құпиясөзбен шифрлау), сақтаңыз да, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls file (Excel 97–2003), which Sailau does not read: open it in Excel and save it as .xlsx or CSV (UTF-8)</source>
        <translation>%1 — Sailau оқымайтын ескі Excel .xls файлы (Excel 97–2003): оны Excel-де ашып, .xlsx немесе CSV (UTF-8) ретінде сақтаңыз</translation>
    </message>
    <message>
        <source>the rows of the sheet are out of order: row %1 comes after row %2. Open the workbook in Excel or LibreOffice and save it again.</source>
        <translation>парақтың жолдары ретімен емес: %1-жол %2-жолдан кейін тұр. Кітапты Excel немесе LibreOffice-те ашып, қайта сақтаңыз.</translation>
    </message>
</context>
<context>
    <name>Sailau::ImportController</name>
    <message>
        <source>&amp;Import Results…</source>
        <translation>Нәтижелерді &amp;импорттау…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Импорт &amp;тарихы…</translation>
    </message>
    <message>
        <source>List the imports of this database and undo one</source>
        <translation>Осы дерекқордың импорттарын тізімдеу және біреуін болдырмау</translation>
    </message>
    <message>
        <source>The database file is damaged: nothing can be imported into it.</source>
        <translation>Дерекқор файлы зақымдалған: оған ештеңе импорттауға болмайды.</translation>
    </message>
    <message>
        <source>The database is read-only: nothing can be imported into it.</source>
        <translation>Дерекқор тек оқу үшін: оған ештеңе импорттау мүмкін емес.</translation>
    </message>
    <message>
        <source>Imported %1: %2 races (%3 new), %4 candidates. File → Import History can undo it.</source>
        <translation>%1 импортталды: %2 сайлау (%3 жаңа), %4 кандидат. Оны Файл → Импорт тарихы арқылы болдырмауға болады.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln published figure(s), shown in the summary. File → Import History can undo it.</source>
        <translation>
            <numerusform>%1 импортталды: %Ln жарияланған көрсеткіш, жиынтықта көрсетіледі. «Файл → Импорт тарихы» арқылы болдырмауға болады.</numerusform>
            <numerusform>%1 импортталды: %Ln жарияланған көрсеткіш, жиынтықта көрсетіледі. «Файл → Импорт тарихы» арқылы болдырмауға болады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import CSV or XLSX files of results (several are imported together); you can also drop them onto the window</source>
        <translation>Нәтижелердің CSV немесе XLSX файлдарын импорттау (бірнешеуі бірге импортталады); оларды терезеге сүйреп апаруға да болады</translation>
    </message>
    <message>
        <source>Imported %1 together: %2 new races, %3 candidates. File → Import History can undo them.</source>
        <translation>%1 бірге импортталды: %2 жаңа сайлау, %3 кандидат. Оларды Файл → Импорт тарихы арқылы болдырмауға болады.</translation>
    </message>
</context>
<context>
    <name>Sailau::ImportDialog</name>
    <message>
        <source>Import Results</source>
        <translation>Нәтижелерді импорттау</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Келесі &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Импортталатын файл</translation>
    </message>
    <message>
        <source>A CSV, TSV or XLSX file</source>
        <translation>CSV, TSV немесе XLSX файлы</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>How the file is read (detected; change what is wrong)</source>
        <translation>Файл қалай оқылады (автоматты анықталды; дұрыс емесін өзгертіңіз)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Анықтау</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Кодта&amp;у:</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Үтір ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Нүктелі үтір ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Тік сызық |</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Бөлгіш:</translation>
    </message>
    <message>
        <source>Point 62.79</source>
        <translation>Нүкте 62.79</translation>
    </message>
    <message>
        <source>Comma 62,79</source>
        <translation>Үтір 62,79</translation>
    </message>
    <message>
        <source>Decimal &amp;separator:</source>
        <translation>&amp;Ондық бөлгіш:</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Тақырып жолы</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Тақырып жолы:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Парақ:</translation>
    </message>
    <message>
        <source>The first rows as Sailau reads them:</source>
        <translation>Sailau оқыған түрдегі алғашқы жолдар:</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Файлды алдын ала қарау</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Сәйкестендіру:</translation>
    </message>
    <message>
        <source>&amp;Save as Preset…</source>
        <translation>Шаблон ретінде сақ&amp;тау…</translation>
    </message>
    <message>
        <source>&amp;Delete Preset</source>
        <translation>Шаблонды &amp;жою</translation>
    </message>
    <message>
        <source>Sailau matched the columns by their names in Kazakh, Russian or English. Change what a column holds with a double-click (or F2).</source>
        <translation>Sailau бағандарды олардың қазақша, орысша немесе ағылшынша атаулары бойынша сәйкестендірді. Бағанда не бар екенін екі рет шерту арқылы (немесе F2) өзгертіңіз.</translation>
    </message>
    <message>
        <source>Columns of the file and what they hold</source>
        <translation>Файлдың бағандары және олардағы деректер</translation>
    </message>
    <message>
        <source>For what the file does not say</source>
        <translation>Файлда көрсетілмеген мәліметтер үшін</translation>
    </message>
    <message>
        <source>Election &amp;date:</source>
        <translation>Сайлау кү&amp;ні:</translation>
    </message>
    <message>
        <source>Election date for rows without one</source>
        <translation>Күні жоқ жолдарға арналған сайлау күні</translation>
    </message>
    <message>
        <source>Tell from the names</source>
        <translation>Атауларынан анықтау</translation>
    </message>
    <message>
        <source>Election &amp;level:</source>
        <translation>Сайлау &amp;деңгейі:</translation>
    </message>
    <message>
        <source>A URL or the name of the document the figures come from</source>
        <translation>Көрсеткіштер алынған құжаттың URL мекенжайы немесе атауы</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Дереккө&amp;з:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Барысы</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Файлдан табылған мәселелер</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <source>What happens to each territory name of the file. Where a name fits several territories, or Sailau knows one like it, choose in the last column.</source>
        <translation>Файлдағы әр аумақ атауымен не болатыны. Атау бірнеше аумаққа сәйкес келсе немесе Sailau оған ұқсас аумақты білсе, соңғы бағанда таңдаңыз.</translation>
    </message>
    <message>
        <source>Territory names of the file</source>
        <translation>Файлдағы аумақ атаулары</translation>
    </message>
    <message>
        <source>&amp;Check Again with These Choices</source>
        <translation>Осы таңдаулармен қайта &amp;тексеру</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Аумақтар</translation>
    </message>
    <message>
        <source>Match the columns by their names</source>
        <translation>Бағандарды атаулары бойынша сәйкестендіру</translation>
    </message>
    <message>
        <source>%1 (comes with Sailau)</source>
        <translation>%1 (Sailau-мен бірге келеді)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;CSV and text (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Кестелер (*.csv *.tsv *.txt *.xlsx);;CSV және мәтін (*.csv *.tsv *.txt);;Excel кітаптары (*.xlsx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Choose a file, or drop one onto Sailau&apos;s window.</source>
        <translation>Файлды таңдаңыз немесе оны Sailau терезесіне сүйреп апарыңыз.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 жоқ немесе файл емес.</translation>
    </message>
    <message>
        <source>an Excel workbook, sheet &quot;%1&quot;</source>
        <translation>Excel кітабы, «%1» парағы</translation>
    </message>
    <message>
        <source>unknown encoding</source>
        <translation>белгісіз кодтау</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>нүктелі үтір</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>тік сызық</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>үтір</translation>
    </message>
    <message>
        <source>separated by %1</source>
        <translation>бөлгіш: %1</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>ондық үтір</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>ондық нүкте</translation>
    </message>
    <message>
        <source>column names on line %1</source>
        <translation>баған атаулары %1-жолда</translation>
    </message>
    <message>
        <source>Sailau reads %1: %2.</source>
        <translation>Sailau %1 файлын былай оқиды: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Kazakh letters seem lost in this file: &quot;?&quot; stands inside Cyrillic words (%n time(s)). It was probably saved as Windows-1251, which has no ә ғ қ ң ө ұ ү һ. In Excel choose Save As → &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>
            <numerusform>Бұл файлда қазақ әріптері жоғалған сияқты: кириллица сөздерінің ішінде «?» тұр (%n рет). Ол ә ғ қ ң ө ұ ү һ әріптері жоқ Windows-1251 кодтауында сақталған болуы мүмкін. Excel-де «Басқаша сақтау» → «CSV UTF-8» таңдап, сол файлды импорттаңыз.</numerusform>
            <numerusform>Бұл файлда қазақ әріптері жоғалған сияқты: кириллица сөздерінің ішінде «?» тұр (%n рет). Ол ә ғ қ ң ө ұ ү һ әріптері жоқ Windows-1251 кодтауында сақталған болуы мүмкін. Excel-де «Басқаша сақтау» → «CSV UTF-8» таңдап, сол файлды импорттаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some bytes are not valid UTF-8: choose the right encoding above.</source>
        <translation>Кейбір байттар жарамды UTF-8 емес: жоғарыда дұрыс кодтауды таңдаңыз.</translation>
    </message>
    <message>
        <source>Mapping Preset</source>
        <translation>Сәйкестендіру шаблоны</translation>
    </message>
    <message>
        <source>Save Mapping Preset</source>
        <translation>Сәйкестендіру шаблонын сақтау</translation>
    </message>
    <message>
        <source>A name for this mapping (columns and reading options):</source>
        <translation>Бұл сәйкестендірудің атауы (бағандар мен оқу параметрлері):</translation>
    </message>
    <message>
        <source>Delete Mapping Preset</source>
        <translation>Сәйкестендіру шаблонын жою</translation>
    </message>
    <message>
        <source>Only presets you saved yourself can be deleted.</source>
        <translation>Тек өзіңіз сақтаған шаблондарды жоюға болады.</translation>
    </message>
    <message>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>«%1» шаблонын жою керек пе?</translation>
    </message>
    <message>
        <source>No column names a territory: choose which column holds the district, the region or the settlement.</source>
        <translation>Бірде-бір баған аумақты атамайды: ауданды, облысты немесе елді мекенді қай баған сақтайтынын таңдаңыз.</translation>
    </message>
    <message>
        <source>No column holds the election date: choose one, or give a date for the whole file below.</source>
        <translation>Бірде-бір бағанда сайлау күні жоқ: бағанды таңдаңыз немесе төменде бүкіл файлға бір күн беріңіз.</translation>
    </message>
    <message>
        <source>Votes, nominations or elected marks need a column with the candidates&apos; names.</source>
        <translation>Дауыстарға, кім ұсынғанына немесе сайланғаны туралы белгілерге кандидаттардың аты-жөні бар баған қажет.</translation>
    </message>
    <message>
        <source>Ready to check the file.</source>
        <translation>Файлды тексеруге дайын.</translation>
    </message>
    <message>
        <source>1. The file</source>
        <translation>1. Файл</translation>
    </message>
    <message>
        <source>2. What the columns hold</source>
        <translation>2. Бағандарда не бар</translation>
    </message>
    <message>
        <source>3. Check and import</source>
        <translation>3. Тексеру және импорттау</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Т&amp;оқтату</translation>
    </message>
    <message>
        <source>Import Again?</source>
        <translation>Қайта импорттау керек пе?</translation>
    </message>
    <message>
        <source>This file (the same SHA-256) was imported before, as import %1. Importing it again adds nothing new for the races it already gave, but makes a second import to undo. Import it again?</source>
        <translation>Бұл файл (SHA-256 бірдей) бұрын %1 импорты ретінде импортталған. Оны қайта импорттау ол бұрын берген сайлауларға жаңа ештеңе қоспайды, бірақ болдырмайтын екінші импорт пайда болады. Қайта импорттау керек пе?</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 тексерілуде…</translation>
    </message>
    <message>
        <source>Importing %1 in one transaction: Stop leaves the database as it was.</source>
        <translation>%1 бір транзакциямен импортталуда: «Тоқтату» дерекқорды бұрынғы күйінде қалдырады.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written.</source>
        <translation>Тоқтатылды. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: fix the errors listed (in the file, or by changing the options and columns), then check again. Nothing was written.</source>
        <translation>Файлды осы күйінде импорттау мүмкін емес: тізімдегі қателерді түзетіңіз (файлда немесе параметрлер мен бағандарды өзгерту арқылы), содан кейін қайта тексеріңіз. Ештеңе жазылған жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) found.</source>
        <translation>
            <numerusform>%n қате табылды.</numerusform>
            <numerusform>%n қате табылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported as import %1.</source>
        <translation>%1 импорты ретінде импортталды.</translation>
    </message>
    <message numerus="yes">
        <source>Choose what to do with %n territory name(s) that fit several territories.</source>
        <translation>
            <numerusform>Бірнеше аумаққа сәйкес келетін %n аумақ атауымен не істеу керегін таңдаңыз.</numerusform>
            <numerusform>Бірнеше аумаққа сәйкес келетін %n аумақ атауымен не істеу керегін таңдаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import. Look through the warnings and the new territories, then press Import.</source>
        <translation>Импорттауға дайын. Ескертулер мен жаңа аумақтарды қарап шығып, «Импорттау» түймесін басыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n ескерту.</numerusform>
            <numerusform>%n ескерту.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>%1: %2 (%3 new, %4 completed), %5, %6.</source>
        <translation>%1: %2 (%3 жаңа, %4 толықтырылған), %5, %6.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln жол</numerusform>
            <numerusform>%Ln жол</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln race(s)</source>
        <translation>
            <numerusform>%Ln сайлау</numerusform>
            <numerusform>%Ln сайлау</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidate(s)</source>
        <translation>
            <numerusform>%Ln кандидат</numerusform>
            <numerusform>%Ln кандидат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new territory(ies)</source>
        <translation>
            <numerusform>%Ln жаңа аумақ</numerusform>
            <numerusform>%Ln жаңа аумақ</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (%1, %2)</source>
        <translation>Мәселелер (%1, %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln қате</numerusform>
            <numerusform>%Ln қате</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln ескерту</numerusform>
            <numerusform>%Ln ескерту</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln region(s)</source>
        <translation>
            <numerusform>%Ln облыс</numerusform>
            <numerusform>%Ln облыс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln district(s) or smaller unit(s)</source>
        <translation>
            <numerusform>%Ln аудан не одан кіші бірлік</numerusform>
            <numerusform>%Ln аудан не одан кіші бірлік</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <comment>territories to be created</comment>
        <translation>
            <numerusform>%Ln жаңа</numerusform>
            <numerusform>%Ln жаңа</numerusform>
        </translation>
    </message>
    <message>
        <source>Territories (%1)</source>
        <translation>Аумақтар (%1)</translation>
    </message>
    <message>
        <source>Every race lists &amp;all its candidates with their votes</source>
        <translation>Әр сайлаудың &amp;барлық кандидаттары дауыстарымен көрсетілген</translation>
    </message>
    <message>
        <source>Without this, a race&apos;s list counts as complete only where the registered count or the ballots show it; the effective number of candidates and the margin need a complete list.</source>
        <translation>Мұнсыз кандидаттар тізімі тіркелген кандидаттар саны немесе бюллетеньдер көрсеткенде ғана толық саналады; кандидаттардың тиімді саны мен айырма үшін толық тізім керек.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln published figure(s) of %1: a file of totals, shown in the summary beside the computed figures; no races.</source>
        <translation>
            <numerusform>%1 күнінің %Ln жарияланған көрсеткіші: қорытынды файлы, жиынтықта есептелген көрсеткіштердің қасында көрсетіледі; сайлаулар жоқ.</numerusform>
            <numerusform>%1 күнінің %Ln жарияланған көрсеткіші: қорытынды файлы, жиынтықта есептелген көрсеткіштердің қасында көрсетіледі; сайлаулар жоқ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave out each race with errors whole, with all its rows, and import the others. The rows left out are saved beside the file, to fix and import later.</source>
        <translation>Қатесі бар әр сайлауды барлық жолдарымен бүтіндей қалдырып, қалғандарын импорттау. Қалдырылған жолдар кейін түзетіп импорттау үшін файлдың қасына сақталады.</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n valid race(s) and leave out %1</source>
        <translation>
            <numerusform>Қатесіз %n сайлауды импорттап, %1 қалдыру</numerusform>
            <numerusform>Қатесіз %n сайлауды импорттап, %1 қалдыру</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n жолды</numerusform>
            <numerusform>%n жолды</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Imported as import %1, without the races that have errors.</source>
        <translation>%1-импорт ретінде импортталды, қатесі бар сайлауларсыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out (listed under Problems) are saved in %1: fix them there and import that file.</source>
        <translation>
            <numerusform>Қалдырылған %n жол («Мәселелер» тізімінде) %1 файлына сақталды: оларды сонда түзетіп, сол файлды импорттаңыз.</numerusform>
            <numerusform>Қалдырылған %n жол («Мәселелер» тізімінде) %1 файлына сақталды: оларды сонда түзетіп, сол файлды импорттаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: fix the errors listed and check again, or import the valid races and leave out those with errors (each race whole). Nothing was written.</source>
        <translation>Файлды осы күйінде импорттауға болмайды: тізілген қателерді түзетіп, қайта тексеріңіз немесе қатесіз сайлауларды импорттап, қатесі барларын (әрқайсысын бүтіндей) қалдырыңыз. Ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>Files imported &amp;together, in this order:</source>
        <translation>&amp;Бірге импортталатын файлдар, осы ретпен:</translation>
    </message>
    <message>
        <source>Files to import together</source>
        <translation>Бірге импортталатын файлдар</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>Файлдарды &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Өшіру</translation>
    </message>
    <message>
        <source>Add Files to Import Together</source>
        <translation>Бірге импорттау үшін файлдарды қосу</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n қате</numerusform>
            <numerusform>%n қате</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n published figure(s)</source>
        <translation>
            <numerusform>%n жарияланған көрсеткіш</numerusform>
            <numerusform>%n жарияланған көрсеткіш</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 new, %3 completed)</source>
        <translation>%1 (%2 жаңа, %3 толықтырылған)</translation>
    </message>
    <message>
        <source>not read: a file before it was refused</source>
        <translation>оқылмады: алдыңғы файлдардың бірі қабылданбады</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Importing %1 together in one transaction: Stop leaves the database as it was.</source>
        <translation>%1 бір транзакциямен бірге импортталуда: «Тоқтату» дерекқорды бұрынғы күйінде қалдырады.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Imported together as imports %1 (undone together), without the races that have errors.</source>
        <translation>Қатесі бар сайлауларсыз %1 импорттары ретінде бірге импортталды (оларды тек бірге болдырмауға болады).</translation>
    </message>
    <message>
        <source>The files cannot be imported as they are: fix the errors listed (in the files, or by changing the options and columns of the file they name), then check again. Nothing was written; the files are imported together or not at all.</source>
        <translation>Файлдарды осы күйінде импорттау мүмкін емес: тізімдегі қателерді түзетіңіз (файлдарда немесе қатеде аталған файлдың параметрлері мен бағандарын өзгерту арқылы), содан кейін қайта тексеріңіз. Ештеңе жазылған жоқ; файлдар не бірге импортталады, не мүлде импортталмайды.</translation>
    </message>
    <message>
        <source>Imported together as imports %1, in one transaction (Import History undoes them together).</source>
        <translation>%1 импорттары ретінде бір транзакциямен бірге импортталды (Импорт тарихында оларды тек бірге болдырмауға болады).</translation>
    </message>
    <message>
        <source>Ready to import these files together, in one transaction. Look through the warnings and the new territories, then press Import.</source>
        <translation>Бұл файлдарды бір транзакциямен бірге импорттауға дайын. Ескертулер мен жаңа аумақтарды қарап шығып, «Импорттау» түймесін басыңыз.</translation>
    </message>
</context>
<context>
    <name>Sailau::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Импорт тарихы</translation>
    </message>
    <message>
        <source>Everything in this database came in through one of these imports. Undo removes exactly what an import added and restores the figures it changed.</source>
        <translation>Бұл дерекқордағы барлық деректер осы импорттардың бірі арқылы келген. Болдырмау импорт қосқанның дәл өзін жояды және ол өзгерткен көрсеткіштерді қалпына келтіреді.</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Импорттар</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>Импортты &amp;болдырмау…</translation>
    </message>
    <message>
        <source>The database is read-only (%1): imports cannot be undone here.</source>
        <translation>Дерекқор тек оқу үшін (%1): мұнда импорттарды болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <source>Nothing has been imported into this database yet.</source>
        <translation>Бұл дерекқорға әзірге ештеңе импортталмаған.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Импортты болдырмау</translation>
    </message>
    <message>
        <source>Undo import %1 (%2)? Its races, candidates and new territories are removed, and figures it changed in other races get their old values back.</source>
        <translation>%1 импортын болдырмау керек пе (%2)? Оның сайлаулары, кандидаттары мен жаңа аумақтары жойылады, ал ол басқа сайлауларда өзгерткен көрсеткіштер бұрынғы мәндеріне қайтарылады.</translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation>%1 импортының күші жойылды.</translation>
    </message>
    <message>
        <source>It was imported in one step with import %1, which is undone with it.</source>
        <translation>Ол %1 импортымен бір қадамда импортталды: екеуін тек бірге болдырмауға болады.</translation>
    </message>
    <message>
        <source>Import %1 was undone, with import %2 of the same step.</source>
        <translation>%1 импортының күші сол қадамдағы %2 импортымен бірге жойылды.</translation>
    </message>
</context>
<context>
    <name>Sailau::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>&amp;Жүйелік (%1)</translation>
    </message>
</context>
<context>
    <name>Sailau::MainWindow</name>
    <message>
        <source>Charts</source>
        <translation>Диаграммалар</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Диаграммалар</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>Диаграмманы &amp;экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>Диаграмманы &amp;көшіру</translation>
    </message>
    <message>
        <source>Export &amp;All Charts…</source>
        <translation>Бар&amp;лық диаграммаларды экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Презентация</translation>
    </message>
    <message>
        <source>Present the deck full screen, or every chart when the deck is empty (F5)</source>
        <translation>Топтаманы толық экранда көрсету, ал топтама бос болса — барлық диаграмманы (F5)</translation>
    </message>
    <message>
        <source>Present All C&amp;harts</source>
        <translation>Барлық диа&amp;граммаларды көрсету</translation>
    </message>
    <message>
        <source>Add Chart to &amp;Deck</source>
        <translation>Диаграмманы топтамаға &amp;қосу</translation>
    </message>
    <message>
        <source>Edit De&amp;ck…</source>
        <translation>&amp;Топтаманы өңдеу…</translation>
    </message>
    <message>
        <source>Presentation &amp;Screen</source>
        <translation>Презентация экра&amp;ны</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Безендіру</translation>
    </message>
    <message>
        <source>Show C&amp;harts</source>
        <translation>Диаграммаларды көр&amp;сету</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Дерекқорды ашу мүмкін емес</translation>
    </message>
    <message>
        <source>%1

%2

Remove it from the recent databases?</source>
        <translation>%1

%2

Оны соңғы дерекқорлар тізімінен алып тастау керек пе?</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>Сыртқы &amp;көрініс</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Аумақтар</translation>
    </message>
    <message>
        <source>Find a region or district (Қазақша, Русский, English)</source>
        <translation>Облысты немесе ауданды табу (Қазақша, Русский, English)</translation>
    </message>
    <message>
        <source>Find a territory</source>
        <translation>Аумақты табу</translation>
    </message>
    <message>
        <source>&amp;Election day:</source>
        <translation>Сайлау &amp;күні:</translation>
    </message>
    <message>
        <source>Election day</source>
        <translation>Сайлау күні</translation>
    </message>
    <message>
        <source>Filter races by territory or candidate</source>
        <translation>Сайлауларды аумақ немесе кандидат бойынша сүзу</translation>
    </message>
    <message>
        <source>Filter races</source>
        <translation>Сайлауларды сүзу</translation>
    </message>
    <message>
        <source>Races</source>
        <translation>Сайлаулар</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Жиынтық</translation>
    </message>
    <message>
        <source>&amp;Race</source>
        <translation>&amp;Сайлау</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>Дерекқорды оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Дерекқорды &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Жаңа дерекқор…</translation>
    </message>
    <message>
        <source>Load the Bundled &amp;Sample</source>
        <translation>Кірістірілген &amp;үлгіні жүктеу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Ө&amp;ңдеу</translation>
    </message>
    <message>
        <source>&amp;Find Territory</source>
        <translation>&amp;Аумақты табу</translation>
    </message>
    <message>
        <source>F&amp;ilter Races</source>
        <translation>&amp;Сайлауларды сүзу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Түр</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Т&amp;олық экран</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Жиынтық</translation>
    </message>
    <message>
        <source>&amp;Race Details</source>
        <translation>&amp;Сайлау мәліметтері</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Sailau &amp;User Guide</source>
        <translation>Sailau &amp;пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>&amp;About Sailau</source>
        <translation>Sailau т&amp;уралы</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt туралы</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%Ln race(s))</source>
        <translation>
            <numerusform>%1 — %2 (%Ln сайлау)</numerusform>
            <numerusform>%1 — %2 (%Ln сайлау)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No database is open. Use File → Open Database or File → New Database.</source>
        <translation>Ешбір дерекқор ашылмаған. Файл → Дерекқорды ашу немесе Файл → Жаңа дерекқор пәрменін қолданыңыз.</translation>
    </message>
    <message>
        <source>This database is empty. Load the bundled sample (File → Load the Bundled Sample) or import results.</source>
        <translation>Бұл дерекқор бос. Кірістірілген үлгіні жүктеңіз (Файл → Кірістірілген үлгіні жүктеу) немесе нәтижелерді импорттаңыз.</translation>
    </message>
    <message>
        <source>Sample data from public sources. </source>
        <translation>Ашық дереккөздерден алынған үлгі деректер. </translation>
    </message>
    <message>
        <source>Contains synthetic data, marked as such. </source>
        <translation>Синтетикалық деректерді қамтиды, олар солай белгіленген. </translation>
    </message>
    <message>
        <source>%1 of the %2 races of %3 are here</source>
        <translation>%3 күнгі %2 сайлаудың %1 сайлауы осында бар</translation>
    </message>
    <message numerus="yes">
        <source>%Ln race(s) of %1 are here</source>
        <translation>
            <numerusform>%1 күнгі %Ln сайлау осында бар</numerusform>
            <numerusform>%1 күнгі %Ln сайлау осында бар</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 of them are known only in part: turnout is known for %2, the winner for %3, every candidate&apos;s votes for %4. A missing figure shows as —, never as 0.</source>
        <translation>; олардың %1 сайлауы туралы деректер толық емес: қатысу %2 сайлауда, жеңімпаз %3 сайлауда, әр кандидаттың дауыстары %4 сайлауда белгілі. Жоқ көрсеткіш 0 ретінде емес, — ретінде көрсетіледі.</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Дерекқор ашылмаған</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <source>read-only (%1)</source>
        <translation>тек оқу үшін (%1)</translation>
    </message>
    <message>
        <source>Sailau</source>
        <translation>Sailau</translation>
    </message>
    <message>
        <source>%1 — Sailau</source>
        <translation>%1 — Sailau</translation>
    </message>
    <message>
        <source>%1 [read-only] — Sailau</source>
        <translation>%1 [тек оқу үшін] — Sailau</translation>
    </message>
    <message>
        <source>Open Sailau Database</source>
        <translation>Sailau дерекқорын ашу</translation>
    </message>
    <message>
        <source>Sailau databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Sailau дерекқорлары (*.sqlite *.sqlite3 *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>New Sailau Database</source>
        <translation>Жаңа Sailau дерекқоры</translation>
    </message>
    <message>
        <source>elections.sqlite</source>
        <translation>elections.sqlite</translation>
    </message>
    <message>
        <source>Sailau databases (*.sqlite)</source>
        <translation>Sailau дерекқорлары (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot Create Database</source>
        <translation>Дерекқорды құру мүмкін емес</translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File → Open Database, or choose another name.</source>
        <translation>%1 бұрыннан бар. Оны Файл → Дерекқорды ашу арқылы ашыңыз немесе басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>Cannot Load the Sample</source>
        <translation>Үлгіні жүктеу мүмкін емес</translation>
    </message>
    <message>
        <source>Loaded the sample: %1 races, %2 candidates.</source>
        <translation>Үлгі жүктелді: %1 сайлау, %2 кандидат.</translation>
    </message>
    <message>
        <source>Counting the races of %1…</source>
        <translation>%1 күнгі сайлаулар саналуда…</translation>
    </message>
    <message>
        <source>reading races…</source>
        <translation>сайлаулар оқылуда…</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 көрсетілген</translation>
    </message>
    <message>
        <source>%1 · %2 races · %3 candidates · %4 territories</source>
        <translation>%1 · %2 сайлау · %3 кандидат · %4 аумақ</translation>
    </message>
    <message>
        <source>%1 — %2 (published totals only)</source>
        <translation>%1 — %2 (тек жарияланған қорытындылар)</translation>
    </message>
    <message>
        <source>%1
No race of this day is in the database; the summary shows the totals published for it.</source>
        <translation>%1
Бұл күннің сайлаулары дерекқорда жоқ; жиынтықта ол бойынша жарияланған қорытындылар көрсетілген.</translation>
    </message>
    <message>
        <source>%1 — %2 (no results)</source>
        <translation>%1 — %2 (нәтижелер жоқ)</translation>
    </message>
    <message>
        <source>%1
Nothing of this day is in the database yet: import its results (File → Import) to see them.</source>
        <translation>%1
Бұл күннің деректері дерекқорда әзірге жоқ: оларды көру үшін нәтижелерін импорттаңыз (Файл → Импорт).</translation>
    </message>
    <message>
        <source>Show &amp;Territories</source>
        <translation>&amp;Аумақтарды көрсету</translation>
    </message>
    <message>
        <source>Show Chart &amp;Toolbar</source>
        <translation>Диаграммалар &amp;тақтасын көрсету</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>Орналасуды &amp;қалпына келтіру</translation>
    </message>
    <message>
        <source>Show every panel again where it was on the first start.</source>
        <translation>Барлық панельді алғашқы іске қосудағы орындарында қайта көрсету.</translation>
    </message>
    <message>
        <source>The layout is as on the first start.</source>
        <translation>Орналасу алғашқы іске қосудағыдай.</translation>
    </message>
    <message>
        <source>%1 (import %2)</source>
        <translation>%1 (%2-импорт)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 және тағы %n</numerusform>
            <numerusform>%1 және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1. </source>
        <translation>Импортталған файлдар: %1. </translation>
    </message>
    <message>
        <source>Restore the Backup</source>
        <translation>Сақтық көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <source>Put the backup copy %1 in the place of %2?

The damaged file is kept as %3. Imports made after the backup was taken are not in it.</source>
        <translation>%1 сақтық көшірмесін %2 орнына қою керек пе?

Зақымдалған файл %3 ретінде сақталады. Сақтық көшірме жасалғаннан кейінгі импорт онда жоқ.</translation>
    </message>
    <message>
        <source>%1 could not be moved aside: check that you may write to its folder.</source>
        <translation>%1 файлын жылжыту мүмкін болмады: оның қалтасына жазуға құқығыңыз бар екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied to %2.</source>
        <translation>%1 сақтық көшірмесін %2 орнына көшіру мүмкін болмады.</translation>
    </message>
    <message>
        <source>Restored the backup %1; the damaged file is kept as %2.</source>
        <translation>%1 сақтық көшірмесі қалпына келтірілді; зақымдалған файл %2 ретінде сақталды.</translation>
    </message>
    <message>
        <source>Damaged database: %1</source>
        <translation>Зақымдалған дерекқор: %1</translation>
    </message>
    <message>
        <source>%1 [damaged] — Sailau</source>
        <translation>%1 [зақымдалған] — Sailau</translation>
    </message>
    <message>
        <source>&amp;Compare Elections…</source>
        <translation>Сайлауларды &amp;салыстыру…</translation>
    </message>
</context>
<context>
    <name>Sailau::MappingModel</name>
    <message>
        <source>column %1</source>
        <translation>%1-баған</translation>
    </message>
    <message>
        <source>Double-click or press F2 to choose what this column holds</source>
        <translation>Бұл бағанда не бар екенін таңдау үшін екі рет шертіңіз немесе F2 басыңыз</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Файлдағы баған</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Мәндер</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Мазмұны</translation>
    </message>
</context>
<context>
    <name>Sailau::Metrics</name>
    <message>
        <source>voters on the lists are not known</source>
        <translation>тізімге енгізілген сайлаушылар белгісіз</translation>
    </message>
    <message>
        <source>neither ballots issued nor ballots cast are known</source>
        <translation>берілген бюллетеньдер де, урнаға салынған бюллетеньдер де белгісіз</translation>
    </message>
    <message>
        <source>ballots cast are not known</source>
        <translation>урнаға салынған бюллетеньдер белгісіз</translation>
    </message>
    <message>
        <source>invalid ballots are not known</source>
        <translation>жарамсыз бюллетеньдер белгісіз</translation>
    </message>
    <message>
        <source>valid votes are not known</source>
        <translation>жарамды дауыстар белгісіз</translation>
    </message>
    <message>
        <source>some candidates&apos; votes are not known</source>
        <translation>кейбір кандидаттардың дауыстары белгісіз</translation>
    </message>
    <message>
        <source>votes &quot;against all&quot; are not known</source>
        <translation>«барлығына қарсы» дауыстар белгісіз</translation>
    </message>
    <message>
        <source>ballots cast outside the polling station are not known</source>
        <translation>үй-жайдан тыс берілген бюллетеньдер белгісіз</translation>
    </message>
    <message>
        <source>the winner is not known</source>
        <translation>жеңімпаз белгісіз</translation>
    </message>
    <message>
        <source>fewer than two candidates</source>
        <translation>екіден аз кандидат</translation>
    </message>
    <message>
        <source>the full list of candidates is not known</source>
        <translation>кандидаттардың толық тізімі белгісіз</translation>
    </message>
    <message>
        <source>the denominator is zero</source>
        <translation>бөлім нөлге тең</translation>
    </message>
    <message>
        <source>ballots issued ÷ voters on the lists</source>
        <translation>берілген бюллетеньдер ÷ тізімге енгізілген сайлаушылар</translation>
    </message>
    <message>
        <source>ballots cast ÷ voters on the lists (ballots issued not known)</source>
        <translation>урнаға салынған бюллетеньдер ÷ тізімге енгізілген сайлаушылар (берілген бюллетеньдер белгісіз)</translation>
    </message>
    <message>
        <source>as published (the counts are not known)</source>
        <translation>жарияланғаны бойынша (сандар белгісіз)</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Winner&apos;s share</source>
        <translation>Жеңімпаздың үлесі</translation>
    </message>
    <message>
        <source>Margin of victory</source>
        <translation>Жеңіс айырмасы</translation>
    </message>
    <message>
        <source>Margin over &quot;against all&quot;</source>
        <translation>«Барлығына қарсы» дауыстардан айырма</translation>
    </message>
    <message>
        <source>Effective number of candidates (Laakso–Taagepera)</source>
        <translation>Кандидаттардың тиімді саны (Laakso–Taagepera)</translation>
    </message>
    <message>
        <source>Effective number of candidates (Golosov)</source>
        <translation>Кандидаттардың тиімді саны (Golosov)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаттар</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; share</source>
        <translation>«Барлығына қарсы» үлесі</translation>
    </message>
    <message>
        <source>Invalid ballots share</source>
        <translation>Жарамсыз бюллетеньдер үлесі</translation>
    </message>
    <message>
        <source>Share cast outside the station</source>
        <translation>Үй-жайдан тыс дауыс беру үлесі</translation>
    </message>
    <message>
        <source>only some candidates&apos; votes are known: the list is not known to be complete</source>
        <translation>тек кейбір кандидаттардың дауыстары белгілі: тізімнің толық екені белгісіз</translation>
    </message>
    <message>
        <source>the source marks no candidate elected</source>
        <translation>дереккөз бірде-бір кандидатты сайланды деп белгілемейді</translation>
    </message>
    <message numerus="yes">
        <source>only %1 of %n candidates&apos; votes are known</source>
        <translation>
            <numerusform>%n кандидаттың тек %1 дауыстары белгілі</numerusform>
            <numerusform>%n кандидаттың тек %1 дауыстары белгілі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only %n candidate(s)&apos; votes are known, and neither the registered count nor the ballots show that the list is complete</source>
        <translation>
            <numerusform>тек %n кандидаттың дауыстары белгілі, ал тіркелген кандидаттар саны да, бюллетеньдер де тізімнің толық екенін көрсетпейді</numerusform>
            <numerusform>тек %n кандидаттың дауыстары белгілі, ал тіркелген кандидаттар саны да, бюллетеньдер де тізімнің толық екенін көрсетпейді</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::PreviewModel</name>
    <message>
        <source>header</source>
        <translation>тақырып</translation>
    </message>
</context>
<context>
    <name>Sailau::ProblemModel</name>
    <message>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мән</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
</context>
<context>
    <name>Sailau::RaceDetailPanel</name>
    <message>
        <source>Select a race in the table to see its candidates, figures and sources.</source>
        <translation>Кандидаттарын, көрсеткіштері мен дереккөздерін көру үшін кестеден сайлауды таңдаңыз.</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаттар</translation>
    </message>
    <message>
        <source>Candidates of the selected race</source>
        <translation>Таңдалған сайлаудың кандидаттары</translation>
    </message>
    <message>
        <source>No candidate of this race is known to Sailau&apos;s sources.</source>
        <translation>Sailau дереккөздерінде бұл сайлаудың бірде-бір кандидаты жоқ.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Сандық деректер</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>synthetic data, not real results</source>
        <translation>синтетикалық деректер, нақты нәтижелер емес</translation>
    </message>
    <message>
        <source>Not known: no source gives this figure</source>
        <translation>Белгісіз: бұл көрсеткішті бірде-бір дереккөз бермейді</translation>
    </message>
    <message>
        <source>Valid votes are ballots cast − invalid ballots, or the sum of every candidate&apos;s votes and &quot;against all&quot; when the full result is known.</source>
        <translation>Жарамды дауыстар — урнаға салынған бюллетеньдер − жарамсыз бюллетеньдер, немесе толық нәтиже белгілі болса, әр кандидаттың дауыстары мен «барлығына қарсы» дауыстардың қосындысы.</translation>
    </message>
    <message>
        <source>No source is recorded for this race.</source>
        <translation>Бұл сайлау үшін дереккөз тіркелмеген.</translation>
    </message>
    <message>
        <source>Loaded from Sailau&apos;s bundled sample (%1).</source>
        <translation>Sailau-дың кірістірілген үлгісінен жүктелді (%1).</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>%1 файлынан импортталды.</translation>
    </message>
    <message>
        <source>of valid votes = all candidates&apos; votes + &quot;against all&quot; (ballots cast are not known)</source>
        <translation>жарамды дауыстардан = барлық кандидаттың дауыстары + «бәріне қарсы» (салынған бюллетеньдер саны белгісіз)</translation>
    </message>
    <message>
        <source>of valid votes = all candidates&apos; votes + &quot;against all&quot; (invalid ballots are not known)</source>
        <translation>жарамды дауыстардан = барлық кандидаттың дауыстары + «бәріне қарсы» (жарамсыз бюллетеньдер саны белгісіз)</translation>
    </message>
</context>
<context>
    <name>Sailau::RaceTableModel</name>
    <message>
        <source>%1 (synthetic data)</source>
        <translation>%1 (синтетикалық деректер)</translation>
    </message>
    <message>
        <source>Ballots cast (ballots issued are not known)</source>
        <translation>Урнаға салынған бюллетеньдер (берілген бюллетеньдер белгісіз)</translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation>Берілген бюллетеньдер</translation>
    </message>
    <message>
        <source>Not known: the winner&apos;s nomination is not known</source>
        <translation>Белгісіз: жеңімпазды кім ұсынғаны белгісіз</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Аумақ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Сайлаушылар</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Бюллетеньдер</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаттар</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Жеңімпаз</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Кім ұсынды</translation>
    </message>
    <message>
        <source>Winner %</source>
        <translation>Жеңімпаз %</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <source>ENC (LT)</source>
        <translation>КТС (LT)</translation>
    </message>
    <message>
        <source>ENC (G)</source>
        <translation>КТС (G)</translation>
    </message>
    <message>
        <source>Against all %</source>
        <translation>Барлығына қарсы %</translation>
    </message>
    <message>
        <source>The district or city where the akim was elected</source>
        <translation>Әкім сайланған аудан немесе қала</translation>
    </message>
    <message>
        <source>The region or city of republican significance</source>
        <translation>Облыс немесе республикалық маңызы бар қала</translation>
    </message>
    <message>
        <source>Election day</source>
        <translation>Сайлау күні</translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation>Тізімге енгізілген сайлаушылар</translation>
    </message>
    <message>
        <source>Ballots issued (in italics: ballots cast, where issued are not known)</source>
        <translation>Берілген бюллетеньдер (курсивпен: берілгендері белгісіз жерде — урнаға салынған бюллетеньдер)</translation>
    </message>
    <message>
        <source>Ballots issued ÷ voters on the lists. In italics: ballots cast ÷ voters, or the published figure</source>
        <translation>Берілген бюллетеньдер ÷ тізімге енгізілген сайлаушылар. Курсивпен: урнаға салынған бюллетеньдер ÷ сайлаушылар немесе жарияланған көрсеткіш</translation>
    </message>
    <message>
        <source>Candidates on the ballot</source>
        <translation>Бюллетеньдегі кандидаттар</translation>
    </message>
    <message>
        <source>The elected candidate</source>
        <translation>Сайланған кандидат</translation>
    </message>
    <message>
        <source>The winner&apos;s nomination: a party or self-nominated</source>
        <translation>Жеңімпазды кім ұсынды: партия немесе өзін-өзі ұсыну</translation>
    </message>
    <message>
        <source>The winner&apos;s votes ÷ valid votes</source>
        <translation>Жеңімпаздың дауыстары ÷ жарамды дауыстар</translation>
    </message>
    <message>
        <source>(Winner&apos;s votes − runner-up&apos;s votes) ÷ valid votes</source>
        <translation>(Жеңімпаздың дауыстары − екінші орындағының дауыстары) ÷ жарамды дауыстар</translation>
    </message>
    <message>
        <source>Effective number of candidates, Laakso–Taagepera: 1 ÷ Σ pᵢ²</source>
        <translation>Кандидаттардың тиімді саны, Laakso–Taagepera: 1 ÷ Σ pᵢ²</translation>
    </message>
    <message>
        <source>Effective number of candidates, Golosov: Σ pᵢ ÷ (pᵢ + p₁² − pᵢ²)</source>
        <translation>Кандидаттардың тиімді саны, Golosov: Σ pᵢ ÷ (pᵢ + p₁² − pᵢ²)</translation>
    </message>
    <message>
        <source>Votes &quot;against all&quot; ÷ valid votes</source>
        <translation>«Барлығына қарсы» дауыстар ÷ жарамды дауыстар</translation>
    </message>
    <message>
        <source>The races could not be read.</source>
        <translation>Сайлауларды оқу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>Sailau::RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Соңғы ашылғандар</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>No Recent Databases</source>
        <translation>Соңғы дерекқорлар жоқ</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Мәзірді &amp;тазарту</translation>
    </message>
</context>
<context>
    <name>Sailau::Store</name>
    <message>
        <source>self-nominated</source>
        <translation>өзін-өзі ұсынған</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a territory and its region</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Sailau::SummaryModel</name>
    <message>
        <source>Races</source>
        <translation>Сайлаулар</translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation>Тізімге енгізілген сайлаушылар</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Candidates on the ballots</source>
        <translation>Бюллетеньдердегі кандидаттар</translation>
    </message>
    <message>
        <source>Candidates registered</source>
        <translation>Тіркелген кандидаттар</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаттар</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Сайлау учаскелері</translation>
    </message>
    <message>
        <source>Polling stations (as stated by State Counsellor Karin)</source>
        <translation>Сайлау учаскелері (Мемлекеттік кеңесші Қарин мәлімдегені бойынша)</translation>
    </message>
    <message>
        <source>Regions taking part</source>
        <translation>Қатысқан облыстар</translation>
    </message>
    <message>
        <source>Election commissions</source>
        <translation>Сайлау комиссиялары</translation>
    </message>
    <message>
        <source>Average age of elected akims</source>
        <translation>Сайланған әкімдердің орташа жасы</translation>
    </message>
    <message>
        <source>Parties that nominated candidates</source>
        <translation>Кандидат ұсынған партиялар</translation>
    </message>
    <message>
        <source>Incumbent akims who kept their post</source>
        <translation>Қызметін сақтап қалған әкімдер</translation>
    </message>
    <message>
        <source>People nominated</source>
        <translation>Ұсынылған адамдар</translation>
    </message>
    <message>
        <source>Share of nominees nominated by parties</source>
        <translation>Партиялар ұсынған кандидаттардың үлесі</translation>
    </message>
    <message>
        <source>Women among nominees</source>
        <translation>Ұсынылғандар арасындағы әйелдер</translation>
    </message>
    <message>
        <source>Voters who took part</source>
        <translation>Дауыс беруге қатысқан сайлаушылар</translation>
    </message>
    <message>
        <source>Voted at home</source>
        <translation>Үйде дауыс бергендер</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Байқаушылар</translation>
    </message>
    <message>
        <source>Winners by nomination</source>
        <translation>Кім ұсынғаны бойынша жеңімпаздар</translation>
    </message>
    <message>
        <source>By-elections period</source>
        <translation>Қосымша сайлаулар кезеңі</translation>
    </message>
    <message>
        <source>Akims elected: %1</source>
        <translation>Сайланған әкімдер: %1</translation>
    </message>
    <message numerus="yes">
        <source>from %1 of %n race(s)</source>
        <translation>
            <numerusform>%n сайлаудың %1 сайлауы бойынша</numerusform>
            <numerusform>%n сайлаудың %1 сайлауы бойынша</numerusform>
        </translation>
    </message>
    <message>
        <source>Races of this day held in the database</source>
        <translation>Дерекқордағы осы күнгі сайлаулар</translation>
    </message>
    <message>
        <source>Sum over the races whose voters are known (%1)</source>
        <translation>Сайлаушылары белгілі сайлаулар бойынша қосынды (%1)</translation>
    </message>
    <message>
        <source>Σ ballots ÷ Σ voters over the races where both are known (%1)</source>
        <translation>Екеуі де белгілі сайлаулар бойынша Σ бюллетеньдер ÷ Σ сайлаушылар (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Not known: no race has both voters and ballots counted (%n race(s) have a published turnout only)</source>
        <translation>
            <numerusform>Белгісіз: бірде-бір сайлауда сайлаушылар да, бюллетеньдер де саналмаған (%n сайлаудың тек жарияланған қатысуы бар)</numerusform>
            <numerusform>Белгісіз: бірде-бір сайлауда сайлаушылар да, бюллетеньдер де саналмаған (%n сайлаудың тек жарияланған қатысуы бар)</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidates in the races whose list is known (%1); %2 candidates are named in the database</source>
        <translation>Тізімі белгілі сайлаулардағы кандидаттар (%1); дерекқорда %2 кандидат аталған</translation>
    </message>
    <message>
        <source>Sum over the races whose polling stations are known (%1)</source>
        <translation>Сайлау учаскелері белгілі сайлаулар бойынша қосынды (%1)</translation>
    </message>
    <message>
        <source>Winners known</source>
        <translation>Белгілі жеңімпаздар</translation>
    </message>
    <message>
        <source>Races whose elected candidate is known; %1 of them self-nominated, %2 nominated by a party</source>
        <translation>Сайланған кандидаты белгілі сайлаулар; олардың %1 жеңімпазы өзін-өзі ұсынған, %2 жеңімпазын партия ұсынған</translation>
    </message>
    <message>
        <source>Races with every candidate&apos;s votes</source>
        <translation>Әр кандидаттың дауыстары белгілі сайлаулар</translation>
    </message>
    <message>
        <source>Races whose complete result is known, candidate by candidate</source>
        <translation>Толық нәтижесі кандидаттар бойынша белгілі сайлаулар</translation>
    </message>
    <message>
        <source>Published (%1): %2</source>
        <translation>Жарияланған (%1): %2</translation>
    </message>
    <message>
        <source>No published figure</source>
        <translation>Жарияланған көрсеткіш жоқ</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Жарияланған</translation>
    </message>
    <message>
        <source>Computed by Sailau</source>
        <translation>Sailau есептеген</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>есептелуде…</translation>
    </message>
    <message>
        <source>Sailau is adding up the races of this day; the figure follows in a moment.</source>
        <translation>Sailau осы күнгі сайлауларды қосып жатыр; көрсеткіш сәлден соң шығады.</translation>
    </message>
</context>
<context>
    <name>Sailau::SummaryPanel</name>
    <message>
        <source>“Published” are aggregates as sources gave them; “Computed by Sailau” comes only from the races held here, and says how many races it rests on.</source>
        <translation>«Жарияланған» — дереккөздер берген жиынтық көрсеткіштер; «Sailau есептеген» тек осындағы сайлаулардан алынады және қанша сайлауға негізделгенін көрсетеді.</translation>
    </message>
    <message>
        <source>Summary of published and computed figures</source>
        <translation>Жарияланған және есептелген көрсеткіштердің жиынтығы</translation>
    </message>
    <message>
        <source>Select a row to see where a published figure comes from.</source>
        <translation>Жарияланған көрсеткіштің қайдан алынғанын көру үшін жолды таңдаңыз.</translation>
    </message>
    <message>
        <source>Computed: %1</source>
        <translation>Есептелген: %1</translation>
    </message>
    <message>
        <source>Published in: %1</source>
        <translation>Жарияланған жері: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Ескертпелер: %1</translation>
    </message>
    <message>
        <source>Neither published nor computed for this scope.</source>
        <translation>Бұл аумақ үшін жарияланбаған да, есептелмеген де.</translation>
    </message>
</context>
<context>
    <name>Sailau::SyntheticGenerator</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>Sailau::TableExport::TableWriter</name>
    <message>
        <source>the ZIP archive could not be written (error %1)</source>
        <translation>ZIP мұрағатын жазу мүмкін болмады (%1 қатесі)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The export has already started.</source>
        <translation>Экспорт әлдеқашан басталған.</translation>
    </message>
    <message>
        <source>“%1” cannot separate the fields of a CSV file.</source>
        <translation>“%1” CSV файлының өрістерін бөле алмайды.</translation>
    </message>
    <message>
        <source>the ZIP archive could not be created (error %1)</source>
        <translation>ZIP мұрағатын құру мүмкін болмады (%1 қатесі)</translation>
    </message>
    <message>
        <source>The export is not open.</source>
        <translation>Экспорт ашылмаған.</translation>
    </message>
    <message>
        <source>the ZIP archive could not be finished (error %1)</source>
        <translation>ZIP мұрағатын аяқтау мүмкін болмады (%1 қатесі)</translation>
    </message>
</context>
<context>
    <name>Sailau::TableExporter</name>
    <message>
        <source>&amp;Export Table…</source>
        <translation>Кестені &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Save the races listed now, every row in the table&apos;s order, with their sources, as CSV or XLSX</source>
        <translation>Қазір тізімде тұрған сайлауларды — әр жолды кестедегі ретімен, дереккөздерімен қоса — CSV немесе XLSX ретінде сақтау</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Ешбір дерекқор ашылмаған.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>The races could not be read: %1</source>
        <translation>Сайлауларды оқу мүмкін болмады: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n races…</source>
        <translation>
            <numerusform>%n сайлау экспортталуда…</numerusform>
            <numerusform>%n сайлау экспортталуда…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Кестені экспорттау</translation>
    </message>
    <message>
        <source>The sources could not be read: %1</source>
        <translation>Дереккөздерді оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Open a database first: there is no table to export.</source>
        <translation>Алдымен дерекқорды ашыңыз: экспорттайтын кесте жоқ.</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, үтірмен бөлінген (*.csv)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated, for Excel on Russian or Kazakh Windows (*.csv)</source>
        <translation>CSV, нүктелі үтірмен бөлінген, орысша немесе қазақша Windows-тағы Excel үшін (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>races-%1</source>
        <translation>сайлаулар-%1</translation>
    </message>
    <message>
        <source>races</source>
        <translation>сайлаулар</translation>
    </message>
    <message>
        <source>Races</source>
        <translation>Сайлаулар</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Экспорттан бас тартылды: ешбір файл жазылмады.</translation>
    </message>
    <message>
        <source>The table could not be exported to %1.

%2</source>
        <translation>Кестені %1 файлына экспорттау мүмкін болмады.

%2</translation>
    </message>
    <message>
        <source>Exported %1 races to %2</source>
        <translation>%1 сайлау %2 файлына экспортталды</translation>
    </message>
    <message>
        <source>Export &amp;Candidates…</source>
        <translation>&amp;Кандидаттарды экспорттау…</translation>
    </message>
    <message>
        <source>Save the candidates of the races listed now, one row each, with their votes, nomination, sex, age, occupation and sources, as CSV or XLSX</source>
        <translation>Қазір көрсетілген сайлаулардың кандидаттарын әрқайсысын бір жолға, дауыстарымен, кім ұсынғанымен, жынысымен, жасымен, кәсібімен және дереккөздерімен CSV немесе XLSX ретінде сақтау</translation>
    </message>
    <message numerus="yes">
        <source>Exporting the candidates of %n races…</source>
        <translation>
            <numerusform>%n сайлаудың кандидаттары экспортталуда…</numerusform>
            <numerusform>%n сайлаудың кандидаттары экспортталуда…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Candidates</source>
        <translation>Кандидаттарды экспорттау</translation>
    </message>
    <message>
        <source>The candidates could not be read: %1</source>
        <translation>Кандидаттарды оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>candidates-%1</source>
        <translation>кандидаттар-%1</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>кандидаттар</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаттар</translation>
    </message>
    <message>
        <source>Exported %1 candidates to %2</source>
        <translation>%1 кандидат %2 файлына экспортталды</translation>
    </message>
</context>
<context>
    <name>Sailau::TerritoryIssueModel</name>
    <message>
        <source>region</source>
        <translation>облыс</translation>
    </message>
    <message>
        <source>district or city</source>
        <translation>аудан немесе қала</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>елді мекен</translation>
    </message>
    <message>
        <source>Create &quot;%1&quot; as new</source>
        <translation>«%1» жаңа аумақ ретінде құру</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Пайдалану: %1</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <source>First on line %1</source>
        <translation>Алғаш %1-жолда</translation>
    </message>
    <message>
        <source>found (%1)</source>
        <translation>табылды (%1)</translation>
    </message>
    <message>
        <source>new %1</source>
        <translation>жаңа %1</translation>
    </message>
    <message>
        <source>several match: choose one</source>
        <translation>бірнешеуі сәйкес: біреуін таңдаңыз</translation>
    </message>
    <message>
        <source>unknown: cannot be placed</source>
        <translation>белгісіз: орналастыру мүмкін емес</translation>
    </message>
    <message>
        <source>Use the chosen territory</source>
        <translation>Таңдалған аумақты пайдалану</translation>
    </message>
    <message>
        <source>Create as new</source>
        <translation>Жаңа ретінде құру</translation>
    </message>
    <message>
        <source>or did you mean %1?</source>
        <translation>әлде %1 деп айтқыңыз келді ме?</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Fix the name in the file</source>
        <translation>Файлдағы атауды түзету</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Файлдағы атау</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Құрамында</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Жолдар</translation>
    </message>
    <message>
        <source>In the database</source>
        <translation>Дерекқорда</translation>
    </message>
    <message>
        <source>The import will</source>
        <translation>Импорт әрекеті</translation>
    </message>
</context>
<context>
    <name>Sailau::TerritoryTreeModel</name>
    <message>
        <source>KATO %1</source>
        <translation>ҚАТО %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln race(s) on the chosen day</source>
        <translation>
            <numerusform>Таңдалған күні %Ln сайлау</numerusform>
            <numerusform>Таңдалған күні %Ln сайлау</numerusform>
        </translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Аумақ</translation>
    </message>
    <message>
        <source>Races</source>
        <translation>Сайлаулар</translation>
    </message>
</context>
<context>
    <name>Sailau::UserGuide</name>
    <message>
        <source>Sailau User Guide</source>
        <translation>Sailau пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore Kazakhstan&apos;s direct elections of akims.</source>
        <translation>Қазақстандағы әкімдердің тікелей сайлауын зерттеу.</translation>
    </message>
    <message>
        <source>Open or create this database file.</source>
        <translation>Осы дерекқор файлын ашу немесе құру.</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Дерекқорды ашу мүмкін емес</translation>
    </message>
    <message>
        <source>Show the window and names in kk, ru or en.</source>
        <translation>Терезені және атауларды kk, ru немесе en тілінде көрсету.</translation>
    </message>
    <message>
        <source>A database to open.</source>
        <translation>Ашылатын дерекқор.</translation>
    </message>
    <message>
        <source>Open the import dialog on this CSV or XLSX file; given several times, the files are imported together.</source>
        <translation>Осы CSV немесе XLSX файлы үшін импорт терезесін ашу; бірнеше рет берілсе, файлдар бірге импортталады.</translation>
    </message>
</context>
</TS>
