<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>CLI</name>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n program(s)</source>
            <translation>
                <numerusform>%n program</numerusform>
                <numerusform>%n programs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s)</source>
            <translation>
                <numerusform>%n suggestion</numerusform>
                <numerusform>%n suggestions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n partnership(s) created.</source>
            <translation>
                <numerusform>%n partnership created.</numerusform>
                <numerusform>%n partnerships created.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Clash</name>
        <message numerus="yes">
            <source>… and %n more</source>
            <extracomment>Texts of the clash question, shared by every dialog that books meetings.</extracomment>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message numerus="yes">
            <source> mentee(s)</source>
            <translation>
                <numerusform> mentee</numerusform>
                <numerusform> mentees</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) selected</source>
            <translation>
                <numerusform>%n person selected</numerusform>
                <numerusform>%n people selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message numerus="yes">
            <source>{name} already has a meeting at that time ({other}: {when}). %n clash(es) in all.</source>
            <translation>
                <numerusform>{name} already has a meeting at that time ({other}: {when}). %n clash in all.</numerusform>
                <numerusform>{name} already has a meeting at that time ({other}: {when}). %n clashes in all.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The format cannot change: %n participant(s) have a role that the new format does not know.</source>
            <translation>
                <numerusform>The format cannot change: %n participant has a role that the new format does not know.</numerusform>
                <numerusform>The format cannot change: %n participants have a role that the new format does not know.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n gap note(s) deleted: their partnership ended longer ago than the retention period.</source>
            <translation>
                <numerusform>%n gap note deleted: their partnership ended longer ago than the retention period.</numerusform>
                <numerusform>%n gap notes deleted: their partnership ended longer ago than the retention period.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Matching</name>
        <message numerus="yes">
            <source>The mentors' free places ({places}) cannot cover all %n mentee(s): raise a capacity or nominate more mentors.</source>
            <translation>
                <numerusform>The mentors' free places ({places}) cannot cover all %n mentee: raise a capacity or nominate more mentors.</numerusform>
                <numerusform>The mentors' free places ({places}) cannot cover all %n mentees: raise a capacity or nominate more mentors.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Generation gap of %n year(s)</source>
            <translation>
                <numerusform>Generation gap of %n year</numerusform>
                <numerusform>Generation gap of %n years</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MatchingDialog</name>
        <message numerus="yes">
            <source>%n suggestion(s)</source>
            <translation>
                <numerusform>%n suggestion</numerusform>
                <numerusform>%n suggestions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) matched</source>
            <translation>
                <numerusform>%n person matched</numerusform>
                <numerusform>%n people matched</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n partnership(s) created.</source>
            <translation>
                <numerusform>%n partnership created.</numerusform>
                <numerusform>%n partnerships created.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message numerus="yes">
            <source> week(s)</source>
            <translation>
                <numerusform> week</numerusform>
                <numerusform> weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every </source>
            <translation>
                <numerusform>every </numerusform>
                <numerusform>every </numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewPartnershipDialog</name>
        <message numerus="yes">
            <source>Tick 2 to %n member(s) of the learning group.</source>
            <translation>
                <numerusform>Tick 2 to %n member of the learning group.</numerusform>
                <numerusform>Tick 2 to %n members of the learning group.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NominateDialog</name>
        <message numerus="yes">
            <source>%n person(s) chosen on the People page.</source>
            <translation>
                <numerusform>%n person chosen on the People page.</numerusform>
                <numerusform>%n people chosen on the People page.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message numerus="yes">
            <source>No meeting for %n day(s) or more</source>
            <translation>
                <numerusform>No meeting for %n day or more</numerusform>
                <numerusform>No meeting for %n days or more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParticipationDialog</name>
        <message numerus="yes">
            <source> mentee(s)</source>
            <translation>
                <numerusform> mentee</numerusform>
                <numerusform> mentees</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PartnershipView</name>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) planned.</source>
            <translation>
                <numerusform>%n meeting planned.</numerusform>
                <numerusform>%n meetings planned.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PartnershipsPage</name>
        <message numerus="yes">
            <source>%n event(s) planned.</source>
            <translation>
                <numerusform>%n event planned.</numerusform>
                <numerusform>%n events planned.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message numerus="yes">
            <source>%1 of %n person(s)</source>
            <translation>
                <numerusform>%1 of %n person</numerusform>
                <numerusform>%1 of %n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) nominated.</source>
            <translation>
                <numerusform>%n person nominated.</numerusform>
                <numerusform>%n people nominated.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgramDialog</name>
        <message numerus="yes">
            <source> week(s)</source>
            <translation>
                <numerusform> week</numerusform>
                <numerusform> weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every </source>
            <translation>
                <numerusform>every </numerusform>
                <numerusform>every </numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgramsPage</name>
        <message numerus="yes">
            <source>every %n week(s)</source>
            <translation>
                <numerusform>every %n week</numerusform>
                <numerusform>every %n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) enrolled.</source>
            <translation>
                <numerusform>%n person enrolled.</numerusform>
                <numerusform>%n people enrolled.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n partnership(s) created from the matching.</source>
            <translation>
                <numerusform>%n partnership created from the matching.</numerusform>
                <numerusform>%n partnerships created from the matching.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message numerus="yes">
            <source>No meeting for %n day(s) or more</source>
            <translation>
                <numerusform>No meeting for %n day or more</numerusform>
                <numerusform>No meeting for %n days or more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title}: %n day(s)</source>
            <translation>
                <numerusform>{title}: %n day</numerusform>
                <numerusform>{title}: %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} in {program}: %n too many</source>
            <translation>
                <numerusform>{name} in {program}: %n too many</numerusform>
                <numerusform>{name} in {program}: %n too many</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VaultController</name>
        <message numerus="yes">
            <source>The vault locked itself after %n minute(s) without use.</source>
            <translation>
                <numerusform>The vault locked itself after %n minute without use.</numerusform>
                <numerusform>The vault locked itself after %n minutes without use.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VaultSettingsDialog</name>
        <message numerus="yes">
            <source> day(s)</source>
            <translation>
                <numerusform> day</numerusform>
                <numerusform> days</numerusform>
            </translation>
        </message>
    </context>
</TS>
