<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Sailau::Charts::ChartData</name>
    <message numerus="yes">
        <source>computed from %n race(s)&apos; counts: %1</source>
        <translation>
            <numerusform>computed from %n race&apos;s counts: %1</numerusform>
            <numerusform>computed from %n races&apos; counts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>computed: Σ ballots ÷ Σ voters over %n race(s)</source>
        <translation>
            <numerusform>computed: Σ ballots ÷ Σ voters over %n race</numerusform>
            <numerusform>computed: Σ ballots ÷ Σ voters over %n races</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln race(s) have %1.</source>
        <translation>
            <numerusform>The only race here has %1.</numerusform>
            <numerusform>All %Ln races have %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln region(s) have a value.</source>
        <translation>
            <numerusform>The only region has a value.</numerusform>
            <numerusform>All %Ln regions have a value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 candidates. Shares of the votes in the %n race(s) whose every candidate&apos;s votes are known; win rates in the races whose winner is known. A nomination with neither is left blank, not 0.</source>
        <translation>
            <numerusform>%1 candidates. Shares of the votes in the %n race whose every candidate&apos;s votes are known; win rates in the races whose winner is known. A nomination with neither is left blank, not 0.</numerusform>
            <numerusform>%1 candidates. Shares of the votes in the %n races whose every candidate&apos;s votes are known; win rates in the races whose winner is known. A nomination with neither is left blank, not 0.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ChartGraphic</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n race(s)</source>
        <translation>
            <numerusform>from %n race</numerusform>
            <numerusform>from %n races</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n candidate(s)</source>
        <translation>
            <numerusform>from %n candidate</numerusform>
            <numerusform>from %n candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::Charts::ExportDialog</name>
    <message numerus="yes">
        <source>Exported %n chart(s) into %1.</source>
        <translation>
            <numerusform>Exported %n chart into %1.</numerusform>
            <numerusform>Exported %n charts into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::Cli</name>
    <message numerus="yes">
        <source>%1: rejected with %n error(s); nothing was written.</source>
        <translation>
            <numerusform>%1: rejected with %n error; nothing was written.</numerusform>
            <numerusform>%1: rejected with %n errors; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln race(s))</source>
        <translation>
            <numerusform>%1 (%Ln race)</numerusform>
            <numerusform>%1 (%Ln races)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: --date %2 filled the date of %n row(s) that had none; rows with a date keep it.</source>
        <translation>
            <numerusform>%1: --date %2 filled the date of %n row that had none; rows with a date keep it.</numerusform>
            <numerusform>%1: --date %2 filled the date of %n rows that had none; rows with a date keep it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: rejected with %2 errors (the first %n are listed above); nothing was written.</source>
        <translation>
            <numerusform>%1: rejected with %2 errors (the first %n is listed above); nothing was written.</numerusform>
            <numerusform>%1: rejected with %2 errors (the first %n are listed above); nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n published figure(s) of %1 (a file of totals: shown in the summary, no races)</source>
        <translation>
            <numerusform>%n published figure of %1 (a file of totals: shown in the summary, no races)</numerusform>
            <numerusform>%n published figures of %1 (a file of totals: shown in the summary, no races)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n race(s) with errors left out, with these rows:</source>
        <translation>
            <numerusform>%1: %n race with errors left out, with these rows:</numerusform>
            <numerusform>%1: %n races with errors left out, with these rows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) would be left out (dry run: no file was written).</source>
        <translation>
            <numerusform>%1: %n row would be left out (dry run: no file was written).</numerusform>
            <numerusform>%1: %n rows would be left out (dry run: no file was written).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) left out, written to %2 to fix and import again.</source>
        <translation>
            <numerusform>%1: %n row left out, written to %2 to fix and import again.</numerusform>
            <numerusform>%1: %n rows left out, written to %2 to fix and import again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::CompareView</name>
    <message numerus="yes">
        <source>from %n race(s)</source>
        <translation>
            <numerusform>from %n race</numerusform>
            <numerusform>from %n races</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n race(s)</source>
        <translation>
            <numerusform>%1 — %n race</numerusform>
            <numerusform>%1 — %n races</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n territory(ies) on %1 election days, %2 races.</source>
        <translation>
            <numerusform>%n territory on %1 election days, %2 races.</numerusform>
            <numerusform>%n territories on %1 election days, %2 races.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Votes in the %n race(s) whose every candidate&apos;s votes are known</source>
        <translation>
            <numerusform>Votes in the %n race whose every candidate&apos;s votes are known</numerusform>
            <numerusform>Votes in the %n races whose every candidate&apos;s votes are known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 races of %n election day(s)…</source>
        <translation>
            <numerusform>Reading %1 races of %n election day…</numerusform>
            <numerusform>Reading %1 races of %n election days…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::Import::Importer</name>
    <message numerus="yes">
        <source>Kazakh letters seem lost: &quot;?&quot; stands inside Cyrillic words (%n time(s), lines %1). The file was probably saved in Windows-1251, which has no ә ғ қ ң ө ұ ү һ. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>
            <numerusform>Kazakh letters seem lost: &quot;?&quot; stands inside Cyrillic words (%n time, lines %1). The file was probably saved in Windows-1251, which has no ә ғ қ ң ө ұ ү һ. Save it as &quot;CSV UTF-8&quot; and import it again.</numerusform>
            <numerusform>Kazakh letters seem lost: &quot;?&quot; stands inside Cyrillic words (%n times, lines %1). The file was probably saved in Windows-1251, which has no ә ғ қ ң ө ұ ү һ. Save it as &quot;CSV UTF-8&quot; and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all %n territories will be created (%1 of them inside new districts).</source>
        <translation>
            <numerusform>In all %n territory will be created (%1 of them inside new districts).</numerusform>
            <numerusform>In all %n territories will be created (%1 of them inside new districts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Two winners in one race: one already in the database and %n more on line(s) %1. A race elects one akim.</source>
        <translation>
            <numerusform>Two winners in one race: one already in the database and %n more on line %1. A race elects one akim.</numerusform>
            <numerusform>Two winners in one race: one already in the database and %n more on lines %1. A race elects one akim.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::Import::XlsxReader</name>
    <message numerus="yes">
        <source>the workbook has %n sheet(s); sheet %1 does not exist</source>
        <translation>
            <numerusform>the workbook has %n sheet; sheet %1 does not exist</numerusform>
            <numerusform>the workbook has %n sheets; sheet %1 does not exist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::ImportController</name>
    <message numerus="yes">
        <source>Imported %1: %Ln published figure(s), shown in the summary. File → Import History can undo it.</source>
        <translation>
            <numerusform>Imported %1: %Ln published figure, shown in the summary. File → Import History can undo it.</numerusform>
            <numerusform>Imported %1: %Ln published figures, shown in the summary. File → Import History can undo it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::ImportDialog</name>
    <message numerus="yes">
        <source>Kazakh letters seem lost in this file: &quot;?&quot; stands inside Cyrillic words (%n time(s)). It was probably saved as Windows-1251, which has no ә ғ қ ң ө ұ ү һ. In Excel choose Save As → &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>
            <numerusform>Kazakh letters seem lost in this file: &quot;?&quot; stands inside Cyrillic words (%n time). It was probably saved as Windows-1251, which has no ә ғ қ ң ө ұ ү һ. In Excel choose Save As → &quot;CSV UTF-8&quot; and import that file.</numerusform>
            <numerusform>Kazakh letters seem lost in this file: &quot;?&quot; stands inside Cyrillic words (%n times). It was probably saved as Windows-1251, which has no ә ғ қ ң ө ұ ү һ. In Excel choose Save As → &quot;CSV UTF-8&quot; and import that file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) found.</source>
        <translation>
            <numerusform>%n error found.</numerusform>
            <numerusform>%n errors found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose what to do with %n territory name(s) that fit several territories.</source>
        <translation>
            <numerusform>Choose what to do with %n territory name that fits several territories.</numerusform>
            <numerusform>Choose what to do with %n territory names that fit several territories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln race(s)</source>
        <translation>
            <numerusform>%Ln race</numerusform>
            <numerusform>%Ln races</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidate(s)</source>
        <translation>
            <numerusform>%Ln candidate</numerusform>
            <numerusform>%Ln candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new territory(ies)</source>
        <translation>
            <numerusform>%Ln new territory</numerusform>
            <numerusform>%Ln new territories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln region(s)</source>
        <translation>
            <numerusform>%Ln region</numerusform>
            <numerusform>%Ln regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln district(s) or smaller unit(s)</source>
        <translation>
            <numerusform>%Ln district or smaller unit</numerusform>
            <numerusform>%Ln districts or smaller units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <comment>territories to be created</comment>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln published figure(s) of %1: a file of totals, shown in the summary beside the computed figures; no races.</source>
        <translation>
            <numerusform>%Ln published figure of %1: a file of totals, shown in the summary beside the computed figures; no races.</numerusform>
            <numerusform>%Ln published figures of %1: a file of totals, shown in the summary beside the computed figures; no races.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n valid race(s) and leave out %1</source>
        <translation>
            <numerusform>Import the %n valid race and leave out %1</numerusform>
            <numerusform>Import the %n valid races and leave out %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out (listed under Problems) are saved in %1: fix them there and import that file.</source>
        <translation>
            <numerusform>%n row left out (listed under Problems) is saved in %1: fix it there and import that file.</numerusform>
            <numerusform>%n rows left out (listed under Problems) are saved in %1: fix them there and import that file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n published figure(s)</source>
        <translation>
            <numerusform>%n published figure</numerusform>
            <numerusform>%n published figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::MainWindow</name>
    <message numerus="yes">
        <source>%1 — %2 (%Ln race(s))</source>
        <translation>
            <numerusform>%1 — %2 (%Ln race)</numerusform>
            <numerusform>%1 — %2 (%Ln races)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln race(s) of %1 are here</source>
        <translation>
            <numerusform>%Ln race of %1 is here</numerusform>
            <numerusform>%Ln races of %1 are here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::Metrics</name>
    <message numerus="yes">
        <source>only %1 of %n candidates&apos; votes are known</source>
        <translation>
            <numerusform>only %1 of %n candidate&apos;s votes are known</numerusform>
            <numerusform>only %1 of %n candidates&apos; votes are known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only %n candidate(s)&apos; votes are known, and neither the registered count nor the ballots show that the list is complete</source>
        <translation>
            <numerusform>only %n candidate&apos;s votes are known, and neither the registered count nor the ballots show that the list is complete</numerusform>
            <numerusform>only %n candidates&apos; votes are known, and neither the registered count nor the ballots show that the list is complete</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::SummaryModel</name>
    <message numerus="yes">
        <source>from %1 of %n race(s)</source>
        <translation>
            <numerusform>from %1 of %n race</numerusform>
            <numerusform>from %1 of %n races</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not known: no race has both voters and ballots counted (%n race(s) have a published turnout only)</source>
        <translation>
            <numerusform>Not known: no race has both voters and ballots counted (%n race has a published turnout only)</numerusform>
            <numerusform>Not known: no race has both voters and ballots counted (%n races have a published turnout only)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::TableExporter</name>
    <message numerus="yes">
        <source>Exporting %n races…</source>
        <translation>
            <numerusform>Exporting %n race…</numerusform>
            <numerusform>Exporting %n races…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting the candidates of %n races…</source>
        <translation>
            <numerusform>Exporting the candidates of %n race…</numerusform>
            <numerusform>Exporting the candidates of %n races…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sailau::TerritoryTreeModel</name>
    <message numerus="yes">
        <source>%Ln race(s) on the chosen day</source>
        <translation>
            <numerusform>%Ln race on the chosen day</numerusform>
            <numerusform>%Ln races on the chosen day</numerusform>
        </translation>
    </message>
</context>
</TS>
