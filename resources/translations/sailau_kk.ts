<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>Sailau::AboutDialog</name>
    <message>
        <source>About Sailau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sailau icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sailau %1&lt;/h2&gt;&lt;p&gt;Explore Kazakhstan&apos;s direct elections of akims: regions, districts, races and candidates, with the source of every figure.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Sailau (“сайлау”, election) keeps what is known about each race, says what is missing, and never turns an unknown figure into 0.&lt;/p&gt;&lt;p&gt;Version %1, built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Home page: &lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright © the Sailau developers.&lt;/p&gt;&lt;p&gt;Sailau is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.&lt;/p&gt;&lt;p&gt;Sailau is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; for more details.&lt;/p&gt;&lt;p&gt;Sailau uses Qt (LGPL-3.0), Qt Charts (GPL-3.0), SQLite (public domain) and QuaZip (LGPL-2.1).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The bundled sample holds the 5 November 2023 pilot elections of akims of districts and cities of regional significance, and the 2021 rural-election totals, as public sources reported them: press releases of the Central Election Commission and regional akimats, as carried by news sites, and the news reports themselves.&lt;/p&gt;&lt;p&gt;Its figures come from reports published by: %1.&lt;/p&gt;&lt;p&gt;Every figure keeps the address of the report it comes from: the race details show it, and exports carry it. Names of regions are given as their Kazakh, Russian and English official forms.&lt;/p&gt;&lt;p&gt;Data you import is yours: Sailau sends nothing anywhere.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Appearance</name>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::BatchModel</name>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New races</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Races completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New territories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::CandidateListModel</name>
    <message>
        <source>Against all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: the nomination is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of valid votes (all candidates&apos; votes and &quot;against all&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of valid votes (ballots cast − invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No share was published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known whether elected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not elected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ChartArea</name>
    <message>
        <source>The charts could not read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot; to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Copy the Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Add to the Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deck is kept in the database, which could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; for %2 to the presentation deck.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ChartCatalog</name>
    <message>
        <source>Turnout by race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin of victory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner&apos;s share of the valid votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective number of candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates per race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of votes &quot;against all&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winners by nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout against the winner&apos;s share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map of the regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner&apos;s share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout × winner&apos;s share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turnout of each race, sorted, with the published national or regional turnout as a reference line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many races had a turnout in each 5-point band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turnout of each region: as published where a source gives it, else computed from the races&apos; counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>margin of victory of each race: (first − second) ÷ valid votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the winner&apos;s share of the valid votes in each race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective number of candidates of each race, Laakso–Taagepera and Golosov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many races had one, two, three … candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of the valid votes cast &quot;against all&quot; in each race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>winners counted by who nominated them: self-nominated and each party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one point per race: turnout across, winner&apos;s share up, sized by voters on the lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tile map of the 20 regions and cities of republican significance, coloured by a metric (--metric)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout × Winner&apos;s Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Races held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner&apos;s share (mean of races)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin of victory (mean of races)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective number of candidates (mean of races)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Against all&quot; share (mean of races)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ChartData</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published turnout, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No races are held here on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 races have %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 races have %3; the other %4 are left out, not drawn as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a margin of victory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a winner&apos;s share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an effective number of candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an &quot;against all&quot; share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* turnout as published (the counts are not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>† ballots cast ÷ voters (ballots issued not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laakso–Taagepera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Golosov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Races</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout, 5-point bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>computed from %n race(s)&apos; counts: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>computed: Σ ballots ÷ Σ voters over %n race(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Turnout is known for %1 of the %2 regions with races; the others are left out, not drawn as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as published: the region&apos;s turnout as a source gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed: Σ ballots ÷ Σ voters over the region&apos;s races with both counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates on the ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a known number of candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No winner is known for the %1 races here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nomination is known for %1 of the %2 winners known (%3 races); the others are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both a turnout and a winner&apos;s share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hollow points: voters on the lists not known, so not sized (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point area grows with the voters on the lists, in four classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>races held on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean of %1 of the region&apos;s %2 races</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 races in %2 regions; regions without races show 0 races, which is a count, not a gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 regions have a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 regions have a value; the others are hatched as not known, not coloured as low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>synthetic data, not real results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; includes synthetic data, not real results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Sailau database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1; calculations by Sailau, as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ChartExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ChartGraphic</name>
    <message>
        <source>Nothing to draw: no race here has these figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Races ranked, lowest first (%1 races)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed from the races&apos; counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voters not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters on the lists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Source: computed by Sailau from the races&apos; counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ChartPanel</name>
    <message>
        <source>&amp;Colour by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this chart as PNG, JPEG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this chart to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this chart to the presentation deck</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ChartTheme</name>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::DeckDialog</name>
    <message>
        <source>Presentation Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts of your talk, in order. The deck is saved with the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Current Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deck could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ExportDialog</name>
    <message>
        <source>Export All Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report figure, 160 × 100 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half page, 80 × 60 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 landscape, 297 × 210 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide, 1920 × 1080 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web, 1200 × 675 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title and subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each chart&apos;s own title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note on left-out races</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;footnote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot&amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 px = %3 × %4 mm at %5 DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the chart to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Charts Into</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chart(s) into %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ExportOptions</name>
    <message>
        <source>The resolution must be between %1 and %2 DPI, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too small: %1 × %2 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large: %1 × %2 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 DPI the chart would be %2 × %3 mm, too small to be readable; choose a larger size or a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG has no transparency: choose PNG or SVG, or a white background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::PresentationWindow</name>
    <message>
        <source>Sailau — Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2    ←/→ charts   ↑/↓ regions   Esc ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::TileMapItem</name>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Races on this day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: computed by Sailau from the races&apos; figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;sailau %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the race metrics table: one record per race, with the territory, its region, the election date and every metric (null where missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the races of this election day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or json (default csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailau metrics: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailau metrics: --format must be csv or json, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailau metrics: --election takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailau: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  sailau [--database FILE]          open the browsing window
  sailau metrics [--database FILE] [--election YYYY-MM-DD] [--format csv|json]
                                    print the race metrics table
  sailau import FILE [--database DB] [--mapping PRESET] [--encoding E] [--delimiter D]
                [--sheet N] [--date YYYY-MM-DD] [--dry-run]
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import election results from a CSV or XLSX file into the database, in one transaction: when the file has any error, every problem is listed as FILE:LINE:COLUMN: message and nothing is written.
Exit status: 0 imported, 1 rejected, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import (CSV, TSV, TXT or XLSX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping preset by name, or a preset JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8, UTF-16LE, UTF-16BE or windows-1251 (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter: , ; | or tab (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decimal separator: . or , (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX: the sheet, counting from 1 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row that holds the column names, counting from 1 (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election date for a file without a date column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election level: district, city_regional, regional_centre or rural.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source of rows that name none (a URL or a document).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and report, but write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not print warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailau import: give exactly one file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;sailau import --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailau import: unknown encoding &apos;%1&apos; (UTF-8, UTF-16LE, UTF-16BE or windows-1251)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailau import: the delimiter must be , ; | or tab, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailau import: the decimal separator must be . or ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailau import: --%1 takes a number from 1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailau import: --date takes YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailau import: --level must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: rejected with %n error(s); nothing was written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows, %2 races (%3 new, %4 updated), %5 candidates, %6 new territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: would import %2 (dry run: nothing was written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported %2 as import %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what Sailau&apos;s reader sees in a file: the detected encoding and delimiter, the header and the rows, each cell the exact string parsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or XLSX file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N rows (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read with this encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read with this delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX: the sheet, from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailau inspect: give exactly one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailau inspect: unknown encoding &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailau inspect: the delimiter must be , ; | or tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailau inspect: --rows takes a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the imports in the database, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID	IMPORTED (UTC)	KIND	ROWS	RACES	UPDATED	CANDIDATES	TERRITORIES	FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo an import: remove exactly what it added and restore what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import&apos;s number (see &apos;sailau imports&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailau undo-import: give the number of one import (see &apos;sailau imports&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid import %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate synthetic election results for tests and benchmarks: the same seed gives the same data. Every row names the source synthetic:sailau-generator, and an import of it is marked synthetic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many races (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per race on average, &quot;against all&quot; included (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --database: polling-station results to add (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailau generate: --races, --candidates (from 2), --polling-stations and --seed take numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailau generate: give either --out FILE.csv or --database FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 rows of %2 synthetic races to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 synthetic races with %2 candidates (import %3) to %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Cli::Export</name>
    <message>
        <source>no region is called &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches several territories: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render charts into PNG, JPEG, SVG or PDF files, without a window.
  sailau export --list
  sailau export --chart NAME --out FILE.{png,jpg,svg,pdf} [options]
  sailau export --all --out DIR [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the charts: the name --chart takes, then what it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart to export (see --list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every chart into the folder --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (its suffix gives the format), or the folder for --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sailau database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election day (default: the latest with races).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this region: a name in any language, an ISO code (KZ-61) or a KATO code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in millimetres (default 160).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in millimetres (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution, 96 to 600 (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>white, transparent or theme (default white).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light, dark or presentation (default light).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the map is coloured by: %1 (default turnout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title (default: the chart&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subtitle (default: territory and day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source footnote (default: &quot;Source: …, as of …&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No title and subtitle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source footnote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG quality, 10 to 100 (default 92).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names in kk, ru or en (default: the system&apos;s language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;sailau export --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --chart NAME or --all (or --list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown chart &apos;%1&apos;; &apos;sailau export --list&apos; names them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must end in .png, .jpg, .svg or .pdf: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all writes into a folder, but &apos;%1&apos; is a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the size in millimetres or in pixels, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width-mm and --height-mm go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size in millimetres must be a number from 10 to 2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width-px and --height-px go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size in pixels must be a whole number from 16 to 30000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--background must be white, transparent or theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme must be light, dark or presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --metric &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quality must be a number from 10 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--election takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailau export: the database holds no races</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailau export: no election was held on %1 in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailau export: the database could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Database</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose a location you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read. Check that you have permission to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Sailau database (it is not an SQLite file). To load results from a spreadsheet or CSV file, use File → Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its header says (it may have been cut off while copying). Copy it again from its origin or open a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its SQLite header is not valid. Open a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Sailau (database version %2; this version reads up to %3). Update Sailau to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Sailau database. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder is read-only, so changes could not be saved safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program that is writing to it. Close that program or wait until it finishes, then open the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Open a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (the SQLite integrity check failed: %2). Open a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by an older version of Sailau and must be upgraded, but %2. Copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but a backup copy could not be written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be prepared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::DatasetLoader</name>
    <message>
        <source>The reference territories could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample could not be loaded into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Sailau data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>election %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>territory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>race %1 refers to an unknown election or territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>race %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Format</name>
    <message>
        <source>Not known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city of republican significance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city of regional significance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regional centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rural okrug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city of district significance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cast outside the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout as published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Import::Batches</name>
    <message>
        <source>The database is read-only (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 cannot be undone while later imports add to what it created. Undo them first: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is locked by another program. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field %1 in the change log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Import::DelimitedReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record that starts here is longer than %1; is a quote opened here and never closed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is longer than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 columns; is the delimiter right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted field that starts here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Import::Detection</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls file or a password-protected workbook: open it in Excel and save it as .xlsx or CSV (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding “%1”: use UTF-8, UTF-16LE, UTF-16BE or windows-1251</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Import::Fields</name>
    <message>
        <source>(ignore this column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement (village, rural okrug, town)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KATO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots cast outside the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes &quot;against all&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout as published (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomination (party or self-nominated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote share as published (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (URL or document)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Import::Importer</name>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kazakh letters seem lost: &quot;?&quot; stands inside Cyrillic words (%n time(s), lines %1). The file was probably saved in Windows-1251, which has no ә ғ қ ң ө ұ ү һ. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends before its header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required column is missing: none of the columns names a territory (&quot;%1&quot;, &quot;%2&quot;, &quot;%3&quot; or &quot;%4&quot;). Map one in the import dialog or name it in the header (for example &quot;Район&quot;, &quot;Аудан&quot; or &quot;District&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required column is missing: &quot;%1&quot;. Map a date column (for example &quot;Дата&quot;, &quot;Күні&quot; or &quot;Date&quot;), or give one date for the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; holds &quot;%2&quot;, which needs a &quot;%3&quot; column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No territory has the KATO code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement &quot;%1&quot; has no district: add a district column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row names no territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several territories (%2). Choose one in the import dialog, or add the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region or city of republican significance of Kazakhstan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region or city of republican significance of Kazakhstan. Did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not known, and without a region Sailau cannot tell where to create it. Add a region column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The territory &quot;%1&quot; could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 here but %3 on line %4 for the same race: one race has one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; of this race is %2 in the database; the import changes it to %3 (undo restores it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The race could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) exceed &quot;%3&quot; (%4) in this race.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate&apos;s votes (%1) exceed the ballots cast (%2) in this race.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two winners in one race (lines %1): a race elects one akim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published turnout %1% disagrees with the counts (%2%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published share %1% disagrees with the votes (%2% of %3 valid votes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2023-11-05 or 05.11.2023).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an election level (district, city_regional, regional_centre or rural).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a turnout of %1% is not between 0 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Against all&quot; is given twice in this row with different values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Against all&quot; cannot be elected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row gives a candidate&apos;s figures but no candidate name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate &quot;%1&quot; appears twice in this race (also on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate &quot;%1&quot; appears twice in this race.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 votes in the database; the import changes them to %3 (undo restores them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the database; it will be created under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In all %n territories will be created (%1 of them inside new districts).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The database is not a complete Sailau database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only (%1): nothing can be imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection does not give access to SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is locked by another program; nothing was imported. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was imported before (import %1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Import::Presets</name>
    <message>
        <source>There is no mapping preset called &quot;%1&quot;. Presets: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Sailau mapping preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a preset that comes with Sailau; save yours under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preset of yours called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Import::TableReader</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls file or a password-protected workbook: open it in Excel and save it as .xlsx or CSV (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding “%1”: use UTF-8, UTF-16LE, UTF-16BE or windows-1251</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be a delimiter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Import::Values</name>
    <message>
        <source>%1 is ambiguous: is “%2” a decimal point or a thousands separator? Set the decimal separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a percentage, not a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number written out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a two-digit year: write the year in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 puts the month first: write it as day.month.year or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (as a spreadsheet date number it is out of range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Import::XlsxReader</name>
    <message>
        <source>%1 is not an Excel workbook: it is not a ZIP archive or it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged: the part %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 of the workbook would unpack to %2 MiB, more than the %3 MiB allowed; the file is refused as a possible ZIP bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 of the workbook is compressed more than %2:1; the file is refused as a possible ZIP bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is incomplete: the part %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged: the part %1 cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 of the workbook unpacks to more than it declares; the file is refused as damaged or a possible ZIP bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged: the part %1 fails its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged: %1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an OpenDocument file, not an Excel workbook: save it as .xlsx or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a ZIP archive but not an Excel workbook: %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the workbook has %n sheet(s); sheet %1 does not exist</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the sheet «%1» is a chart or a dialog, not a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is incomplete: the sheet «%1» (%2) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged: the sheet «%1» cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged: the sheet cannot be unpacked (after row %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet unpacks to more than it declares; the file is refused as damaged or a possible ZIP bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared string %1 does not exist in the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a cell reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell is out of order (column %1 was already read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged: the sheet ends in the middle (after row %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged: the sheet is not valid XML after row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::ImportDialog</name>
    <message>
        <source>Import Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV, TSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file is read (detected; change what is wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point 62.79</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma 62,79</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal &amp;separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as Sailau reads them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as Preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sailau matched the columns by their names in Kazakh, Russian or English. Change what a column holds with a double-click (or F2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file and what they hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For what the file does not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election date for rows without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell from the names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL or the name of the document the figures come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens to each territory name of the file. Where a name fits several territories, or Sailau knows one like it, choose in the last column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory names of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Again with These Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns by their names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (comes with Sailau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;CSV and text (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file, or drop one onto Sailau&apos;s window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Excel workbook, sheet &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column names on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sailau reads %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kazakh letters seem lost in this file: &quot;?&quot; stands inside Cyrillic words (%n time(s)). It was probably saved as Windows-1251, which has no ә ғ қ ң ө ұ ү һ. In Excel choose Save As → &quot;CSV UTF-8&quot; and import that file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some bytes are not valid UTF-8: choose the right encoding above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this mapping (columns and reading options):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Mapping Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only presets you saved yourself can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column names a territory: choose which column holds the district, the region or the settlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the election date: choose one, or give a date for the whole file below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes, nominations or elected marks need a column with the candidates&apos; names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to check the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. What the columns hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Check and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file (the same SHA-256) was imported before, as import %1. Importing it again adds nothing new for the races it already gave, but makes a second import to undo. Import it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 in one transaction: Stop leaves the database as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1 errors, %2 warnings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories (%1 names, %2 new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 races (%3 new, %4 completed), %5 candidates, %6 new territories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: fix the errors listed (in the file, or by changing the options and columns), then check again. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported as import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose what to do with %n territory name(s) that fit several territories.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import. Look through the warnings and the new territories, then press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in this database came in through one of these imports. Undo removes exactly what an import added and restores the figures it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only (%1): imports cannot be undone here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been imported into this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import %1 (%2)? Its races, candidates and new territories are removed, and figures it changed in other races get their old values back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::MainWindow</name>
    <message>
        <source>&amp;Import Results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV or XLSX file of results; you can also drop one onto the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the imports of this database and undo one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only: nothing can be imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 races (%3 new), %4 candidates. File → Import History can undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;All Charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the deck full screen, or every chart when the deck is empty (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present All C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Chart to &amp;Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit De&amp;ck…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation &amp;Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Recent Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2

Remove it from the recent databases?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a region or district (Қазақша, Русский, English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Election day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter races by territory or candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter races</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Races</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the Bundled &amp;Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter Races</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Race Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sailau &amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sailau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n race(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open. Use File → Open Database or File → New Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is empty. Load the bundled sample (File → Load the Bundled Sample) or import results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data from public sources. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains synthetic data, marked as such. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 races of %3 are here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n race(s) of %1 are here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 of them are known only in part: turnout is known for %2, the winner for %3, every candidate&apos;s votes for %4. A missing figure shows as —, never as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown · %2 races · %3 candidates · %4 territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sailau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Sailau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [read-only] — Sailau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Sailau Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sailau databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Sailau Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elections.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sailau databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File → Open Database, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Load the Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the sample: %1 races, %2 candidates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::MappingModel</name>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 to choose what this column holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Metrics</name>
    <message>
        <source>voters on the lists are not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither ballots issued nor ballots cast are known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ballots cast are not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid ballots are not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid votes are not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some candidates&apos; votes are not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votes &quot;against all&quot; are not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ballots cast outside the polling station are not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the winner is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than two candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the full list of candidates is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the denominator is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ballots issued ÷ voters on the lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ballots cast ÷ voters on the lists (ballots issued not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as published (the counts are not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner&apos;s share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin of victory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin over &quot;against all&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective number of candidates (Laakso–Taagepera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective number of candidates (Golosov)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Against all&quot; share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ballots share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share cast outside the station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::PreviewModel</name>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::ProblemModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::RaceDetailPanel</name>
    <message>
        <source>Select a race in the table to see its candidates, figures and sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates of the selected race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate of this race is known to Sailau&apos;s sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic data, not real results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: no source gives this figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid votes are ballots cast − invalid ballots, or the sum of every candidate&apos;s votes and &quot;against all&quot; when the full result is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of valid votes = all candidates&apos; votes + &quot;against all&quot; (ballot counts are not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source is recorded for this race.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded from Sailau&apos;s bundled sample (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::RaceTableModel</name>
    <message>
        <source>%1 (synthetic data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots cast (ballots issued are not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: the winner&apos;s nomination is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENC (LT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENC (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against all %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district or city where the akim was elected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region or city of republican significance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots issued (in italics: ballots cast, where issued are not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots issued ÷ voters on the lists. In italics: ballots cast ÷ voters, or the published figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates on the ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The elected candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The winner&apos;s nomination: a party or self-nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The winner&apos;s votes ÷ valid votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Winner&apos;s votes − runner-up&apos;s votes) ÷ valid votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective number of candidates, Laakso–Taagepera: 1 ÷ Σ pᵢ²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective number of candidates, Golosov: Σ pᵢ ÷ (pᵢ + p₁² − pᵢ²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes &quot;against all&quot; ÷ valid votes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::Store</name>
    <message>
        <source>self-nominated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::SummaryModel</name>
    <message>
        <source>Races</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters on the lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates on the ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling stations (as stated by State Counsellor Karin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election commissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average age of elected akims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties that nominated candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incumbent akims who kept their post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of nominees nominated by parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women among nominees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voted at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winners by nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By-elections period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akims elected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>from %1 of %n race(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Races of this day held in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum over the races whose voters are known (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ ballots ÷ Σ voters over the races where both are known (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not known: no race has both voters and ballots counted (%n race(s) have a published turnout only)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Candidates in the races whose list is known (%1); %2 candidates are named in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum over the races whose polling stations are known (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winners known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Races whose elected candidate is known; %1 of them self-nominated, %2 nominated by a party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Races with every candidate&apos;s votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Races whose complete result is known, candidate by candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No published figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed by Sailau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::SummaryPanel</name>
    <message>
        <source>“Published” are aggregates as sources gave them; “Computed by Sailau” comes only from the races held here, and says how many races it rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of published and computed figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see where a published figure comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither published nor computed for this scope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::SyntheticGenerator</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::TerritoryIssueModel</name>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &quot;%1&quot; as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several match: choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: cannot be placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the chosen territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the name in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import will</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::TerritoryTreeModel</name>
    <message>
        <source>KATO %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n race(s) on the chosen day</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Races</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sailau::UserGuide</name>
    <message>
        <source>Sailau User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore Kazakhstan&apos;s direct elections of akims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create this database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the window and names in kk, ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
