<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>Sailau::AboutDialog</name>
    <message>
        <source>About Sailau</source>
        <translation>О программе Sailau</translation>
    </message>
    <message>
        <source>Sailau icon</source>
        <translation>Значок Sailau</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sailau %1&lt;/h2&gt;&lt;p&gt;Explore Kazakhstan&apos;s direct elections of akims: regions, districts, races and candidates, with the source of every figure.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sailau %1&lt;/h2&gt;&lt;p&gt;Изучение прямых выборов акимов в Казахстане: области, районы, выборы и кандидаты — с источником каждой цифры.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sailau (“сайлау”, election) keeps what is known about each race, says what is missing, and never turns an unknown figure into 0.&lt;/p&gt;&lt;p&gt;Version %1, built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Home page: &lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sailau («сайлау» — выборы) хранит то, что известно о каждых выборах, сообщает, чего не хватает, и никогда не превращает неизвестную цифру в 0.&lt;/p&gt;&lt;p&gt;Версия %1, собрана с Qt %2, работает на Qt %3.&lt;/p&gt;&lt;p&gt;Домашняя страница: &lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright © the Sailau developers.&lt;/p&gt;&lt;p&gt;Sailau is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.&lt;/p&gt;&lt;p&gt;Sailau is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; for more details.&lt;/p&gt;&lt;p&gt;Sailau uses Qt (LGPL-3.0), Qt Charts (GPL-3.0), SQLite (public domain) and QuaZip (LGPL-2.1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Авторские права © разработчики Sailau.&lt;/p&gt;&lt;p&gt;Sailau — свободная программа: вы можете распространять и/или изменять её на условиях Стандартной общественной лицензии GNU в том виде, в каком она была опубликована Фондом свободного программного обеспечения, либо версии 3 лицензии, либо (по вашему выбору) любой более поздней версии.&lt;/p&gt;&lt;p&gt;Sailau распространяется в надежде, что она будет полезной, но БЕЗ КАКИХ-ЛИБО ГАРАНТИЙ, даже без подразумеваемой гарантии ТОВАРНОЙ ПРИГОДНОСТИ или ПРИГОДНОСТИ ДЛЯ ОПРЕДЕЛЁННОЙ ЦЕЛИ. Подробнее см. &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;Стандартную общественную лицензию GNU&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Sailau использует Qt (LGPL-3.0), Qt Charts (GPL-3.0), SQLite (общественное достояние) и QuaZip (LGPL-2.1).&lt;/p&gt;</translation>
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
        <translation>&lt;p&gt;Встроенный пример содержит пилотные выборы акимов районов и городов областного значения 5 ноября 2023 года и итоги выборов сельских акимов 2021 года в том виде, в каком их сообщили открытые источники: пресс-релизы Центральной избирательной комиссии и областных акиматов, перепечатанные новостными сайтами, и сами новостные сообщения.&lt;/p&gt;&lt;p&gt;Его цифры взяты из сообщений, опубликованных: %1.&lt;/p&gt;&lt;p&gt;Каждая цифра хранит адрес сообщения, из которого она взята: его показывают сведения о выборах, и он попадает в экспорт. Названия регионов приводятся в официальных формах на казахском, русском и английском языках.&lt;/p&gt;&lt;p&gt;Импортированные вами данные принадлежат вам: Sailau ничего никуда не отправляет.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Источники данных</translation>
    </message>
    <message>
        <source>&amp;Data Sources</source>
        <translation>&amp;Источники данных</translation>
    </message>
</context>
<context>
    <name>Sailau::AgeBands</name>
    <message>
        <source>under 30</source>
        <translation>моложе 30</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 и старше</translation>
    </message>
</context>
<context>
    <name>Sailau::Appearance</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Как в системе</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлое</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмное</translation>
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
        <translation>встроенный пример</translation>
    </message>
    <message>
        <source>synthetic data</source>
        <translation>синтетические данные</translation>
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
        <translation>Дата импорта</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>New races</source>
        <translation>Новые выборы</translation>
    </message>
    <message>
        <source>Races completed</source>
        <translation>Дополненные выборы</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>New territories</source>
        <translation>Новые территории</translation>
    </message>
</context>
<context>
    <name>Sailau::CandidateListModel</name>
    <message>
        <source>Against all</source>
        <translation>Против всех</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Not known: the nomination is not known</source>
        <translation>Неизвестно: неизвестно, кем выдвинут кандидат</translation>
    </message>
    <message>
        <source>As given: %1</source>
        <translation>Как указано: %1</translation>
    </message>
    <message>
        <source>Share of valid votes (all candidates&apos; votes and &quot;against all&quot;)</source>
        <translation>Доля действительных голосов (голоса всех кандидатов и «против всех»)</translation>
    </message>
    <message>
        <source>Share of valid votes (ballots cast − invalid)</source>
        <translation>Доля действительных голосов (бюллетени в урнах − недействительные)</translation>
    </message>
    <message>
        <source>As published</source>
        <translation>Как опубликовано</translation>
    </message>
    <message>
        <source>No share was published</source>
        <translation>Доля не опубликована</translation>
    </message>
    <message>
        <source>Not known whether elected</source>
        <translation>Неизвестно, избран ли</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>Избран</translation>
    </message>
    <message>
        <source>Not elected</source>
        <translation>Не избран</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Кем выдвинут</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Published share</source>
        <translation>Опубликованная доля</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>возраст %1</translation>
    </message>
    <message>
        <source>incumbent</source>
        <translation>действующий аким</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>As published; what it is a share of cannot be told from the figures</source>
        <translation>Как опубликовано; от чего взята доля, по цифрам определить нельзя</translation>
    </message>
    <message>
        <source>As published; it matches the votes %1</source>
        <translation>Как опубликовано; совпадает с долей голосов %1</translation>
    </message>
    <message>
        <source>Not known: no source gives the candidate&apos;s sex</source>
        <translation>Неизвестно: ни один источник не указывает пол кандидата</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <source>Age at the election, as given (the year of birth is not known)</source>
        <translation>Возраст на день выборов, как указан (год рождения неизвестен)</translation>
    </message>
    <message>
        <source>Not known: no source gives the year of birth or the age</source>
        <translation>Неизвестно: ни один источник не указывает год рождения или возраст</translation>
    </message>
    <message>
        <source>Not known: no source gives the occupation</source>
        <translation>Неизвестно: ни один источник не указывает род занятий</translation>
    </message>
    <message>
        <source>Not known whether the sitting akim stood</source>
        <translation>Неизвестно, баллотировался ли действующий аким</translation>
    </message>
    <message>
        <source>The sitting akim</source>
        <translation>Действующий аким</translation>
    </message>
    <message>
        <source>Not the sitting akim</source>
        <translation>Не действующий аким</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Год рожд.</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <source>Incumbent</source>
        <translation>Действующий</translation>
    </message>
</context>
<context>
    <name>Sailau::CandidateProfileModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No candidate&apos;s sex is known.</source>
        <translation>Пол ни одного кандидата неизвестен.</translation>
    </message>
    <message>
        <source>Women: %1 of the %2 candidates whose sex is known (%3 candidates in all)</source>
        <translation>Женщины: %1 из %2 кандидатов с известным полом (всего кандидатов: %3)</translation>
    </message>
    <message>
        <source>No winner&apos;s sex is known.</source>
        <translation>Пол ни одного победителя неизвестен.</translation>
    </message>
    <message>
        <source>Women: %1 of the %2 winners whose sex is known (%3 winners in all)</source>
        <translation>Женщины: %1 из %2 победителей с известным полом (всего победителей: %3)</translation>
    </message>
    <message>
        <source>No candidate&apos;s age or year of birth is known.</source>
        <translation>Ни у одного кандидата неизвестны возраст или год рождения.</translation>
    </message>
    <message>
        <source>Age at the election of the %1 candidates whose age or year of birth is known (%2 in all)</source>
        <translation>Возраст на день выборов у %1 кандидатов с известным возрастом или годом рождения (всего: %2)</translation>
    </message>
    <message>
        <source>No winner&apos;s age or year of birth is known.</source>
        <translation>Ни у одного победителя неизвестны возраст или год рождения.</translation>
    </message>
    <message>
        <source>Age at the election of the %1 winners whose age or year of birth is known (%2 in all)</source>
        <translation>Возраст на день выборов у %1 победителей с известным возрастом или годом рождения (всего: %2)</translation>
    </message>
    <message>
        <source>Of no candidate is it known whether they were the sitting akim.</source>
        <translation>Ни об одном кандидате неизвестно, был ли он действующим акимом.</translation>
    </message>
    <message>
        <source>Sitting akims who stood, of the %1 candidates of whom it is known (%2 in all)</source>
        <translation>Баллотировавшиеся действующие акимы среди %1 кандидатов, о которых это известно (всего: %2)</translation>
    </message>
    <message>
        <source>No sitting akim is known to have stood in a race whose winner is known.</source>
        <translation>Ни об одном действующем акиме не известно, что он баллотировался на выборах с известным победителем.</translation>
    </message>
    <message>
        <source>%1 of %2 sitting akims who stood kept their post</source>
        <translation>%1 из %2 баллотировавшихся действующих акимов сохранили пост</translation>
    </message>
    <message>
        <source>%1 candidates aged %2 at the election, %3 of them elected</source>
        <translation>Кандидатов в возрасте %2 на день выборов: %1, из них избраны: %3</translation>
    </message>
    <message>
        <source>Candidates of this age at the election (of them winners)</source>
        <translation>Кандидаты этого возраста на день выборов (из них победители)</translation>
    </message>
    <message>
        <source>Election day or region</source>
        <translation>День выборов или регион</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>Women among the candidates</source>
        <translation>Женщины среди кандидатов</translation>
    </message>
    <message>
        <source>Women among the winners</source>
        <translation>Женщины среди победителей</translation>
    </message>
    <message>
        <source>Sex known</source>
        <translation>Пол известен</translation>
    </message>
    <message>
        <source>Median age</source>
        <translation>Медианный возраст</translation>
    </message>
    <message>
        <source>Median age of the winners</source>
        <translation>Медианный возраст победителей</translation>
    </message>
    <message>
        <source>Age known</source>
        <translation>Возраст известен</translation>
    </message>
    <message>
        <source>Sitting akims standing</source>
        <translation>Баллотировавшиеся действующие акимы</translation>
    </message>
    <message>
        <source>Sitting akims re-elected</source>
        <translation>Переизбранные действующие акимы</translation>
    </message>
    <message>
        <source>Incumbency known</source>
        <translation>Известно, действующий ли аким</translation>
    </message>
</context>
<context>
    <name>Sailau::CandidateProfiles</name>
    <message>
        <source>All elections</source>
        <translation>Все выборы</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>без региона</translation>
    </message>
</context>
<context>
    <name>Sailau::CandidateTable</name>
    <message>
        <source>Race</source>
        <translation>Выборы (номер)</translation>
    </message>
    <message>
        <source>Election day</source>
        <translation>День выборов</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Кем выдвинут</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Published vote share, %</source>
        <translation>Опубликованная доля голосов, %</translation>
    </message>
    <message>
        <source>Share of</source>
        <translation>Доля от</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>Избран</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <source>Age at the election</source>
        <translation>Возраст на день выборов</translation>
    </message>
    <message>
        <source>Occupation or position</source>
        <translation>Род занятий или должность</translation>
    </message>
    <message>
        <source>Sitting akim</source>
        <translation>Действующий аким</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>ballots cast</source>
        <translation>поданных бюллетеней</translation>
    </message>
    <message>
        <source>valid votes</source>
        <translation>действительных голосов</translation>
    </message>
    <message>
        <source>voters</source>
        <translation>избирателей</translation>
    </message>
    <message>
        <source>self-nominated</source>
        <translation>самовыдвижение</translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ChartArea</name>
    <message>
        <source>The charts could not read the database: %1</source>
        <translation>Диаграммам не удалось прочитать базу данных: %1</translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot; to the clipboard.</source>
        <translation>Диаграмма «%1» скопирована в буфер обмена.</translation>
    </message>
    <message>
        <source>Cannot Copy the Chart</source>
        <translation>Не удаётся скопировать диаграмму</translation>
    </message>
    <message>
        <source>Cannot Add to the Deck</source>
        <translation>Не удаётся добавить в подборку</translation>
    </message>
    <message>
        <source>The deck is kept in the database, which could not be changed: %1</source>
        <translation>Подборка хранится в базе данных, которую не удалось изменить: %1</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; for %2 to the presentation deck.</source>
        <translation>Диаграмма «%1» (%2) добавлена в подборку для презентации.</translation>
    </message>
    <message>
        <source>Reading %1 races for the charts…</source>
        <translation>Чтение выборов для диаграмм: %1…</translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ChartCatalog</name>
    <message>
        <source>Turnout by race</source>
        <translation>Явка по выборам</translation>
    </message>
    <message>
        <source>Distribution of turnout</source>
        <translation>Распределение явки</translation>
    </message>
    <message>
        <source>Turnout by region</source>
        <translation>Явка по регионам</translation>
    </message>
    <message>
        <source>Margin of victory</source>
        <translation>Отрыв победителя</translation>
    </message>
    <message>
        <source>Winner&apos;s share of the valid votes</source>
        <translation>Доля победителя среди действительных голосов</translation>
    </message>
    <message>
        <source>Effective number of candidates</source>
        <translation>Эффективное число кандидатов</translation>
    </message>
    <message>
        <source>Candidates per race</source>
        <translation>Число кандидатов на выборах</translation>
    </message>
    <message>
        <source>Share of votes &quot;against all&quot;</source>
        <translation>Доля голосов «против всех»</translation>
    </message>
    <message>
        <source>Winners by nomination</source>
        <translation>Победители по субъекту выдвижения</translation>
    </message>
    <message>
        <source>Turnout against the winner&apos;s share</source>
        <translation>Явка и доля победителя</translation>
    </message>
    <message>
        <source>Map of the regions</source>
        <translation>Карта регионов</translation>
    </message>
    <message>
        <source>By race</source>
        <translation>По выборам</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Распределение</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>По регионам</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Отрыв</translation>
    </message>
    <message>
        <source>Winner&apos;s share</source>
        <translation>Доля победителя</translation>
    </message>
    <message>
        <source>Effective candidates</source>
        <translation>Эффективное число</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Против всех</translation>
    </message>
    <message>
        <source>Turnout × winner&apos;s share</source>
        <translation>Явка × доля победителя</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>turnout of each race, sorted, with the published national or regional turnout as a reference line</source>
        <translation>явка на каждых выборах по возрастанию, с опубликованной общенациональной или региональной явкой в качестве опорной линии</translation>
    </message>
    <message>
        <source>how many races had a turnout in each 5-point band</source>
        <translation>сколько выборов имели явку в каждом 5-процентном интервале</translation>
    </message>
    <message>
        <source>turnout of each region: as published where a source gives it, else computed from the races&apos; counts</source>
        <translation>явка в каждом регионе: опубликованная, если её приводит источник, иначе вычисленная по данным выборов</translation>
    </message>
    <message>
        <source>margin of victory of each race: (first − second) ÷ valid votes</source>
        <translation>отрыв победителя на каждых выборах: (первый − второй) ÷ действительные голоса</translation>
    </message>
    <message>
        <source>the winner&apos;s share of the valid votes in each race</source>
        <translation>доля победителя среди действительных голосов на каждых выборах</translation>
    </message>
    <message>
        <source>effective number of candidates of each race, Laakso–Taagepera and Golosov</source>
        <translation>эффективное число кандидатов на каждых выборах, по Laakso–Taagepera и Golosov</translation>
    </message>
    <message>
        <source>how many races had one, two, three … candidates</source>
        <translation>сколько выборов прошло с одним, двумя, тремя … кандидатами</translation>
    </message>
    <message>
        <source>share of the valid votes cast &quot;against all&quot; in each race</source>
        <translation>доля действительных голосов, поданных «против всех», на каждых выборах</translation>
    </message>
    <message>
        <source>winners counted by who nominated them: self-nominated and each party</source>
        <translation>победители по тому, кем они выдвинуты: самовыдвижение и каждая партия</translation>
    </message>
    <message>
        <source>one point per race: turnout across, winner&apos;s share up, sized by voters on the lists</source>
        <translation>одна точка на выборы: явка по горизонтали, доля победителя по вертикали, размер — по числу избирателей в списках</translation>
    </message>
    <message>
        <source>tile map of the 20 regions and cities of republican significance, coloured by a metric (--metric)</source>
        <translation>плиточная карта 20 областей и городов республиканского значения, окрашенная по показателю (--metric)</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Competitiveness</source>
        <translation>Конкурентность</translation>
    </message>
    <message>
        <source>Turnout × Winner&apos;s Share</source>
        <translation>Явка × доля победителя</translation>
    </message>
    <message>
        <source>Races held</source>
        <translation>Проведено выборов</translation>
    </message>
    <message>
        <source>Winner&apos;s share (mean of races)</source>
        <translation>Доля победителя (среднее по выборам)</translation>
    </message>
    <message>
        <source>Margin of victory (mean of races)</source>
        <translation>Отрыв победителя (среднее по выборам)</translation>
    </message>
    <message>
        <source>Effective number of candidates (mean of races)</source>
        <translation>Эффективное число кандидатов (среднее по выборам)</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; share (mean of races)</source>
        <translation>Доля «против всех» (среднее по выборам)</translation>
    </message>
    <message>
        <source>Turnout by election</source>
        <translation>Явка по выборам</translation>
    </message>
    <message>
        <source>Competitiveness by election</source>
        <translation>Конкурентность по выборам</translation>
    </message>
    <message>
        <source>One territory over time</source>
        <translation>Одна территория во времени</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>turnout on each election day (--elections), of the whole and of each region: one line each</source>
        <translation>явка в каждый день выборов (--elections), в целом и по каждому региону: по линии на каждый</translation>
    </message>
    <message>
        <source>on each election day (--elections): contested races, median margin, races won by self-nominated candidates</source>
        <translation>в каждый день выборов (--elections): выборы с конкуренцией, медианный отрыв, выборы, выигранные самовыдвиженцами</translation>
    </message>
    <message>
        <source>one territory (--region) on each election day (--elections): turnout, winner&apos;s share, margin</source>
        <translation>одна территория (--region) в каждый день выборов (--elections): явка, доля победителя, отрыв</translation>
    </message>
    <message>
        <source>Women and sitting akims by election</source>
        <translation>Женщины и действующие акимы по выборам</translation>
    </message>
    <message>
        <source>Ages of the candidates and the winners</source>
        <translation>Возраст кандидатов и победителей</translation>
    </message>
    <message>
        <source>Women and sitting akims</source>
        <translation>Женщины и действующие акимы</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>on each election day (--elections): women among the candidates and among the winners, sitting akims re-elected, of the candidates whose sex or incumbency is known</source>
        <translation>в каждый день выборов (--elections): женщины среди кандидатов и среди победителей, переизбранные действующие акимы — среди кандидатов, чей пол или статус действующего акима известен</translation>
    </message>
    <message>
        <source>candidates and winners of the election days (--elections) by age at the election, in bands of ten years</source>
        <translation>кандидаты и победители в дни выборов (--elections) по возрасту на день выборов, группами по десять лет</translation>
    </message>
    <message>
        <source>Votes and wins by nomination</source>
        <translation>Голоса и победы по выдвижению</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>Выдвижение</translation>
    </message>
    <message>
        <source>each nomination&apos;s share of the votes and its win rate over the election days (--elections)</source>
        <translation>доля голосов и доля побед каждого выдвижения за дни выборов (--elections)</translation>
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
        <translation>Опубликованная явка, %1: %2</translation>
    </message>
    <message>
        <source>No races are held here on this day.</source>
        <translation>В этот день здесь не проводилось выборов.</translation>
    </message>
    <message>
        <source>%1 of %2 races have %3; the other %4 are left out, not drawn as 0.</source>
        <translation>%1 из %2 выборов имеют %3; остальные (%4) пропущены, а не показаны как 0.</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>Карта: %1</translation>
    </message>
    <message>
        <source>a turnout</source>
        <translation>явку</translation>
    </message>
    <message>
        <source>a margin of victory</source>
        <translation>отрыв победителя</translation>
    </message>
    <message>
        <source>a winner&apos;s share</source>
        <translation>долю победителя</translation>
    </message>
    <message>
        <source>an effective number of candidates</source>
        <translation>эффективное число кандидатов</translation>
    </message>
    <message>
        <source>an &quot;against all&quot; share</source>
        <translation>долю «против всех»</translation>
    </message>
    <message>
        <source>Why: %1.</source>
        <translation>Причина: %1.</translation>
    </message>
    <message>
        <source>* turnout as published (the counts are not known)</source>
        <translation>* явка как опубликовано (данные подсчёта неизвестны)</translation>
    </message>
    <message>
        <source>† ballots cast ÷ voters (ballots issued not known)</source>
        <translation>† бюллетени в урнах ÷ избиратели (число выданных бюллетеней неизвестно)</translation>
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
        <translation>Эффективное число кандидатов</translation>
    </message>
    <message>
        <source>Races</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Turnout, 5-point bands</source>
        <translation>Явка, интервалы по 5 пунктов</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>as published</source>
        <translation>как опубликовано</translation>
    </message>
    <message numerus="yes">
        <source>computed from %n race(s)&apos; counts: %1</source>
        <translation>
            <numerusform>вычислено по данным выборов (%n): %1</numerusform>
            <numerusform>вычислено по данным выборов (%n): %1</numerusform>
            <numerusform>вычислено по данным выборов (%n): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>computed: Σ ballots ÷ Σ voters over %n race(s)</source>
        <translation>
            <numerusform>вычислено: Σ бюллетеней ÷ Σ избирателей по выборам (%n)</numerusform>
            <numerusform>вычислено: Σ бюллетеней ÷ Σ избирателей по выборам (%n)</numerusform>
            <numerusform>вычислено: Σ бюллетеней ÷ Σ избирателей по выборам (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Turnout is known for %1 of the %2 regions with races; the others are left out, not drawn as 0.</source>
        <translation>Явка известна для %1 из %2 регионов с выборами; остальные пропущены, а не показаны как 0.</translation>
    </message>
    <message>
        <source>as published: the region&apos;s turnout as a source gives it</source>
        <translation>как опубликовано: явка в регионе по данным источника</translation>
    </message>
    <message>
        <source>computed: Σ ballots ÷ Σ voters over the region&apos;s races with both counts</source>
        <translation>вычислено: Σ бюллетеней ÷ Σ избирателей по выборам региона, где известны оба числа</translation>
    </message>
    <message>
        <source>Candidates on the ballot</source>
        <translation>Кандидаты в бюллетене</translation>
    </message>
    <message>
        <source>a known number of candidates</source>
        <translation>известное число кандидатов</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>Победители</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Кем выдвинут</translation>
    </message>
    <message>
        <source>Self-nominated</source>
        <translation>Самовыдвижение</translation>
    </message>
    <message>
        <source>No winner is known for the %1 races here.</source>
        <translation>Победитель неизвестен ни на одних из здешних выборов (%1).</translation>
    </message>
    <message>
        <source>The nomination is known for %1 of the %2 winners known (%3 races); the others are left out.</source>
        <translation>Субъект выдвижения известен для %1 из %2 известных победителей (выборов: %3); остальные пропущены.</translation>
    </message>
    <message>
        <source>both a turnout and a winner&apos;s share</source>
        <translation>и явку, и долю победителя</translation>
    </message>
    <message>
        <source>Hollow points: voters on the lists not known, so not sized (%1).</source>
        <translation>Полые точки: число избирателей в списках неизвестно, поэтому размер не задан (%1).</translation>
    </message>
    <message>
        <source>Point area grows with the voters on the lists, in four classes.</source>
        <translation>Площадь точки растёт с числом избирателей в списках, четыре класса.</translation>
    </message>
    <message>
        <source>races held on this day</source>
        <translation>выборы, проведённые в этот день</translation>
    </message>
    <message>
        <source>mean of %1 of the region&apos;s %2 races</source>
        <translation>среднее по %1 из %2 выборов региона</translation>
    </message>
    <message>
        <source>%1 races in %2 regions; regions without races show 0 races, which is a count, not a gap.</source>
        <translation>Выборов: %1, регионов: %2; регионы без выборов показаны с 0 выборов — это подсчёт, а не пробел в данных.</translation>
    </message>
    <message>
        <source>%1 of %2 regions have a value; the others are hatched as not known, not coloured as low.</source>
        <translation>Значение есть у %1 из %2 регионов; остальные заштрихованы как неизвестные, а не окрашены как низкие.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>synthetic data, not real results</source>
        <translation>синтетические данные, не реальные результаты</translation>
    </message>
    <message>
        <source>%1; includes synthetic data, not real results</source>
        <translation>%1; включает синтетические данные, не реальные результаты</translation>
    </message>
    <message>
        <source>the Sailau database</source>
        <translation>база данных Sailau</translation>
    </message>
    <message>
        <source>Source: %1; calculations by Sailau, as of %2.</source>
        <translation>Источник: %1; расчёты Sailau, по состоянию на %2.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln race(s) have %1.</source>
        <translation>
            <numerusform>Все выборы здесь (%Ln) имеют %1.</numerusform>
            <numerusform>Все выборы здесь (%Ln) имеют %1.</numerusform>
            <numerusform>Все выборы здесь (%Ln) имеют %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln region(s) have a value.</source>
        <translation>
            <numerusform>Значение есть у всех регионов (%Ln).</numerusform>
            <numerusform>Значение есть у всех регионов (%Ln).</numerusform>
            <numerusform>Значение есть у всех регионов (%Ln).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, imported %2</source>
        <translation>%1, импортирован %2</translation>
    </message>
    <message>
        <source>Choose two or more election days to compare.</source>
        <translation>Выберите два или более дня выборов для сравнения.</translation>
    </message>
    <message>
        <source>%1 of %2 election days have a turnout computed from the races&apos; counts; the others are gaps in the line, not 0.</source>
        <translation>Для %1 из %2 дней выборов явка рассчитана по данным выборов; остальные — разрывы линии, а не 0.</translation>
    </message>
    <message>
        <source>Turnout computed from the races&apos; counts (ballots issued ÷ voters on the lists).</source>
        <translation>Явка рассчитана по данным выборов (выданные бюллетени ÷ избиратели в списках).</translation>
    </message>
    <message>
        <source>The %1 territories are too many to draw one line each.</source>
        <translation>Территорий (%1) слишком много, чтобы провести по линии на каждую.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Contested races (two or more candidates)</source>
        <translation>Выборы с конкуренцией (два кандидата и более)</translation>
    </message>
    <message>
        <source>Median margin of victory</source>
        <translation>Медианный отрыв победителя</translation>
    </message>
    <message>
        <source>Races won by self-nominated candidates</source>
        <translation>Выборы, выигранные самовыдвиженцами</translation>
    </message>
    <message>
        <source>%1: margin known in %2 of %3 races</source>
        <translation>%1: отрыв известен для %2 из %3 выборов</translation>
    </message>
    <message>
        <source>Choose a territory that held races to see its line.</source>
        <translation>Выберите территорию, где проходили выборы, чтобы увидеть её линию.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no race on %1</source>
        <translation>%1 выборов не было</translation>
    </message>
    <message>
        <source>Elected at different levels: %1.</source>
        <translation>Избирался на разных уровнях: %1.</translation>
    </message>
    <message>
        <source>Women among the candidates</source>
        <translation>Женщины среди кандидатов</translation>
    </message>
    <message>
        <source>Women among the winners</source>
        <translation>Женщины среди победителей</translation>
    </message>
    <message>
        <source>Sitting akims re-elected</source>
        <translation>Переизбранные действующие акимы</translation>
    </message>
    <message>
        <source>%1: the sex of %2 of %3 candidates known</source>
        <translation>%1: пол известен у %2 из %3 кандидатов</translation>
    </message>
    <message>
        <source>A day on which no candidate&apos;s sex (or incumbency) is known is a gap in its line, not 0.</source>
        <translation>День, в который пол (или статус действующего акима) ни одного кандидата неизвестен, — разрыв линии, а не 0.</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>Age at the election</source>
        <translation>Возраст на день выборов</translation>
    </message>
    <message>
        <source>Age known of %1 of %2 candidates and %3 of %4 winners; the others are left out, not counted as any age.</source>
        <translation>Возраст известен у %1 из %2 кандидатов и у %3 из %4 победителей; остальные пропущены, а не отнесены к какому-либо возрасту.</translation>
    </message>
    <message>
        <source>Median age: candidates %1, winners %2.</source>
        <translation>Медианный возраст: кандидаты — %1, победители — %2.</translation>
    </message>
    <message>
        <source>Share of the votes</source>
        <translation>Доля голосов</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля побед</translation>
    </message>
    <message numerus="yes">
        <source>%1 candidates. Shares of the votes in the %n race(s) whose every candidate&apos;s votes are known; win rates in the races whose winner is known. A nomination with neither is left blank, not 0.</source>
        <translation>
            <numerusform>Кандидатов: %1. Доли голосов — по %n выборам, где известны голоса всех кандидатов; доли побед — по выборам с известным победителем. Выдвижение без того и другого остаётся пустым, а не 0.</numerusform>
            <numerusform>Кандидатов: %1. Доли голосов — по %n выборам, где известны голоса всех кандидатов; доли побед — по выборам с известным победителем. Выдвижение без того и другого остаётся пустым, а не 0.</numerusform>
            <numerusform>Кандидатов: %1. Доли голосов — по %n выборам, где известны голоса всех кандидатов; доли побед — по выборам с известным победителем. Выдвижение без того и другого остаётся пустым, а не 0.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ChartExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>Не удаётся записать %1: не удалось начать PDF.</translation>
    </message>
    <message>
        <source>There is no clipboard.</source>
        <translation>Буфер обмена недоступен.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ChartGraphic</name>
    <message>
        <source>Nothing to draw: no race here has these figures.</source>
        <translation>Нечего показать: ни на одних выборах здесь нет этих данных.</translation>
    </message>
    <message>
        <source>Selected race</source>
        <translation>Выбранные выборы</translation>
    </message>
    <message>
        <source>Races ranked, lowest first (%1 races)</source>
        <translation>Выборы по возрастанию (выборов: %1)</translation>
    </message>
    <message>
        <source>Computed from the races&apos; counts</source>
        <translation>Вычислено по данным выборов</translation>
    </message>
    <message>
        <source>As published</source>
        <translation>Как опубликовано</translation>
    </message>
    <message>
        <source>up to %1 voters</source>
        <translation>до %1 избирателей</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>voters not known</source>
        <translation>число избирателей неизвестно</translation>
    </message>
    <message>
        <source>Voters on the lists: %1</source>
        <translation>Избиратели в списках: %1</translation>
    </message>
    <message>
        <source>Turnout: %1</source>
        <translation>Явка: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: computed by Sailau from the races&apos; counts</source>
        <translation>Источник: вычислено Sailau по данным выборов</translation>
    </message>
    <message numerus="yes">
        <source>from %n race(s)</source>
        <translation>
            <numerusform>по %n выборам</numerusform>
            <numerusform>по %n выборам</numerusform>
            <numerusform>по %n выборам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n candidate(s)</source>
        <translation>
            <numerusform>по данным %n кандидата</numerusform>
            <numerusform>по данным %n кандидатов</numerusform>
            <numerusform>по данным %n кандидатов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ChartPanel</name>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Окраска по:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export this chart as PNG, JPEG, SVG or PDF</source>
        <translation>Экспортировать диаграмму в PNG, JPEG, SVG или PDF</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy this chart to the clipboard</source>
        <translation>Скопировать диаграмму в буфер обмена</translation>
    </message>
    <message>
        <source>Add to Deck</source>
        <translation>В подборку</translation>
    </message>
    <message>
        <source>Add this chart to the presentation deck</source>
        <translation>Добавить диаграмму в подборку для презентации</translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ChartTheme</name>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Презентационная</translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::DeckDialog</name>
    <message>
        <source>Presentation Deck</source>
        <translation>Подборка для презентации</translation>
    </message>
    <message>
        <source>The charts of your talk, in order. The deck is saved with the database.</source>
        <translation>Диаграммы вашего выступления по порядку. Подборка сохраняется вместе с базой данных.</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Подборка</translation>
    </message>
    <message>
        <source>&amp;Add Current Chart</source>
        <translation>&amp;Добавить текущую диаграмму</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Показать</translation>
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
        <translation>Не удалось прочитать подборку: %1</translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ExportDialog</name>
    <message>
        <source>Export All Charts</source>
        <translation>Экспорт всех диаграмм</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Буфер обмена</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Свой</translation>
    </message>
    <message>
        <source>Report figure, 160 × 100 mm</source>
        <translation>Рисунок для отчёта, 160 × 100 мм</translation>
    </message>
    <message>
        <source>Half page, 80 × 60 mm</source>
        <translation>Полстраницы, 80 × 60 мм</translation>
    </message>
    <message>
        <source>A4 landscape, 297 × 210 mm</source>
        <translation>A4 альбомная, 297 × 210 мм</translation>
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
        <translation>&amp;Шаблон:</translation>
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
        <translation>&amp;Размер:</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ширина</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Высота</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>Р&amp;азрешение:</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Белый</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Прозрачный</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Как в теме</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>Ф&amp;он:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Title and subtitle</source>
        <translation>&amp;Заголовок и подзаголовок</translation>
    </message>
    <message>
        <source>Each chart&apos;s own title</source>
        <translation>Собственный заголовок каждой диаграммы</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Заголо&amp;вок:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Подзаголовок:</translation>
    </message>
    <message>
        <source>&amp;Note on left-out races</source>
        <translation>Пр&amp;имечание о пропущенных выборах</translation>
    </message>
    <message>
        <source>Source &amp;footnote</source>
        <translation>&amp;Сноска с источником</translation>
    </message>
    <message>
        <source>Foot&amp;note:</source>
        <translation>Снос&amp;ка:</translation>
    </message>
    <message>
        <source>Export All…</source>
        <translation>Экспортировать все…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>%1 × %2 px = %3 × %4 mm at %5 DPI</source>
        <translation>%1 × %2 пикс. = %3 × %4 мм при %5 DPI</translation>
    </message>
    <message>
        <source>Copied the chart to the clipboard.</source>
        <translation>Диаграмма скопирована в буфер обмена.</translation>
    </message>
    <message>
        <source>Export All Charts Into</source>
        <translation>Экспорт всех диаграмм в папку</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chart(s) into %1.</source>
        <translation>
            <numerusform>Экспортирована %n диаграмма в %1.</numerusform>
            <numerusform>Экспортировано %n диаграммы в %1.</numerusform>
            <numerusform>Экспортировано %n диаграмм в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>Диаграмма сохранена в %1.</translation>
    </message>
    <message>
        <source>Higher quality keeps fine lines and small text sharp and makes larger files; %1 suits reports.</source>
        <translation>Чем выше качество, тем чётче тонкие линии и мелкий текст и тем больше файл; для отчётов подходит %1.</translation>
    </message>
    <message>
        <source>JPEG &amp;quality:</source>
        <translation>&amp;Качество JPEG:</translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ExportOptions</name>
    <message>
        <source>The resolution must be between %1 and %2 DPI, not %3.</source>
        <translation>Разрешение должно быть от %1 до %2 DPI, а не %3.</translation>
    </message>
    <message>
        <source>The image is too small: %1 × %2 pixels.</source>
        <translation>Изображение слишком маленькое: %1 × %2 пикселей.</translation>
    </message>
    <message>
        <source>The image is too large: %1 × %2 pixels.</source>
        <translation>Изображение слишком большое: %1 × %2 пикселей.</translation>
    </message>
    <message>
        <source>At %1 DPI the chart would be %2 × %3 mm, too small to be readable; choose a larger size or a lower resolution.</source>
        <translation>При %1 DPI диаграмма будет размером %2 × %3 мм — слишком мало, чтобы её можно было прочитать; выберите больший размер или меньшее разрешение.</translation>
    </message>
    <message>
        <source>JPEG has no transparency: choose PNG or SVG, or a white background.</source>
        <translation>JPEG не поддерживает прозрачность: выберите PNG или SVG либо белый фон.</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Изображение JPEG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Рисунок SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::PresentationWindow</name>
    <message>
        <source>Sailau — Presentation</source>
        <translation>Sailau — презентация</translation>
    </message>
    <message>
        <source>%1 / %2    ←/→ charts   ↑/↓ regions   Esc ends</source>
        <translation>%1 / %2    ←/→ диаграммы   ↑/↓ регионы   Esc — выход</translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::TileMapItem</name>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Races on this day: %1</source>
        <translation>Выборов в этот день: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Source: computed by Sailau from the races&apos; figures</source>
        <translation>Источник: вычислено Sailau по данным выборов</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>Sailau::Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Try &apos;sailau %1 --help&apos;.</source>
        <translation>Попробуйте «sailau %1 --help».</translation>
    </message>
    <message>
        <source>Print the race metrics table: one record per race, with the territory, its region, the election date and every metric (null where missing).</source>
        <translation>Вывести таблицу показателей выборов: по одной записи на выборы, с территорией, её регионом, датой выборов и всеми показателями (null, где данных нет).</translation>
    </message>
    <message>
        <source>Only the races of this election day.</source>
        <translation>Только выборы этого дня голосования.</translation>
    </message>
    <message>
        <source>csv or json (default csv).</source>
        <translation>csv или json (по умолчанию csv).</translation>
    </message>
    <message>
        <source>sailau metrics: unexpected argument &apos;%1&apos;</source>
        <translation>sailau metrics: неожиданный аргумент «%1»</translation>
    </message>
    <message>
        <source>sailau metrics: --format must be csv or json, not &apos;%1&apos;</source>
        <translation>sailau metrics: --format должен быть csv или json, а не «%1»</translation>
    </message>
    <message>
        <source>sailau metrics: --election takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>sailau metrics: --election принимает дату в виде YYYY-MM-DD, а не «%1»</translation>
    </message>
    <message>
        <source>sailau: unknown command &apos;%1&apos;</source>
        <translation>sailau: неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>Import election results from a CSV or XLSX file into the database, in one transaction: when the file has any error, every problem is listed as FILE:LINE:COLUMN: message and nothing is written.
Exit status: 0 imported, 1 rejected, 2 usage error.</source>
        <translation>Импортировать результаты выборов из файла CSV или XLSX в базу данных одной транзакцией: если в файле есть хоть одна ошибка, все проблемы выводятся в виде FILE:LINE:COLUMN: сообщение и ничего не записывается.
Код завершения: 0 — импортировано, 1 — отклонено, 2 — ошибка использования.</translation>
    </message>
    <message>
        <source>A mapping preset by name, or a preset JSON file.</source>
        <translation>Шаблон сопоставления по имени или файл шаблона JSON.</translation>
    </message>
    <message>
        <source>UTF-8, UTF-16LE, UTF-16BE or windows-1251 (default: detected).</source>
        <translation>UTF-8, UTF-16LE, UTF-16BE или windows-1251 (по умолчанию определяется автоматически).</translation>
    </message>
    <message>
        <source>The delimiter: , ; | or tab (default: detected).</source>
        <translation>Разделитель: , ; | или tab (по умолчанию определяется автоматически).</translation>
    </message>
    <message>
        <source>The decimal separator: . or , (default: detected).</source>
        <translation>Десятичный разделитель: . или , (по умолчанию определяется автоматически).</translation>
    </message>
    <message>
        <source>XLSX: the sheet, counting from 1 (default 1).</source>
        <translation>XLSX: лист, считая с 1 (по умолчанию 1).</translation>
    </message>
    <message>
        <source>The row that holds the column names, counting from 1 (default: detected).</source>
        <translation>Строка с названиями столбцов, считая с 1 (по умолчанию определяется автоматически).</translation>
    </message>
    <message>
        <source>The election date for a file without a date column.</source>
        <translation>Дата выборов для файла без столбца даты.</translation>
    </message>
    <message>
        <source>The election level: district, city_regional, regional_centre or rural.</source>
        <translation>Уровень выборов: district, city_regional, regional_centre или rural.</translation>
    </message>
    <message>
        <source>The source of rows that name none (a URL or a document).</source>
        <translation>Источник для строк, в которых он не указан (URL или документ).</translation>
    </message>
    <message>
        <source>Check the file and report, but write nothing.</source>
        <translation>Проверить файл и сообщить результат, ничего не записывая.</translation>
    </message>
    <message>
        <source>Do not print warnings.</source>
        <translation>Не выводить предупреждения.</translation>
    </message>
    <message>
        <source>Try &apos;sailau import --help&apos;.</source>
        <translation>Попробуйте «sailau import --help».</translation>
    </message>
    <message>
        <source>sailau import: unknown encoding &apos;%1&apos; (UTF-8, UTF-16LE, UTF-16BE or windows-1251)</source>
        <translation>sailau import: неизвестная кодировка «%1» (UTF-8, UTF-16LE, UTF-16BE или windows-1251)</translation>
    </message>
    <message>
        <source>sailau import: the delimiter must be , ; | or tab, not &apos;%1&apos;</source>
        <translation>sailau import: разделитель должен быть , ; | или tab, а не «%1»</translation>
    </message>
    <message>
        <source>sailau import: the decimal separator must be . or ,</source>
        <translation>sailau import: десятичный разделитель должен быть . или ,</translation>
    </message>
    <message>
        <source>sailau import: --%1 takes a number from 1, not &apos;%2&apos;</source>
        <translation>sailau import: --%1 принимает число от 1, а не «%2»</translation>
    </message>
    <message>
        <source>sailau import: --date takes YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>sailau import: --date принимает YYYY-MM-DD, а не «%1»</translation>
    </message>
    <message>
        <source>sailau import: --level must be one of %1</source>
        <translation>sailau import: --level должен быть одним из: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: rejected with %n error(s); nothing was written.</source>
        <translation>
            <numerusform>%1: отклонено, %n ошибка; ничего не записано.</numerusform>
            <numerusform>%1: отклонено, %n ошибки; ничего не записано.</numerusform>
            <numerusform>%1: отклонено, %n ошибок; ничего не записано.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows, %2 races (%3 new, %4 updated), %5 candidates, %6 new territories</source>
        <translation>строк: %1, выборов: %2 (новых: %3, обновлённых: %4), кандидатов: %5, новых территорий: %6</translation>
    </message>
    <message>
        <source>%1: would import %2 (dry run: nothing was written).</source>
        <translation>%1: будет импортировано: %2 (пробный запуск: ничего не записано).</translation>
    </message>
    <message>
        <source>%1: imported %2 as import %3.</source>
        <translation>%1: импортировано (%2) как импорт %3.</translation>
    </message>
    <message>
        <source>Print what Sailau&apos;s reader sees in a file: the detected encoding and delimiter, the header and the rows, each cell the exact string parsed.</source>
        <translation>Вывести то, что модуль чтения Sailau видит в файле: определённые кодировку и разделитель, заголовок и строки — каждую ячейку в точности так, как она разобрана.</translation>
    </message>
    <message>
        <source>A CSV or XLSX file.</source>
        <translation>Файл CSV или XLSX.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>At most N rows (default: all).</source>
        <translation>Не более N строк (по умолчанию все).</translation>
    </message>
    <message>
        <source>Read with this encoding.</source>
        <translation>Читать в этой кодировке.</translation>
    </message>
    <message>
        <source>Read with this delimiter.</source>
        <translation>Читать с этим разделителем.</translation>
    </message>
    <message>
        <source>XLSX: the sheet, from 1.</source>
        <translation>XLSX: лист, считая с 1.</translation>
    </message>
    <message>
        <source>sailau inspect: give exactly one file.</source>
        <translation>sailau inspect: укажите ровно один файл.</translation>
    </message>
    <message>
        <source>sailau inspect: unknown encoding &apos;%1&apos;</source>
        <translation>sailau inspect: неизвестная кодировка «%1»</translation>
    </message>
    <message>
        <source>sailau inspect: the delimiter must be , ; | or tab</source>
        <translation>sailau inspect: разделитель должен быть , ; | или tab</translation>
    </message>
    <message>
        <source>sailau inspect: --rows takes a number</source>
        <translation>sailau inspect: --rows принимает число</translation>
    </message>
    <message>
        <source>List the imports in the database, newest first.</source>
        <translation>Вывести список импортов в базе данных, новые первыми.</translation>
    </message>
    <message>
        <source>ID	IMPORTED (UTC)	KIND	ROWS	RACES	UPDATED	CANDIDATES	TERRITORIES	FILE</source>
        <translation>ID	ИМПОРТ (UTC)	ВИД	СТРОКИ	ВЫБОРЫ	ОБНОВЛЕНО	КАНДИДАТЫ	ТЕРРИТОРИИ	ФАЙЛ</translation>
    </message>
    <message>
        <source>Undo an import: remove exactly what it added and restore what it changed.</source>
        <translation>Отменить импорт: удалить ровно то, что он добавил, и восстановить то, что он изменил.</translation>
    </message>
    <message>
        <source>The import&apos;s number (see &apos;sailau imports&apos;).</source>
        <translation>Номер импорта (см. «sailau imports»).</translation>
    </message>
    <message>
        <source>sailau undo-import: give the number of one import (see &apos;sailau imports&apos;).</source>
        <translation>sailau undo-import: укажите номер одного импорта (см. «sailau imports»).</translation>
    </message>
    <message>
        <source>Undid import %1 (%2).</source>
        <translation>Импорт %1 отменён (%2).</translation>
    </message>
    <message>
        <source>Generate synthetic election results for tests and benchmarks: the same seed gives the same data. Every row names the source synthetic:sailau-generator, and an import of it is marked synthetic.</source>
        <translation>Создать синтетические результаты выборов для тестов и замеров: одно и то же начальное значение даёт одни и те же данные. Каждая строка указывает источник synthetic:sailau-generator, а её импорт помечается как синтетический.</translation>
    </message>
    <message>
        <source>How many races (default 1000).</source>
        <translation>Сколько выборов (по умолчанию 1000).</translation>
    </message>
    <message>
        <source>Rows per race on average, &quot;against all&quot; included (default 5).</source>
        <translation>Строк на выборы в среднем, включая «против всех» (по умолчанию 5).</translation>
    </message>
    <message>
        <source>With --database: polling-station results to add (default 0).</source>
        <translation>С --database: сколько добавить результатов по избирательным участкам (по умолчанию 0).</translation>
    </message>
    <message>
        <source>The seed (default 1).</source>
        <translation>Начальное значение (по умолчанию 1).</translation>
    </message>
    <message>
        <source>Write a CSV file.</source>
        <translation>Записать файл CSV.</translation>
    </message>
    <message>
        <source>sailau generate: give either --out FILE.csv or --database FILE</source>
        <translation>sailau generate: укажите либо --out FILE.csv, либо --database FILE</translation>
    </message>
    <message>
        <source>Wrote %1 rows of %2 synthetic races to %3.</source>
        <translation>В %3 записано строк: %1, синтетических выборов: %2.</translation>
    </message>
    <message>
        <source>Added %1 synthetic races with %2 candidates (import %3) to %4.</source>
        <translation>В %4 добавлено синтетических выборов: %1, кандидатов: %2 (импорт %3).</translation>
    </message>
    <message>
        <source>Write the table to FILE.csv (UTF-8) or FILE.xlsx instead of printing it.</source>
        <translation>Записать таблицу в FILE.csv (UTF-8) или FILE.xlsx вместо вывода на экран.</translation>
    </message>
    <message>
        <source>With --out FILE.csv: &apos;,&apos; (default) or &apos;;&apos; (with a decimal comma, for Excel set to Russian or Kazakh).</source>
        <translation>С --out FILE.csv: «,» (по умолчанию) или «;» (с десятичной запятой, для Excel с русскими или казахскими региональными настройками).</translation>
    </message>
    <message>
        <source>sailau metrics: --out takes a file ending in .csv or .xlsx, not &apos;%1&apos;</source>
        <translation>sailau metrics: --out принимает файл с расширением .csv или .xlsx, а не «%1»</translation>
    </message>
    <message>
        <source>sailau metrics: --out writes the format its suffix names; leave out --format</source>
        <translation>sailau metrics: --out записывает в формате, который задаёт расширение файла; уберите --format</translation>
    </message>
    <message>
        <source>sailau metrics: --delimiter goes with --out FILE.csv</source>
        <translation>sailau metrics: --delimiter используется только вместе с --out FILE.csv</translation>
    </message>
    <message>
        <source>sailau metrics: --delimiter must be &apos;,&apos; or &apos;;&apos;, not &apos;%1&apos;</source>
        <translation>sailau metrics: --delimiter должен быть «,» или «;», а не «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln race(s))</source>
        <translation>
            <numerusform>%1 (выборов: %Ln)</numerusform>
            <numerusform>%1 (выборов: %Ln)</numerusform>
            <numerusform>%1 (выборов: %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>The database holds no elections yet.</source>
        <translation>В базе данных пока нет выборов.</translation>
    </message>
    <message>
        <source>Election days in the database: %1.</source>
        <translation>Дни выборов в базе данных: %1.</translation>
    </message>
    <message>
        <source>Import a file even when the same file (the same SHA-256) was imported before.</source>
        <translation>Импортировать файл, даже если этот же файл (с тем же SHA-256) уже импортировался.</translation>
    </message>
    <message>
        <source>To import it again all the same, add --allow-duplicate.</source>
        <translation>Чтобы всё же импортировать его ещё раз, добавьте --allow-duplicate.</translation>
    </message>
    <message>
        <source>Every race of the file lists all its candidates with their votes (without this, a list counts as complete only where the registered count or the ballots show it).</source>
        <translation>Для каждых выборов файл перечисляет всех кандидатов с их голосами (без этого список считается полным, только если это показывают число зарегистрированных кандидатов или бюллетени).</translation>
    </message>
    <message numerus="yes">
        <source>%1: --date %2 filled the date of %n row(s) that had none; rows with a date keep it.</source>
        <translation>
            <numerusform>%1: --date %2 заполнил дату в %n строке, где её не было; строки с датой сохраняют свою.</numerusform>
            <numerusform>%1: --date %2 заполнил дату в %n строках, где её не было; строки с датой сохраняют свою.</numerusform>
            <numerusform>%1: --date %2 заполнил дату в %n строках, где её не было; строки с датой сохраняют свою.</numerusform>
        </translation>
    </message>
    <message>
        <source>sailau %1: the output could not be written, so it is incomplete. Check that the disk has free space and that you may write there. (%2)</source>
        <translation>sailau %1: вывод не удалось записать, поэтому он неполон. Проверьте, что на диске есть свободное место и что у вас есть право записи туда. (%2)</translation>
    </message>
    <message>
        <source>sailau: the argument &quot;%1&quot; holds bytes that are not valid text in this system&apos;s encoding, so the file it names cannot be opened under its real name. Rename the file or its folder (in the file manager, for example), then try again. (bytes: %2)</source>
        <translation>sailau: аргумент «%1» содержит байты, недопустимые для текста в кодировке этой системы, поэтому файл, который он называет, нельзя открыть под его настоящим именем. Переименуйте файл или его папку (например, в файловом менеджере) и повторите попытку. (байты: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: rejected with %2 errors (the first %n are listed above); nothing was written.</source>
        <translation>
            <numerusform>%1: отклонено, ошибок: %2 (выше приведена первая %n); ничего не записано.</numerusform>
            <numerusform>%1: отклонено, ошибок: %2 (выше приведены первые %n); ничего не записано.</numerusform>
            <numerusform>%1: отклонено, ошибок: %2 (выше приведены первые %n); ничего не записано.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no races)</source>
        <translation>%1 (выборов нет)</translation>
    </message>
    <message>
        <source>%1: no election was held on %2 in %3.</source>
        <translation>%1: в %3 нет выборов, проведённых %2.</translation>
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
        <translation>Использование:
  sailau [--database FILE]          открыть окно просмотра
  sailau metrics [--database FILE] [--election YYYY-MM-DD] [--format csv|json]
                                    вывести таблицу показателей выборов
  sailau metrics [--database FILE] [--election YYYY-MM-DD] --out FILE.{csv,xlsx} [--delimiter ;]
                                    записать её в файл, который открывается в Excel
  sailau metrics --candidates [те же параметры]
                                    по записи на кандидата: голоса, выдвижение, пол, возраст, род занятий
  sailau compare --elections A,B[,C…] [--region NAME] [--aggregates | --nominations | --candidates]
                 [--format csv|json] [--out FILE]
                                    выборы одних и тех же территорий в разные дни
  sailau import FILE… [--database DB] [--mapping PRESET] [--encoding E] [--delimiter D]
                [--sheet N] [--date YYYY-MM-DD] [--dry-run] [--skip-invalid [--left-out FILE]]
                                    импортировать результаты; проблемы в виде FILE:LINE:COLUMN: сообщение
  sailau inspect FILE --json        что видит в файле модуль чтения
  sailau generate --races N [--seed S] (--out FILE.csv | --database DB)
                                    синтетические результаты для тестов и замеров
  sailau imports [--database DB]    список импортов
  sailau undo-import ID [--database DB]
                                    удалить ровно то, что добавил импорт
  sailau export --list              список диаграмм
  sailau export --chart NAME --out FILE.{png,jpg,svg,pdf} [--election YYYY-MM-DD]
                [--region NAME] [--width-mm W --height-mm H | --width-px W --height-px H]
                [--dpi D] [--background white|transparent] [--theme light|dark|presentation]
                                    вывести одну диаграмму в файл, без окна
  sailau export --all --out DIR [те же параметры]
                                    вывести все диаграммы в папку
  sailau --version | --help

Без --database Sailau использует %1,
созданную со встроенным примером при первом запуске.
Каждая команда принимает --help для вывода своих параметров.
</translation>
    </message>
    <message>
        <source>The election day of the races (default 2021-07-25); the same --races on another day gives the same territories, to compare.</source>
        <translation>День выборов (по умолчанию 2021-07-25); то же --races в другой день даёт те же территории для сравнения.</translation>
    </message>
    <message>
        <source>With --database: add the small synthetic corpus of three elections of the same territories instead.</source>
        <translation>С --database: вместо этого добавить небольшой синтетический набор из трёх выборов одних и тех же территорий.</translation>
    </message>
    <message>
        <source>sailau generate: --date takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>sailau generate: --date принимает дату в виде YYYY-MM-DD, а не «%1»</translation>
    </message>
    <message>
        <source>sailau generate: --comparison-corpus goes with --database FILE</source>
        <translation>sailau generate: --comparison-corpus указывается вместе с --database FILE</translation>
    </message>
    <message>
        <source>Added the synthetic comparison corpus to %1.</source>
        <translation>Синтетический набор для сравнения добавлен в %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n published figure(s) of %1 (a file of totals: shown in the summary, no races)</source>
        <translation>
            <numerusform>%n опубликованный показатель за %1 (файл итогов: показан в сводке, без выборов)</numerusform>
            <numerusform>%n опубликованных показателя за %1 (файл итогов: показаны в сводке, без выборов)</numerusform>
            <numerusform>%n опубликованных показателей за %1 (файл итогов: показаны в сводке, без выборов)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n race(s) with errors left out, with these rows:</source>
        <translation>
            <numerusform>%1: пропущены %n выборы с ошибками, вместе с этими строками:</numerusform>
            <numerusform>%1: пропущено %n выборов с ошибками, вместе с этими строками:</numerusform>
            <numerusform>%1: пропущено %n выборов с ошибками, вместе с этими строками:</numerusform>
        </translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>пропущена: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) would be left out (dry run: no file was written).</source>
        <translation>
            <numerusform>%1: была бы пропущена %n строка (пробный запуск: файл не записан).</numerusform>
            <numerusform>%1: были бы пропущены %n строки (пробный запуск: файл не записан).</numerusform>
            <numerusform>%1: было бы пропущено %n строк (пробный запуск: файл не записан).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) left out, written to %2 to fix and import again.</source>
        <translation>
            <numerusform>%1: пропущена %n строка; она записана в %2, чтобы её исправить и импортировать снова.</numerusform>
            <numerusform>%1: пропущены %n строки; они записаны в %2, чтобы их исправить и импортировать снова.</numerusform>
            <numerusform>%1: пропущено %n строк; они записаны в %2, чтобы их исправить и импортировать снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the valid races and leave out those with errors (each race whole, with all its rows); the rows left out are listed and written to a file that can be fixed and imported again. Errors about the file as a whole still refuse it.</source>
        <translation>Импортировать верные выборы и пропустить выборы с ошибками (каждые целиком, со всеми строками); пропущенные строки перечисляются и записываются в файл, который можно исправить и импортировать снова. Ошибки, касающиеся файла в целом, по-прежнему отклоняют его.</translation>
    </message>
    <message>
        <source>With --skip-invalid: the file for the rows left out (default: NAME.left-out.csv beside the file).</source>
        <translation>С --skip-invalid: файл для пропущенных строк (по умолчанию ИМЯ.left-out.csv рядом с файлом).</translation>
    </message>
    <message>
        <source>sailau import: give the file to import.</source>
        <translation>sailau import: укажите файл для импорта.</translation>
    </message>
    <message>
        <source>sailau import: --left-out goes with --skip-invalid and one file.</source>
        <translation>sailau import: --left-out указывается вместе с --skip-invalid и одним файлом.</translation>
    </message>
    <message>
        <source>%1: to import the valid races and leave out those with errors, add --skip-invalid.</source>
        <translation>%1: чтобы импортировать верные выборы и пропустить выборы с ошибками, добавьте --skip-invalid.</translation>
    </message>
    <message>
        <source>The file to import (CSV, TSV, TXT or XLSX); several files (a races file and a candidates file, say) are read in the order given, each seeing the races of the ones before it, and imported in one transaction: all of them, or none when one is refused.</source>
        <translation>Файл для импорта (CSV, TSV, TXT или XLSX); несколько файлов (например, файл выборов и файл кандидатов) читаются в указанном порядке, причём каждый видит выборы предыдущих, и импортируются одной транзакцией: все, или ни одного, если какой-либо из них отклонён.</translation>
    </message>
    <message>
        <source>One record per candidate of those races instead: name, nomination, votes, published share, elected, sex, birth year or age, occupation, sitting akim, sources.</source>
        <translation>Вместо этого по записи на каждого кандидата этих выборов: имя, кем выдвинут, голоса, опубликованная доля, избран ли, пол, год рождения или возраст, род занятий, действующий ли аким, источники.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>неожиданный аргумент «%1»</translation>
    </message>
    <message>
        <source>sailau generate: --races, --candidates (from 2 to %1), --polling-stations and --seed take numbers</source>
        <translation>sailau generate: --races, --candidates (от 2 до %1), --polling-stations и --seed принимают числа</translation>
    </message>
