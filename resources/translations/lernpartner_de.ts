<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <location filename="../../lernpartner_desktop/ui/app.py" line="34"/>
        <source>Lernpartner is already open</source>
        <extracomment>Set by the start-up benchmark: print the seconds until the window is shown and idle, quit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/app.py" line="38"/>
        <source>Lernpartner cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../../lernpartner_desktop/core/check.py" line="25"/>
        <source>There is no Lernpartner database in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/check.py" line="39"/>
        <source>The schema is at version {have}, this program expects {want}; starting Lernpartner will upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/check.py" line="51"/>
        <source>Integrity: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/check.py" line="59"/>
        <source>Broken reference: row {rowid} of {table} points to a missing {parent}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../lernpartner_desktop/ui/widgets.py" line="49"/>
        <location filename="../../lernpartner_desktop/ui/widgets.py" line="54"/>
        <source>Lernpartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/widgets.py" line="55"/>
        <source>Something unexpected went wrong. Nothing was saved half-way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/widgets.py" line="73"/>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/enrol.py" line="36"/>
        <source>Enrol in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/enrol.py" line="43"/>
        <source>Search name, department or topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/enrol.py" line="47"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/enrol.py" line="48"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/enrol.py" line="49"/>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/enrol.py" line="50"/>
        <source>Seeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/enrol.py" line="73"/>
        <source> mentee(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/enrol.py" line="74"/>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/enrol.py" line="78"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/enrol.py" line="82"/>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/enrol.py" line="88"/>
        <source>&amp;People (select one or more):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lernpartner_desktop/ui/dialogs/enrol.py" line="116"/>
        <source>%n person(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../lernpartner_desktop/storage/sqlitefile.py" line="54"/>
        <source>The file {path} is not a Lernpartner database. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/storage/sqlitefile.py" line="74"/>
        <source>The file {path} cannot be read as a Lernpartner database: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/storage/sqlitefile.py" line="83"/>
        <source>The file {path} is a database of another program, not of Lernpartner. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/storage/sqlitefile.py" line="97"/>
        <source>The database {path} was written by a newer version of Lernpartner (schema {revision}). Please install the newer version; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/storage/database.py" line="96"/>
        <source>There is no Lernpartner database in {folder} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/workspace.py" line="48"/>
        <source>Lernpartner cannot write to the data folder {folder}. Choose another folder or ask for write permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/workspace.py" line="56"/>
        <source>The data folder {folder} cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/workspace.py" line="78"/>
        <source>Lernpartner is already running with the data folder {folder}. Switch to the open window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/demo.py" line="264"/>
        <source>The demo needs between 10 and 20000 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/demo.py" line="269"/>
        <source>The data folder {folder} already holds data; the demo only fills an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/programs.py" line="93"/>
        <source>Choose at least one person to enrol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/programs.py" line="98"/>
        <source>The same person was chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/programs.py" line="107"/>
        <source>This person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/programs.py" line="110"/>
        <source>{name} is inactive and cannot be enrolled. Reactivate them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/programs.py" line="125"/>
        <source>{name} already takes part in this program as {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/programs.py" line="160"/>
        <source>The role {role} does not exist in a {format} program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/programs.py" line="173"/>
        <source>The capacity cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/programs.py" line="177"/>
        <source>A mentor can take at most {max} mentees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/programs.py" line="188"/>
        <source>This program no longer exists (id {id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/programs.py" line="197"/>
        <source>This participation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/programs.py" line="224"/>
        <source>Please give the program a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/programs.py" line="230"/>
        <source>There is already a program named &quot;{name}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/programs.py" line="237"/>
        <source>Unknown learning format: {format}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/programs.py" line="249"/>
        <source>The format cannot change: {count} participants have a role that the new format does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/programs.py" line="259"/>
        <source>Please choose a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/programs.py" line="263"/>
        <source>The end date ({end}) lies before the start date ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/programs.py" line="273"/>
        <source>Meet at least every 12 weeks and at most weekly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/programs.py" line="281"/>
        <source>The group size must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/programs.py" line="291"/>
        <source>Unknown setting {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/programs.py" line="296"/>
        <source>The chosen facilitator no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/people.py" line="172"/>
        <source>Every line of the partner ad needs a topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/people.py" line="177"/>
        <source>Unknown kind of ad line: {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/people.py" line="181"/>
        <source>The level must be between 1 and 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/people.py" line="187"/>
        <source>&quot;{topic}&quot; appears twice in the same list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/people.py" line="216"/>
        <source>This person no longer exists (id {id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/people.py" line="234"/>
        <source>Please enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/people.py" line="237"/>
        <source>The name is too long (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/people.py" line="244"/>
        <source>There is already a person named &quot;{name}&quot;. Add something that tells them apart, for example the department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/people.py" line="257"/>
        <source>Unknown kind of generation hint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/people.py" line="264"/>
        <source>Say whether the year is a year of birth or a year of entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/people.py" line="273"/>
        <source>The year {year} is not plausible here ({low} to {high}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/people.py" line="286"/>
        <source>&quot;{email}&quot; does not look like an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/people.py" line="295"/>
        <source>The date of consent cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/people.py" line="318"/>
        <source>A person cannot be their own manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/people.py" line="323"/>
        <source>The chosen manager no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/people.py" line="344"/>
        <source>This manager would create a loop: {path}. Each person would report to the next one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="15"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="16"/>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="17"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="18"/>
        <source>Buddy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="19"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="24"/>
        <source>Voluntary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="25"/>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="28"/>
        <source>Open content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="29"/>
        <source>Prescribed topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="32"/>
        <source>Self-organised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="33"/>
        <source>Centrally steered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="36"/>
        <source>Across hierarchy levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="37"/>
        <source>Among equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="69"/>
        <source>Learning partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="70"/>
        <source>Two or more people learn with and from each other, voluntarily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="80"/>
        <source>Learning tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="81"/>
        <source>Exactly two people, each learner and teacher (I offer / I seek).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="92"/>
        <source>Mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="93"/>
        <source>An experienced mentor accompanies one or more less experienced mentees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="104"/>
        <source>Reverse mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="105"/>
        <source>A younger, digitally savvy mentor passes know-how up to a senior mentee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="116"/>
        <source>Buddy program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="117"/>
        <source>A tech-savvy buddy helps a colleague with onboarding and tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="128"/>
        <source>Learning circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="129"/>
        <source>A small group of peers works on a shared topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="138"/>
        <source>Job shadowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/formats.py" line="139"/>
        <source>An observer watches a host at real work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lernpartner_desktop/ui/main_window.py" line="53"/>
        <source>Lernpartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/main_window.py" line="62"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/main_window.py" line="71"/>
        <source>Ctrl+%d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/main_window.py" line="86"/>
        <source>Data: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/main_window.py" line="97"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/main_window.py" line="98"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/main_window.py" line="101"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/main_window.py" line="104"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/main_window.py" line="111"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/main_window.py" line="117"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/main_window.py" line="122"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/main_window.py" line="123"/>
        <source>&amp;About Lernpartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/main_window.py" line="169"/>
        <source>About Lernpartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/main_window.py" line="171"/>
        <source>&lt;h3&gt;Lernpartner %s&lt;/h3&gt;&lt;p&gt;Learning partnerships, tandems and mentoring for small businesses. Your data stays on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/overview.py" line="40"/>
        <source>active people</source>
        <extracomment>&quot;person:ID&quot; or &quot;program:ID&quot;: the main window opens that place</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/overview.py" line="41"/>
        <source>programs running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/overview.py" line="42"/>
        <source>participations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/overview.py" line="56"/>
        <location filename="../../lernpartner_desktop/ui/pages/overview.py" line="70"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/overview.py" line="59"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/overview.py" line="80"/>
        <source>Enrolled without recorded consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/overview.py" line="81"/>
        <source>Inactive but still enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/overview.py" line="82"/>
        <source>Enrolled with an empty partner ad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/overview.py" line="83"/>
        <source>Programs without participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lernpartner_desktop/ui/pages/overview.py" line="96"/>
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/overview.py" line="104"/>
        <source>No people yet. Start on the People page (Ctrl+2) with “New person…”, or try the app with demo data: lernpartner demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/overview.py" line="111"/>
        <source>Nothing needs your attention right now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipationDialog</name>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/enrol.py" line="143"/>
        <source>Role of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/enrol.py" line="152"/>
        <source> mentee(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/enrol.py" line="154"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/enrol.py" line="155"/>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerAdDialog</name>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/partner_ad.py" line="85"/>
        <source>Partner ad of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/partner_ad.py" line="91"/>
        <source>What can %s teach others, and what would they like to learn? The level says how far along they are in each topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/partner_ad.py" line="97"/>
        <source>I offer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/partner_ad.py" line="98"/>
        <source>I seek …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/partner_ad.py" line="102"/>
        <source>A few words in their own voice (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/partner_ad.py" line="117"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../lernpartner_desktop/core/records.py" line="16"/>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/records.py" line="17"/>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/records.py" line="18"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/records.py" line="19"/>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/records.py" line="22"/>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/core/records.py" line="23"/>
        <source>Year of entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="41"/>
        <source>Search name, department, job, topic… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="43"/>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="45"/>
        <source>Department filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="47"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="48"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="49"/>
        <source>Active and inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="50"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="52"/>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="55"/>
        <source>In no program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="56"/>
        <source>Role filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="59"/>
        <source>&amp;New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="60"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="61"/>
        <source>Partner &amp;ad…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="62"/>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="219"/>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="70"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="71"/>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="238"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="72"/>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="239"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="73"/>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="240"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="74"/>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="241"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="76"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="78"/>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="79"/>
        <source>Seeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="91"/>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="143"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="155"/>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="187"/>
        <source>%1 of %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="219"/>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="227"/>
        <source>Select a person to see their details and partner ad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="242"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="243"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="244"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="251"/>
        <source>yes, since %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="253"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="255"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="261"/>
        <source>I offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="261"/>
        <source>I seek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="286"/>
        <source>Person added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="296"/>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="305"/>
        <source>Partner ad saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="317"/>
        <source>%s is now inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/people.py" line="317"/>
        <source>%s is active again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/person.py" line="42"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/person.py" line="42"/>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/person.py" line="47"/>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/person.py" line="58"/>
        <source>(no manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/person.py" line="67"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/person.py" line="68"/>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/person.py" line="69"/>
        <source>Year of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/person.py" line="79"/>
        <source>e.g. German, English, Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/person.py" line="82"/>
        <source>Active (can take part in programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/person.py" line="84"/>
        <source>Has agreed to take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/person.py" line="94"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/person.py" line="95"/>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/person.py" line="96"/>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/person.py" line="97"/>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/person.py" line="98"/>
        <source>&amp;Manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/person.py" line="99"/>
        <source>Generation hint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/person.py" line="100"/>
        <source>L&amp;anguages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/person.py" line="101"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/person.py" line="102"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/person.py" line="103"/>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/person.py" line="157"/>
        <source>Choose the manager from the list (start typing a name).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/program.py" line="41"/>
        <source>New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/program.py" line="41"/>
        <source>Edit program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/program.py" line="47"/>
        <source>e.g. Reverse mentoring 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/program.py" line="55"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/program.py" line="66"/>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/program.py" line="67"/>
        <source> week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/program.py" line="70"/>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/program.py" line="72"/>
        <source>How the program is run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/program.py" line="75"/>
        <source>Participation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/program.py" line="76"/>
        <source>Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/program.py" line="77"/>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/program.py" line="78"/>
        <source>Pairs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/program.py" line="87"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/program.py" line="95"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/program.py" line="96"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/program.py" line="98"/>
        <source>Runs from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/program.py" line="99"/>
        <source>&amp;Meetings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/program.py" line="100"/>
        <source>Max. &amp;group size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/program.py" line="101"/>
        <source>F&amp;acilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/program.py" line="102"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="45"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="46"/>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="192"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="48"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="53"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="58"/>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="97"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="66"/>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="141"/>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="72"/>
        <source>&amp;New program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="73"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="84"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="85"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="86"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="88"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="104"/>
        <source>En&amp;rol people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="105"/>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="106"/>
        <source>Re&amp;move from program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="180"/>
        <source>No program selected. Create one with “New program…” (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="193"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="194"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="194"/>
        <source>every %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="197"/>
        <source>Max. group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="200"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="208"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="244"/>
        <source>Program created. Now enrol its participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="251"/>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="261"/>
        <source>%n person(s) enrolled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="276"/>
        <source>Remove from program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/pages/programs.py" line="277"/>
        <source>Remove %s from this program? Their person record stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AdList</name>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/partner_ad.py" line="36"/>
        <source>Add topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/partner_ad.py" line="50"/>
        <source>Topic, e.g. Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/partner_ad.py" line="56"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lernpartner_desktop/ui/dialogs/partner_ad.py" line="57"/>
        <source>Remove topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
