<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BackupReminder</name>
    <message numerus="yes">
        <source>Last backup to a USB stick: %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>Last backup to a USB stick: %1 (%n day ago).</numerusform>
            <numerusform>Last backup to a USB stick: %1 (%n days ago).</numerusform>
        </translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n CSV file(s) to {folder}.</source>
        <translation>
            <numerusform>Wrote %n CSV file to {folder}.</numerusform>
            <numerusform>Wrote %n CSV files to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>their name or e-mail in %n text(s) of others: replaced by “former participant”</source>
        <translation>
            <numerusform>their name or e-mail in %n text of others: replaced by “former participant”</numerusform>
            <numerusform>their name or e-mail in %n texts of others: replaced by “former participant”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confidential text(s) cannot be checked for the name while the vault is locked (unlock it in the app to include them)</source>
        <translation>
            <numerusform>%n confidential text cannot be checked for the name while the vault is locked (unlock it in the app to include it)</numerusform>
            <numerusform>%n confidential texts cannot be checked for the name while the vault is locked (unlock it in the app to include them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} (%n page(s))</source>
        <translation>
            <numerusform>{file} (%n page)</numerusform>
            <numerusform>{file} (%n pages)</numerusform>
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
        <source>%n mentee(s)</source>
        <translation>
            <numerusform>%n mentee</numerusform>
            <numerusform>%n mentees</numerusform>
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
    <name>Gdpr</name>
    <message numerus="yes">
        <source>Gap notes of a partnership are deleted %n day(s) after it ended; the others until erased on request.</source>
        <extracomment>A custom erasure step for a reference: (session, person id) -&gt; rows touched. Stands for the retention of confidential notes, which depends on the owner&apos;s setting.</extracomment>
        <translation>
            <numerusform>Gap notes of a partnership are deleted %n day after it ended; the others until erased on request.</numerusform>
            <numerusform>Gap notes of a partnership are deleted %n days after it ended; the others until erased on request.</numerusform>
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
        <translation>
            <numerusform>%n gap note deleted: their partnership ended longer ago than the retention period.</numerusform>
            <numerusform>%n gap notes deleted: their partnership ended longer ago than the retention period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message numerus="yes">
        <source>The mentors&apos; free places ({places}) cannot cover all %n mentee(s): raise a capacity or nominate more mentors.</source>
        <translation>
            <numerusform>The mentors&apos; free places ({places}) cannot cover all %n mentee: raise a capacity or nominate more mentors.</numerusform>
            <numerusform>The mentors&apos; free places ({places}) cannot cover all %n mentees: raise a capacity or nominate more mentors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
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
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every %n week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This partnership already has %n planned meeting(s) in these weeks, the first on %1, the last on %2. A second series would double them. Plan it anyway?</source>
        <translation>
            <numerusform>This partnership already has %n planned meeting in these weeks, on %1. A second series would double it. Plan it anyway?</numerusform>
            <numerusform>This partnership already has %n planned meetings in these weeks, the first on %1, the last on %2. A second series would double them. Plan it anyway?</numerusform>
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
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No meeting for %n day(s) or more</source>
        <translation>
            <numerusform>No meeting for %n day or more</numerusform>
            <numerusform>No meeting for %n days or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n</source>
        <translation>
            <numerusform>Show the %n entry</numerusform>
            <numerusform>Show all %n</numerusform>
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
    <name>ParticipationDialog</name>
    <message numerus="yes">
        <source>%n mentee(s)</source>
        <translation>
            <numerusform>%n mentee</numerusform>
            <numerusform>%n mentees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipView</name>
    <message numerus="yes">
        <source>%n meeting(s) planned.</source>
        <translation>
            <numerusform>%n meeting planned.</numerusform>
            <numerusform>%n meetings planned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
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
        <source>%n person(s) nominated.</source>
        <translation>
            <numerusform>%n person nominated.</numerusform>
            <numerusform>%n people nominated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n person(s)</source>
        <translation>
            <numerusform>%1 of %n person</numerusform>
            <numerusform>%1 of %n people</numerusform>
        </translation>
    </message>
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
</context>
<context>
    <name>ProgramDialog</name>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every %n week</numerusform>
            <numerusform>every %n weeks</numerusform>
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
</context>
<context>
    <name>RestoreDialog</name>
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
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n partnership</numerusform>
            <numerusform>%n partnerships</numerusform>
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
    <name>StickBackupDialog</name>
    <message numerus="yes">
        <source>%n backup(s) of this data are kept there.</source>
        <translation>
            <numerusform>%n backup of this data is kept there.</numerusform>
            <numerusform>%n backups of this data are kept there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older one(s) removed.</source>
        <translation>
            <numerusform>%n older one removed.</numerusform>
            <numerusform>%n older ones removed.</numerusform>
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
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