</context>
<context>
    <name>Sailau::Cli::Compare</name>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>The Sailau database file (default: %1).</source>
        <translation>Файл базы данных Sailau (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>The election days, separated by commas, or &apos;all&apos; (default: every day with races).</source>
        <translation>Дни выборов через запятую или «all» (по умолчанию все дни с выборами).</translation>
    </message>
    <message>
        <source>Only this region or territory: a name in any language, an ISO code (KZ-61) or a KATO code.</source>
        <translation>Только этот регион или территория: название на любом языке, код ISO (KZ-61) или код КАТО.</translation>
    </message>
    <message>
        <source>Print the figures of each election day.</source>
        <translation>Вывести показатели каждого дня выборов.</translation>
    </message>
    <message>
        <source>Print the candidates by nomination.</source>
        <translation>Вывести кандидатов по выдвижению.</translation>
    </message>
    <message>
        <source>csv or json (default csv).</source>
        <translation>csv или json (по умолчанию csv).</translation>
    </message>
    <message>
        <source>Write to FILE.csv (UTF-8), FILE.xlsx or FILE.json instead of printing.</source>
        <translation>Записать в FILE.csv (UTF-8), FILE.xlsx или FILE.json вместо вывода на экран.</translation>
    </message>
    <message>
        <source>Names in kk, ru or en (default: the system&apos;s language).</source>
        <translation>Названия на kk, ru или en (по умолчанию язык системы).</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &apos;%1&apos;</source>
        <translation>--format должен быть csv или json, а не «%1»</translation>
    </message>
    <message>
        <source>--out takes a file ending in .csv, .xlsx or .json, not &apos;%1&apos;</source>
        <translation>--out принимает файл с окончанием .csv, .xlsx или .json, а не «%1»</translation>
    </message>
    <message>
        <source>--out writes the format its suffix names; leave out --format</source>
        <translation>--out записывает формат, названный его расширением; уберите --format</translation>
    </message>
    <message>
        <source>--elections takes dates as YYYY-MM-DD separated by commas, not &apos;%1&apos;</source>
        <translation>--elections принимает даты в виде YYYY-MM-DD через запятую, а не «%1»</translation>
    </message>
    <message>
        <source>--elections needs two or more days to compare, or &apos;all&apos;</source>
        <translation>--elections требует два или более дня для сравнения либо «all»</translation>
    </message>
    <message>
        <source>sailau compare: the database could not be read: %1</source>
        <translation>sailau compare: не удалось прочитать базу данных: %1</translation>
    </message>
    <message>
        <source>sailau compare: the database holds races of fewer than two election days; there is nothing to compare.</source>
        <translation>sailau compare: в базе данных выборы менее чем двух дней; сравнивать нечего.</translation>
    </message>
    <message>
        <source>sailau compare: cannot write %1: %2</source>
        <translation>sailau compare: не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Compare elections over time: the races of the same territories on two or more election days, lined up with the change from each day to the next (shares in percentage points). --aggregates prints the figures of each day instead, --nominations the candidates by nomination, --candidates the candidates&apos; sex, age and incumbency by day and by region (each figure with the number of candidates it rests on); JSON holds all four. Missing figures are empty (CSV) or null (JSON), never 0.</source>
        <translation>Сравнить выборы во времени: выборы одних и тех же территорий в два или более дня выборов, выстроенные рядом с изменением от каждого дня к следующему (доли — в процентных пунктах). Вместо этого --aggregates выводит показатели каждого дня, --nominations — кандидатов по выдвижению, --candidates — пол, возраст кандидатов и то, были ли они действующими акимами, по дням и по регионам (каждый показатель — с числом кандидатов, на котором он основан); JSON содержит все четыре. Отсутствующие показатели пусты (CSV) или равны null (JSON), но никогда не 0.</translation>
    </message>
    <message>
        <source>Print the share of women, the ages and the sitting akims re-elected, among the candidates and the winners, by day and by region.</source>
        <translation>Вывести долю женщин, возраст и переизбранных действующих акимов среди кандидатов и победителей по дням и по регионам.</translation>
    </message>
    <message>
        <source>give one of --aggregates, --nominations and --candidates</source>
        <translation>укажите только один из параметров --aggregates, --nominations и --candidates</translation>
    </message>
</context>
<context>
    <name>Sailau::Cli::Export</name>
    <message>
        <source>no region is called &apos;%1&apos;</source>
        <translation>нет региона с названием «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches several territories: %2</source>
        <translation>«%1» соответствует нескольким территориям: %2</translation>
    </message>
    <message>
        <source>Render charts into PNG, JPEG, SVG or PDF files, without a window.
  sailau export --list
  sailau export --chart NAME --out FILE.{png,jpg,svg,pdf} [options]
  sailau export --all --out DIR [options]</source>
        <translation>Вывести диаграммы в файлы PNG, JPEG, SVG или PDF, без окна.
  sailau export --list
  sailau export --chart NAME --out FILE.{png,jpg,svg,pdf} [параметры]
  sailau export --all --out DIR [параметры]</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>List the charts: the name --chart takes, then what it shows.</source>
        <translation>Вывести список диаграмм: имя, которое принимает --chart, и что она показывает.</translation>
    </message>
    <message>
        <source>The chart to export (see --list).</source>
        <translation>Диаграмма для экспорта (см. --list).</translation>
    </message>
    <message>
        <source>Export every chart into the folder --out.</source>
        <translation>Экспортировать все диаграммы в папку --out.</translation>
    </message>
    <message>
        <source>The file to write (its suffix gives the format), or the folder for --all.</source>
        <translation>Файл для записи (формат задаётся его расширением) или папка для --all.</translation>
    </message>
    <message>
        <source>The Sailau database file (default: %1).</source>
        <translation>Файл базы данных Sailau (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>The election day (default: the latest with races).</source>
        <translation>День выборов (по умолчанию последний, в который были выборы).</translation>
    </message>
    <message>
        <source>Only this region: a name in any language, an ISO code (KZ-61) or a KATO code.</source>
        <translation>Только этот регион: название на любом языке, код ISO (KZ-61) или код КАТО.</translation>
    </message>
    <message>
        <source>Width in millimetres (default 160).</source>
        <translation>Ширина в миллиметрах (по умолчанию 160).</translation>
    </message>
    <message>
        <source>Height in millimetres (default 100).</source>
        <translation>Высота в миллиметрах (по умолчанию 100).</translation>
    </message>
    <message>
        <source>Width in pixels.</source>
        <translation>Ширина в пикселях.</translation>
    </message>
    <message>
        <source>Height in pixels.</source>
        <translation>Высота в пикселях.</translation>
    </message>
    <message>
        <source>Resolution, 96 to 600 (default 300).</source>
        <translation>Разрешение, от 96 до 600 (по умолчанию 300).</translation>
    </message>
    <message>
        <source>white, transparent or theme (default white).</source>
        <translation>white, transparent или theme (по умолчанию white).</translation>
    </message>
    <message>
        <source>light, dark or presentation (default light).</source>
        <translation>light, dark или presentation (по умолчанию light).</translation>
    </message>
    <message>
        <source>What the map is coloured by: %1 (default turnout).</source>
        <translation>Показатель, по которому окрашивается карта: %1 (по умолчанию turnout).</translation>
    </message>
    <message>
        <source>The title (default: the chart&apos;s).</source>
        <translation>Заголовок (по умолчанию заголовок диаграммы).</translation>
    </message>
    <message>
        <source>The subtitle (default: territory and day).</source>
        <translation>Подзаголовок (по умолчанию территория и день).</translation>
    </message>
    <message>
        <source>The source footnote (default: &quot;Source: …, as of …&quot;).</source>
        <translation>Сноска с источником (по умолчанию «Источник: …, по состоянию на …»).</translation>
    </message>
    <message>
        <source>No title and subtitle.</source>
        <translation>Без заголовка и подзаголовка.</translation>
    </message>
    <message>
        <source>No source footnote.</source>
        <translation>Без сноски с источником.</translation>
    </message>
    <message>
        <source>Names in kk, ru or en (default: the system&apos;s language).</source>
        <translation>Названия на kk, ru или en (по умолчанию язык системы).</translation>
    </message>
    <message>
        <source>give either --chart NAME or --all (or --list)</source>
        <translation>укажите либо --chart NAME, либо --all (или --list)</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>требуется --out</translation>
    </message>
    <message>
        <source>unknown chart &apos;%1&apos;; &apos;sailau export --list&apos; names them</source>
        <translation>неизвестная диаграмма «%1»; их список выводит «sailau export --list»</translation>
    </message>
    <message>
        <source>--out must end in .png, .jpg, .svg or .pdf: &apos;%1&apos;</source>
        <translation>--out должен оканчиваться на .png, .jpg, .svg или .pdf: «%1»</translation>
    </message>
    <message>
        <source>--all writes into a folder, but &apos;%1&apos; is a file</source>
        <translation>--all записывает в папку, а «%1» — файл</translation>
    </message>
    <message>
        <source>give the size in millimetres or in pixels, not both</source>
        <translation>укажите размер в миллиметрах или в пикселях, но не то и другое</translation>
    </message>
    <message>
        <source>--width-mm and --height-mm go together</source>
        <translation>--width-mm и --height-mm указываются вместе</translation>
    </message>
    <message>
        <source>the size in millimetres must be a number from 10 to 2000</source>
        <translation>размер в миллиметрах должен быть числом от 10 до 2000</translation>
    </message>
    <message>
        <source>--width-px and --height-px go together</source>
        <translation>--width-px и --height-px указываются вместе</translation>
    </message>
    <message>
        <source>the size in pixels must be a whole number from 16 to 30000</source>
        <translation>размер в пикселях должен быть целым числом от 16 до 30000</translation>
    </message>
    <message>
        <source>--dpi must be a whole number from %1 to %2</source>
        <translation>--dpi должен быть целым числом от %1 до %2</translation>
    </message>
    <message>
        <source>--background must be white, transparent or theme</source>
        <translation>--background должен быть white, transparent или theme</translation>
    </message>
    <message>
        <source>--theme must be light, dark or presentation</source>
        <translation>--theme должен быть light, dark или presentation</translation>
    </message>
    <message>
        <source>unknown --metric &apos;%1&apos;</source>
        <translation>неизвестный --metric «%1»</translation>
    </message>
    <message>
        <source>--quality must be a number from 10 to 100</source>
        <translation>--quality должен быть числом от 10 до 100</translation>
    </message>
    <message>
        <source>--election takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--election принимает дату в виде YYYY-MM-DD, а не «%1»</translation>
    </message>
    <message>
        <source>sailau export: the database holds no races</source>
        <translation>sailau export: в базе данных нет выборов</translation>
    </message>
    <message>
        <source>sailau export: the database could not be read: %1</source>
        <translation>sailau export: не удалось прочитать базу данных: %1</translation>
    </message>
    <message>
        <source>JPEG quality, 10 to 100 (default %1).</source>
        <translation>Качество JPEG, от 10 до 100 (по умолчанию %1).</translation>
    </message>
    <message>
        <source>For the compare-… charts: the election days to compare, separated by commas, or &apos;all&apos; (default: every day with races).</source>
        <translation>Для диаграмм compare-…: дни выборов для сравнения через запятую или «all» (по умолчанию все дни с выборами).</translation>
    </message>
    <message>
        <source>--elections goes with a compare-… chart; give --election for one day</source>
        <translation>--elections указывается с диаграммой compare-…; для одного дня укажите --election</translation>
    </message>
    <message>
        <source>give --election or --elections, not both</source>
        <translation>укажите --election или --elections, но не оба</translation>
    </message>
    <message>
        <source>--elections takes dates as YYYY-MM-DD separated by commas, not &apos;%1&apos;</source>
        <translation>--elections принимает даты в виде YYYY-MM-DD через запятую, а не «%1»</translation>
    </message>
    <message>
        <source>--elections needs two or more days to compare, or &apos;all&apos;</source>
        <translation>--elections требует два или более дня для сравнения либо «all»</translation>
    </message>
</context>
<context>
    <name>Sailau::CompareModel</name>
    <message>
        <source>Winner&apos;s nomination</source>
        <translation>Выдвижение победителя</translation>
    </message>
    <message>
        <source>No race here on %1.</source>
        <translation>%1 здесь выборов не было.</translation>
    </message>
    <message>
        <source>The winner&apos;s nomination is not known.</source>
        <translation>Кем выдвинут победитель, неизвестно.</translation>
    </message>
    <message>
        <source>Elected: %1 (%2 election)</source>
        <translation>Избран: %1 (выборы, уровень: %2)</translation>
    </message>
    <message>
        <source>%1 election</source>
        <translation>Выборы, уровень: %1</translation>
    </message>
    <message>
        <source>%1%2 pp</source>
        <comment>a change in percentage points</comment>
        <translation>%1%2 п. п.</translation>
    </message>
    <message>
        <source>The change is not known: a figure of one of the two days is missing.</source>
        <translation>Изменение неизвестно: нет значения одного из двух дней.</translation>
    </message>
    <message>
        <source>Change in percentage points from %1 to %2</source>
        <translation>Изменение в процентных пунктах с %1 по %2</translation>
    </message>
    <message>
        <source>Change from %1 to %2</source>
        <translation>Изменение с %1 по %2</translation>
    </message>
    <message>
        <source>Elected at different levels: %1</source>
        <translation>Избирался на разных уровнях: %1</translation>
    </message>
    <message>
        <source>Synthetic data, not real results.</source>
        <translation>Синтетические данные, не реальные результаты.</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Change of %1 from %2 to %3</source>
        <translation>Изменение показателя «%1» с %2 по %3</translation>
    </message>
    <message>
        <source>Change %1 → %2</source>
        <translation>Изменение %1 → %2</translation>
    </message>
</context>
<context>
    <name>Sailau::CompareView</name>
    <message numerus="yes">
        <source>from %n race(s)</source>
        <translation>
            <numerusform>по %n выборам</numerusform>
            <numerusform>по %n выборам</numerusform>
            <numerusform>по %n выборам</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare Elections</source>
        <translation>Сравнение выборов</translation>
    </message>
    <message>
        <source>Election days</source>
        <translation>Дни выборов</translation>
    </message>
    <message>
        <source>Tick two or more election days to compare.</source>
        <translation>Отметьте два или более дня выборов для сравнения.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n race(s)</source>
        <translation>
            <numerusform>%1 — выборов: %n</numerusform>
            <numerusform>%1 — выборов: %n</numerusform>
            <numerusform>%1 — выборов: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Election days:</source>
        <translation>&amp;Дни выборов:</translation>
    </message>
    <message>
        <source>%1 (every region)</source>
        <translation>%1 (все регионы)</translation>
    </message>
    <message>
        <source>Every region</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Территория:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Territories compared</source>
        <translation>Сравниваемые территории</translation>
    </message>
    <message>
        <source>By Election</source>
        <translation>По выборам</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>Выдвижение</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Экспорт диаграммы…</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>Не удалось прочитать базу данных: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n territory(ies) on %1 election days, %2 races.</source>
        <translation>
            <numerusform>%n территория, дней выборов: %1, выборов: %2.</numerusform>
            <numerusform>%n территории, дней выборов: %1, выборов: %2.</numerusform>
            <numerusform>%n территорий, дней выборов: %1, выборов: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Election day</source>
        <translation>День выборов</translation>
    </message>
    <message>
        <source>Races held</source>
        <translation>Проведено выборов</translation>
    </message>
    <message>
        <source>Candidates per race</source>
        <translation>Число кандидатов на выборах</translation>
    </message>
    <message>
        <source>Contested races</source>
        <translation>Выборы с конкуренцией</translation>
    </message>
    <message>
        <source>Median margin</source>
        <translation>Медианный отрыв</translation>
    </message>
    <message>
        <source>Won by self-nominated</source>
        <translation>Победы самовыдвиженцев</translation>
    </message>
    <message>
        <source>No race has both voters and ballots known.</source>
        <translation>Ни для одних выборов не известны одновременно избиратели и бюллетени.</translation>
    </message>
    <message>
        <source>No race&apos;s number of candidates is known.</source>
        <translation>Число кандидатов не известно ни для одних выборов.</translation>
    </message>
    <message>
        <source>No race&apos;s margin is known: it needs every candidate&apos;s votes.</source>
        <translation>Отрыв не известен ни для одних выборов: для него нужны голоса всех кандидатов.</translation>
    </message>
    <message>
        <source>No winner&apos;s nomination is known.</source>
        <translation>Ни для одного победителя не известно, кем он выдвинут.</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Кем выдвинут</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Share of the votes</source>
        <translation>Доля голосов</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Победы</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля побед</translation>
    </message>
    <message numerus="yes">
        <source>Votes in the %n race(s) whose every candidate&apos;s votes are known</source>
        <translation>
            <numerusform>Голоса на %n выборах, где известны голоса всех кандидатов</numerusform>
            <numerusform>Голоса на %n выборах, где известны голоса всех кандидатов</numerusform>
            <numerusform>Голоса на %n выборах, где известны голоса всех кандидатов</numerusform>
        </translation>
    </message>
    <message>
        <source>No race&apos;s votes are all known.</source>
        <translation>Ни для одних выборов не известны голоса всех кандидатов.</translation>
    </message>
    <message>
        <source>%1 wins of %2 candidates in races whose winner is known</source>
        <translation>%1 побед у %2 кандидатов на выборах с известным победителем</translation>
    </message>
    <message>
        <source>No race&apos;s winner is known.</source>
        <translation>Ни для одних выборов победитель не известен.</translation>
    </message>
    <message>
        <source>%1 of %2 races whose winner&apos;s nomination is known</source>
        <translation>%1 из %2 выборов, где известно, кем выдвинут победитель</translation>
    </message>
    <message>
        <source>Self-nominated, %1</source>
        <translation>Самовыдвиженцы, %1</translation>
    </message>
    <message>
        <source>Candidates by election day and by region</source>
        <translation>Кандидаты по дням выборов и по регионам</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 races of %n election day(s)…</source>
        <translation>
            <numerusform>Чтение выборов (%1) за %n день выборов…</numerusform>
            <numerusform>Чтение выборов (%1) за %n дня выборов…</numerusform>
            <numerusform>Чтение выборов (%1) за %n дней выборов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the candidates of %1 races…</source>
        <translation>Чтение кандидатов выборов: %1…</translation>
    </message>
    <message>
        <source>Races, published</source>
        <translation>Выборов, опубликовано</translation>
    </message>
    <message>
        <source>Turnout, published</source>
        <translation>Явка, опубликовано</translation>
    </message>
    <message>
        <source>Candidates per race, published</source>
        <translation>Кандидатов на выборы, опубликовано</translation>
    </message>
    <message>
        <source>Published by %1</source>
        <translation>Опубликовано: %1</translation>
    </message>
    <message>
        <source>No source in the database publishes this figure for the day.</source>
        <translation>Ни один источник в базе не публикует эту цифру за этот день.</translation>
    </message>
    <message>
        <source>%1 candidates in %2 races; %3</source>
        <translation>%1 кандидатов на %2 выборах; %3</translation>
    </message>
    <message>
        <source>%1 — published totals only</source>
        <translation>%1 — только опубликованные итоги</translation>
    </message>
</context>
<context>
    <name>Sailau::Comparison</name>
    <message>
        <source>The database is not open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>nomination not known</source>
        <translation>выдвижение неизвестно</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>без региона</translation>
    </message>
</context>
<context>
    <name>Sailau::DamagedPanel</name>
    <message>
        <source>&amp;Open Another Database…</source>
        <translation>&amp;Открыть другую базу данных…</translation>
    </message>
    <message>
        <source>&amp;Restore the Backup…</source>
        <translation>&amp;Восстановить резервную копию…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <source>The database %1 is damaged</source>
        <translation>База данных %1 повреждена</translation>
    </message>
</context>
<context>
    <name>Sailau::Database</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose a location you can write to.</source>
        <translation>Не удаётся создать папку %1. Выберите место, доступное для записи.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 — папка, а не файл базы данных.</translation>
    </message>
    <message>
        <source>%1 cannot be read. Check that you have permission to read it.</source>
        <translation>Не удаётся прочитать %1. Проверьте, есть ли у вас права на чтение.</translation>
    </message>
    <message>
        <source>%1 is not a Sailau database (it is not an SQLite file). To load results from a spreadsheet or CSV file, use File → Import.</source>
        <translation>%1 не является базой данных Sailau (это не файл SQLite). Чтобы загрузить результаты из электронной таблицы или файла CSV, выберите Файл → Импорт результатов.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its header says (it may have been cut off while copying). Copy it again from its origin or open a backup.</source>
        <translation>%1 повреждён: файл короче, чем указано в его заголовке (возможно, он был обрезан при копировании). Скопируйте его заново из исходного места или откройте резервную копию.</translation>
    </message>
    <message>
        <source>%1 is damaged: its SQLite header is not valid. Open a backup copy.</source>
        <translation>%1 повреждён: его заголовок SQLite недействителен. Откройте резервную копию.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Sailau (database version %2; this version reads up to %3). Update Sailau to open it.</source>
        <translation>%1 записан более новой версией Sailau (версия базы данных %2; эта версия читает до %3). Обновите Sailau, чтобы открыть его.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Sailau database. It was left unchanged.</source>
        <translation>%1 — база данных SQLite другого приложения, а не база данных Sailau. Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation>запрошен режим только для чтения</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>файл доступен только для чтения</translation>
    </message>
    <message>
        <source>its folder is read-only, so changes could not be saved safely</source>
        <translation>его папка доступна только для чтения, поэтому изменения нельзя безопасно сохранить</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is locked by another program that is writing to it. Close that program or wait until it finishes, then open the file again.</source>
        <translation>%1 заблокирован другой программой, которая в него записывает. Закройте эту программу или дождитесь, пока она закончит, и откройте файл снова.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Open a backup copy.</source>
        <translation>%1 повреждён, и его не удаётся прочитать (%2). Откройте резервную копию.</translation>
    </message>
    <message>
        <source>%1 is damaged (the SQLite integrity check failed: %2). Open a backup copy.</source>
        <translation>%1 повреждён (проверка целостности SQLite не пройдена: %2). Откройте резервную копию.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Sailau and must be upgraded, but %2. Copy it to a folder you can write to and open the copy.</source>
        <translation>%1 записан более старой версией Sailau и должен быть обновлён, но %2. Скопируйте его в папку, доступную для записи, и откройте копию.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but a backup copy could not be written to %2.</source>
        <translation>%1 требует обновления, но не удалось записать резервную копию в %2.</translation>
    </message>
    <message>
        <source>%1 could not be prepared: %2</source>
        <translation>Не удалось подготовить %1: %2</translation>
    </message>
    <message>
        <source>missing migration %1</source>
        <translation>отсутствует миграция %1</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>ошибка миграции %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a file but a device, a pipe or a socket, not a database file.</source>
        <translation>%1 — это устройство, канал или сокет, а не файл базы данных.</translation>
    </message>
    <message>
        <source>%1 holds a change that was interrupted (a program stopped while writing it), which must be undone before the file can be read, but %2. Open it once with write access; nothing is lost.</source>
        <translation>В %1 есть прерванное изменение (программа остановилась во время его записи), которое нужно отменить, прежде чем файл можно будет прочитать, но %2. Откройте файл один раз с правом записи; ничего не потеряется.</translation>
    </message>
    <message>
        <source>it holds objects that Sailau did not create and that could change or delete data when it is written to (%1); remove them with an SQLite tool, or import into another database</source>
        <translation>в нём есть объекты, которые создал не Sailau и которые могут изменить или удалить данные при записи (%1); удалите их с помощью инструмента SQLite или импортируйте в другую базу данных</translation>
    </message>
    <message>
        <source>Another program is reading or writing the database file. Close that program or wait until it finishes, then try again.</source>
        <translation>Другая программа читает или записывает файл базы данных. Закройте эту программу или дождитесь, пока она закончит, и повторите попытку.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again.</source>
        <translation>Диск заполнен. Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>The database file is damaged. Open a backup copy.</source>
        <translation>Файл базы данных повреждён. Откройте резервную копию.</translation>
    </message>
    <message>
        <source>The database file cannot be written: it or its folder is read-only.</source>
        <translation>В файл базы данных нельзя записать: он или его папка доступны только для чтения.</translation>
    </message>
    <message>
        <source>The database file could not be read or written (a disk or network error).</source>
        <translation>Файл базы данных не удалось прочитать или записать (ошибка диска или сети).</translation>
    </message>
    <message>
        <source>%1 is a Sailau database whose version number has been lost (it reads %2), so Sailau cannot tell how to read it. The file was left unchanged. Open a backup copy.</source>
        <translation>%1 — база данных Sailau, у которой потерян номер версии (записано %2), поэтому Sailau не может определить, как её читать. Файл оставлен без изменений. Откройте резервную копию.</translation>
    </message>
</context>
<context>
    <name>Sailau::DatabaseHealth</name>
    <message>
        <source>The database file %1 is damaged: part of it can no longer be read. Sailau shows nothing from it rather than figures from only some of the races, and writes nothing to it.</source>
        <translation>Файл базы данных %1 повреждён: часть его больше не читается. Sailau ничего из него не показывает, чтобы не выдавать цифры лишь по части выборов, и ничего в него не записывает.</translation>
    </message>
    <message>
        <source>It is in the folder %1.</source>
        <translation>Он находится в папке %1.</translation>
    </message>
    <message>
        <source>A backup copy from %1 is kept next to it: %2. Restore it (the damaged file is kept aside, and imports made since that day must be made again), or open another database.</source>
        <translation>Рядом с ним хранится резервная копия от %1: %2. Восстановите её (повреждённый файл будет сохранён отдельно, а импорт, сделанный после этого дня, придётся повторить) или откройте другую базу данных.</translation>
    </message>
    <message>
        <source>There is no backup copy of this file. Open another database, or create a new one and import the results into it again. If the file was copied from a shared folder or a colleague, copying it again may give an undamaged copy.</source>
        <translation>Резервной копии этого файла нет. Откройте другую базу данных или создайте новую и снова импортируйте в неё результаты. Если файл был скопирован из общей папки или получен от коллеги, повторное копирование может дать неповреждённую копию.</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Технические подробности: %1</translation>
    </message>
</context>
<context>
    <name>Sailau::DatasetLoader</name>
    <message>
        <source>The reference territories could not be written to %1: %2</source>
        <translation>Не удалось записать справочные территории в %1: %2</translation>
    </message>
    <message>
        <source>The sample could not be loaded into %1: %2</source>
        <translation>Не удалось загрузить пример в %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3)</source>
        <translation>%1 — недопустимый JSON (в байте %2: %3)</translation>
    </message>
    <message>
        <source>%1 is not a Sailau data set</source>
        <translation>%1 не является набором данных Sailau</translation>
    </message>
    <message>
        <source>The database is read-only (%1).</source>
        <translation>База данных доступна только для чтения (%1).</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>пакет импорта</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>party</source>
        <translation>партия</translation>
    </message>
    <message>
        <source>party alias</source>
        <translation>другое название партии</translation>
    </message>
    <message>
        <source>election %1</source>
        <translation>избирательная кампания %1</translation>
    </message>
    <message>
        <source>territory %1</source>
        <translation>территория %1</translation>
    </message>
    <message>
        <source>race %1 refers to an unknown election or territory</source>
        <translation>выборы (%1) ссылаются на неизвестную избирательную кампанию или территорию</translation>
    </message>
    <message>
        <source>race %1</source>
        <translation>выборы (%1)</translation>
    </message>
    <message>
        <source>candidate %1</source>
        <translation>кандидат %1</translation>
    </message>
    <message>
        <source>published figure</source>
        <translation>опубликованная цифра</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>показатели</translation>
    </message>
    <message>
        <source>the database connection does not give access to SQLite</source>
        <translation>подключение к базе данных не даёт доступа к SQLite</translation>
    </message>
    <message>
        <source>races</source>
        <translation>выборы</translation>
    </message>
</context>
<context>
    <name>Sailau::Format</name>
    <message>
        <source>Not known: %1</source>
        <translation>Неизвестно: %1</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>region</source>
        <translation>область</translation>
    </message>
    <message>
        <source>city of republican significance</source>
        <translation>город республиканского значения</translation>
    </message>
    <message>
        <source>district</source>
        <translation>район</translation>
    </message>
    <message>
        <source>city of regional significance</source>
        <translation>город областного значения</translation>
    </message>
    <message>
        <source>regional centre</source>
        <translation>областной центр</translation>
    </message>
    <message>
        <source>rural okrug</source>
        <translation>сельский округ</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>сельский</translation>
    </message>
    <message>
        <source>village</source>
        <translation>село</translation>
    </message>
    <message>
        <source>city of district significance</source>
        <translation>город районного значения</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>населённый пункт</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>очередные</translation>
    </message>
    <message>
        <source>early</source>
        <translation>досрочные</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>повторные</translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation>Избиратели, включённые в списки</translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation>Выдано бюллетеней</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>Бюллетени, опущенные в урны</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>Недействительные бюллетени</translation>
    </message>
    <message>
        <source>Cast outside the station</source>
        <translation>Проголосовали вне помещения</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Против всех</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Избирательные участки</translation>
    </message>
    <message>
        <source>Candidates registered</source>
        <translation>Зарегистрировано кандидатов</translation>
    </message>
    <message>
        <source>Turnout as published</source>
        <translation>Явка (опубликованная)</translation>
    </message>
    <message>
        <source>of ballots cast</source>
        <translation>от бюллетеней, опущенных в урны</translation>
    </message>
    <message>
        <source>of valid votes</source>
        <translation>от действительных голосов</translation>
    </message>
    <message>
        <source>of voters on the lists</source>
        <translation>от избирателей в списках</translation>
    </message>
    <message>
        <source>%1 (published, basis not known)</source>
        <translation>%1 (опубликовано, база неизвестна)</translation>
    </message>
    <message>
        <source>%1 %2 (published)</source>
        <translation>%1 %2 (опубликовано)</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>Against all as published</source>
        <translation>Против всех, как опубликовано</translation>
    </message>
</context>
<context>
    <name>Sailau::Import::Batches</name>
    <message>
        <source>The database is read-only (%1).</source>
        <translation>База данных доступна только для чтения (%1).</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>Импорта %1 нет.</translation>
    </message>
    <message>
        <source>Import %1 cannot be undone while later imports add to what it created. Undo them first: %2.</source>
        <translation>Импорт %1 нельзя отменить, пока более поздние импорты дополняют созданное им. Сначала отмените их: %2.</translation>
    </message>
    <message>
        <source>The database is locked by another program. (%1)</source>
        <translation>База данных заблокирована другой программой. (%1)</translation>
    </message>
    <message>
        <source>Unknown field %1 in the change log.</source>
        <translation>Неизвестное поле %1 в журнале изменений.</translation>
    </message>
    <message>
        <source>The import could not be undone; the database is as it was. %1</source>
        <translation>Импорт не удалось отменить; база данных осталась прежней. %1</translation>
    </message>
</context>
<context>
    <name>Sailau::Import::DelimitedReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 символов</translation>
    </message>
    <message>
        <source>the record that starts here is longer than %1; is a quote opened here and never closed?</source>
        <translation>запись, начинающаяся здесь, длиннее %1; возможно, здесь открыта кавычка, которая не закрыта?</translation>
    </message>
    <message>
        <source>the record is longer than %1</source>
        <translation>запись длиннее %1</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>не удалось прочитать файл: %1</translation>
    </message>
    <message>
        <source>more than %1 columns; is the delimiter right?</source>
        <translation>более %1 столбцов; правильно ли выбран разделитель?</translation>
    </message>
    <message>
        <source>the quoted field that starts here is never closed</source>
        <translation>поле в кавычках, начинающееся здесь, не закрыто</translation>
    </message>
</context>
<context>
    <name>Sailau::Import::Detection</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>unknown encoding “%1”: use UTF-8, UTF-16LE, UTF-16BE or windows-1251</source>
        <translation>неизвестная кодировка «%1»: используйте UTF-8, UTF-16LE, UTF-16BE или windows-1251</translation>
    </message>
    <message>
        <source>%1 is not a file but a device, a pipe or a socket</source>
        <translation>%1 — не файл, а устройство, канал или сокет</translation>
    </message>
</context>
<context>
    <name>Sailau::Import::Fields</name>
    <message>
        <source>(ignore this column)</source>
        <translation>(пропустить этот столбец)</translation>
    </message>
    <message>
        <source>Election date</source>
        <translation>Дата выборов</translation>
    </message>
    <message>
        <source>Election level</source>
        <translation>Уровень выборов</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>District or city</source>
        <translation>Район или город</translation>
    </message>
    <message>
        <source>Settlement (village, rural okrug, town)</source>
        <translation>Населённый пункт (село, сельский округ, посёлок)</translation>
    </message>
    <message>
        <source>KATO code</source>
        <translation>Код КАТО</translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation>Избиратели, включённые в списки</translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation>Выдано бюллетеней</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>Бюллетени, опущенные в урны</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>Недействительные бюллетени</translation>
    </message>
    <message>
        <source>Ballots cast outside the station</source>
        <translation>Бюллетени, поданные вне помещения для голосования</translation>
    </message>
    <message>
        <source>Votes &quot;against all&quot;</source>
        <translation>Голоса «против всех»</translation>
    </message>
    <message>
        <source>Turnout as published (%)</source>
        <translation>Явка (опубликованная, %)</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Избирательные участки</translation>
    </message>
    <message>
        <source>Candidates registered</source>
        <translation>Зарегистрировано кандидатов</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Nomination (party or self-nominated)</source>
        <translation>Кем выдвинут (партия или самовыдвижение)</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Vote share as published (%)</source>
        <translation>Доля голосов (опубликованная, %)</translation>
    </message>
    <message>
        <source>Elected (yes/no)</source>
        <translation>Избран (да/нет)</translation>
    </message>
    <message>
        <source>Winner&apos;s name</source>
        <translation>Имя победителя</translation>
    </message>
    <message>
        <source>Source (URL or document)</source>
        <translation>Источник (URL или документ)</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; as published (%)</source>
        <translation>«Против всех», как опубликовано (%)</translation>
    </message>
    <message>
        <source>Candidate&apos;s sex</source>
        <translation>Пол кандидата</translation>
    </message>
    <message>
        <source>Candidate&apos;s year of birth</source>
        <translation>Год рождения кандидата</translation>
    </message>
    <message>
        <source>Candidate&apos;s age at the election</source>
        <translation>Возраст кандидата на день выборов</translation>
    </message>
    <message>
        <source>Candidate&apos;s occupation or position</source>
        <translation>Род занятий или должность кандидата</translation>
    </message>
    <message>
        <source>Incumbent akim (yes/no)</source>
        <translation>Действующий аким (да/нет)</translation>
    </message>
</context>
<context>
    <name>Sailau::Import::Importer</name>
    <message>
        <source>column %1</source>
        <translation>столбец %1</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Файл не существует.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Это папка, а не файл.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message numerus="yes">
        <source>Kazakh letters seem lost: &quot;?&quot; stands inside Cyrillic words (%n time(s), lines %1). The file was probably saved in Windows-1251, which has no ә ғ қ ң ө ұ ү һ. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>
            <numerusform>Похоже, казахские буквы потеряны: внутри кириллических слов стоит «?» (%n раз, строки %1). Вероятно, файл сохранён в Windows-1251, где нет букв ә ғ қ ң ө ұ ү һ. Сохраните его как «CSV UTF-8» и импортируйте снова.</numerusform>
            <numerusform>Похоже, казахские буквы потеряны: внутри кириллических слов стоит «?» (%n раза, строки %1). Вероятно, файл сохранён в Windows-1251, где нет букв ә ғ қ ң ө ұ ү һ. Сохраните его как «CSV UTF-8» и импортируйте снова.</numerusform>
            <numerusform>Похоже, казахские буквы потеряны: внутри кириллических слов стоит «?» (%n раз, строки %1). Вероятно, файл сохранён в Windows-1251, где нет букв ә ғ қ ң ө ұ ү һ. Сохраните его как «CSV UTF-8» и импортируйте снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Не удаётся прочитать файл.</translation>
    </message>
    <message>
        <source>The file ends before its header row.</source>
        <translation>Файл заканчивается раньше строки заголовков.</translation>
    </message>
    <message>
        <source>A required column is missing: none of the columns names a territory (&quot;%1&quot;, &quot;%2&quot;, &quot;%3&quot; or &quot;%4&quot;). Map one in the import dialog or name it in the header (for example &quot;Район&quot;, &quot;Аудан&quot; or &quot;District&quot;).</source>
        <translation>Отсутствует обязательный столбец: ни один столбец не указывает территорию («%1», «%2», «%3» или «%4»). Сопоставьте такой столбец в окне импорта или назовите его в заголовке (например, «Район», «Аудан» или «District»).</translation>
    </message>
    <message>
        <source>A required column is missing: &quot;%1&quot;. Map a date column (for example &quot;Дата&quot;, &quot;Күні&quot; or &quot;Date&quot;), or give one date for the whole file.</source>
        <translation>Отсутствует обязательный столбец: «%1». Сопоставьте столбец с датой (например, «Дата», «Күні» или «Date») или укажите одну дату для всего файла.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; holds &quot;%2&quot;, which needs a &quot;%3&quot; column.</source>
        <translation>Столбец «%1» содержит «%2», для чего нужен столбец «%3».</translation>
    </message>
    <message>
        <source>No territory has the KATO code %1.</source>
        <translation>Нет территории с кодом КАТО %1.</translation>
    </message>
    <message>
        <source>The row names no territory.</source>
        <translation>В строке не указана территория.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several territories (%2). Choose one in the import dialog, or add the region.</source>
        <translation>«%1» соответствует нескольким территориям (%2). Выберите одну в окне импорта или добавьте регион.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region or city of republican significance of Kazakhstan.</source>
        <translation>«%1» — не область и не город республиканского значения Казахстана.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region or city of republican significance of Kazakhstan. Did you mean %2?</source>
        <translation>«%1» — не область и не город республиканского значения Казахстана. Возможно, имелось в виду %2?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not known, and without a region Sailau cannot tell where to create it. Add a region column.</source>
        <translation>Территория «%1» неизвестна, а без региона Sailau не может определить, где её создать. Добавьте столбец региона.</translation>
    </message>
    <message>
        <source>The territory &quot;%1&quot; could not be created: %2</source>
        <translation>Не удалось создать территорию «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 here but %3 on line %4 for the same race: one race has one value.</source>
        <translation>«%1» здесь — %2, а в строке %4 для тех же выборов — %3: у одних выборов одно значение.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of this race is %2 in the database; the import changes it to %3 (undo restores it).</source>
        <translation>Поле «%1» этих выборов в базе данных равно %2; импорт изменит его на %3 (отмена импорта восстановит прежнее значение).</translation>
    </message>
    <message>
        <source>The race could not be written: %1</source>
        <translation>Не удалось записать выборы: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) exceed &quot;%3&quot; (%4) in this race.</source>
        <translation>«%1» (%2) превышает «%3» (%4) на этих выборах.</translation>
    </message>
    <message>
        <source>A candidate&apos;s votes (%1) exceed the ballots cast (%2) in this race.</source>
        <translation>Голоса кандидата (%1) превышают число бюллетеней, опущенных в урны (%2), на этих выборах.</translation>
    </message>
    <message>
        <source>Two winners in one race (lines %1): a race elects one akim.</source>
        <translation>Два победителя на одних выборах (строки %1): на выборах избирается один аким.</translation>
    </message>
    <message>
        <source>The published turnout %1% disagrees with the counts (%2%).</source>
        <translation>Опубликованная явка %1% не согласуется с данными подсчёта (%2%).</translation>
    </message>
    <message>
        <source>The election date is missing.</source>
        <translation>Не указана дата выборов.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2023-11-05 or 05.11.2023).</source>
        <translation>«%1» — не дата (пишите 2023-11-05 или 05.11.2023).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an election level (district, city_regional, regional_centre or rural).</source>
        <translation>«%1» — не уровень выборов (district, city_regional, regional_centre или rural).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; is given twice in this row with different values.</source>
        <translation>«Против всех» указано в этой строке дважды с разными значениями.</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; cannot be elected.</source>
        <translation>«Против всех» не может быть избрано.</translation>
    </message>
    <message>
        <source>This row gives a candidate&apos;s figures but no candidate name.</source>
        <translation>В этой строке есть данные кандидата, но нет его имени.</translation>
    </message>
    <message>
        <source>The candidate &quot;%1&quot; appears twice in this race (also on line %2).</source>
        <translation>Кандидат «%1» встречается на этих выборах дважды (также в строке %2).</translation>
    </message>
    <message>
        <source>The candidate &quot;%1&quot; appears twice in this race.</source>
        <translation>Кандидат «%1» встречается на этих выборах дважды.</translation>
    </message>
    <message>
        <source>%1 has %2 votes in the database; the import changes them to %3 (undo restores them).</source>
        <translation>%1: голосов в базе данных — %2; импорт изменит это число на %3 (отмена импорта восстановит прежнее значение).</translation>
    </message>
    <message>
        <source>The candidate could not be written: %1</source>
        <translation>Не удалось записать кандидата: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the database; it will be created under %2.</source>
        <translation>Территории «%1» нет в базе данных; она будет создана здесь: %2.</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Возможно, имелось в виду %1?</translation>
    </message>
    <message numerus="yes">
        <source>In all %n territories will be created (%1 of them inside new districts).</source>
        <translation>
            <numerusform>Всего будет создана %n территория (из них %1 — внутри новых районов).</numerusform>
            <numerusform>Всего будет создано %n территории (из них %1 — внутри новых районов).</numerusform>
            <numerusform>Всего будет создано %n территорий (из них %1 — внутри новых районов).</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is not a complete Sailau database: %1</source>
        <translation>База данных не является полной базой данных Sailau: %1</translation>
    </message>
    <message>
        <source>The database is read-only (%1): nothing can be imported into it.</source>
        <translation>База данных доступна только для чтения (%1): в неё ничего нельзя импортировать.</translation>
    </message>
    <message>
        <source>The database connection does not give access to SQLite.</source>
        <translation>Подключение к базе данных не даёт доступа к SQLite.</translation>
    </message>
    <message>
        <source>The database is locked by another program; nothing was imported. (%1)</source>
        <translation>База данных заблокирована другой программой; ничего не импортировано. (%1)</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>В файле есть заголовок, но нет строк.</translation>
    </message>
    <message>
        <source>This file was imported before (import %1, %2).</source>
        <translation>Этот файл уже импортировался (импорт %1, %2).</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>предупреждение: </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large for a count (more than %2)</source>
        <translation>«%1» — слишком большое количество (больше %2)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>документ PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>изображение PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>изображение JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>изображение GIF</translation>
    </message>
    <message>
        <source>This is not a file but a device, a pipe or a socket: import a CSV or XLSX file.</source>
        <translation>Это не файл, а устройство, канал или сокет: импортируйте файл CSV или XLSX.</translation>
    </message>
    <message>
        <source>This is %1, not a table. Sailau imports CSV or tab-separated text and XLSX workbooks: export the table in one of these and import that.</source>
        <translation>Это %1, а не таблица. Sailau импортирует CSV или текст с разделителями-табуляциями и книги XLSX: экспортируйте таблицу в один из этих форматов и импортируйте полученный файл.</translation>
    </message>
    <message>
        <source>This is not a text file: it holds binary data. Sailau imports CSV or tab-separated text and XLSX workbooks.</source>
        <translation>Это не текстовый файл: в нём двоичные данные. Sailau импортирует CSV или текст с разделителями-табуляциями и книги XLSX.</translation>
    </message>
    <message>
        <source>The cell is %1 characters long, more than the %2 any name, figure or list of sources needs: a quote may be left open, or this is not a table of results.</source>
        <translation>Ячейка слишком длинная (символов: %1), а любому имени, цифре или списку источников хватает %2: возможно, осталась незакрытая кавычка, или это не таблица результатов.</translation>
    </message>
    <message>
        <source>The cell has bytes that are not valid %1 text (they show as &quot;%2&quot;): the file is damaged or mixes encodings. Save it again as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>В ячейке есть байты, недопустимые для текста в %1 (они показаны как «%2»): файл повреждён или в нём смешаны кодировки. Сохраните его заново как «CSV UTF-8» и импортируйте снова.</translation>
    </message>
    <message>
        <source>The cell holds zero bytes: the file is damaged (perhaps cut off while it was copied) or it is not a text file.</source>
        <translation>В ячейке есть нулевые байты: файл повреждён (возможно, обрезан при копировании) или это не текстовый файл.</translation>
    </message>
    <message>
        <source>The cell holds the control character U+%1, which no name or figure has: the file is damaged or it is not a text table.</source>
        <translation>В ячейке есть управляющий символ U+%1, которого не бывает ни в именах, ни в цифрах: файл повреждён или это не текстовая таблица.</translation>
    </message>
    <message>
        <source>The cell looks like UTF-8 text read as Windows-1251: the file mixes encodings. Save it again as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Ячейка похожа на текст в UTF-8, прочитанный как Windows-1251: в файле смешаны кодировки. Сохраните его заново как «CSV UTF-8» и импортируйте снова.</translation>
    </message>
    <message>
        <source>The row has more cells than the header has columns: column %1 has no name. A delimiter inside a value may have split it (check its quotes), or the header lacks a name.</source>
        <translation>В строке больше ячеек, чем столбцов в заголовке: у столбца %1 нет названия. Возможно, значение разбил разделитель внутри него (проверьте кавычки), или в заголовке не хватает названия.</translation>
    </message>
    <message>
        <source>The columns %1 and %2 are both named &quot;%3&quot;: it cannot be told which holds &quot;%4&quot;. Rename or remove one of them.</source>
        <translation>Столбцы %1 и %2 оба называются «%3»: невозможно определить, какой из них содержит «%4». Переименуйте или удалите один из них.</translation>
    </message>
    <message>
        <source>A candidate&apos;s votes (%1) exceed the ballots issued (%2) in this race.</source>
        <translation>Голоса кандидата (%1) превышают число выданных бюллетеней (%2) на этих выборах.</translation>
    </message>
    <message>
        <source>A candidate&apos;s votes (%1) exceed the voters on the lists (%2) in this race.</source>
        <translation>Голоса кандидата (%1) превышают число избирателей, включённых в списки (%2), на этих выборах.</translation>
    </message>
    <message numerus="yes">
        <source>Two winners in one race: one already in the database and %n more on line(s) %1. A race elects one akim.</source>
        <translation>
            <numerusform>Два победителя в одних выборах: один уже в базе данных и ещё %n в строке %1. На выборах избирают одного акима.</numerusform>
            <numerusform>Два победителя в одних выборах: один уже в базе данных и ещё %n в строках %1. На выборах избирают одного акима.</numerusform>
            <numerusform>Два победителя в одних выборах: один уже в базе данных и ещё %n в строках %1. На выборах избирают одного акима.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the same file again makes a second import of the same races.</source>
        <translation>Повторный импорт того же файла создаёт второй импорт тех же выборов.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several territories (%2) and the district cell of this row is empty: fill in the district.</source>
        <translation>«%1» подходит к нескольким территориям (%2), а ячейка района в этой строке пуста: заполните район.</translation>
    </message>
    <message>
        <source>The settlement &quot;%1&quot; needs its district, and the district cell of this row is empty: fill in the district. (Only a city of regional significance or a regional centre sits right under its region.)</source>
        <translation>Для населённого пункта «%1» нужен его район, а ячейка района в этой строке пуста: заполните район. (Прямо в области находятся только города областного значения и областные центры.)</translation>
    </message>
    <message>
        <source>The nomination &quot;%1&quot; is neither a party Sailau knows nor self-nomination: it is kept as written, without a party. Check its spelling, or add the party.</source>
        <translation>Выдвижение «%1» — не известная Sailau партия и не самовыдвижение: оно сохранено как написано, без партии. Проверьте написание или добавьте партию.</translation>
    </message>
    <message>
        <source>the %1 valid ballots (%2 cast less %3 invalid)</source>
        <translation>действительных бюллетеней (%1: проголосовали %2 минус недействительные %3)</translation>
    </message>
    <message>
        <source>the %1 ballots cast</source>
        <translation>числа проголосовавших (%1)</translation>
    </message>
    <message>
        <source>The votes of this race&apos;s candidates and &quot;against all&quot; add up to %1, more than %2: a figure is wrong.</source>
        <translation>Голоса кандидатов на этих выборах вместе с «против всех» в сумме составляют %1 — больше %2: какая-то цифра неверна.</translation>
    </message>
    <message>
        <source>The votes of this race&apos;s candidates add up to %1, more than %2: a figure is wrong.</source>
        <translation>Голоса кандидатов на этих выборах в сумме составляют %1 — больше %2: какая-то цифра неверна.</translation>
    </message>
    <message>
        <source>This candidate is marked elected with %1 votes, fewer votes than the candidate on line %2 (%3): the winner is the candidate with the most votes.</source>
        <translation>Этот кандидат отмечен избранным с %1 голосами — меньше, чем у кандидата в строке %2 (%3): побеждает кандидат, набравший больше всего голосов.</translation>
    </message>
    <message>
        <source>This candidate is marked elected with %1 votes, fewer votes than a candidate already in the database (%2): the winner is the candidate with the most votes.</source>
        <translation>Этот кандидат отмечен избранным с %1 голосами — меньше, чем у кандидата, уже записанного в базе данных (%2): побеждает кандидат, набравший больше всего голосов.</translation>
    </message>
    <message>
        <source>The election date %1 lies outside 1990 to %2: check that it is typed right.</source>
        <translation>Дата выборов %1 лежит вне промежутка с 1990 по %2 год: проверьте, правильно ли она введена.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: it holds invisible characters, shown here as &lt;U+…&gt;. Delete them in the file (or retype the date) and import again.</source>
        <translation>«%1» — не дата: в ней есть невидимые символы, показанные здесь как &lt;U+…&gt;. Удалите их в файле (или введите дату заново) и импортируйте снова.</translation>
    </message>
    <message>
        <source>The import could not be saved, so nothing was imported. %1</source>
        <translation>Импорт не удалось сохранить, поэтому ничего не импортировано. %1</translation>
    </message>
    <message>
        <source>The file of published totals has a header but no figures.</source>
        <translation>В файле опубликованных итогов есть заголовок, но нет показателей.</translation>
    </message>
    <message>
        <source>The published figures could not be written, so nothing was imported. %1</source>
        <translation>Опубликованные показатели не удалось записать, поэтому ничего не импортировано. %1</translation>
    </message>
    <message>
        <source>Every race of the file has errors: there is nothing left to import.</source>
        <translation>На всех выборах в файле есть ошибки: импортировать нечего.</translation>
    </message>
    <message>
        <source>%1 So nothing was imported.</source>
        <translation>%1 Поэтому ничего не импортировано.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>the row could not be placed in a race</source>
        <translation>строку не удалось отнести к выборам</translation>
    </message>
    <message>
        <source>line %1: a row of the same territory that could not be placed in a race may belong to it</source>
        <translation>строка %1: к ним может относиться строка той же территории, которую не удалось отнести к выборам</translation>
    </message>
    <message>
        <source>The row could not be placed in a race: its territory or date is missing or not found (as on an earlier row with the same names).</source>
        <translation>Строку не удалось отнести к выборам: её территория или дата не указана или не найдена (как в одной из предыдущих строк с теми же названиями).</translation>
    </message>
    <message>
        <source>Its race is left out whole (%1).</source>
        <translation>Её выборы пропущены целиком (%1).</translation>
    </message>
    <message>
        <source>%1 could not be read again: %2</source>
        <translation>Не удалось снова прочитать %1: %2</translation>
    </message>
    <message>
        <source>The left-out rows could not be written to %1: %2</source>
        <translation>Не удалось записать пропущенные строки в %1: %2</translation>
    </message>
    <message>
        <source>This row makes the race of %1 on %2 a &quot;%3&quot; election, but that race is already a &quot;%4&quot; election (in the database or on an earlier row): one territory elects one akim on one day. Correct the level in one of the files.</source>
        <translation>Эта строка делает выборы в %1 %2 выборами уровня «%3», но эти выборы уже имеют уровень «%4» (в базе данных или в одной из предыдущих строк): одна территория в один день избирает одного акима. Исправьте уровень в одном из файлов.</translation>
    </message>
    <message>
        <source>%1% of the %2 ballots cast</source>
        <translation>%1% от %2 бюллетеней, опущенных в урны</translation>
    </message>
    <message>
        <source>%1% of the %2 valid votes</source>
        <translation>%1% от %2 действительных голосов</translation>
    </message>
    <message>
        <source>%1% of the %2 voters on the lists</source>
        <translation>%1% от %2 избирателей в списках</translation>
    </message>
    <message>
        <source>The published share %1% of %2 fits none of the bases it could have: %3 is %4. The share is kept as published, its basis unknown.</source>
        <translation>Опубликованная доля %1% (%2) не подходит ни к одной из возможных баз: %3 — это %4. Доля сохранена как опубликована, её база неизвестна.</translation>
    </message>
    <message>
        <source>a candidate</source>
        <translation>кандидат</translation>
    </message>
    <message>
        <source>&quot;against all&quot;</source>
        <translation>«против всех»</translation>
    </message>
    <message>
        <source>%1% is not a percentage between 0 and 100</source>
        <translation>%1% — не процент от 0 до 100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sex Sailau reads (м/ж, ер/әйел, M/F, male/female): it is left missing.</source>
        <translation>«%1» — не обозначение пола, которое понимает Sailau (м/ж, ер/әйел, M/F, male/female): значение оставлено пустым.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a whole number from %3 to %4; it is left missing.</source>
        <translation>«%1»: «%2» — не целое число от %3 до %4; значение оставлено пустым.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is neither yes nor no (да/нет, иә/жоқ, yes/no, 1/0); it is left missing.</source>
        <translation>«%1»: «%2» — ни «да», ни «нет» (да/нет, иә/жоқ, yes/no, 1/0); значение оставлено пустым.</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled, and the files imported together are kept all or none.</source>
        <translation>Не импортировано: импорт отменён, а файлы, импортируемые вместе, сохраняются либо все, либо ни один.</translation>
    </message>
    <message>
        <source>Not imported: %1 was refused, and the files imported together are kept all or none.</source>
        <translation>Не импортировано: %1 отклонён, а файлы, импортируемые вместе, сохраняются либо все, либо ни один.</translation>
    </message>
