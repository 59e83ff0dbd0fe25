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
    <name>MeetingDialog</name>
    <message numerus="yes">
        <source>This partnership already has %n planned meeting(s) in these weeks, the first on %1, the last on %2. A second series would double them. Plan it anyway?</source>
        <translation>
            <numerusform>This partnership already has %n planned meeting in these weeks, on %1. A second series would double it. Plan it anyway?</numerusform>
            <numerusform>This partnership already has %n planned meetings in these weeks, the first on %1, the last on %2. A second series would double them. Plan it anyway?</numerusform>
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
        <source>Show all %n</source>
        <translation>
            <numerusform>Show the %n entry</numerusform>
            <numerusform>Show all %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>%n program(s) they take part in</source>
        <translation>
            <numerusform>%n program they take part in</numerusform>
            <numerusform>%n programs they take part in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n partnership</numerusform>
            <numerusform>%n partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) reporting to them</source>
        <translation>
            <numerusform>%n person reporting to them</numerusform>
            <numerusform>%n people reporting to them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) they facilitate</source>
        <translation>
            <numerusform>%n program they facilitate</numerusform>
            <numerusform>%n programs they facilitate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap note(s)</source>
        <translation>
            <numerusform>%n gap note</numerusform>
            <numerusform>%n gap notes</numerusform>
        </translation>
    </message>
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
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n partnership</numerusform>
            <numerusform>%n partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) or event(s)</source>
        <translation>
            <numerusform>%n meeting or event</numerusform>
            <numerusform>%n meetings or events</numerusform>
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
