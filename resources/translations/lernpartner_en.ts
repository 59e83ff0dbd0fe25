<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>EnrolDialog</name>
    <message numerus="yes">
        <source>%n person(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message numerus="yes">
        <source>Their name or e-mail appears in %n text(s) of others (a meeting place, a goal, a note); it is replaced by “former participant”.</source>
        <translation>
            <numerusform>Their name or e-mail appears in %n text of others (a meeting place, a goal, a note); it is replaced by “former participant”.</numerusform>
            <numerusform>Their name or e-mail appears in %n texts of others (a meeting place, a goal, a note); it is replaced by “former participant”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The vault is locked: %n confidential text(s) of others cannot be checked for their name. Unlock the vault to replace it there too.</source>
        <translation>
            <numerusform>The vault is locked: %n confidential text of others cannot be checked for their name. Unlock the vault to replace it there too.</numerusform>
            <numerusform>The vault is locked: %n confidential texts of others cannot be checked for their name. Unlock the vault to replace it there too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The data folder also keeps %n copy(ies) from before an update of Lernpartner that still contain them.</source>
        <translation>
            <numerusform>The data folder also keeps %n copy from before an update of Lernpartner that still contains them.</numerusform>
            <numerusform>The data folder also keeps %n copies from before an update of Lernpartner that still contain them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) read: %1.</source>
        <translation>
            <numerusform>%n row read: %1.</numerusform>
            <numerusform>%n rows read: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left as they are</source>
        <translation>
            <numerusform>%n left as it is</numerusform>
            <numerusform>%n left as they are</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported</source>
        <translation>
            <numerusform>%n not imported</numerusform>
            <numerusform>%n not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a note or problem.</source>
        <translation>
            <numerusform>%n row with a note or problem.</numerusform>
            <numerusform>%n rows with a note or problem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n gap note(s) deleted: their partnership ended longer ago than the retention period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchingDialog</name>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) matched</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s) created.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message numerus="yes">
        <source>%n person(s) chosen on the People page.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperJobs</name>
    <message numerus="yes">
        <source>%n certificate(s) saved in %1.</source>
        <translation>
            <numerusform>%n certificate saved in %1.</numerusform>
            <numerusform>%n certificates saved in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipView</name>
    <message numerus="yes">
        <source>%n meeting(s) planned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message numerus="yes">
        <source>%n event(s) planned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%n person(s) nominated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) enrolled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s) created from the matching.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message numerus="yes">
        <source>The vault locked itself after %n minute(s) without use.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