</context>
<context>
    <name>Sailau::Import::Presets</name>
    <message>
        <source>There is no mapping preset called &quot;%1&quot;. Presets: %2</source>
        <translation>Нет шаблона сопоставления «%1». Шаблоны: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Sailau mapping preset.</source>
        <translation>%1 не является шаблоном сопоставления Sailau.</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>У шаблона должно быть имя.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a preset that comes with Sailau; save yours under another name.</source>
        <translation>«%1» — шаблон, входящий в Sailau; сохраните свой под другим именем.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>There is no preset of yours called &quot;%1&quot;.</source>
        <translation>У вас нет шаблона «%1».</translation>
    </message>
</context>
<context>
    <name>Sailau::Import::TableReader</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>unknown encoding “%1”: use UTF-8, UTF-16LE, UTF-16BE or windows-1251</source>
        <translation>неизвестная кодировка «%1»: используйте UTF-8, UTF-16LE, UTF-16BE или windows-1251</translation>
    </message>
    <message>
        <source>“%1” cannot be a delimiter</source>
        <translation>«%1» не может быть разделителем</translation>
    </message>
    <message>
        <source>%1 is not a file but a device, a pipe or a socket</source>
        <translation>%1 — не файл, а устройство, канал или сокет</translation>
    </message>
</context>
<context>
    <name>Sailau::Import::Totals</name>
    <message>
        <source>This file holds published totals, not races: it is kept as published figures shown in the summary. Its columns %1 are not used.</source>
        <translation>В этом файле опубликованные итоги, а не выборы: он сохраняется как опубликованные показатели и показывается в сводке. Его столбцы %1 не используются.</translation>
    </message>
    <message>
        <source>The row has no date. Give the election day for the file (--date, or the date field in the import dialog).</source>
        <translation>В строке нет даты. Укажите день выборов для файла (--date или поле даты в окне импорта).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither Kazakhstan nor one of its regions or cities of republican significance; published totals are kept for those.</source>
        <translation>«%1» — не Казахстан и не одна из его областей или городов республиканского значения; опубликованные итоги хранятся для них.</translation>
    </message>
    <message>
        <source>The row names no figure.</source>
        <translation>В строке не указан показатель.</translation>
    </message>
