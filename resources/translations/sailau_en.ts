<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Sailau::Charts::ChartData</name>
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
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ChartGraphic</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ExportDialog</name>
    <message numerus="yes">
        <source>Exported %n chart(s) into %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::Cli</name>
    <message numerus="yes">
        <source>%1: rejected with %n error(s); nothing was written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::Import::Importer</name>
    <message numerus="yes">
        <source>Kazakh letters seem lost: &quot;?&quot; stands inside Cyrillic words (%n time(s), lines %1). The file was probably saved in Windows-1251, which has no ә ғ қ ң ө ұ ү һ. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all %n territories will be created (%1 of them inside new districts).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::Import::XlsxReader</name>
    <message numerus="yes">
        <source>the workbook has %n sheet(s); sheet %1 does not exist</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::ImportDialog</name>
    <message numerus="yes">
        <source>Kazakh letters seem lost in this file: &quot;?&quot; stands inside Cyrillic words (%n time(s)). It was probably saved as Windows-1251, which has no ә ғ қ ң ө ұ ү һ. In Excel choose Save As → &quot;CSV UTF-8&quot; and import that file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose what to do with %n territory name(s) that fit several territories.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::MainWindow</name>
    <message numerus="yes">
        <source>%1 — %2 (%n race(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n race(s) of %1 are here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::SummaryModel</name>
    <message numerus="yes">
        <source>from %1 of %n race(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not known: no race has both voters and ballots counted (%n race(s) have a published turnout only)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::TerritoryTreeModel</name>
    <message numerus="yes">
        <source>%n race(s) on the chosen day</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