</context>
<context>
    <name>Sailau::Import::Values</name>
    <message>
        <source>%1 is ambiguous: is “%2” a decimal point or a thousands separator? Set the decimal separator</source>
        <translation>%1 неоднозначно: «%2» — десятичная точка или разделитель тысяч? Укажите десятичный разделитель</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 — не число</translation>
    </message>
    <message>
        <source>%1 is a percentage, not a count</source>
        <translation>%1 — процент, а не количество</translation>
    </message>
    <message>
        <source>%1 is not a whole number written out</source>
        <translation>%1 — не целое число, записанное полностью</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 — не целое число</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 — слишком большое число</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 — отрицательное число</translation>
    </message>
    <message>
        <source>%1 is not a real date</source>
        <translation>%1 — несуществующая дата</translation>
    </message>
    <message>
        <source>%1 has a two-digit year: write the year in full</source>
        <translation>%1 — год из двух цифр: напишите год полностью</translation>
    </message>
    <message>
        <source>%1 puts the month first: write it as day.month.year or YYYY-MM-DD</source>
        <translation>%1 — месяц указан первым: пишите день.месяц.год или YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not a date (as a spreadsheet date number it is out of range)</source>
        <translation>%1 — не дата (как число даты электронной таблицы оно вне допустимого диапазона)</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 — не дата</translation>
    </message>
    <message>
        <source>%1 is not yes or no</source>
        <translation>%1 — не «да» и не «нет»</translation>
    </message>
</context>
<context>
    <name>Sailau::Import::XlsxReader</name>
    <message>
        <source>%1 is not an Excel workbook: it is not a ZIP archive or it is damaged</source>
        <translation>%1 не является книгой Excel: это не архив ZIP, или он повреждён</translation>
    </message>
    <message>
        <source>the workbook is damaged: the part %1 cannot be read</source>
        <translation>книга повреждена: не удаётся прочитать часть %1</translation>
    </message>
    <message>
        <source>the part %1 of the workbook would unpack to %2 MiB, more than the %3 MiB allowed; the file is refused as a possible ZIP bomb</source>
        <translation>часть %1 книги распаковалась бы в %2 МиБ, больше допустимых %3 МиБ; файл отклонён как возможная ZIP-бомба</translation>
    </message>
    <message>
        <source>the part %1 of the workbook is compressed more than %2:1; the file is refused as a possible ZIP bomb</source>
        <translation>часть %1 книги сжата сильнее, чем %2:1; файл отклонён как возможная ZIP-бомба</translation>
    </message>
    <message>
        <source>the workbook is incomplete: the part %1 is missing</source>
        <translation>книга неполна: отсутствует часть %1</translation>
    </message>
    <message>
        <source>the workbook is damaged: the part %1 cannot be unpacked</source>
        <translation>книга повреждена: не удаётся распаковать часть %1</translation>
    </message>
    <message>
        <source>the part %1 of the workbook unpacks to more than it declares; the file is refused as damaged or a possible ZIP bomb</source>
        <translation>часть %1 книги распаковывается в больший объём, чем заявлено; файл отклонён как повреждённый или как возможная ZIP-бомба</translation>
    </message>
    <message>
        <source>the workbook is damaged: the part %1 fails its checksum</source>
        <translation>книга повреждена: часть %1 не проходит проверку контрольной суммы</translation>
    </message>
    <message>
        <source>the workbook is damaged: %1, line %2: %3</source>
        <translation>книга повреждена: %1, строка %2: %3</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument file, not an Excel workbook: save it as .xlsx or CSV</source>
        <translation>%1 — файл OpenDocument, а не книга Excel: сохраните его как .xlsx или CSV</translation>
    </message>
    <message>
        <source>%1 is a ZIP archive but not an Excel workbook: %2 is missing</source>
        <translation>%1 — архив ZIP, но не книга Excel: отсутствует %2</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>в книге нет листов</translation>
    </message>
    <message numerus="yes">
        <source>the workbook has %n sheet(s); sheet %1 does not exist</source>
        <translation>
            <numerusform>в книге %n лист; листа %1 нет</numerusform>
            <numerusform>в книге %n листа; листа %1 нет</numerusform>
            <numerusform>в книге %n листов; листа %1 нет</numerusform>
        </translation>
    </message>
    <message>
        <source>the sheet «%1» is a chart or a dialog, not a table</source>
        <translation>лист «%1» — диаграмма или диалог, а не таблица</translation>
    </message>
    <message>
        <source>the workbook is incomplete: the sheet «%1» (%2) is missing</source>
        <translation>книга неполна: отсутствует лист «%1» (%2)</translation>
    </message>
    <message>
        <source>the workbook is damaged: the sheet «%1» cannot be unpacked</source>
        <translation>книга повреждена: не удаётся распаковать лист «%1»</translation>
    </message>
    <message>
        <source>the workbook is damaged: the sheet cannot be unpacked (after row %1)</source>
        <translation>книга повреждена: не удаётся распаковать лист (после строки %1)</translation>
    </message>
    <message>
        <source>the sheet unpacks to more than it declares; the file is refused as damaged or a possible ZIP bomb</source>
        <translation>лист распаковывается в больший объём, чем заявлено; файл отклонён как повреждённый или как возможная ZIP-бомба</translation>
    </message>
    <message>
        <source>row %1, column %2 (%3): %4</source>
        <translation>строка %1, столбец %2 (%3): %4</translation>
    </message>
    <message>
        <source>shared string %1 does not exist in the workbook</source>
        <translation>общей строки %1 в книге нет</translation>
    </message>
    <message>
        <source>“%1” is not a cell reference</source>
        <translation>«%1» — не ссылка на ячейку</translation>
    </message>
    <message>
        <source>the cell is longer than %1 characters</source>
        <translation>ячейка длиннее %1 символов</translation>
    </message>
    <message>
        <source>the cell is out of order (column %1 was already read)</source>
        <translation>ячейки идут не по порядку (столбец %1 уже прочитан)</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>более %1 столбцов</translation>
    </message>
    <message>
        <source>the workbook is damaged: the sheet ends in the middle (after row %1)</source>
        <translation>книга повреждена: лист обрывается на середине (после строки %1)</translation>
    </message>
    <message>
        <source>the workbook is damaged: the sheet is not valid XML after row %1: %2</source>
        <translation>книга повреждена: после строки %1 лист не является допустимым XML: %2</translation>
    </message>
    <message>
        <source>the workbook is damaged: the sheet fails its checksum (its bytes changed after it was written)</source>
        <translation>книга повреждена: лист не проходит проверку контрольной суммы (его байты изменились после записи)</translation>
    </message>
    <message>
        <source>the part %1 of the workbook has elements nested more than %2 levels deep; the file is refused as damaged or made to exhaust memory</source>
        <translation>в части %1 книги элементы вложены глубже %2 уровней; файл отклонён как повреждённый или созданный, чтобы исчерпать память</translation>
    </message>
    <message>
        <source>the shared strings of the workbook unpack to more than %1 MiB; the file is refused because reading it would exhaust memory. Save the sheet as CSV and import that.</source>
        <translation>общие строки книги распаковываются более чем в %1 МиБ; файл отклонён, потому что его чтение исчерпало бы память. Сохраните лист как CSV и импортируйте его.</translation>
    </message>
    <message>
        <source>the workbook has more than %1 shared strings; the file is refused because reading it would exhaust memory. Save the sheet as CSV and import that.</source>
        <translation>в книге более %1 общих строк; файл отклонён, потому что его чтение исчерпало бы память. Сохраните лист как CSV и импортируйте его.</translation>
    </message>
    <message>
        <source>the shared strings of the workbook hold more than %1 characters; the file is refused because reading it would exhaust memory. Save the sheet as CSV and import that.</source>
        <translation>общие строки книги содержат более %1 символов; файл отклонён, потому что его чтение исчерпало бы память. Сохраните лист как CSV и импортируйте его.</translation>
    </message>
    <message>
        <source>the sheet has elements nested more than %1 levels deep (after row %2); the file is refused as damaged or made to exhaust memory</source>
        <translation>на листе элементы вложены глубже %1 уровней (после строки %2); файл отклонён как повреждённый или созданный, чтобы исчерпать память</translation>
    </message>
    <message>
        <source>%1 is protected with a password, so Sailau cannot read it. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password), save it and import it again.</source>
        <translation>%1 защищён паролем, поэтому Sailau не может его прочитать. Откройте его в Excel, снимите пароль (Файл → Сведения → Защита книги → Зашифровать с использованием пароля), сохраните и импортируйте снова.</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls file (Excel 97–2003), which Sailau does not read: open it in Excel and save it as .xlsx or CSV (UTF-8)</source>
        <translation>%1 — старый файл Excel .xls (Excel 97–2003), который Sailau не читает: откройте его в Excel и сохраните как .xlsx или CSV (UTF-8)</translation>
    </message>
    <message>
        <source>the rows of the sheet are out of order: row %1 comes after row %2. Open the workbook in Excel or LibreOffice and save it again.</source>
        <translation>строки листа идут не по порядку: строка %1 стоит после строки %2. Откройте книгу в Excel или LibreOffice и сохраните её заново.</translation>
    </message>
</context>
<context>
    <name>Sailau::ImportController</name>
    <message>
        <source>&amp;Import Results…</source>
        <translation>&amp;Импорт результатов…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>История и&amp;мпорта…</translation>
    </message>
    <message>
        <source>List the imports of this database and undo one</source>
        <translation>Список импортов этой базы данных с возможностью отменить импорт</translation>
    </message>
    <message>
        <source>The database file is damaged: nothing can be imported into it.</source>
        <translation>Файл базы данных повреждён: импортировать в него ничего нельзя.</translation>
    </message>
    <message>
        <source>The database is read-only: nothing can be imported into it.</source>
        <translation>База данных доступна только для чтения: в неё ничего нельзя импортировать.</translation>
    </message>
    <message>
        <source>Imported %1: %2 races (%3 new), %4 candidates. File → Import History can undo it.</source>
        <translation>Файл %1 импортирован: выборов: %2 (новых: %3), кандидатов: %4. Отменить импорт можно через Файл → История импорта.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln published figure(s), shown in the summary. File → Import History can undo it.</source>
        <translation>
            <numerusform>Импортирован %1: %Ln опубликованный показатель, показан в сводке. Отменить можно в «Файл → История импорта».</numerusform>
            <numerusform>Импортирован %1: %Ln опубликованных показателя, показаны в сводке. Отменить можно в «Файл → История импорта».</numerusform>
            <numerusform>Импортирован %1: %Ln опубликованных показателей, показаны в сводке. Отменить можно в «Файл → История импорта».</numerusform>
        </translation>
    </message>
    <message>
        <source>Import CSV or XLSX files of results (several are imported together); you can also drop them onto the window</source>
        <translation>Импортировать файлы результатов CSV или XLSX (несколько файлов импортируются вместе); их также можно перетащить в окно</translation>
    </message>
    <message>
        <source>Imported %1 together: %2 new races, %3 candidates. File → Import History can undo them.</source>
        <translation>Вместе импортированы %1: новых выборов: %2, кандидатов: %3. Отменить импорт можно через Файл → История импорта.</translation>
    </message>
</context>
<context>
    <name>Sailau::ImportDialog</name>
    <message>
        <source>Import Results</source>
        <translation>Импорт результатов</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <source>A CSV, TSV or XLSX file</source>
        <translation>Файл CSV, TSV или XLSX</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>How the file is read (detected; change what is wrong)</source>
        <translation>Как читается файл (определено автоматически; исправьте, что неверно)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Определить</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Запятая ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Точка с запятой ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Вертикальная черта |</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>Point 62.79</source>
        <translation>Точка 62.79</translation>
    </message>
    <message>
        <source>Comma 62,79</source>
        <translation>Запятая 62,79</translation>
    </message>
    <message>
        <source>Decimal &amp;separator:</source>
        <translation>Де&amp;сятичный разделитель:</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Строка заголовков</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Строка &amp;заголовков:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>The first rows as Sailau reads them:</source>
        <translation>Первые строки так, как их читает Sailau:</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Предпросмотр файла</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>Со&amp;поставление:</translation>
    </message>
    <message>
        <source>&amp;Save as Preset…</source>
        <translation>Со&amp;хранить как шаблон…</translation>
    </message>
    <message>
        <source>&amp;Delete Preset</source>
        <translation>&amp;Удалить шаблон</translation>
    </message>
    <message>
        <source>Sailau matched the columns by their names in Kazakh, Russian or English. Change what a column holds with a double-click (or F2).</source>
        <translation>Sailau сопоставил столбцы по их названиям на казахском, русском или английском. Чтобы изменить содержимое столбца, дважды щёлкните его (или нажмите F2).</translation>
    </message>
    <message>
        <source>Columns of the file and what they hold</source>
        <translation>Столбцы файла и их содержимое</translation>
    </message>
    <message>
        <source>For what the file does not say</source>
        <translation>Для того, чего нет в файле</translation>
    </message>
    <message>
        <source>Election &amp;date:</source>
        <translation>Д&amp;ата выборов:</translation>
    </message>
    <message>
        <source>Election date for rows without one</source>
        <translation>Дата выборов для строк без даты</translation>
    </message>
    <message>
        <source>Tell from the names</source>
        <translation>Определить по названиям</translation>
    </message>
    <message>
        <source>Election &amp;level:</source>
        <translation>У&amp;ровень выборов:</translation>
    </message>
    <message>
        <source>A URL or the name of the document the figures come from</source>
        <translation>URL или название документа, из которого взяты цифры</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Ист&amp;очник:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Проблемы, найденные в файле</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>What happens to each territory name of the file. Where a name fits several territories, or Sailau knows one like it, choose in the last column.</source>
        <translation>Что происходит с каждым названием территории из файла. Если название подходит к нескольким территориям или Sailau знает похожую, сделайте выбор в последнем столбце.</translation>
    </message>
    <message>
        <source>Territory names of the file</source>
        <translation>Названия территорий в файле</translation>
    </message>
    <message>
        <source>&amp;Check Again with These Choices</source>
        <translation>&amp;Проверить снова с этим выбором</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Территории</translation>
    </message>
    <message>
        <source>Match the columns by their names</source>
        <translation>Сопоставить столбцы по названиям</translation>
    </message>
    <message>
        <source>%1 (comes with Sailau)</source>
        <translation>%1 (входит в Sailau)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;CSV and text (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Таблицы (*.csv *.tsv *.txt *.xlsx);;CSV и текст (*.csv *.tsv *.txt);;Книги Excel (*.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a file, or drop one onto Sailau&apos;s window.</source>
        <translation>Выберите файл или перетащите его в окно Sailau.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 не существует или не является файлом.</translation>
    </message>
    <message>
        <source>an Excel workbook, sheet &quot;%1&quot;</source>
        <translation>книга Excel, лист «%1»</translation>
    </message>
    <message>
        <source>unknown encoding</source>
        <translation>неизвестная кодировка</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>вертикальная черта</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <source>separated by %1</source>
        <translation>разделитель — %1</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>десятичная запятая</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>десятичная точка</translation>
    </message>
    <message>
        <source>column names on line %1</source>
        <translation>названия столбцов в строке %1</translation>
    </message>
    <message>
        <source>Sailau reads %1: %2.</source>
        <translation>Sailau читает %1 так: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Kazakh letters seem lost in this file: &quot;?&quot; stands inside Cyrillic words (%n time(s)). It was probably saved as Windows-1251, which has no ә ғ қ ң ө ұ ү һ. In Excel choose Save As → &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>
            <numerusform>Похоже, казахские буквы в этом файле потеряны: внутри кириллических слов стоит «?» (%n раз). Вероятно, файл сохранён в Windows-1251, где нет букв ә ғ қ ң ө ұ ү һ. В Excel выберите «Сохранить как» → «CSV UTF-8» и импортируйте этот файл.</numerusform>
            <numerusform>Похоже, казахские буквы в этом файле потеряны: внутри кириллических слов стоит «?» (%n раза). Вероятно, файл сохранён в Windows-1251, где нет букв ә ғ қ ң ө ұ ү һ. В Excel выберите «Сохранить как» → «CSV UTF-8» и импортируйте этот файл.</numerusform>
            <numerusform>Похоже, казахские буквы в этом файле потеряны: внутри кириллических слов стоит «?» (%n раз). Вероятно, файл сохранён в Windows-1251, где нет букв ә ғ қ ң ө ұ ү һ. В Excel выберите «Сохранить как» → «CSV UTF-8» и импортируйте этот файл.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some bytes are not valid UTF-8: choose the right encoding above.</source>
        <translation>Некоторые байты недопустимы в UTF-8: выберите правильную кодировку выше.</translation>
    </message>
    <message>
        <source>Mapping Preset</source>
        <translation>Шаблон сопоставления</translation>
    </message>
    <message>
        <source>Save Mapping Preset</source>
        <translation>Сохранение шаблона сопоставления</translation>
    </message>
    <message>
        <source>A name for this mapping (columns and reading options):</source>
        <translation>Имя для этого сопоставления (столбцы и параметры чтения):</translation>
    </message>
    <message>
        <source>Delete Mapping Preset</source>
        <translation>Удаление шаблона сопоставления</translation>
    </message>
    <message>
        <source>Only presets you saved yourself can be deleted.</source>
        <translation>Удалить можно только шаблоны, которые вы сохранили сами.</translation>
    </message>
    <message>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>Удалить шаблон «%1»?</translation>
    </message>
    <message>
        <source>No column names a territory: choose which column holds the district, the region or the settlement.</source>
        <translation>Ни один столбец не указывает территорию: выберите столбец, в котором указан район, регион или населённый пункт.</translation>
    </message>
    <message>
        <source>No column holds the election date: choose one, or give a date for the whole file below.</source>
        <translation>Ни один столбец не содержит дату выборов: выберите такой столбец или укажите дату для всего файла ниже.</translation>
    </message>
    <message>
        <source>Votes, nominations or elected marks need a column with the candidates&apos; names.</source>
        <translation>Для голосов, сведений о выдвижении или отметок об избрании нужен столбец с именами кандидатов.</translation>
    </message>
    <message>
        <source>Ready to check the file.</source>
        <translation>Всё готово для проверки файла.</translation>
    </message>
    <message>
        <source>1. The file</source>
        <translation>1. Файл</translation>
    </message>
    <message>
        <source>2. What the columns hold</source>
        <translation>2. Содержимое столбцов</translation>
    </message>
    <message>
        <source>3. Check and import</source>
        <translation>3. Проверка и импорт</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Import Again?</source>
        <translation>Импортировать снова?</translation>
    </message>
    <message>
        <source>This file (the same SHA-256) was imported before, as import %1. Importing it again adds nothing new for the races it already gave, but makes a second import to undo. Import it again?</source>
        <translation>Этот файл (с тем же SHA-256) уже импортировался как импорт %1. Повторный импорт не добавит ничего нового для уже полученных из него выборов, но создаст второй импорт, который придётся отменять. Импортировать снова?</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <source>Importing %1 in one transaction: Stop leaves the database as it was.</source>
        <translation>Импорт %1 одной транзакцией: «Остановить» оставит базу данных без изменений.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written.</source>
        <translation>Остановлено. Ничего не записано.</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: fix the errors listed (in the file, or by changing the options and columns), then check again. Nothing was written.</source>
        <translation>Файл нельзя импортировать в нынешнем виде: исправьте перечисленные ошибки (в файле или изменив параметры и столбцы), затем проверьте снова. Ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) found.</source>
        <translation>
            <numerusform>Найдена %n ошибка.</numerusform>
            <numerusform>Найдено %n ошибки.</numerusform>
            <numerusform>Найдено %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported as import %1.</source>
        <translation>Импортировано как импорт %1.</translation>
    </message>
    <message numerus="yes">
        <source>Choose what to do with %n territory name(s) that fit several territories.</source>
        <translation>
            <numerusform>Выберите, что делать с %n названием территории, подходящим к нескольким территориям.</numerusform>
            <numerusform>Выберите, что делать с %n названиями территорий, подходящими к нескольким территориям.</numerusform>
            <numerusform>Выберите, что делать с %n названиями территорий, подходящими к нескольким территориям.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import. Look through the warnings and the new territories, then press Import.</source>
        <translation>Всё готово к импорту. Просмотрите предупреждения и новые территории, затем нажмите «Импортировать».</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n предупреждение.</numerusform>
            <numerusform>%n предупреждения.</numerusform>
            <numerusform>%n предупреждений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>%1: %2 (%3 new, %4 completed), %5, %6.</source>
        <translation>%1: %2 (новых: %3, дополнено: %4), %5, %6.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln race(s)</source>
        <translation>
            <numerusform>%Ln выборы</numerusform>
            <numerusform>%Ln выборов</numerusform>
            <numerusform>%Ln выборов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidate(s)</source>
        <translation>
            <numerusform>%Ln кандидат</numerusform>
            <numerusform>%Ln кандидата</numerusform>
            <numerusform>%Ln кандидатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new territory(ies)</source>
        <translation>
            <numerusform>%Ln новая территория</numerusform>
            <numerusform>%Ln новые территории</numerusform>
            <numerusform>%Ln новых территорий</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (%1, %2)</source>
        <translation>Проблемы (%1, %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln ошибка</numerusform>
            <numerusform>%Ln ошибки</numerusform>
            <numerusform>%Ln ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln предупреждение</numerusform>
            <numerusform>%Ln предупреждения</numerusform>
            <numerusform>%Ln предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln region(s)</source>
        <translation>
            <numerusform>%Ln регион</numerusform>
            <numerusform>%Ln региона</numerusform>
            <numerusform>%Ln регионов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln district(s) or smaller unit(s)</source>
        <translation>
            <numerusform>%Ln район или более мелкая единица</numerusform>
            <numerusform>%Ln района или более мелкие единицы</numerusform>
            <numerusform>%Ln районов или более мелких единиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <comment>territories to be created</comment>
        <translation>
            <numerusform>%Ln новая</numerusform>
            <numerusform>%Ln новые</numerusform>
            <numerusform>%Ln новых</numerusform>
        </translation>
    </message>
    <message>
        <source>Territories (%1)</source>
        <translation>Территории (%1)</translation>
    </message>
    <message>
        <source>Every race lists &amp;all its candidates with their votes</source>
        <translation>Для каждых выборов указаны &amp;все кандидаты с их голосами</translation>
    </message>
    <message>
        <source>Without this, a race&apos;s list counts as complete only where the registered count or the ballots show it; the effective number of candidates and the margin need a complete list.</source>
        <translation>Без этого список кандидатов считается полным, только если это показывают число зарегистрированных кандидатов или бюллетени; эффективному числу кандидатов и отрыву нужен полный список.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln published figure(s) of %1: a file of totals, shown in the summary beside the computed figures; no races.</source>
        <translation>
            <numerusform>%Ln опубликованный показатель за %1: файл итогов, показывается в сводке рядом с вычисленными; выборов нет.</numerusform>
            <numerusform>%Ln опубликованных показателя за %1: файл итогов, показываются в сводке рядом с вычисленными; выборов нет.</numerusform>
            <numerusform>%Ln опубликованных показателей за %1: файл итогов, показываются в сводке рядом с вычисленными; выборов нет.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave out each race with errors whole, with all its rows, and import the others. The rows left out are saved beside the file, to fix and import later.</source>
        <translation>Пропустить каждые выборы с ошибками целиком, со всеми их строками, и импортировать остальные. Пропущенные строки сохраняются рядом с файлом, чтобы исправить их и импортировать позже.</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n valid race(s) and leave out %1</source>
        <translation>
            <numerusform>Импортировать %n верные выборы и пропустить %1</numerusform>
            <numerusform>Импортировать %n верных выборов и пропустить %1</numerusform>
            <numerusform>Импортировать %n верных выборов и пропустить %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строку</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Imported as import %1, without the races that have errors.</source>
        <translation>Импортировано как импорт %1, без выборов с ошибками.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out (listed under Problems) are saved in %1: fix them there and import that file.</source>
        <translation>
            <numerusform>%n пропущенная строка (см. «Проблемы») сохранена в %1: исправьте её там и импортируйте этот файл.</numerusform>
            <numerusform>%n пропущенные строки (см. «Проблемы») сохранены в %1: исправьте их там и импортируйте этот файл.</numerusform>
            <numerusform>%n пропущенных строк (см. «Проблемы») сохранены в %1: исправьте их там и импортируйте этот файл.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: fix the errors listed and check again, or import the valid races and leave out those with errors (each race whole). Nothing was written.</source>
        <translation>Файл нельзя импортировать в нынешнем виде: исправьте перечисленные ошибки и проверьте снова или импортируйте верные выборы, пропустив выборы с ошибками (каждые целиком). Ничего не записано.</translation>
    </message>
    <message>
        <source>Files imported &amp;together, in this order:</source>
        <translation>Файлы, импортируемые &amp;вместе, в этом порядке:</translation>
    </message>
    <message>
        <source>Files to import together</source>
        <translation>Файлы для совместного импорта</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Add Files to Import Together</source>
        <translation>Добавить файлы для совместного импорта</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n published figure(s)</source>
        <translation>
            <numerusform>%n опубликованный показатель</numerusform>
            <numerusform>%n опубликованных показателя</numerusform>
            <numerusform>%n опубликованных показателей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 new, %3 completed)</source>
        <translation>%1 (новых: %2, дополнено: %3)</translation>
    </message>
    <message>
        <source>not read: a file before it was refused</source>
        <translation>не прочитан: один из предыдущих файлов отклонён</translation>
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
        <translation>Совместный импорт %1 одной транзакцией: «Остановить» оставит базу данных без изменений.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Imported together as imports %1 (undone together), without the races that have errors.</source>
        <translation>Импортированы вместе как импорты %1 (отменяются вместе), без выборов с ошибками.</translation>
    </message>
    <message>
        <source>The files cannot be imported as they are: fix the errors listed (in the files, or by changing the options and columns of the file they name), then check again. Nothing was written; the files are imported together or not at all.</source>
        <translation>Файлы нельзя импортировать в нынешнем виде: исправьте перечисленные ошибки (в файлах или изменив параметры и столбцы файла, который в них указан), затем проверьте снова. Ничего не записано; файлы импортируются либо вместе, либо не импортируются вовсе.</translation>
    </message>
    <message>
        <source>Imported together as imports %1, in one transaction (Import History undoes them together).</source>
        <translation>Импортированы вместе как импорты %1 одной транзакцией (в Истории импорта они отменяются вместе).</translation>
    </message>
    <message>
        <source>Ready to import these files together, in one transaction. Look through the warnings and the new territories, then press Import.</source>
        <translation>Всё готово к совместному импорту этих файлов одной транзакцией. Просмотрите предупреждения и новые территории, затем нажмите «Импортировать».</translation>
    </message>
</context>
<context>
    <name>Sailau::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <source>Everything in this database came in through one of these imports. Undo removes exactly what an import added and restores the figures it changed.</source>
        <translation>Всё содержимое этой базы данных поступило через один из этих импортов. Отмена удаляет ровно то, что добавил импорт, и восстанавливает изменённые им цифры.</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Импорты</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Отменить импорт…</translation>
    </message>
    <message>
        <source>The database is read-only (%1): imports cannot be undone here.</source>
        <translation>База данных доступна только для чтения (%1): здесь нельзя отменять импорты.</translation>
    </message>
    <message>
        <source>Nothing has been imported into this database yet.</source>
        <translation>В эту базу данных ещё ничего не импортировалось.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <source>Undo import %1 (%2)? Its races, candidates and new territories are removed, and figures it changed in other races get their old values back.</source>
        <translation>Отменить импорт %1 (%2)? Его выборы, кандидаты и новые территории будут удалены, а изменённые им цифры других выборов получат прежние значения.</translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation>Импорт %1 отменён.</translation>
    </message>
    <message>
        <source>It was imported in one step with import %1, which is undone with it.</source>
        <translation>Он импортирован за один шаг с импортом %1, который отменяется вместе с ним.</translation>
    </message>
    <message>
        <source>Import %1 was undone, with import %2 of the same step.</source>
        <translation>Импорт %1 отменён вместе с импортом %2 того же шага.</translation>
    </message>
</context>
<context>
    <name>Sailau::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>&amp;Как в системе (%1)</translation>
    </message>
</context>
<context>
    <name>Sailau::MainWindow</name>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Диаграммы</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Экспорт диаграммы…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Копировать диаграмму</translation>
    </message>
    <message>
        <source>Export &amp;All Charts…</source>
        <translation>Экспорт &amp;всех диаграмм…</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Презентация</translation>
    </message>
    <message>
        <source>Present the deck full screen, or every chart when the deck is empty (F5)</source>
        <translation>Показать подборку во весь экран или, если подборка пуста, все диаграммы (F5)</translation>
    </message>
    <message>
        <source>Present All C&amp;harts</source>
        <translation>Показать все &amp;диаграммы</translation>
    </message>
    <message>
        <source>Add Chart to &amp;Deck</source>
        <translation>Добавить в подб&amp;орку</translation>
    </message>
    <message>
        <source>Edit De&amp;ck…</source>
        <translation>&amp;Изменить подборку…</translation>
    </message>
    <message>
        <source>Presentation &amp;Screen</source>
        <translation>Экран пре&amp;зентации</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Show C&amp;harts</source>
        <translation>Пан&amp;ель диаграмм</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>%1

%2

Remove it from the recent databases?</source>
        <translation>%1

%2

Удалить её из списка недавних баз данных?</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Оформление</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Территории</translation>
    </message>
    <message>
        <source>Find a region or district (Қазақша, Русский, English)</source>
        <translation>Поиск области или района (Қазақша, Русский, English)</translation>
    </message>
    <message>
        <source>Find a territory</source>
        <translation>Поиск территории</translation>
    </message>
    <message>
        <source>&amp;Election day:</source>
        <translation>Д&amp;ень выборов:</translation>
    </message>
    <message>
        <source>Election day</source>
        <translation>День выборов</translation>
    </message>
    <message>
        <source>Filter races by territory or candidate</source>
        <translation>Фильтр выборов по территории или кандидату</translation>
    </message>
    <message>
        <source>Filter races</source>
        <translation>Фильтр выборов</translation>
    </message>
    <message>
        <source>Races</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>Св&amp;одка</translation>
    </message>
    <message>
        <source>&amp;Race</source>
        <translation>Вы&amp;боры</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>Не удалось прочитать базу данных: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <source>Load the Bundled &amp;Sample</source>
        <translation>Загрузить встроенный &amp;пример</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Find Territory</source>
        <translation>&amp;Найти территорию</translation>
    </message>
    <message>
        <source>F&amp;ilter Races</source>
        <translation>&amp;Фильтр выборов</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Полноэкранный режим</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Сводка</translation>
    </message>
    <message>
        <source>&amp;Race Details</source>
        <translation>Сведения о &amp;выборах</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Sailau &amp;User Guide</source>
        <translation>&amp;Руководство пользователя Sailau</translation>
    </message>
    <message>
        <source>&amp;About Sailau</source>
        <translation>&amp;О программе Sailau</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%Ln race(s))</source>
        <translation>
            <numerusform>%1 — %2 (%Ln выб.)</numerusform>
            <numerusform>%1 — %2 (%Ln выб.)</numerusform>
            <numerusform>%1 — %2 (%Ln выб.)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No database is open. Use File → Open Database or File → New Database.</source>
        <translation>База данных не открыта. Выберите Файл → Открыть базу данных или Файл → Создать базу данных.</translation>
    </message>
    <message>
        <source>This database is empty. Load the bundled sample (File → Load the Bundled Sample) or import results.</source>
        <translation>Эта база данных пуста. Загрузите встроенный пример (Файл → Загрузить встроенный пример) или импортируйте результаты.</translation>
    </message>
    <message>
        <source>Sample data from public sources. </source>
        <translation>Пример данных из открытых источников. </translation>
    </message>
    <message>
        <source>Contains synthetic data, marked as such. </source>
        <translation>Содержит синтетические данные, помеченные как таковые. </translation>
    </message>
    <message>
        <source>%1 of the %2 races of %3 are here</source>
        <translation>Здесь %1 из %2 выборов, прошедших %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln race(s) of %1 are here</source>
        <translation>
            <numerusform>Здесь выборов, прошедших %1: %Ln</numerusform>
            <numerusform>Здесь выборов, прошедших %1: %Ln</numerusform>
            <numerusform>Здесь выборов, прошедших %1: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 of them are known only in part: turnout is known for %2, the winner for %3, every candidate&apos;s votes for %4. A missing figure shows as —, never as 0.</source>
        <translation>; из них %1 известны лишь частично: явка известна для %2, победитель — для %3, голоса всех кандидатов — для %4. Недостающая цифра показывается как —, а не как 0.</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>read-only (%1)</source>
        <translation>только для чтения (%1)</translation>
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
        <translation>%1 [только для чтения] — Sailau</translation>
    </message>
    <message>
        <source>Open Sailau Database</source>
        <translation>Открытие базы данных Sailau</translation>
    </message>
    <message>
        <source>Sailau databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Базы данных Sailau (*.sqlite *.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New Sailau Database</source>
        <translation>Новая база данных Sailau</translation>
    </message>
    <message>
        <source>elections.sqlite</source>
        <translation>elections.sqlite</translation>
    </message>
    <message>
        <source>Sailau databases (*.sqlite)</source>
        <translation>Базы данных Sailau (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot Create Database</source>
        <translation>Не удаётся создать базу данных</translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File → Open Database, or choose another name.</source>
        <translation>%1 уже существует. Откройте его через Файл → Открыть базу данных или выберите другое имя.</translation>
    </message>
    <message>
        <source>Cannot Load the Sample</source>
        <translation>Не удаётся загрузить пример</translation>
    </message>
    <message>
        <source>Loaded the sample: %1 races, %2 candidates.</source>
        <translation>Пример загружен: выборов: %1, кандидатов: %2.</translation>
    </message>
    <message>
        <source>Counting the races of %1…</source>
        <translation>Подсчёт выборов, прошедших %1…</translation>
    </message>
    <message>
        <source>reading races…</source>
        <translation>выборы читаются…</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>Показано: %1</translation>
    </message>
    <message>
        <source>%1 · %2 races · %3 candidates · %4 territories</source>
        <translation>%1 · выборов: %2 · кандидатов: %3 · территорий: %4</translation>
    </message>
    <message>
        <source>%1 — %2 (published totals only)</source>
        <translation>%1 — %2 (только опубликованные итоги)</translation>
    </message>
    <message>
        <source>%1
No race of this day is in the database; the summary shows the totals published for it.</source>
        <translation>%1
Выборов этого дня в базе данных нет; в сводке показаны опубликованные по нему итоги.</translation>
    </message>
    <message>
        <source>%1 — %2 (no results)</source>
        <translation>%1 — %2 (нет результатов)</translation>
    </message>
    <message>
        <source>%1
Nothing of this day is in the database yet: import its results (File → Import) to see them.</source>
        <translation>%1
Данных за этот день в базе пока нет: импортируйте его результаты (Файл → Импорт), чтобы их увидеть.</translation>
    </message>
    <message>
        <source>Show &amp;Territories</source>
        <translation>Панель &amp;территорий</translation>
    </message>
    <message>
        <source>Show Chart &amp;Toolbar</source>
        <translation>Панель &amp;инструментов диаграмм</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>Сбросить &amp;расположение</translation>
    </message>
    <message>
        <source>Show every panel again where it was on the first start.</source>
        <translation>Снова показать все панели там, где они были при первом запуске.</translation>
    </message>
    <message>
        <source>The layout is as on the first start.</source>
        <translation>Расположение такое же, как при первом запуске.</translation>
    </message>
    <message>
        <source>%1 (import %2)</source>
        <translation>%1 (импорт %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1. </source>
        <translation>Импортировано из %1. </translation>
    </message>
    <message>
        <source>Restore the Backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <source>Put the backup copy %1 in the place of %2?

The damaged file is kept as %3. Imports made after the backup was taken are not in it.</source>
        <translation>Поместить резервную копию %1 на место %2?

Повреждённый файл будет сохранён как %3. Импорта, сделанного после создания резервной копии, в ней нет.</translation>
    </message>
    <message>
        <source>%1 could not be moved aside: check that you may write to its folder.</source>
        <translation>Не удалось переместить %1: проверьте, что у вас есть право записи в его папку.</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied to %2.</source>
        <translation>Не удалось скопировать резервную копию %1 в %2.</translation>
    </message>
    <message>
        <source>Restored the backup %1; the damaged file is kept as %2.</source>
        <translation>Резервная копия %1 восстановлена; повреждённый файл сохранён как %2.</translation>
    </message>
    <message>
        <source>Damaged database: %1</source>
        <translation>Повреждённая база данных: %1</translation>
    </message>
    <message>
        <source>%1 [damaged] — Sailau</source>
        <translation>%1 [повреждена] — Sailau</translation>
    </message>
    <message>
        <source>&amp;Compare Elections…</source>
        <translation>&amp;Сравнить выборы…</translation>
    </message>
</context>
<context>
    <name>Sailau::MappingModel</name>
    <message>
        <source>column %1</source>
        <translation>столбец %1</translation>
    </message>
    <message>
        <source>Double-click or press F2 to choose what this column holds</source>
        <translation>Дважды щёлкните или нажмите F2, чтобы выбрать содержимое этого столбца</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Содержит</translation>
    </message>
</context>
<context>
    <name>Sailau::Metrics</name>
    <message>
        <source>voters on the lists are not known</source>
        <translation>число избирателей в списках неизвестно</translation>
    </message>
    <message>
        <source>neither ballots issued nor ballots cast are known</source>
        <translation>неизвестно ни число выданных бюллетеней, ни число бюллетеней в урнах</translation>
    </message>
    <message>
        <source>ballots cast are not known</source>
        <translation>число бюллетеней в урнах неизвестно</translation>
    </message>
    <message>
        <source>invalid ballots are not known</source>
        <translation>число недействительных бюллетеней неизвестно</translation>
    </message>
    <message>
        <source>valid votes are not known</source>
        <translation>число действительных голосов неизвестно</translation>
    </message>
    <message>
        <source>some candidates&apos; votes are not known</source>
        <translation>голоса некоторых кандидатов неизвестны</translation>
    </message>
    <message>
        <source>votes &quot;against all&quot; are not known</source>
        <translation>голоса «против всех» неизвестны</translation>
    </message>
    <message>
        <source>ballots cast outside the polling station are not known</source>
        <translation>число бюллетеней, поданных вне помещения для голосования, неизвестно</translation>
    </message>
    <message>
        <source>the winner is not known</source>
        <translation>победитель неизвестен</translation>
    </message>
    <message>
        <source>fewer than two candidates</source>
        <translation>меньше двух кандидатов</translation>
    </message>
    <message>
        <source>the full list of candidates is not known</source>
        <translation>полный список кандидатов неизвестен</translation>
    </message>
    <message>
        <source>the denominator is zero</source>
        <translation>знаменатель равен нулю</translation>
    </message>
    <message>
        <source>ballots issued ÷ voters on the lists</source>
        <translation>выданные бюллетени ÷ избиратели в списках</translation>
    </message>
    <message>
        <source>ballots cast ÷ voters on the lists (ballots issued not known)</source>
        <translation>бюллетени в урнах ÷ избиратели в списках (число выданных бюллетеней неизвестно)</translation>
    </message>
    <message>
        <source>as published (the counts are not known)</source>
        <translation>как опубликовано (данные подсчёта неизвестны)</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Winner&apos;s share</source>
        <translation>Доля победителя</translation>
    </message>
    <message>
        <source>Margin of victory</source>
        <translation>Отрыв победителя</translation>
    </message>
    <message>
        <source>Margin over &quot;against all&quot;</source>
        <translation>Отрыв от «против всех»</translation>
    </message>
    <message>
        <source>Effective number of candidates (Laakso–Taagepera)</source>
        <translation>Эффективное число кандидатов (Laakso–Taagepera)</translation>
    </message>
    <message>
        <source>Effective number of candidates (Golosov)</source>
        <translation>Эффективное число кандидатов (Golosov)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>&quot;Against all&quot; share</source>
        <translation>Доля «против всех»</translation>
    </message>
    <message>
        <source>Invalid ballots share</source>
        <translation>Доля недействительных бюллетеней</translation>
    </message>
    <message>
        <source>Share cast outside the station</source>
        <translation>Доля проголосовавших вне помещения</translation>
    </message>
    <message>
        <source>only some candidates&apos; votes are known: the list is not known to be complete</source>
        <translation>известны голоса лишь некоторых кандидатов: неизвестно, полон ли список</translation>
    </message>
    <message>
        <source>the source marks no candidate elected</source>
        <translation>источник не отмечает избранным ни одного кандидата</translation>
    </message>
    <message numerus="yes">
        <source>only %1 of %n candidates&apos; votes are known</source>
        <translation>
            <numerusform>известны голоса лишь %1 из %n кандидата</numerusform>
            <numerusform>известны голоса лишь %1 из %n кандидатов</numerusform>
            <numerusform>известны голоса лишь %1 из %n кандидатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only %n candidate(s)&apos; votes are known, and neither the registered count nor the ballots show that the list is complete</source>
        <translation>
            <numerusform>известны голоса лишь %n кандидата, и ни число зарегистрированных кандидатов, ни бюллетени не показывают, что список полон</numerusform>
            <numerusform>известны голоса лишь %n кандидатов, и ни число зарегистрированных кандидатов, ни бюллетени не показывают, что список полон</numerusform>
            <numerusform>известны голоса лишь %n кандидатов, и ни число зарегистрированных кандидатов, ни бюллетени не показывают, что список полон</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::PreviewModel</name>
    <message>
        <source>header</source>
        <translation>заголовок</translation>
    </message>
</context>
<context>
    <name>Sailau::ProblemModel</name>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>Sailau::RaceDetailPanel</name>
    <message>
        <source>Select a race in the table to see its candidates, figures and sources.</source>
        <translation>Выберите выборы в таблице, чтобы увидеть их кандидатов, цифры и источники.</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>Candidates of the selected race</source>
        <translation>Кандидаты выбранных выборов</translation>
    </message>
    <message>
        <source>No candidate of this race is known to Sailau&apos;s sources.</source>
        <translation>Ни один кандидат этих выборов не известен источникам Sailau.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
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
        <translation>синтетические данные, не реальные результаты</translation>
    </message>
    <message>
        <source>Not known: no source gives this figure</source>
        <translation>Неизвестно: ни один источник не приводит эту цифру</translation>
    </message>
    <message>
        <source>Valid votes are ballots cast − invalid ballots, or the sum of every candidate&apos;s votes and &quot;against all&quot; when the full result is known.</source>
        <translation>Действительные голоса — это бюллетени в урнах − недействительные бюллетени или, если полный результат известен, сумма голосов всех кандидатов и «против всех».</translation>
    </message>
    <message>
        <source>No source is recorded for this race.</source>
        <translation>Для этих выборов источник не записан.</translation>
    </message>
    <message>
        <source>Loaded from Sailau&apos;s bundled sample (%1).</source>
        <translation>Загружено из встроенного примера Sailau (%1).</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Импортировано из файла %1.</translation>
    </message>
    <message>
        <source>of valid votes = all candidates&apos; votes + &quot;against all&quot; (ballots cast are not known)</source>
        <translation>от действительных голосов = голоса всех кандидатов + «против всех» (число опущенных бюллетеней неизвестно)</translation>
    </message>
    <message>
        <source>of valid votes = all candidates&apos; votes + &quot;against all&quot; (invalid ballots are not known)</source>
        <translation>от действительных голосов = голоса всех кандидатов + «против всех» (число недействительных бюллетеней неизвестно)</translation>
    </message>
</context>
<context>
    <name>Sailau::RaceTableModel</name>
    <message>
        <source>%1 (synthetic data)</source>
        <translation>%1 (синтетические данные)</translation>
    </message>
    <message>
        <source>Ballots cast (ballots issued are not known)</source>
        <translation>Бюллетени в урнах (число выданных бюллетеней неизвестно)</translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation>Выдано бюллетеней</translation>
    </message>
    <message>
        <source>Not known: the winner&apos;s nomination is not known</source>
        <translation>Неизвестно: неизвестно, кем выдвинут победитель</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Избиратели</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Бюллетени</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Победитель</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Кем выдвинут</translation>
    </message>
    <message>
        <source>Winner %</source>
        <translation>Победитель, %</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Отрыв</translation>
    </message>
    <message>
        <source>ENC (LT)</source>
        <translation>ЭЧК (LT)</translation>
    </message>
    <message>
        <source>ENC (G)</source>
        <translation>ЭЧК (G)</translation>
    </message>
    <message>
        <source>Against all %</source>
        <translation>Против всех, %</translation>
    </message>
    <message>
        <source>The district or city where the akim was elected</source>
        <translation>Район или город, где избран аким</translation>
    </message>
    <message>
        <source>The region or city of republican significance</source>
        <translation>Область или город республиканского значения</translation>
    </message>
    <message>
        <source>Election day</source>
        <translation>День выборов</translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation>Избиратели, включённые в списки</translation>
    </message>
    <message>
        <source>Ballots issued (in italics: ballots cast, where issued are not known)</source>
        <translation>Выдано бюллетеней (курсивом — бюллетени в урнах, если число выданных неизвестно)</translation>
    </message>
    <message>
        <source>Ballots issued ÷ voters on the lists. In italics: ballots cast ÷ voters, or the published figure</source>
        <translation>Выданные бюллетени ÷ избиратели в списках. Курсивом — бюллетени в урнах ÷ избиратели или опубликованная цифра</translation>
    </message>
    <message>
        <source>Candidates on the ballot</source>
        <translation>Кандидаты в бюллетене</translation>
    </message>
    <message>
        <source>The elected candidate</source>
        <translation>Избранный кандидат</translation>
    </message>
    <message>
        <source>The winner&apos;s nomination: a party or self-nominated</source>
        <translation>Кем выдвинут победитель: партия или самовыдвижение</translation>
    </message>
    <message>
        <source>The winner&apos;s votes ÷ valid votes</source>
        <translation>Голоса победителя ÷ действительные голоса</translation>
    </message>
    <message>
        <source>(Winner&apos;s votes − runner-up&apos;s votes) ÷ valid votes</source>
        <translation>(Голоса победителя − голоса второго кандидата) ÷ действительные голоса</translation>
    </message>
    <message>
        <source>Effective number of candidates, Laakso–Taagepera: 1 ÷ Σ pᵢ²</source>
        <translation>Эффективное число кандидатов, Laakso–Taagepera: 1 ÷ Σ pᵢ²</translation>
    </message>
    <message>
        <source>Effective number of candidates, Golosov: Σ pᵢ ÷ (pᵢ + p₁² − pᵢ²)</source>
        <translation>Эффективное число кандидатов, Golosov: Σ pᵢ ÷ (pᵢ + p₁² − pᵢ²)</translation>
    </message>
    <message>
        <source>Votes &quot;against all&quot; ÷ valid votes</source>
        <translation>Голоса «против всех» ÷ действительные голоса</translation>
    </message>
    <message>
        <source>The races could not be read.</source>
        <translation>Не удалось прочитать выборы.</translation>
    </message>
</context>
<context>
    <name>Sailau::RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>No Recent Databases</source>
        <translation>Нет недавних баз данных</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Очистить список</translation>
    </message>
</context>
<context>
    <name>Sailau::Store</name>
    <message>
        <source>self-nominated</source>
        <translation>самовыдвижение</translation>
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
        <translation>Выборы</translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation>Избиратели, включённые в списки</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Candidates on the ballots</source>
        <translation>Кандидаты в бюллетенях</translation>
    </message>
    <message>
        <source>Candidates registered</source>
        <translation>Зарегистрировано кандидатов</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Избирательные участки</translation>
    </message>
    <message>
        <source>Polling stations (as stated by State Counsellor Karin)</source>
        <translation>Избирательные участки (по словам государственного советника Карина)</translation>
    </message>
    <message>
        <source>Regions taking part</source>
        <translation>Регионы-участники</translation>
    </message>
    <message>
        <source>Election commissions</source>
        <translation>Избирательные комиссии</translation>
    </message>
    <message>
        <source>Average age of elected akims</source>
        <translation>Средний возраст избранных акимов</translation>
    </message>
    <message>
        <source>Parties that nominated candidates</source>
        <translation>Партии, выдвинувшие кандидатов</translation>
    </message>
    <message>
        <source>Incumbent akims who kept their post</source>
        <translation>Действующие акимы, сохранившие должность</translation>
    </message>
    <message>
        <source>People nominated</source>
        <translation>Выдвинуто кандидатов</translation>
    </message>
    <message>
        <source>Share of nominees nominated by parties</source>
        <translation>Доля выдвинутых партиями</translation>
    </message>
    <message>
        <source>Women among nominees</source>
        <translation>Женщины среди выдвинутых</translation>
    </message>
    <message>
        <source>Voters who took part</source>
        <translation>Избиратели, принявшие участие в голосовании</translation>
    </message>
    <message>
        <source>Voted at home</source>
        <translation>Проголосовали на дому</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Winners by nomination</source>
        <translation>Победители по субъекту выдвижения</translation>
    </message>
    <message>
        <source>By-elections period</source>
        <translation>Период дополнительных выборов</translation>
    </message>
    <message>
        <source>Akims elected: %1</source>
        <translation>Избрано акимов: %1</translation>
    </message>
    <message numerus="yes">
        <source>from %1 of %n race(s)</source>
        <translation>
            <numerusform>по %1 из %n выборов</numerusform>
            <numerusform>по %1 из %n выборов</numerusform>
            <numerusform>по %1 из %n выборов</numerusform>
        </translation>
    </message>
    <message>
        <source>Races of this day held in the database</source>
        <translation>Выборы этого дня, имеющиеся в базе данных</translation>
    </message>
    <message>
        <source>Sum over the races whose voters are known (%1)</source>
        <translation>Сумма по выборам, где известно число избирателей (%1)</translation>
    </message>
    <message>
        <source>Σ ballots ÷ Σ voters over the races where both are known (%1)</source>
        <translation>Σ бюллетеней ÷ Σ избирателей по выборам, где известны оба числа (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Not known: no race has both voters and ballots counted (%n race(s) have a published turnout only)</source>
        <translation>
            <numerusform>Неизвестно: ни на одних выборах не подсчитаны и избиратели, и бюллетени (у %n выборов есть только опубликованная явка)</numerusform>
            <numerusform>Неизвестно: ни на одних выборах не подсчитаны и избиратели, и бюллетени (у %n выборов есть только опубликованная явка)</numerusform>
            <numerusform>Неизвестно: ни на одних выборах не подсчитаны и избиратели, и бюллетени (у %n выборов есть только опубликованная явка)</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidates in the races whose list is known (%1); %2 candidates are named in the database</source>
        <translation>Кандидаты на выборах, где известен список (%1); всего в базе данных названо кандидатов: %2</translation>
    </message>
    <message>
        <source>Sum over the races whose polling stations are known (%1)</source>
        <translation>Сумма по выборам, где известно число избирательных участков (%1)</translation>
    </message>
    <message>
        <source>Winners known</source>
        <translation>Известные победители</translation>
    </message>
    <message>
        <source>Races whose elected candidate is known; %1 of them self-nominated, %2 nominated by a party</source>
        <translation>Выборы, где известен избранный кандидат; из них самовыдвиженцы: %1, выдвинутые партией: %2</translation>
    </message>
    <message>
        <source>Races with every candidate&apos;s votes</source>
        <translation>Выборы с голосами всех кандидатов</translation>
    </message>
    <message>
        <source>Races whose complete result is known, candidate by candidate</source>
        <translation>Выборы, полный результат которых известен по каждому кандидату</translation>
    </message>
    <message>
        <source>Published (%1): %2</source>
        <translation>Опубликовано (%1): %2</translation>
    </message>
    <message>
        <source>No published figure</source>
        <translation>Нет опубликованной цифры</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Цифра</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Computed by Sailau</source>
        <translation>Вычислено Sailau</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>вычисляется…</translation>
    </message>
    <message>
        <source>Sailau is adding up the races of this day; the figure follows in a moment.</source>
        <translation>Sailau суммирует выборы этого дня; цифра появится через мгновение.</translation>
    </message>
</context>
<context>
    <name>Sailau::SummaryPanel</name>
    <message>
        <source>“Published” are aggregates as sources gave them; “Computed by Sailau” comes only from the races held here, and says how many races it rests on.</source>
        <translation>«Опубликовано» — сводные цифры в том виде, в каком их дали источники; «Вычислено Sailau» основано только на выборах, имеющихся здесь, и указывает, на скольких выборах оно основано.</translation>
    </message>
    <message>
        <source>Summary of published and computed figures</source>
        <translation>Сводка опубликованных и вычисленных цифр</translation>
    </message>
    <message>
        <source>Select a row to see where a published figure comes from.</source>
        <translation>Выберите строку, чтобы увидеть, откуда взята опубликованная цифра.</translation>
    </message>
    <message>
        <source>Computed: %1</source>
        <translation>Вычислено: %1</translation>
    </message>
    <message>
        <source>Published in: %1</source>
        <translation>Опубликовано в: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Примечания: %1</translation>
    </message>
    <message>
        <source>Neither published nor computed for this scope.</source>
        <translation>Для этого охвата цифра не опубликована и не вычислена.</translation>
    </message>
</context>
<context>
    <name>Sailau::SyntheticGenerator</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>Sailau::TableExport::TableWriter</name>
    <message>
        <source>the ZIP archive could not be written (error %1)</source>
        <translation>не удалось записать архив ZIP (ошибка %1)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>The export has already started.</source>
        <translation>Экспорт уже начат.</translation>
    </message>
    <message>
        <source>“%1” cannot separate the fields of a CSV file.</source>
        <translation>«%1» не может разделять поля файла CSV.</translation>
    </message>
    <message>
        <source>the ZIP archive could not be created (error %1)</source>
        <translation>не удалось создать архив ZIP (ошибка %1)</translation>
    </message>
    <message>
        <source>The export is not open.</source>
        <translation>Экспорт не открыт.</translation>
    </message>
    <message>
        <source>the ZIP archive could not be finished (error %1)</source>
        <translation>не удалось завершить архив ZIP (ошибка %1)</translation>
    </message>
</context>
<context>
    <name>Sailau::TableExporter</name>
    <message>
        <source>&amp;Export Table…</source>
        <translation>&amp;Экспорт таблицы…</translation>
    </message>
    <message>
        <source>Save the races listed now, every row in the table&apos;s order, with their sources, as CSV or XLSX</source>
        <translation>Сохранить выборы, показанные сейчас, — все строки в порядке таблицы, с источниками — в CSV или XLSX</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>The races could not be read: %1</source>
        <translation>Не удалось прочитать выборы: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n races…</source>
        <translation>
            <numerusform>Экспорт выборов: %n…</numerusform>
            <numerusform>Экспорт выборов: %n…</numerusform>
            <numerusform>Экспорт выборов: %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <source>The sources could not be read: %1</source>
        <translation>Не удалось прочитать источники: %1</translation>
    </message>
    <message>
        <source>Open a database first: there is no table to export.</source>
        <translation>Сначала откройте базу данных: нет таблицы для экспорта.</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV с разделителем «запятая» (*.csv)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated, for Excel on Russian or Kazakh Windows (*.csv)</source>
        <translation>CSV с разделителем «точка с запятой», для Excel в русской или казахской Windows (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>races-%1</source>
        <translation>выборы-%1</translation>
    </message>
    <message>
        <source>races</source>
        <translation>выборы</translation>
    </message>
    <message>
        <source>Races</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Экспорт отменён: файл не записан.</translation>
    </message>
    <message>
        <source>The table could not be exported to %1.

%2</source>
        <translation>Не удалось экспортировать таблицу в %1.

%2</translation>
    </message>
    <message>
        <source>Exported %1 races to %2</source>
        <translation>В %2 экспортировано выборов: %1</translation>
    </message>
    <message>
        <source>Export &amp;Candidates…</source>
        <translation>Экспорт &amp;кандидатов…</translation>
    </message>
    <message>
        <source>Save the candidates of the races listed now, one row each, with their votes, nomination, sex, age, occupation and sources, as CSV or XLSX</source>
        <translation>Сохранить кандидатов выборов, показанных сейчас, по строке на каждого, с голосами, выдвижением, полом, возрастом, родом занятий и источниками, в CSV или XLSX</translation>
    </message>
    <message numerus="yes">
        <source>Exporting the candidates of %n races…</source>
        <translation>
            <numerusform>Экспорт кандидатов выборов: %n…</numerusform>
            <numerusform>Экспорт кандидатов выборов: %n…</numerusform>
            <numerusform>Экспорт кандидатов выборов: %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Candidates</source>
        <translation>Экспорт кандидатов</translation>
    </message>
    <message>
        <source>The candidates could not be read: %1</source>
        <translation>Не удалось прочитать кандидатов: %1</translation>
    </message>
    <message>
        <source>candidates-%1</source>
        <translation>кандидаты-%1</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>кандидаты</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>Exported %1 candidates to %2</source>
        <translation>В %2 экспортировано кандидатов: %1</translation>
    </message>
</context>
<context>
    <name>Sailau::TerritoryIssueModel</name>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>district or city</source>
        <translation>район или город</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>населённый пункт</translation>
    </message>
    <message>
        <source>Create &quot;%1&quot; as new</source>
        <translation>Создать «%1» как новую</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Использовать: %1</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>First on line %1</source>
        <translation>Впервые в строке %1</translation>
    </message>
    <message>
        <source>found (%1)</source>
        <translation>найдено (%1)</translation>
    </message>
    <message>
        <source>new %1</source>
        <translation>новая территория (%1)</translation>
    </message>
    <message>
        <source>several match: choose one</source>
        <translation>подходит несколько: выберите одну</translation>
    </message>
    <message>
        <source>unknown: cannot be placed</source>
        <translation>неизвестна: некуда поместить</translation>
    </message>
    <message>
        <source>Use the chosen territory</source>
        <translation>Использовать выбранную территорию</translation>
    </message>
    <message>
        <source>Create as new</source>
        <translation>Создать как новую</translation>
    </message>
    <message>
        <source>or did you mean %1?</source>
        <translation>или имелось в виду %1?</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Fix the name in the file</source>
        <translation>Исправить название в файле</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Название в файле</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>В составе</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>In the database</source>
        <translation>В базе данных</translation>
    </message>
    <message>
        <source>The import will</source>
        <translation>При импорте</translation>
    </message>
</context>
<context>
    <name>Sailau::TerritoryTreeModel</name>
    <message>
        <source>KATO %1</source>
        <translation>КАТО %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln race(s) on the chosen day</source>
        <translation>
            <numerusform>выборов в выбранный день: %Ln</numerusform>
            <numerusform>выборов в выбранный день: %Ln</numerusform>
            <numerusform>выборов в выбранный день: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Races</source>
        <translation>Выборы</translation>
    </message>
</context>
<context>
    <name>Sailau::UserGuide</name>
    <message>
        <source>Sailau User Guide</source>
        <translation>Руководство пользователя Sailau</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore Kazakhstan&apos;s direct elections of akims.</source>
        <translation>Изучение прямых выборов акимов в Казахстане.</translation>
    </message>
    <message>
        <source>Open or create this database file.</source>
        <translation>Открыть или создать этот файл базы данных.</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Show the window and names in kk, ru or en.</source>
        <translation>Показывать окно и названия на kk, ru или en.</translation>
    </message>
    <message>
        <source>A database to open.</source>
        <translation>База данных для открытия.</translation>
    </message>
    <message>
        <source>Open the import dialog on this CSV or XLSX file; given several times, the files are imported together.</source>
        <translation>Открыть окно импорта с этим файлом CSV или XLSX; если параметр указан несколько раз, файлы импортируются вместе.</translation>
    </message>
</context>
</TS>
