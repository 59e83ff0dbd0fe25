<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>App</name>
        <message>
            <source>Lernpartner is already open</source>
            <extracomment>Set by the start-up benchmark: print the seconds until the window is shown and idle, quit.</extracomment>
            <translation>Lernpartner ist schon geöffnet</translation>
        </message>
        <message>
            <source>Lernpartner cannot start</source>
            <translation>Lernpartner kann nicht starten</translation>
        </message>
        <message>
            <source>Name of this language: English</source>
            <extracomment>The languages the app speaks, by code, each named in its own language (for a chooser). The territory whose formats a language uses when the system's locale speaks another one. Every full catalogue translates this (into its language's own name): a catalogue that loads but cannot find it is damaged inside.</extracomment>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>The translation “%1” could not be loaded (missing or damaged): Lernpartner speaks English.</source>
            <translation>Die Übersetzung „%1“ konnte nicht geladen werden (fehlt oder ist beschädigt): Lernpartner spricht Englisch.</translation>
        </message>
    </context>
    <context>
        <name>CLI</name>
        <message>
            <source>data folder to use (default: ${variable}, else the user data folder)</source>
            <extracomment>Modules of this package that add sub-commands, in the order ``--help`` lists them.</extracomment>
            <translation>zu verwendender Datenordner (Standard: ${variable}, sonst der Datenordner des Benutzers)</translation>
        </message>
        <message>
            <source>Lernpartner: learning partnerships, tandems and mentoring, offline.</source>
            <translation>Lernpartner: Lernpartnerschaften, Lern-Tandems und Mentoring – offline.</translation>
        </message>
        <message>
            <source>start the desktop app (the default)</source>
            <translation>die Desktop-App starten (Standard)</translation>
        </message>
        <message>
            <source>fill an empty data folder with demo data</source>
            <translation>einen leeren Datenordner mit Demodaten füllen</translation>
        </message>
        <message>
            <source>number of people (default 60)</source>
            <translation>Anzahl der Personen (Standard: 60)</translation>
        </message>
        <message>
            <source>check integrity and schema; exit 1 if unsound</source>
            <translation>Integrität und Schema prüfen; Exit-Code 1, wenn etwas nicht stimmt</translation>
        </message>
        <message>
            <source>print what needs attention (the overview) as text</source>
            <translation>anzeigen, was Aufmerksamkeit braucht (die Übersicht), als Text</translation>
        </message>
        <message>
            <source>only this program</source>
            <translation>nur dieses Programm</translation>
        </message>
        <message>
            <source>print the data folder in use</source>
            <translation>den verwendeten Datenordner anzeigen</translation>
        </message>
        <message>
            <source>{folder} is sound.</source>
            <translation>{folder} ist in Ordnung.</translation>
        </message>
        <message>
            <source>Demo data written to {folder}: {people}, {programs}.</source>
            <translation>Demodaten in {folder} geschrieben: {people}, {programs}.</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n Person</numerusform>
                <numerusform>%n Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n program(s)</source>
            <translation>
                <numerusform>%n Programm</numerusform>
                <numerusform>%n Programme</numerusform>
            </translation>
        </message>
        <message>
            <source>Vault passphrase of the demo: {passphrase}</source>
            <translation>Tresor-Passphrase der Demo: {passphrase}</translation>
        </message>
        <message>
            <source>Recovery code of the demo: {code}</source>
            <translation>Wiederherstellungscode der Demo: {code}</translation>
        </message>
        <message>
            <source>suggest pairs for a program with their reasons; --apply creates them</source>
            <translation>Paare für ein Programm mit Begründung vorschlagen; --apply legt sie an</translation>
        </message>
        <message>
            <source>the program</source>
            <translation>das Programm</translation>
        </message>
        <message>
            <source>fit: highest total fit (default); count: as many people matched as possible</source>
            <translation>fit: höchste Gesamtpassung (Standard); count: möglichst viele Personen zuordnen</translation>
        </message>
        <message>
            <source>create the suggested partnerships (all or none)</source>
            <translation>die vorgeschlagenen Lernpartnerschaften anlegen (alle oder keine)</translation>
        </message>
        <message>
            <source>{program}: {suggestions}, total fit {total}</source>
            <translation>{program}: {suggestions}, Gesamtpassung {total}</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s)</source>
            <translation>
                <numerusform>%n Vorschlag</numerusform>
                <numerusform>%n Vorschläge</numerusform>
            </translation>
        </message>
        <message>
            <source>Weights: {weights}</source>
            <translation>Gewichte: {weights}</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Hinweis: {note}</translation>
        </message>
        <message>
            <source>(pinned)</source>
            <translation>(festgelegt)</translation>
        </message>
        <message>
            <source>score {score}</source>
            <translation>Punkte {score}</translation>
        </message>
        <message>
            <source>Not matched:</source>
            <translation>Nicht zugeordnet:</translation>
        </message>
        <message numerus="yes">
            <source>%n partnership(s) created.</source>
            <translation>
                <numerusform>%n Lernpartnerschaft angelegt.</numerusform>
                <numerusform>%n Lernpartnerschaften angelegt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing changed. Run again with --apply to create them.</source>
            <translation>Nichts geändert. Mit --apply erneut aufrufen, um sie anzulegen.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>Passphrase ändern</translation>
        </message>
        <message>
            <source>C&amp;urrent passphrase:</source>
            <translation>&amp;Aktuelle Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Change passphrase</source>
            <translation>Passphrase ä&amp;ndern</translation>
        </message>
        <message>
            <source>Please enter a new passphrase; it cannot be empty.</source>
            <translation>Bitte geben Sie eine neue Passphrase ein; sie darf nicht leer sein.</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>There is no Lernpartner database in this folder.</source>
            <translation>In diesem Ordner gibt es keine Lernpartner-Datenbank.</translation>
        </message>
        <message>
            <source>The schema is at version {have}, this program expects {want}; starting Lernpartner will upgrade it.</source>
            <translation>Das Schema hat Version {have}, dieses Programm erwartet {want}; beim Start von Lernpartner wird es aktualisiert.</translation>
        </message>
        <message>
            <source>Integrity: {message}</source>
            <translation>Integrität: {message}</translation>
        </message>
        <message>
            <source>Broken reference: row {rowid} of {table} points to a missing {parent}.</source>
            <translation>Fehlender Bezug: Zeile {rowid} von {table} verweist auf einen fehlenden Eintrag in {parent}.</translation>
        </message>
    </context>
    <context>
        <name>Clash</name>
        <message numerus="yes">
            <source>… and %n more</source>
            <extracomment>Texts of the clash question, shared by every dialog that books meetings.</extracomment>
            <translation>
                <numerusform>… und %n weiteres</numerusform>
                <numerusform>… und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Clash with other meetings</source>
            <translation>Überschneidung mit anderen Treffen</translation>
        </message>
        <message>
            <source>Some people already have a meeting at that time:

%1

Book anyway?</source>
            <translation>Einige Personen haben zu dieser Zeit schon ein Treffen:

%1

Trotzdem eintragen?</translation>
        </message>
    </context>
    <context>
        <name>Common</name>
        <message>
            <source>Lernpartner</source>
            <translation>Lernpartner</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. Nothing was saved half-way.</source>
            <translation>Etwas Unerwartetes ist schiefgegangen. Es wurde nichts halb gespeichert.</translation>
        </message>
        <message>
            <source>Error message</source>
            <translation>Fehlermeldung</translation>
        </message>
    </context>
    <context>
        <name>DissolveDialog</name>
        <message>
            <source>End partnership early</source>
            <translation>Lernpartnerschaft vorzeitig beenden</translation>
        </message>
        <message>
            <source>Anyone may leave a learning partnership at any time, without giving a reason: sometimes the chemistry just does not fit. Planned meetings of “%s” will be cancelled; everything so far stays in the history.</source>
            <translation>Alle dürfen eine Lernpartnerschaft jederzeit und ohne Begründung verlassen: Manchmal passt die Chemie einfach nicht. Geplante Treffen von „%s“ werden abgesagt; alles Bisherige bleibt im Verlauf erhalten.</translation>
        </message>
        <message>
            <source>Optional, kept confidential</source>
            <translation>Freiwillig, wird vertraulich behandelt</translation>
        </message>
        <message>
            <source>Note (optional):</source>
            <translation>Notiz (freiwillig):</translation>
        </message>
        <message>
            <source>End partnership</source>
            <translation>Lernpartnerschaft beenden</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Enrol in %s</source>
            <translation>In %s aufnehmen</translation>
        </message>
        <message>
            <source>Search name, department or topic…</source>
            <translation>Name, Abteilung oder Thema suchen…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <source>Offers</source>
            <translation>Bietet</translation>
        </message>
        <message>
            <source>Seeks</source>
            <translation>Sucht</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message numerus="yes">
            <source> mentee(s)</source>
            <translation>
                <numerusform> Mentee</numerusform>
                <numerusform> Mentees</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Capacity:</source>
            <translation>&amp;Kapazität:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <source>Enrol</source>
            <translation>Aufnehmen</translation>
        </message>
        <message>
            <source>&amp;People (select one or more):</source>
            <translation>&amp;Personen (eine oder mehrere auswählen):</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) selected</source>
            <translation>
                <numerusform>%n Person ausgewählt</numerusform>
                <numerusform>%n Personen ausgewählt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The file {path} is not a Lernpartner database. It was not changed.</source>
            <translation>Die Datei {path} ist keine Lernpartner-Datenbank. Sie wurde nicht verändert.</translation>
        </message>
        <message>
            <source>The file {path} cannot be read as a Lernpartner database: {reason}</source>
            <translation>Die Datei {path} lässt sich nicht als Lernpartner-Datenbank lesen: {reason}</translation>
        </message>
        <message>
            <source>The file {path} is a database of another program, not of Lernpartner. It was not changed.</source>
            <translation>Die Datei {path} ist die Datenbank eines anderen Programms, nicht von Lernpartner. Sie wurde nicht verändert.</translation>
        </message>
        <message>
            <source>The database {path} was written by a newer version of Lernpartner (schema {revision}). Please install the newer version; the file was not changed.</source>
            <translation>Die Datenbank {path} stammt von einer neueren Lernpartner-Version (Schema {revision}). Bitte installieren Sie die neuere Version; die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>Lernpartner cannot write to the data folder {folder}. Choose another folder or ask for write permission.</source>
            <translation>Lernpartner kann nicht in den Datenordner {folder} schreiben. Wählen Sie einen anderen Ordner oder lassen Sie sich Schreibrechte geben.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be used: {reason}</source>
            <translation>Der Datenordner {folder} ist nicht nutzbar: {reason}</translation>
        </message>
        <message>
            <source>Lernpartner is already running with the data folder {folder}. Switch to the open window, or close it first.</source>
            <translation>Lernpartner läuft bereits mit dem Datenordner {folder}. Wechseln Sie in das offene Fenster oder schließen Sie es zuerst.</translation>
        </message>
        <message>
            <source>The demo needs between 10 and 20000 people.</source>
            <extracomment>The demo's vault passphrase (printed by ``lernpartner demo``; never use it for real data).</extracomment>
            <translation>Die Demo braucht zwischen 10 und 20000 Personen.</translation>
        </message>
        <message>
            <source>The data folder {folder} already holds data; the demo only fills an empty one.</source>
            <translation>Im Datenordner {folder} liegen schon Daten; die Demo füllt nur einen leeren Ordner.</translation>
        </message>
        <message>
            <source>Choose at least one person to enrol.</source>
            <translation>Wählen Sie mindestens eine Person zum Aufnehmen.</translation>
        </message>
        <message>
            <source>The same person was chosen twice.</source>
            <translation>Dieselbe Person wurde zweimal gewählt.</translation>
        </message>
        <message>
            <source>This person no longer exists.</source>
            <translation>Diese Person gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>{name} is inactive and cannot be enrolled. Reactivate them first.</source>
            <translation>{name} ist inaktiv und kann nicht aufgenommen werden. Bitte zuerst wieder aktivieren.</translation>
        </message>
        <message>
            <source>{name} already takes part in this program as {role}.</source>
            <translation>{name} nimmt an diesem Programm schon als {role} teil.</translation>
        </message>
        <message>
            <source>The role {role} does not exist in a {format} program.</source>
            <translation>Die Rolle {role} gibt es in einem Programm im Format {format} nicht.</translation>
        </message>
        <message>
            <source>The capacity cannot be below zero.</source>
            <translation>Die Kapazität kann nicht unter null liegen.</translation>
        </message>
        <message>
            <source>A mentor can take at most {max} mentees.</source>
            <translation>Eine Mentorin oder ein Mentor kann höchstens {max} Mentees begleiten.</translation>
        </message>
        <message>
            <source>This program no longer exists (id {id}).</source>
            <translation>Dieses Programm gibt es nicht mehr (Nr. {id}).</translation>
        </message>
        <message>
            <source>This participation no longer exists.</source>
            <translation>Diese Teilnahme gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>Please give the program a name.</source>
            <translation>Bitte geben Sie dem Programm einen Namen.</translation>
        </message>
        <message>
            <source>There is already a program named "{name}".</source>
            <translation>Es gibt schon ein Programm namens „{name}“.</translation>
        </message>
        <message>
            <source>Unknown learning format: {format}.</source>
            <translation>Unbekanntes Lernformat: {format}.</translation>
        </message>
        <message numerus="yes">
            <source>The format cannot change: %n participant(s) have a role that the new format does not know.</source>
            <translation>
                <numerusform>Das Format lässt sich nicht ändern: %n teilnehmende Person hat eine Rolle, die das neue Format nicht kennt.</numerusform>
                <numerusform>Das Format lässt sich nicht ändern: %n Teilnehmende haben eine Rolle, die das neue Format nicht kennt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Please choose a start date.</source>
            <translation>Bitte wählen Sie ein Startdatum.</translation>
        </message>
        <message>
            <source>The end date ({end}) lies before the start date ({start}).</source>
            <translation>Das Enddatum ({end}) liegt vor dem Startdatum ({start}).</translation>
        </message>
        <message>
            <source>Meet at least every 12 weeks and at most weekly.</source>
            <translation>Treffen Sie sich mindestens alle 12 Wochen und höchstens wöchentlich.</translation>
        </message>
        <message>
            <source>The group size must be between {low} and {high}.</source>
            <translation>Die Gruppengröße muss zwischen {low} und {high} liegen.</translation>
        </message>
        <message>
            <source>Unknown setting {value}.</source>
            <translation>Unbekannte Einstellung {value}.</translation>
        </message>
        <message>
            <source>The chosen facilitator no longer exists.</source>
            <translation>Die gewählte Lernbegleitung gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>Every line of the partner ad needs a topic.</source>
            <translation>Jede Zeile der Lernpartner-Annonce braucht ein Thema.</translation>
        </message>
        <message>
            <source>Unknown kind of ad line: {kind}.</source>
            <translation>Unbekannte Art von Annoncenzeile: {kind}.</translation>
        </message>
        <message>
            <source>The level must be between 1 and 4.</source>
            <translation>Die Stufe muss zwischen 1 und 4 liegen.</translation>
        </message>
        <message>
            <source>"{topic}" appears twice in the same list.</source>
            <translation>„{topic}“ steht zweimal in derselben Liste.</translation>
        </message>
        <message>
            <source>This gap note no longer exists (id {id}).</source>
            <translation>Diese Kompetenzlücke gibt es nicht mehr (Nr. {id}).</translation>
        </message>
        <message>
            <source>Please give the gap note a title.</source>
            <translation>Bitte geben Sie der Kompetenzlücke einen Titel.</translation>
        </message>
        <message>
            <source>The title is longer than {max} characters.</source>
            <translation>Der Titel ist länger als {max} Zeichen.</translation>
        </message>
        <message>
            <source>The note is longer than {max} characters.</source>
            <translation>Die Notiz ist länger als {max} Zeichen.</translation>
        </message>
        <message>
            <source>A gap note belongs to either one person or one partnership.</source>
            <translation>Eine Kompetenzlücke gehört entweder zu einer Person oder zu einer Lernpartnerschaft.</translation>
        </message>
        <message>
            <source>This person no longer exists (id {id}).</source>
            <translation>Diese Person gibt es nicht mehr (Nr. {id}).</translation>
        </message>
        <message>
            <source>Please enter a name.</source>
            <translation>Bitte geben Sie einen Namen ein.</translation>
        </message>
        <message>
            <source>The name is too long (at most 200 characters).</source>
            <translation>Der Name ist zu lang (höchstens 200 Zeichen).</translation>
        </message>
        <message>
            <source>There is already a person named "{name}". Add something that tells them apart, for example the department.</source>
            <translation>Es gibt schon eine Person namens „{name}“. Ergänzen Sie etwas, das die beiden unterscheidet, zum Beispiel die Abteilung.</translation>
        </message>
        <message>
            <source>Unknown kind of generation hint.</source>
            <translation>Unbekannte Art von Generationsangabe.</translation>
        </message>
        <message>
            <source>Say whether the year is a year of birth or a year of entry.</source>
            <translation>Geben Sie an, ob das Jahr ein Geburtsjahr oder ein Eintrittsjahr ist.</translation>
        </message>
        <message>
            <source>The year {year} is not plausible here ({low} to {high}).</source>
            <translation>Das Jahr {year} ist hier nicht plausibel ({low} bis {high}).</translation>
        </message>
        <message>
            <source>"{email}" does not look like an e-mail address.</source>
            <translation>„{email}“ sieht nicht wie eine E-Mail-Adresse aus.</translation>
        </message>
        <message>
            <source>The date of consent cannot be in the future.</source>
            <translation>Das Datum der Einwilligung kann nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <source>A person cannot be their own manager.</source>
            <translation>Eine Person kann nicht ihre eigene Führungskraft sein.</translation>
        </message>
        <message>
            <source>The chosen manager no longer exists.</source>
            <translation>Die gewählte Führungskraft gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>This manager would create a loop: {path}. Each person would report to the next one.</source>
            <translation>Diese Führungskraft ergäbe einen Kreis: {path}. Jede Person würde an die nächste berichten.</translation>
        </message>
        <message>
            <source>This program no longer exists.</source>
            <translation>Dieses Programm gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>A mentee may name at most 3 preferred mentors.</source>
            <translation>Ein Mentee kann höchstens 3 Wunsch-Mentoren nennen.</translation>
        </message>
        <message>
            <source>The same mentor was named twice.</source>
            <translation>Derselbe Mentor wurde zweimal genannt.</translation>
        </message>
        <message>
            <source>Only mentees of this program can name preferred mentors.</source>
            <translation>Nur Mentees dieses Programms können Wunsch-Mentoren nennen.</translation>
        </message>
        <message>
            <source>Preferred mentors must take part in this program as mentors.</source>
            <translation>Wunsch-Mentoren müssen als Mentor an diesem Programm teilnehmen.</translation>
        </message>
        <message>
            <source>Nobody needs to exclude themselves.</source>
            <translation>Niemand muss sich selbst ausschließen.</translation>
        </message>
        <message>
            <source>Only participants of this program can exclude.</source>
            <translation>Nur Teilnehmende dieses Programms können jemanden ausschließen.</translation>
        </message>
        <message>
            <source>These suggestions are out of date.</source>
            <translation>Diese Vorschläge sind nicht mehr aktuell.</translation>
        </message>
        <message>
            <source>{a} and {b} cannot be paired: {why}</source>
            <translation>{a} und {b} können kein Paar bilden: {why}</translation>
        </message>
        <message>
            <source>A pair needs two people.</source>
            <translation>Ein Paar braucht zwei Personen.</translation>
        </message>
        <message>
            <source>Nobody in this program is waiting for a partner. Nominate people first (Programs &gt; Enrol).</source>
            <translation>In diesem Programm wartet niemand auf eine Partnerin oder einen Partner. Nehmen Sie zuerst Personen auf (Programme &gt; Personen aufnehmen).</translation>
        </message>
        <message>
            <source>Choose suggestions to accept.</source>
            <translation>Wählen Sie die Vorschläge, die Sie übernehmen möchten.</translation>
        </message>
        <message>
            <source>Only planned meetings can be moved.</source>
            <translation>Nur geplante Treffen lassen sich verschieben.</translation>
        </message>
        <message>
            <source>Unknown status {status}.</source>
            <translation>Unbekannter Status {status}.</translation>
        </message>
        <message>
            <source>This meeting no longer exists.</source>
            <translation>Dieses Treffen gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>Unknown kind or mode of meeting.</source>
            <translation>Unbekannte Art oder Form des Treffens.</translation>
        </message>
        <message>
            <source>A meeting lasts between 5 minutes and 12 hours.</source>
            <translation>Ein Treffen dauert zwischen 5 Minuten und 12 Stunden.</translation>
        </message>
        <message>
            <source>A series needs an end: choose one, or give the program an end date.</source>
            <translation>Eine Serie braucht ein Ende: Wählen Sie eines oder geben Sie dem Programm ein Enddatum.</translation>
        </message>
        <message>
            <source>The series would end before its first meeting.</source>
            <translation>Die Serie würde vor ihrem ersten Treffen enden.</translation>
        </message>
        <message>
            <source>The meeting on {date} lies outside the program, which runs from {start} to {end}.</source>
            <translation>Das Treffen am {date} liegt außerhalb des Programms, das vom {start} bis {end} läuft.</translation>
        </message>
        <message numerus="yes">
            <source>{name} already has a meeting at that time ({other}: {when}). %n clash(es) in all.</source>
            <translation>
                <numerusform>{name} hat zu dieser Zeit schon ein Treffen ({other}: {when}). Insgesamt %n Überschneidung.</numerusform>
                <numerusform>{name} hat zu dieser Zeit schon ein Treffen ({other}: {when}). Insgesamt %n Überschneidungen.</numerusform>
            </translation>
        </message>
        <message>
            <source>This partnership no longer exists (id {id}).</source>
            <translation>Diese Lernpartnerschaft gibt es nicht mehr (Nr. {id}).</translation>
        </message>
        <message>
            <source>This partnership is {phase}; it takes no new meetings, goals or entries.</source>
            <translation>Diese Lernpartnerschaft hat den Stand „{phase}“; sie nimmt keine neuen Treffen, Ziele oder Einträge an.</translation>
        </message>
        <message>
            <source>A group in this program has 2 to {max} members, not {n}.</source>
            <translation>Eine Gruppe in diesem Programm hat 2 bis {max} Mitglieder, nicht {n}.</translation>
        </message>
        <message>
            <source>A {format} is made of exactly two people.</source>
            <translation>{format}: Ein Paar besteht aus genau zwei Personen.</translation>
        </message>
        <message>
            <source>{name} is inactive and cannot be paired.</source>
            <translation>{name} ist inaktiv und kann kein Paar bilden.</translation>
        </message>
        <message>
            <source>{name} is not enrolled in this program. Enrol them first.</source>
            <translation>{name} ist nicht in dieses Programm aufgenommen. Bitte zuerst aufnehmen.</translation>
        </message>
        <message>
            <source>The role {role} does not exist in this program.</source>
            <translation>Die Rolle {role} gibt es in diesem Programm nicht.</translation>
        </message>
        <message>
            <source>{name} is already in an active partnership of this program.</source>
            <translation>{name} ist schon in einer laufenden Lernpartnerschaft dieses Programms.</translation>
        </message>
        <message>
            <source>A {format} pairs one mentor with one mentee.</source>
            <translation>{format}: Ein Paar besteht aus einem Mentor und einem Mentee.</translation>
        </message>
        <message>
            <source>A buddy pair is one buddy and one colleague.</source>
            <translation>Ein Buddy-Paar besteht aus einem Buddy und einer Kollegin oder einem Kollegen.</translation>
        </message>
        <message>
            <source>Before “{next}” this partnership needs {what}.</source>
            <translation>Vor „{next}“ braucht diese Lernpartnerschaft {what}.</translation>
        </message>
        <message>
            <source>This partnership has already ended.</source>
            <translation>Diese Lernpartnerschaft ist schon beendet.</translation>
        </message>
        <message>
            <source>A partnership has at most {max} learning goals. Focus helps: merge or replace one of the existing goals instead.</source>
            <translation>Eine Lernpartnerschaft hat höchstens {max} Lernziele. Konzentration hilft: Fassen Sie lieber zwei Ziele zusammen oder ersetzen Sie eines.</translation>
        </message>
        <message>
            <source>Please name the learning package.</source>
            <translation>Bitte benennen Sie das Lernpaket.</translation>
        </message>
        <message>
            <source>This learning package no longer exists.</source>
            <translation>Dieses Lernpaket gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>This goal no longer exists.</source>
            <translation>Dieses Ziel gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>Please describe the learning goal.</source>
            <translation>Bitte beschreiben Sie das Lernziel.</translation>
        </message>
        <message>
            <source>A goal can only belong to a member of the partnership.</source>
            <translation>Ein Ziel kann nur zu einem Mitglied der Lernpartnerschaft gehören.</translation>
        </message>
        <message>
            <source>Only members of the partnership can do this.</source>
            <translation>Das können nur Mitglieder der Lernpartnerschaft tun.</translation>
        </message>
        <message>
            <source>The journal entry is empty.</source>
            <translation>Der Tagebucheintrag ist leer.</translation>
        </message>
        <message>
            <source>This entry no longer exists.</source>
            <translation>Diesen Eintrag gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>Choose fits, not sure or does not fit.</source>
            <translation>Wählen Sie „passt“, „unsicher“ oder „passt nicht“.</translation>
        </message>
        <message>
            <source>Ask whether the pairing fits after the first meeting has been held.</source>
            <translation>Fragen Sie erst nach dem ersten Treffen, ob das Paar passt.</translation>
        </message>
        <message>
            <source>Ratings go from 1 to 5.</source>
            <translation>Bewertungen gehen von 1 bis 5.</translation>
        </message>
        <message>
            <source>The vault's key settings ask for {memory} MiB of memory; Lernpartner only accepts 19 to 1024 MiB. The database may have been changed outside Lernpartner. Restore a backup, or unlock with a copy you trust.</source>
            <extracomment>record versions: 0 is text written before the vault existed (schema 0002), sealed as soon as a vault is set up; 1 is AES-256-GCM. The confidential columns and their one-byte codes (never reuse a code).</extracomment>
            <translation>Die Schlüsseleinstellungen des Tresors verlangen {memory} MiB Arbeitsspeicher; Lernpartner akzeptiert nur 19 bis 1024 MiB. Die Datenbank wurde vielleicht außerhalb von Lernpartner verändert. Spielen Sie eine Sicherung zurück oder entsperren Sie mit einer Kopie, der Sie vertrauen.</translation>
        </message>
        <message>
            <source>The vault's key settings (passes: {iterations}, lanes: {lanes}) are out of range. The database may have been changed outside Lernpartner.</source>
            <translation>Die Schlüsseleinstellungen des Tresors (Durchläufe: {iterations}, Spuren: {lanes}) liegen außerhalb des zulässigen Bereichs. Die Datenbank wurde vielleicht außerhalb von Lernpartner verändert.</translation>
        </message>
        <message>
            <source>This confidential text belongs to another record and was copied here outside Lernpartner; it is not shown.</source>
            <extracomment>Chosen for 0.3 to 1 s on an office PC: 256 MiB, 3 passes, 4 lanes took 0.7 s on the 2-core build machine (benchmarks/bench_vault.py). OWASP's minimum is 19 MiB with 2 passes.</extracomment>
            <translation>Dieser vertrauliche Text gehört zu einem anderen Datensatz und wurde außerhalb von Lernpartner hierher kopiert; er wird nicht angezeigt.</translation>
        </message>
        <message>
            <source>This confidential text is empty or cut short.</source>
            <translation>Dieser vertrauliche Text ist leer oder abgeschnitten.</translation>
        </message>
        <message>
            <source>This confidential text was written by a newer Lernpartner (format {version}).</source>
            <translation>Dieser vertrauliche Text stammt von einer neueren Lernpartner-Version (Format {version}).</translation>
        </message>
        <message>
            <source>This confidential text has been changed or damaged and cannot be opened. The other notes are not affected; a backup may hold an intact copy.</source>
            <translation>Dieser vertrauliche Text wurde verändert oder beschädigt und lässt sich nicht öffnen. Die anderen Notizen sind nicht betroffen; eine Sicherung enthält vielleicht eine intakte Kopie.</translation>
        </message>
        <message>
            <source>A recovery code has 8 groups of 5 characters (40 in all); this one has {count}.</source>
            <translation>Ein Wiederherstellungscode hat 8 Gruppen zu je 5 Zeichen (40 insgesamt); dieser hat {count}.</translation>
        </message>
        <message>
            <source>Group {group} of the recovery code contains "{char}", which never occurs in a recovery code. Please check that group.</source>
            <translation>Gruppe {group} des Wiederherstellungscodes enthält „{char}“; dieses Zeichen kommt in Wiederherstellungscodes nie vor. Bitte prüfen Sie diese Gruppe.</translation>
        </message>
        <message>
            <source>Group {group} of the recovery code has a typo. Please compare it with the recovery sheet.</source>
            <translation>Gruppe {group} des Wiederherstellungscodes enthält einen Tippfehler. Bitte vergleichen Sie sie mit dem Wiederherstellungsblatt.</translation>
        </message>
        <message>
            <source>This sealed file is not complete or not from Lernpartner.</source>
            <translation>Diese versiegelte Datei ist unvollständig oder stammt nicht von Lernpartner.</translation>
        </message>
        <message>
            <source>Please enter a passphrase; it cannot be empty.</source>
            <translation>Bitte geben Sie eine Passphrase ein; sie darf nicht leer sein.</translation>
        </message>
        <message>
            <source>Confidential notes need a passphrase first. Set one up to write this note.</source>
            <extracomment>parameters for a new or changed passphrase (tests choose cheap ones)</extracomment>
            <translation>Vertrauliche Notizen brauchen zuerst eine Passphrase. Legen Sie eine fest, um diese Notiz zu schreiben.</translation>
        </message>
        <message>
            <source>The vault already has a passphrase.</source>
            <translation>Der Tresor hat schon eine Passphrase.</translation>
        </message>
        <message>
            <source>Please enter the passphrase.</source>
            <translation>Bitte geben Sie die Passphrase ein.</translation>
        </message>
        <message>
            <source>The passphrase is not correct. Check Caps Lock; if it is forgotten, use the recovery code.</source>
            <translation>Die Passphrase stimmt nicht. Prüfen Sie die Feststelltaste; falls Sie die Passphrase vergessen haben, nutzen Sie den Wiederherstellungscode.</translation>
        </message>
        <message>
            <source>This recovery code is well-formed but belongs to another vault (or an older recovery sheet that was replaced).</source>
            <translation>Dieser Wiederherstellungscode ist richtig aufgebaut, gehört aber zu einem anderen Tresor (oder zu einem älteren, ersetzten Wiederherstellungsblatt).</translation>
        </message>
        <message>
            <source>The vault's backup key is damaged.</source>
            <translation>Der Sicherungsschlüssel des Tresors ist beschädigt.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it with your passphrase to continue.</source>
            <translation>Der Tresor ist gesperrt. Entsperren Sie ihn mit Ihrer Passphrase, um fortzufahren.</translation>
        </message>
        <message>
            <source>Please choose a value from {low} to {high}.</source>
            <translation>Bitte wählen Sie einen Wert von {low} bis {high}.</translation>
        </message>
        <message>
            <source>Unknown matching criterion: {key}.</source>
            <translation>Unbekanntes Matching-Kriterium: {key}.</translation>
        </message>
        <message>
            <source>The weight for "{criterion}" must be between 0 and 10, not {value}.</source>
            <translation>Das Gewicht für „{criterion}“ muss zwischen 0 und 10 liegen, nicht {value}.</translation>
        </message>
        <message>
            <source>Choose highest total fit or as many matched as possible.</source>
            <translation>Wählen Sie „Höchste Gesamtpassung“ oder „Möglichst viele zuordnen“.</translation>
        </message>
        <message>
            <source>The image {file} is too large ({mb} MB). Please choose a smaller file, at most {limit} MB.</source>
            <extracomment>Longest side of a stored image: sharp at 300 dpi over about 10 cm, small in the database. Files larger than this are refused before decoding (a logo is a few hundred KB at most). Decoding more pixels than this is refused (a 20,000 x 20,000 image would need 1.6 GB).</extracomment>
            <translation>Das Bild {file} ist zu groß ({mb} MB). Bitte wählen Sie eine kleinere Datei, höchstens {limit} MB.</translation>
        </message>
        <message>
            <source>The file {file} cannot be read: {reason}</source>
            <translation>Die Datei {file} lässt sich nicht lesen: {reason}</translation>
        </message>
        <message>
            <source>The image {file} has too many pixels to use. Please save it smaller (for example 1200 pixels wide) and choose it again.</source>
            <translation>Das Bild {file} hat zu viele Pixel. Bitte speichern Sie es kleiner (zum Beispiel 1200 Pixel breit) und wählen Sie es erneut.</translation>
        </message>
        <message>
            <source>The file {file} is not an image that Lernpartner can read. Please choose a PNG or JPEG file.</source>
            <translation>Die Datei {file} ist kein Bild, das Lernpartner lesen kann. Bitte wählen Sie eine PNG- oder JPEG-Datei.</translation>
        </message>
        <message>
            <source>Please enter the company name.</source>
            <translation>Bitte geben Sie den Firmennamen ein.</translation>
        </message>
        <message>
            <source>At most {limit} characters, please.</source>
            <translation>Bitte höchstens {limit} Zeichen.</translation>
        </message>
    </context>
    <context>
        <name>FitDialog</name>
        <message>
            <source>Does the pairing fit?</source>
            <translation>Passt das Paar?</translation>
        </message>
        <message>
            <source>Optional, kept confidential</source>
            <translation>Freiwillig, wird vertraulich behandelt</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Mitglied:</translation>
        </message>
        <message>
            <source>The pairing &amp;fits:</source>
            <translation>Das Paar &amp;passt:</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Kommentar:</translation>
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message>
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Mentee</source>
            <translation>Mentee</translation>
        </message>
        <message>
            <source>Peer</source>
            <translation>Peer</translation>
        </message>
        <message>
            <source>Buddy</source>
            <translation>Buddy</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <source>Voluntary</source>
            <translation>Freiwillig</translation>
        </message>
        <message>
            <source>Mandatory</source>
            <translation>Verpflichtend</translation>
        </message>
        <message>
            <source>Open content</source>
            <translation>Offene Inhalte</translation>
        </message>
        <message>
            <source>Prescribed topics</source>
            <translation>Vorgegebene Themen</translation>
        </message>
        <message>
            <source>Self-organised</source>
            <translation>Selbstorganisiert</translation>
        </message>
        <message>
            <source>Centrally steered</source>
            <translation>Zentral gesteuert</translation>
        </message>
        <message>
            <source>Across hierarchy levels</source>
            <translation>Über Hierarchieebenen hinweg</translation>
        </message>
        <message>
            <source>Among equals</source>
            <translation>Unter Gleichgestellten</translation>
        </message>
        <message>
            <source>Learning partnership</source>
            <translation>Lernpartnerschaft</translation>
        </message>
        <message>
            <source>Two or more people learn with and from each other, voluntarily.</source>
            <translation>Zwei oder mehr Personen lernen freiwillig mit- und voneinander.</translation>
        </message>
        <message>
            <source>Learning tandem</source>
            <translation>Lern-Tandem</translation>
        </message>
        <message>
            <source>Exactly two people, each learner and teacher (I offer / I seek).</source>
            <translation>Genau zwei Personen, beide lernen und lehren („Ich biete“ / „Ich suche“).</translation>
        </message>
        <message>
            <source>Mentoring</source>
            <translation>Mentoring</translation>
        </message>
        <message>
            <source>An experienced mentor accompanies one or more less experienced mentees.</source>
            <translation>Eine erfahrene Person begleitet als Mentor eine oder mehrere weniger erfahrene Mentees.</translation>
        </message>
        <message>
            <source>Reverse mentoring</source>
            <translation>Reverse Mentoring</translation>
        </message>
        <message>
            <source>A younger, digitally savvy mentor passes know-how up to a senior mentee.</source>
            <translation>Eine jüngere, digital versierte Person gibt als Mentor ihr Know-how an erfahrene Mitarbeitende weiter.</translation>
        </message>
        <message>
            <source>Buddy program</source>
            <translation>Buddy-Programm</translation>
        </message>
        <message>
            <source>A tech-savvy buddy helps a colleague with onboarding and tools.</source>
            <translation>Ein technikaffiner Buddy hilft einer Kollegin oder einem Kollegen bei der Einarbeitung und mit Werkzeugen.</translation>
        </message>
        <message>
            <source>Learning circle</source>
            <translation>Lernzirkel</translation>
        </message>
        <message>
            <source>A small group of peers works on a shared topic.</source>
            <translation>Eine kleine Gruppe Gleichgestellter arbeitet an einem gemeinsamen Thema.</translation>
        </message>
        <message>
            <source>Job shadowing</source>
            <translation>Job Shadowing</translation>
        </message>
        <message>
            <source>An observer watches a host at real work.</source>
            <translation>Eine Person begleitet eine andere bei der echten Arbeit und schaut ihr über die Schulter.</translation>
        </message>
    </context>
    <context>
        <name>GapNoteDialog</name>
        <message>
            <source>Gap note</source>
            <translation>Kompetenzlücke</translation>
        </message>
        <message>
            <source>Edit gap note</source>
            <translation>Kompetenzlücke bearbeiten</translation>
        </message>
        <message>
            <source>e.g. Unsure with pivot tables</source>
            <translation>z. B. Unsicher bei Pivot-Tabellen</translation>
        </message>
        <message>
            <source>What is missing, what would help, what was agreed? Only readable with the passphrase.</source>
            <translation>Was fehlt, was würde helfen, was wurde vereinbart? Nur mit der Passphrase lesbar.</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
        <message>
            <source>Confidential: encrypted on disk, never printed on certificates or schedules.</source>
            <translation>Vertraulich: verschlüsselt gespeichert, nie auf Zertifikaten oder Terminplänen gedruckt.</translation>
        </message>
    </context>
    <context>
        <name>GapNotesPanel</name>
        <message>
            <source>Updated</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Gap notes</source>
            <translation>Kompetenzlücken</translation>
        </message>
        <message>
            <source>Gap notes (confidential)</source>
            <translation>Kompetenzlücken (vertraulich)</translation>
        </message>
        <message>
            <source>New &amp;gap note…</source>
            <translation>Neue &amp;Kompetenzlücke…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Öffnen…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Unlock to read</source>
            <translation>Zum Lesen entsperren</translation>
        </message>
        <message>
            <source>Delete gap note</source>
            <translation>Kompetenzlücke löschen</translation>
        </message>
        <message>
            <source>Delete this gap note for good? It cannot be brought back.</source>
            <translation>Diese Kompetenzlücke endgültig löschen? Sie lässt sich nicht wiederherstellen.</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <source>Learning goal</source>
            <translation>Lernziel</translation>
        </message>
        <message>
            <source>New learning goal</source>
            <translation>Neues Lernziel</translation>
        </message>
        <message>
            <source>What should be learned?</source>
            <translation>Was soll gelernt werden?</translation>
        </message>
        <message>
            <source>How will you know it is reached? Neither too ambitious nor too vague.</source>
            <translation>Woran erkennen Sie, dass es erreicht ist? Weder zu ehrgeizig noch zu vage.</translation>
        </message>
        <message>
            <source>(shared goal)</source>
            <translation>(gemeinsames Ziel)</translation>
        </message>
        <message>
            <source>&amp;Goal:</source>
            <translation>&amp;Ziel:</translation>
        </message>
        <message>
            <source>&amp;Success criteria:</source>
            <translation>&amp;Erfolgskriterien:</translation>
        </message>
        <message>
            <source>&amp;Belongs to:</source>
            <translation>&amp;Gehört zu:</translation>
        </message>
    </context>
    <context>
        <name>InterimDialog</name>
        <message>
            <source>Interim feedback</source>
            <translation>Zwischenfeedback</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Mitglied:</translation>
        </message>
        <message>
            <source>&amp;Progress (1–5):</source>
            <translation>&amp;Fortschritt (1–5):</translation>
        </message>
        <message>
            <source>&amp;Cooperation (1–5):</source>
            <translation>&amp;Zusammenarbeit (1–5):</translation>
        </message>
        <message>
            <source>&amp;Benefit (1–5):</source>
            <translation>&amp;Nutzen (1–5):</translation>
        </message>
        <message>
            <source>Optional, kept confidential</source>
            <translation>Freiwillig, wird vertraulich behandelt</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Kommentar:</translation>
        </message>
    </context>
    <context>
        <name>JournalDialog</name>
        <message>
            <source>Learning journal entry</source>
            <translation>Eintrag im Lerntagebuch</translation>
        </message>
        <message>
            <source>What did I learn, what did I try at work, what is next? (confidential)</source>
            <translation>Was habe ich gelernt, was habe ich bei der Arbeit ausprobiert, was kommt als Nächstes? (vertraulich)</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Mitglied:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Entry:</source>
            <translation>&amp;Eintrag:</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Lernpartner</source>
            <translation>Lernpartner</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Lernpartnerschaften</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Programs</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Ctrl+%d</source>
            <translation>Strg+%d</translation>
        </message>
        <message>
            <source>Data: %s</source>
            <translation>Daten: %s</translation>
        </message>
        <message numerus="yes">
            <source>%n gap note(s) deleted: their partnership ended longer ago than the retention period.</source>
            <translation>
                <numerusform>%n Kompetenzlücke gelöscht: Das Ende ihrer Lernpartnerschaft liegt länger zurück als die Aufbewahrungsfrist.</numerusform>
                <numerusform>%n Kompetenzlücken gelöscht: Das Ende ihrer Lernpartnerschaften liegt länger zurück als die Aufbewahrungsfrist.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Neu…</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>A&amp;ktualisieren</translation>
        </message>
        <message>
            <source>V&amp;ault</source>
            <translation>&amp;Tresor</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>Jetzt &amp;sperren</translation>
        </message>
        <message>
            <source>&amp;Unlock…</source>
            <translation>&amp;Entsperren…</translation>
        </message>
        <message>
            <source>&amp;Change passphrase…</source>
            <translation>Passphrase ä&amp;ndern…</translation>
        </message>
        <message>
            <source>New &amp;recovery code…</source>
            <translation>Neuer &amp;Wiederherstellungscode…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>Einstell&amp;ungen…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Lernpartner</source>
            <translation>Ü&amp;ber Lernpartner</translation>
        </message>
        <message>
            <source>About Lernpartner</source>
            <translation>Über Lernpartner</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Lernpartner %s&lt;/h3&gt;&lt;p&gt;Learning partnerships, tandems and mentoring for small businesses. Your data stays on this computer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Lernpartner %s&lt;/h3&gt;&lt;p&gt;Lernpartnerschaften, Lern-Tandems und Mentoring für kleine Unternehmen. Ihre Daten bleiben auf diesem Computer.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Matching</name>
        <message>
            <source>nothing they seek is offered</source>
            <translation>nichts von dem, was gesucht wird, wird angeboten</translation>
        </message>
        <message>
            <source>{a} and {b} already ended a partnership in this program</source>
            <translation>{a} und {b} haben in diesem Programm schon eine Lernpartnerschaft beendet</translation>
        </message>
        <message>
            <source>{a} excluded {b}</source>
            <translation>{a} hat {b} ausgeschlossen</translation>
        </message>
        <message>
            <source>you rejected {a} with {b}</source>
            <translation>Sie haben {a} mit {b} abgelehnt</translation>
        </message>
        <message>
            <source>No pair in this program meets the rules. The list below says why for each person.</source>
            <translation>Kein Paar in diesem Programm erfüllt die Regeln. Die Liste unten nennt für jede Person den Grund.</translation>
        </message>
        <message>
            <source>What one seeks, the other offers</source>
            <translation>Was die eine Person sucht, bietet die andere</translation>
        </message>
        <message>
            <source>Preferences honoured</source>
            <translation>Wünsche berücksichtigt</translation>
        </message>
        <message>
            <source>Across departments</source>
            <translation>Über Abteilungen hinweg</translation>
        </message>
        <message>
            <source>Generation gap</source>
            <translation>Generationenabstand</translation>
        </message>
        <message>
            <source>Shared language</source>
            <translation>Gemeinsame Sprache</translation>
        </message>
        <message>
            <source>Same location</source>
            <translation>Gleicher Standort</translation>
        </message>
        <message>
            <source>the same person</source>
            <translation>dieselbe Person</translation>
        </message>
        <message>
            <source>{boss} is the manager of {report}</source>
            <translation>{boss} ist Führungskraft von {report}</translation>
        </message>
        <message>
            <source>in reverse mentoring the mentor is the younger one ({mentor})</source>
            <translation>beim Reverse Mentoring ist der Mentor die jüngere Person ({mentor})</translation>
        </message>
        <message>
            <source>Pinned by you</source>
            <translation>Von Ihnen festgelegt</translation>
        </message>
        <message>
            <source>{teacher} offers {topic} (level {offer}); {learner} seeks it (level {seek})</source>
            <translation>{teacher} bietet {topic} (Stufe {offer}); {learner} sucht das Thema (Stufe {seek})</translation>
        </message>
        <message>
            <source>{chooser}'s choice no. {rank}</source>
            <translation>Wunsch Nr. {rank} von {chooser}</translation>
        </message>
        <message>
            <source>Across departments ({a} and {b})</source>
            <translation>Über Abteilungen hinweg ({a} und {b})</translation>
        </message>
        <message numerus="yes">
            <source>The mentors' free places ({places}) cannot cover all %n mentee(s): raise a capacity or nominate more mentors.</source>
            <translation>
                <numerusform>Die freien Plätze der Mentoren ({places}) reichen nicht für %n Mentee: Erhöhen Sie eine Kapazität oder nehmen Sie weitere Mentoren auf.</numerusform>
                <numerusform>Die freien Plätze der Mentoren ({places}) reichen nicht für alle %n Mentees: Erhöhen Sie eine Kapazität oder nehmen Sie weitere Mentoren auf.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Generation gap of %n year(s)</source>
            <translation>
                <numerusform>Generationenabstand von %n Jahr</numerusform>
                <numerusform>Generationenabstand von %n Jahren</numerusform>
            </translation>
        </message>
        <message>
            <source>Both speak {languages}</source>
            <translation>Beide sprechen {languages}</translation>
        </message>
        <message>
            <source>Same location ({place})</source>
            <translation>Gleicher Standort ({place})</translation>
        </message>
        <message>
            <source>Has not said what they seek: add it to the partner ad.</source>
            <translation>Hat noch nicht gesagt, was gesucht wird: bitte in der Lernpartner-Annonce ergänzen.</translation>
        </message>
        <message>
            <source>Nobody in the program offers what they seek.</source>
            <translation>Niemand im Programm bietet, was gesucht wird.</translation>
        </message>
        <message>
            <source>Only excluded candidates fit (for example: {why}).</source>
            <translation>Nur ausgeschlossene Personen passen (zum Beispiel: {why}).</translation>
        </message>
        <message>
            <source>Capacities are full: the mentors who fit ({names}) have no place left.</source>
            <translation>Kapazitäten erschöpft: Die passenden Mentoren ({names}) haben keinen Platz mehr.</translation>
        </message>
        <message>
            <source>Everyone who fits ({names}) is matched with someone they fit better.</source>
            <translation>Alle Passenden ({names}) sind schon jemandem zugeordnet, der besser zu ihnen passt.</translation>
        </message>
        <message>
            <source>Nobody else shares a topic with them.</source>
            <translation>Niemand sonst teilt ein Thema mit dieser Person.</translation>
        </message>
        <message>
            <source>Left over: the groups of their topics are full or excluded.</source>
            <translation>Übrig geblieben: Die Gruppen zu ihren Themen sind voll oder ausgeschlossen.</translation>
        </message>
        <message>
            <source>Shared topic: {topic} (seek it: {seekers}; offer it: {offerers})</source>
            <translation>Gemeinsames Thema: {topic} (suchen: {seekers}; bieten: {offerers})</translation>
        </message>
        <message>
            <source>Across departments ({departments})</source>
            <translation>Über Abteilungen hinweg ({departments})</translation>
        </message>
    </context>
    <context>
        <name>MatchingDialog</name>
        <message>
            <source>Matching: %s</source>
            <translation>Matching: %s</translation>
        </message>
        <message>
            <source>Highest total fit</source>
            <translation>Höchste Gesamtpassung</translation>
        </message>
        <message>
            <source>As many people matched as possible</source>
            <translation>Möglichst viele zuordnen</translation>
        </message>
        <message>
            <source>&amp;Objective:</source>
            <translation>&amp;Ziel:</translation>
        </message>
        <message>
            <source>&amp;Defaults</source>
            <translation>&amp;Standardwerte</translation>
        </message>
        <message>
            <source>What counts, and how much (0 to 10)</source>
            <translation>Was zählt, und wie viel (0 bis 10)</translation>
        </message>
        <message>
            <source>Never suggested: a person with their own manager or direct report, a pair that already ended a partnership here, excluded or rejected pairs, more mentees than a mentor's capacity.</source>
            <translation>Nie vorgeschlagen: eine Person mit ihrer eigenen Führungskraft oder direkten Mitarbeitenden, ein Paar, das hier schon eine Lernpartnerschaft beendet hat, ausgeschlossene oder abgelehnte Paare, mehr Mentees als die Kapazität eines Mentors.</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>Vorschlag</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>Vorschläge</translation>
        </message>
        <message>
            <source>Not matched</source>
            <translation>Nicht zugeordnet</translation>
        </message>
        <message>
            <source>&amp;Accept selected</source>
            <translation>Auswahl ü&amp;bernehmen</translation>
        </message>
        <message>
            <source>Accept a&amp;ll</source>
            <translation>A&amp;lle übernehmen</translation>
        </message>
        <message>
            <source>&amp;Reject selected</source>
            <translation>Auswahl &amp;ablehnen</translation>
        </message>
        <message>
            <source>&amp;Swap mentees</source>
            <translation>Mentees &amp;tauschen</translation>
        </message>
        <message>
            <source>Select two suggestions: their mentees change places (the pairs are pinned).</source>
            <translation>Wählen Sie zwei Vorschläge: Deren Mentees tauschen die Plätze (die Paare werden festgelegt).</translation>
        </message>
        <message>
            <source>Not matched, and why:</source>
            <translation>Nicht zugeordnet, und warum:</translation>
        </message>
        <message>
            <source>Calculating…</source>
            <translation>Wird berechnet…</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s)</source>
            <translation>
                <numerusform>%n Vorschlag</numerusform>
                <numerusform>%n Vorschläge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) matched</source>
            <translation>
                <numerusform>%n Person zugeordnet</numerusform>
                <numerusform>%n Personen zugeordnet</numerusform>
            </translation>
        </message>
        <message>
            <source>total fit %1</source>
            <translation>Gesamtpassung %1</translation>
        </message>
        <message>
            <source>[pinned] </source>
            <translation>[festgelegt] </translation>
        </message>
        <message>
            <source>Select a suggestion to see why it is made and how its score is built. Move a slider: the suggestions follow at once.</source>
            <translation>Wählen Sie einen Vorschlag, um zu sehen, warum er gemacht wird und wie sich seine Punkte zusammensetzen. Bewegen Sie einen Regler: Die Vorschläge folgen sofort.</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Warum:</translation>
        </message>
        <message>
            <source>Score by criterion (weight × fit):</source>
            <translation>Punkte je Kriterium (Gewicht × Passung):</translation>
        </message>
        <message numerus="yes">
            <source>%n partnership(s) created.</source>
            <translation>
                <numerusform>%n Lernpartnerschaft angelegt.</numerusform>
                <numerusform>%n Lernpartnerschaften angelegt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Swap not possible</source>
            <translation>Tausch nicht möglich</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>Plan meetings</source>
            <translation>Treffen planen</translation>
        </message>
        <message>
            <source>Plan a program event</source>
            <translation>Programmveranstaltung planen</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Room, address or video link</source>
            <translation>Raum, Adresse oder Videolink</translation>
        </message>
        <message>
            <source>repeat</source>
            <translation>wiederholen</translation>
        </message>
        <message numerus="yes">
            <source> week(s)</source>
            <translation>
                <numerusform>. Woche</numerusform>
                <numerusform> Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every </source>
            <translation>
                <numerusform>jede </numerusform>
                <numerusform>alle </numerusform>
            </translation>
        </message>
        <message>
            <source>until</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Wann:</translation>
        </message>
        <message>
            <source>&amp;Duration:</source>
            <translation>&amp;Dauer:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>M&amp;ode:</source>
            <translation>&amp;Form:</translation>
        </message>
        <message>
            <source>&amp;Place or link:</source>
            <translation>&amp;Ort oder Link:</translation>
        </message>
        <message>
            <source>Series:</source>
            <translation>Serie:</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <source>On site</source>
            <translation>Vor Ort</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Hybrid</source>
            <translation>Hybrid</translation>
        </message>
        <message>
            <source>Regular meeting</source>
            <translation>Regelmäßiges Treffen</translation>
        </message>
        <message>
            <source>Kick-off</source>
            <translation>Auftaktveranstaltung</translation>
        </message>
        <message>
            <source>Interim talk</source>
            <translation>Zwischengespräch</translation>
        </message>
        <message>
            <source>Closing event</source>
            <translation>Abschlussveranstaltung</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>geplant</translation>
        </message>
        <message>
            <source>held</source>
            <translation>stattgefunden</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgesagt</translation>
        </message>
        <message>
            <source>fits</source>
            <translation>passt</translation>
        </message>
        <message>
            <source>not sure</source>
            <translation>unsicher</translation>
        </message>
        <message>
            <source>does not fit</source>
            <translation>passt nicht</translation>
        </message>
    </context>
    <context>
        <name>MoveMeetingDialog</name>
        <message>
            <source>Move meeting</source>
            <translation>Treffen verschieben</translation>
        </message>
        <message>
            <source>Move all later meetings of this series by the same amount</source>
            <translation>Alle späteren Treffen dieser Serie um dieselbe Zeit verschieben</translation>
        </message>
        <message>
            <source>Now:</source>
            <translation>Bisher:</translation>
        </message>
        <message>
            <source>&amp;New time:</source>
            <translation>&amp;Neuer Termin:</translation>
        </message>
    </context>
    <context>
        <name>NewPartnershipDialog</name>
        <message>
            <source>New partnership</source>
            <translation>Neue Lernpartnerschaft</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>&amp;Program:</source>
            <translation>&amp;Programm:</translation>
        </message>
        <message>
            <source>Create a program and enrol people first.</source>
            <translation>Legen Sie zuerst ein Programm an und nehmen Sie Personen auf.</translation>
        </message>
        <message numerus="yes">
            <source>Tick 2 to %n member(s) of the learning group.</source>
            <translation>
                <numerusform>Kreuzen Sie 2 bis %n Mitglied der Lerngruppe an.</numerusform>
                <numerusform>Kreuzen Sie 2 bis %n Mitglieder der Lerngruppe an.</numerusform>
            </translation>
        </message>
        <message>
            <source>Tick the two people of the %s.</source>
            <translation>Kreuzen Sie die zwei Personen an (%s).</translation>
        </message>
    </context>
    <context>
        <name>NominateDialog</name>
        <message>
            <source>Nominate for a program</source>
            <translation>Für ein Programm nominieren</translation>
        </message>
        <message>
            <source>&amp;Program:</source>
            <translation>&amp;Programm:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <source>&amp;Capacity (mentees each):</source>
            <translation>&amp;Kapazität (Mentees je Mentor):</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) chosen on the People page.</source>
            <translation>
                <numerusform>%n Person auf der Seite Personen ausgewählt.</numerusform>
                <numerusform>%n Personen auf der Seite Personen ausgewählt.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Nominate</source>
            <translation>&amp;Nominieren</translation>
        </message>
        <message>
            <source>Create a program first (Programs page).</source>
            <translation>Legen Sie zuerst ein Programm an (Seite Programme).</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>active people</source>
            <translation>aktive Personen</translation>
        </message>
        <message>
            <source>programs running</source>
            <translation>laufende Programme</translation>
        </message>
        <message>
            <source>partnerships running</source>
            <extracomment>"partnership:ID", "person:ID" or "program:ID": the main window opens that place</extracomment>
            <translation>laufende Lernpartnerschaften</translation>
        </message>
        <message>
            <source>meetings this week</source>
            <translation>Treffen diese Woche</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Diese Woche</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Bitte beachten</translation>
        </message>
        <message>
            <source>No meetings this week.</source>
            <translation>Diese Woche keine Treffen.</translation>
        </message>
        <message numerus="yes">
            <source>No meeting for %n day(s) or more</source>
            <translation>
                <numerusform>Seit %n Tag oder länger kein Treffen</numerusform>
                <numerusform>Seit %n Tagen oder länger kein Treffen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>Interim talks due or overdue</source>
            <translation>Zwischengespräche fällig oder überfällig</translation>
        </message>
        <message>
            <source>Goals without success criteria</source>
            <translation>Ziele ohne Erfolgskriterien</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>„%1“</translation>
        </message>
        <message>
            <source>Mentors over capacity</source>
            <translation>Mentoren über ihrer Kapazität</translation>
        </message>
        <message>
            <source>%1: %2 more than agreed</source>
            <translation>%1: %2 mehr als vereinbart</translation>
        </message>
        <message>
            <source>Enrolled without recorded consent</source>
            <translation>Aufgenommen ohne erfasste Einwilligung</translation>
        </message>
        <message>
            <source>Inactive but still enrolled</source>
            <translation>Inaktiv, aber noch aufgenommen</translation>
        </message>
        <message>
            <source>Enrolled with an empty partner ad</source>
            <translation>Aufgenommen mit leerer Lernpartner-Annonce</translation>
        </message>
        <message>
            <source>Programs without participants</source>
            <translation>Programme ohne Teilnehmende</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>und %n weiteres</numerusform>
                <numerusform>und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>No people yet. Start on the People page (Ctrl+3) with “New person…”, or try the app with demo data: lernpartner demo</source>
            <translation>Noch keine Personen. Beginnen Sie auf der Seite Personen (Strg+3) mit „Neue Person…“ oder probieren Sie die App mit Demodaten aus: lernpartner demo</translation>
        </message>
        <message>
            <source>due</source>
            <translation>fällig</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>überfällig</translation>
        </message>
        <message>
            <source>halfway, no interim feedback yet</source>
            <translation>Halbzeit, noch kein Zwischenfeedback</translation>
        </message>
        <message>
            <source>Nothing needs your attention right now.</source>
            <translation>Im Moment ist nichts zu beachten.</translation>
        </message>
    </context>
    <context>
        <name>PackageDialog</name>
        <message>
            <source>New learning package</source>
            <translation>Neues Lernpaket</translation>
        </message>
        <message>
            <source>e.g. work through the pivot-table tutorial</source>
            <translation>z. B. das Pivot-Tabellen-Tutorial durcharbeiten</translation>
        </message>
        <message>
            <source>due on</source>
            <translation>fällig am</translation>
        </message>
        <message>
            <source>For goal:</source>
            <translation>Zum Ziel:</translation>
        </message>
        <message>
            <source>&amp;Package:</source>
            <translation>&amp;Lernpaket:</translation>
        </message>
        <message>
            <source>Due:</source>
            <translation>Fällig:</translation>
        </message>
    </context>
    <context>
        <name>ParticipationDialog</name>
        <message>
            <source>Role of %s</source>
            <translation>Rolle von %s</translation>
        </message>
        <message numerus="yes">
            <source> mentee(s)</source>
            <translation>
                <numerusform> Mentee</numerusform>
                <numerusform> Mentees</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <source>&amp;Capacity:</source>
            <translation>&amp;Kapazität:</translation>
        </message>
    </context>
    <context>
        <name>PartnerAdDialog</name>
        <message>
            <source>Partner ad of %s</source>
            <translation>Lernpartner-Annonce von %s</translation>
        </message>
        <message>
            <source>What can %s teach others, and what would they like to learn? The level says how far along they are in each topic.</source>
            <translation>Was kann %s anderen beibringen, und was möchte die Person lernen? Die Stufe sagt, wie weit sie im jeweiligen Thema ist.</translation>
        </message>
        <message>
            <source>I offer …</source>
            <translation>Ich biete …</translation>
        </message>
        <message>
            <source>I seek …</source>
            <translation>Ich suche …</translation>
        </message>
        <message>
            <source>A few words in their own voice (optional)</source>
            <translation>Ein paar Sätze in eigenen Worten (freiwillig)</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Notiz:</translation>
        </message>
    </context>
    <context>
        <name>PartnershipView</name>
        <message>
            <source>&amp;Next phase</source>
            <translation>Nächste &amp;Phase</translation>
        </message>
        <message>
            <source>End &amp;early…</source>
            <translation>Vorzeitig &amp;beenden…</translation>
        </message>
        <message>
            <source>Goal / learning package</source>
            <translation>Ziel / Lernpaket</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Belongs to / due</source>
            <translation>Gehört zu / fällig</translation>
        </message>
        <message>
            <source>Success criteria</source>
            <translation>Erfolgskriterien</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>Add &amp;goal…</source>
            <translation>&amp;Ziel hinzufügen…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Erreicht</translation>
        </message>
        <message>
            <source>Not achieved</source>
            <translation>Nicht erreicht</translation>
        </message>
        <message>
            <source>Add &amp;package…</source>
            <translation>&amp;Lernpaket hinzufügen…</translation>
        </message>
        <message>
            <source>Package done</source>
            <translation>Lernpaket erledigt</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source> (whole program)</source>
            <translation> (ganzes Programm)</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Place or link</source>
            <translation>Ort oder Link</translation>
        </message>
        <message>
            <source>&amp;Plan meetings…</source>
            <translation>Treffen p&amp;lanen…</translation>
        </message>
        <message>
            <source>Mark &amp;held</source>
            <translation>&amp;Stattgefunden</translation>
        </message>
        <message>
            <source>&amp;Cancel meeting</source>
            <translation>Treffen absa&amp;gen</translation>
        </message>
        <message>
            <source>&amp;Move…</source>
            <translation>Versch&amp;ieben…</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <source>New &amp;entry…</source>
            <translation>Neuer &amp;Eintrag…</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Does it fit?</source>
            <translation>Passt es?</translation>
        </message>
        <message>
            <source>Interim feedback</source>
            <translation>Zwischenfeedback</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Does it &amp;fit?…</source>
            <translation>Passt &amp;es?…</translation>
        </message>
        <message>
            <source>&amp;Interim feedback…</source>
            <translation>Zwischen&amp;feedback…</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Treffen</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n Min.</numerusform>
                <numerusform>%n Min.</numerusform>
            </translation>
        </message>
        <message>
            <source>Learning journal</source>
            <translation>Lerntagebuch</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Rückmeldungen</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Gap notes</source>
            <translation>Kompetenzlücken</translation>
        </message>
        <message>
            <source>progress %1, cooperation %2, benefit %3</source>
            <translation>Fortschritt %1, Zusammenarbeit %2, Nutzen %3</translation>
        </message>
        <message>
            <source>No partnership selected</source>
            <translation>Keine Lernpartnerschaft ausgewählt</translation>
        </message>
        <message>
            <source>Choose one on the left, or create one with “New partnership…” (Ctrl+N).</source>
            <translation>Wählen Sie links eine aus oder legen Sie mit „Neue Lernpartnerschaft…“ (Strg+N) eine an.</translation>
        </message>
        <message>
            <source>Before the next phase: %s</source>
            <translation>Vor der nächsten Phase: %s</translation>
        </message>
        <message>
            <source>Note on ending:</source>
            <translation>Notiz zum Ende:</translation>
        </message>
        <message>
            <source>shared</source>
            <translation>gemeinsam</translation>
        </message>
        <message>
            <source>— no success criteria yet</source>
            <translation>— noch keine Erfolgskriterien</translation>
        </message>
        <message>
            <source>&amp;Complete</source>
            <translation>&amp;Abschließen</translation>
        </message>
        <message>
            <source>Phase changed.</source>
            <translation>Phase gewechselt.</translation>
        </message>
        <message>
            <source>The partnership has ended.</source>
            <translation>Die Lernpartnerschaft ist beendet.</translation>
        </message>
        <message>
            <source>Goal added.</source>
            <translation>Ziel hinzugefügt.</translation>
        </message>
        <message>
            <source>Goal saved.</source>
            <translation>Ziel gespeichert.</translation>
        </message>
        <message>
            <source>Goal assessed.</source>
            <translation>Ziel bewertet.</translation>
        </message>
        <message>
            <source>Learning package added.</source>
            <translation>Lernpaket hinzugefügt.</translation>
        </message>
        <message>
            <source>Learning package done.</source>
            <translation>Lernpaket erledigt.</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) planned.</source>
            <translation>
                <numerusform>%n Treffen geplant.</numerusform>
                <numerusform>%n Treffen geplant.</numerusform>
            </translation>
        </message>
        <message>
            <source>Meeting updated.</source>
            <translation>Treffen aktualisiert.</translation>
        </message>
        <message>
            <source>Meeting moved.</source>
            <translation>Treffen verschoben.</translation>
        </message>
        <message>
            <source>Journal entry saved.</source>
            <translation>Tagebucheintrag gespeichert.</translation>
        </message>
        <message>
            <source>Answer saved.</source>
            <translation>Antwort gespeichert.</translation>
        </message>
        <message>
            <source>The pairing does not fit</source>
            <translation>Das Paar passt nicht</translation>
        </message>
        <message>
            <source>That happens, and it is fine. Do you want to end this partnership now, so that a new pairing can be found?</source>
            <translation>Das kommt vor und ist in Ordnung. Möchten Sie diese Lernpartnerschaft jetzt beenden, damit sich ein neues Paar finden kann?</translation>
        </message>
        <message>
            <source>The partnership has ended. Its members can be paired again.</source>
            <translation>Die Lernpartnerschaft ist beendet. Die Mitglieder können neu zugeordnet werden.</translation>
        </message>
        <message>
            <source>Feedback saved.</source>
            <translation>Feedback gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>PartnershipsPage</name>
        <message>
            <source>Search names or program…</source>
            <translation>Namen oder Programm suchen…</translation>
        </message>
        <message>
            <source>Program filter</source>
            <translation>Programmfilter</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Laufend</translation>
        </message>
        <message>
            <source>All phases</source>
            <translation>Alle Phasen</translation>
        </message>
        <message>
            <source>Phase filter</source>
            <translation>Phasenfilter</translation>
        </message>
        <message>
            <source>&amp;New partnership…</source>
            <translation>&amp;Neue Lernpartnerschaft…</translation>
        </message>
        <message>
            <source>Program &amp;event…</source>
            <translation>Programm&amp;veranstaltung…</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Lernpartnerschaft</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Nächstes Treffen</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Lernpartnerschaften</translation>
        </message>
        <message>
            <source>All programs</source>
            <translation>Alle Programme</translation>
        </message>
        <message>
            <source>Partnership created. Next: plan goals.</source>
            <translation>Lernpartnerschaft angelegt. Als Nächstes: Ziele planen.</translation>
        </message>
        <message>
            <source>Choose a program first (filter above).</source>
            <translation>Wählen Sie zuerst ein Programm (Filter oben).</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) planned.</source>
            <translation>
                <numerusform>%n Veranstaltung geplant.</numerusform>
                <numerusform>%n Veranstaltungen geplant.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <source>Basic</source>
            <translation>Grundkenntnisse</translation>
        </message>
        <message>
            <source>Intermediate</source>
            <translation>Gute Kenntnisse</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Sehr gute Kenntnisse</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Expertenwissen</translation>
        </message>
        <message>
            <source>Year of birth</source>
            <translation>Geburtsjahr</translation>
        </message>
        <message>
            <source>Year of entry</source>
            <translation>Eintrittsjahr</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>Search name, department, job, topic… (Ctrl+F)</source>
            <translation>Name, Abteilung, Funktion, Thema suchen… (Strg+F)</translation>
        </message>
        <message>
            <source>Search people</source>
            <translation>Personen suchen</translation>
        </message>
        <message>
            <source>Department filter</source>
            <translation>Abteilungsfilter</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inaktiv</translation>
        </message>
        <message>
            <source>Active and inactive</source>
            <translation>Aktiv und inaktiv</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Statusfilter</translation>
        </message>
        <message>
            <source>Any role</source>
            <translation>Jede Rolle</translation>
        </message>
        <message>
            <source>In no program</source>
            <translation>In keinem Programm</translation>
        </message>
        <message>
            <source>Role filter</source>
            <translation>Rollenfilter</translation>
        </message>
        <message>
            <source>&amp;New person…</source>
            <translation>&amp;Neue Person…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>Partner &amp;ad…</source>
            <translation>Annon&amp;ce…</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>Dea&amp;ktivieren</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Führungskraft</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Offers</source>
            <translation>Bietet</translation>
        </message>
        <message>
            <source>Seeks</source>
            <translation>Sucht</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>N&amp;ominate…</source>
            <translation>N&amp;ominieren…</translation>
        </message>
        <message>
            <source>Nominate the selected people for a program as mentor, mentee, peer or member</source>
            <translation>Die ausgewählten Personen für ein Programm nominieren: als Mentor, Mentee, Peer oder Mitglied</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>Alle Abteilungen</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n person(s)</source>
            <translation>
                <numerusform>%1 von %n Person</numerusform>
                <numerusform>%1 von %n Personen</numerusform>
            </translation>
        </message>
        <message>
            <source>Re&amp;activate</source>
            <translation>Wieder a&amp;ktivieren</translation>
        </message>
        <message>
            <source>Select a person to see their details and partner ad.</source>
            <translation>Wählen Sie eine Person, um ihre Angaben und ihre Lernpartner-Annonce zu sehen.</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>yes, since %s</source>
            <translation>ja, seit %s</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>noch nicht</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Einwilligung</translation>
        </message>
        <message>
            <source>I offer</source>
            <translation>Ich biete</translation>
        </message>
        <message>
            <source>I seek</source>
            <translation>Ich suche</translation>
        </message>
        <message>
            <source>nothing entered yet</source>
            <translation>noch nichts eingetragen</translation>
        </message>
        <message>
            <source>Person added.</source>
            <translation>Person hinzugefügt.</translation>
        </message>
        <message>
            <source>Changes saved.</source>
            <translation>Änderungen gespeichert.</translation>
        </message>
        <message>
            <source>Partner ad saved.</source>
            <translation>Lernpartner-Annonce gespeichert.</translation>
        </message>
        <message>
            <source>%s is now inactive.</source>
            <translation>%s ist jetzt inaktiv.</translation>
        </message>
        <message>
            <source>%s is active again.</source>
            <translation>%s ist wieder aktiv.</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) nominated.</source>
            <translation>
                <numerusform>%n Person nominiert.</numerusform>
                <numerusform>%n Personen nominiert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>New person</source>
            <translation>Neue Person</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Person bearbeiten</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>Vor- und Nachname</translation>
        </message>
        <message>
            <source>(no manager)</source>
            <translation>(keine Führungskraft)</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>nicht erfasst</translation>
        </message>
        <message>
            <source>Year of birth</source>
            <translation>Geburtsjahr</translation>
        </message>
        <message>
            <source>Year of entry</source>
            <translation>Eintrittsjahr</translation>
        </message>
        <message>
            <source>e.g. German, English, Turkish</source>
            <translation>z. B. Deutsch, Englisch, Türkisch</translation>
        </message>
        <message>
            <source>Active (can take part in programs)</source>
            <translation>Aktiv (kann an Programmen teilnehmen)</translation>
        </message>
        <message>
            <source>Has agreed to take part</source>
            <translation>Ist mit der Teilnahme einverstanden</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Department:</source>
            <translation>&amp;Abteilung:</translation>
        </message>
        <message>
            <source>&amp;Job title:</source>
            <translation>&amp;Funktion:</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Standort:</translation>
        </message>
        <message>
            <source>&amp;Manager:</source>
            <translation>Führungs&amp;kraft:</translation>
        </message>
        <message>
            <source>Generation hint:</source>
            <translation>Generation:</translation>
        </message>
        <message>
            <source>L&amp;anguages:</source>
            <translation>S&amp;prachen:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-Mail:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <source>Consent:</source>
            <translation>Einwilligung:</translation>
        </message>
        <message>
            <source>Choose the manager from the list (start typing a name).</source>
            <translation>Wählen Sie die Führungskraft aus der Liste (Namen eintippen).</translation>
        </message>
    </context>
    <context>
        <name>PhaseStepper</name>
        <message>
            <source>current phase</source>
            <translation>aktuelle Phase</translation>
        </message>
        <message>
            <source>· ended early</source>
            <translation>· vorzeitig beendet</translation>
        </message>
    </context>
    <context>
        <name>Phases</name>
        <message>
            <source>Preparation</source>
            <translation>Vorbereitung</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planung</translation>
        </message>
        <message>
            <source>Learning and reflection</source>
            <translation>Lernen und Reflexion</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Abschluss</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Dissolved</source>
            <translation>Vorzeitig beendet</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>achieved</source>
            <translation>erreicht</translation>
        </message>
        <message>
            <source>not achieved</source>
            <translation>nicht erreicht</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>verworfen</translation>
        </message>
        <message>
            <source>The partnership has ended.</source>
            <translation>Die Lernpartnerschaft ist beendet.</translation>
        </message>
        <message>
            <source>at least one learning goal</source>
            <translation>mindestens ein Lernziel</translation>
        </message>
        <message>
            <source>an assessment (achieved or not) of: {goals}</source>
            <translation>eine Bewertung (erreicht oder nicht) für: {goals}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Matching wishes: %s</source>
            <translation>Matching-Wünsche: %s</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>Preferred mentor %d:</source>
            <translation>Wunsch-Mentor %d:</translation>
        </message>
        <message>
            <source>Preferred mentors</source>
            <translation>Wunsch-Mentoren</translation>
        </message>
        <message>
            <source>Never pair with</source>
            <translation>Nie zusammen mit</translation>
        </message>
        <message>
            <source>Never pair with:</source>
            <translation>Nie zusammen mit:</translation>
        </message>
    </context>
    <context>
        <name>ProgramDialog</name>
        <message>
            <source>New program</source>
            <translation>Neues Programm</translation>
        </message>
        <message>
            <source>Edit program</source>
            <translation>Programm bearbeiten</translation>
        </message>
        <message>
            <source>e.g. Reverse mentoring 2027</source>
            <translation>z. B. Reverse Mentoring 2027</translation>
        </message>
        <message>
            <source>until</source>
            <translation>bis</translation>
        </message>
        <message numerus="yes">
            <source>every </source>
            <translation>
                <numerusform>jede </numerusform>
                <numerusform>alle </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> week(s)</source>
            <translation>
                <numerusform>. Woche</numerusform>
                <numerusform> Wochen</numerusform>
            </translation>
        </message>
        <message>
            <source> people</source>
            <translation> Personen</translation>
        </message>
        <message>
            <source>How the program is run</source>
            <translation>Wie das Programm läuft</translation>
        </message>
        <message>
            <source>Participation:</source>
            <translation>Teilnahme:</translation>
        </message>
        <message>
            <source>Content:</source>
            <translation>Inhalte:</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>Organisation:</translation>
        </message>
        <message>
            <source>Pairs:</source>
            <translation>Paare:</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>Runs from:</source>
            <translation>Läuft vom:</translation>
        </message>
        <message>
            <source>&amp;Meetings:</source>
            <translation>&amp;Treffen:</translation>
        </message>
        <message>
            <source>Max. &amp;group size:</source>
            <translation>Max. &amp;Gruppengröße:</translation>
        </message>
        <message>
            <source>F&amp;acilitator:</source>
            <translation>&amp;Lernbegleitung:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Beschreibung:</translation>
        </message>
    </context>
    <context>
        <name>ProgramsPage</name>
        <message>
            <source>Program</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>Programs</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>&amp;New program…</source>
            <translation>&amp;Neues Programm…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Kapazität</translation>
        </message>
        <message>
            <source>En&amp;rol people…</source>
            <translation>&amp;Personen aufnehmen…</translation>
        </message>
        <message>
            <source>Change &amp;role…</source>
            <translation>&amp;Rolle ändern…</translation>
        </message>
        <message>
            <source>Re&amp;move from program</source>
            <translation>Aus Programm ent&amp;fernen</translation>
        </message>
        <message>
            <source>&amp;Wishes…</source>
            <translation>&amp;Wünsche…</translation>
        </message>
        <message>
            <source>Preferred mentors and people never to be paired with, for the matching</source>
            <translation>Wunsch-Mentoren und Personen, die nie ein Paar bilden sollen, für das Matching</translation>
        </message>
        <message>
            <source>&amp;Match…</source>
            <translation>&amp;Matching…</translation>
        </message>
        <message>
            <source>Suggest pairs with their reasons, tune and accept</source>
            <translation>Paare mit Begründung vorschlagen, anpassen und übernehmen</translation>
        </message>
        <message>
            <source>No program selected. Create one with “New program…” (Ctrl+N).</source>
            <translation>Kein Programm ausgewählt. Legen Sie mit „Neues Programm…“ (Strg+N) eines an.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Treffen</translation>
        </message>
        <message numerus="yes">
            <source>every %n week(s)</source>
            <translation>
                <numerusform>jede Woche</numerusform>
                <numerusform>alle %n Wochen</numerusform>
            </translation>
        </message>
        <message>
            <source>Max. group size</source>
            <translation>Max. Gruppengröße</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Lernbegleitung</translation>
        </message>
        <message>
            <source>Program created. Now enrol its participants.</source>
            <translation>Programm angelegt. Nehmen Sie jetzt die Teilnehmenden auf.</translation>
        </message>
        <message>
            <source>Changes saved.</source>
            <translation>Änderungen gespeichert.</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) enrolled.</source>
            <translation>
                <numerusform>%n Person aufgenommen.</numerusform>
                <numerusform>%n Personen aufgenommen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n partnership(s) created from the matching.</source>
            <translation>
                <numerusform>%n Lernpartnerschaft aus dem Matching angelegt.</numerusform>
                <numerusform>%n Lernpartnerschaften aus dem Matching angelegt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wishes saved; the matching respects them.</source>
            <translation>Wünsche gespeichert; das Matching berücksichtigt sie.</translation>
        </message>
        <message>
            <source>Remove from program</source>
            <translation>Aus Programm entfernen</translation>
        </message>
        <message>
            <source>Remove %s from this program? Their person record stays.</source>
            <translation>%s aus diesem Programm entfernen? Die Personendaten bleiben erhalten.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeDialog</name>
        <message>
            <source>Your recovery code</source>
            <translation>Ihr Wiederherstellungscode</translation>
        </message>
        <message>
            <source>If the passphrase is ever forgotten, this code opens the confidential notes. It is shown only now. Save the recovery sheet and print it, then keep it in the office safe.</source>
            <translation>Falls die Passphrase einmal vergessen wird, öffnet dieser Code die vertraulichen Notizen. Er wird nur jetzt angezeigt. Speichern Sie das Wiederherstellungsblatt, drucken Sie es aus und bewahren Sie es im Bürotresor auf.</translation>
        </message>
        <message>
            <source>Save recovery &amp;sheet (PDF)…</source>
            <translation>Wiederherstellungs&amp;blatt speichern (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Open the sheet to print it</source>
            <translation>Blatt zum Drucken ö&amp;ffnen</translation>
        </message>
        <message>
            <source>I have stored the recovery code in a safe place.</source>
            <translation>Ich habe den Wiederherstellungscode sicher aufbewahrt.</translation>
        </message>
        <message>
            <source>Lernpartner recovery sheet %s.pdf</source>
            <translation>Lernpartner Wiederherstellungsblatt %s.pdf</translation>
        </message>
        <message>
            <source>Save recovery sheet</source>
            <translation>Wiederherstellungsblatt speichern</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF-Dokument (*.pdf)</translation>
        </message>
        <message>
            <source>Recovery sheet</source>
            <translation>Wiederherstellungsblatt</translation>
        </message>
        <message>
            <source>The sheet could not be saved to %1: %2</source>
            <translation>Das Blatt konnte nicht unter %1 gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Saved to %s. Print it, then delete the file or move it to a stick in the safe.</source>
            <translation>Gespeichert unter %s. Drucken Sie es aus und löschen Sie dann die Datei oder legen Sie sie auf einem USB-Stick in den Bürotresor.</translation>
        </message>
        <message>
            <source>Close without the recovery code?</source>
            <translation>Ohne Wiederherstellungscode schließen?</translation>
        </message>
        <message>
            <source>The recovery code will not be shown again. Without it, a forgotten passphrase means the confidential notes are lost. Close anyway?</source>
            <translation>Der Wiederherstellungscode wird nicht noch einmal angezeigt. Ohne ihn sind die vertraulichen Notizen verloren, wenn die Passphrase vergessen wird. Trotzdem schließen?</translation>
        </message>
    </context>
    <context>
        <name>RecoveryResetDialog</name>
        <message>
            <source>Reset the passphrase</source>
            <translation>Passphrase zurücksetzen</translation>
        </message>
        <message>
            <source>Type the recovery code from the recovery sheet (8 groups of 5 characters) and choose a new passphrase. The notes stay as they are.</source>
            <translation>Geben Sie den Wiederherstellungscode vom Wiederherstellungsblatt ein (8 Gruppen zu je 5 Zeichen) und wählen Sie eine neue Passphrase. Die Notizen bleiben, wie sie sind.</translation>
        </message>
        <message>
            <source>8 groups of 5 characters, as on the sheet</source>
            <translation>8 Gruppen zu je 5 Zeichen, wie auf dem Blatt</translation>
        </message>
        <message>
            <source>Recovery &amp;code:</source>
            <translation>Wiederherstellungs&amp;code:</translation>
        </message>
        <message>
            <source>&amp;Reset passphrase</source>
            <translation>Passphrase &amp;zurücksetzen</translation>
        </message>
    </context>
    <context>
        <name>RecoverySheet</name>
        <message>
            <source>Lernpartner recovery sheet</source>
            <translation>Lernpartner-Wiederherstellungsblatt</translation>
        </message>
        <message>
            <source>for the confidential notes (gap notes, learning journal, check-ins)</source>
            <translation>für die vertraulichen Notizen (Kompetenzlücken, Lerntagebuch, Rückmeldungen)</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Wiederherstellungscode</translation>
        </message>
        <message>
            <source>Made on {date} for the data folder:</source>
            <translation>Erstellt am {date} für den Datenordner:</translation>
        </message>
        <message>
            <source>Keep this sheet safe</source>
            <translation>Bewahren Sie dieses Blatt sicher auf</translation>
        </message>
        <message>
            <source>Whoever holds this code can read every confidential note. Keep the sheet in the office safe, apart from the computer and from the backup stick. Do not keep a copy of it on the computer.</source>
            <translation>Wer diesen Code hat, kann alle vertraulichen Notizen lesen. Bewahren Sie das Blatt im Bürotresor auf, getrennt vom Computer und vom Sicherungs-Stick. Speichern Sie keine Kopie auf dem Computer.</translation>
        </message>
        <message>
            <source>If the passphrase is forgotten</source>
            <translation>Wenn die Passphrase vergessen ist</translation>
        </message>
        <message>
            <source>In Lernpartner choose Vault &gt; Unlock, then "Forgot the passphrase?". Type the code (capital or small letters, with or without dashes) and choose a new passphrase. The notes stay as they are.</source>
            <translation>Wählen Sie in Lernpartner Tresor &gt; Entsperren, dann „Passphrase vergessen?“. Geben Sie den Code ein (groß oder klein, mit oder ohne Bindestriche) und wählen Sie eine neue Passphrase. Die Notizen bleiben, wie sie sind.</translation>
        </message>
        <message>
            <source>When a new code is made</source>
            <translation>Wenn ein neuer Code erstellt wird</translation>
        </message>
        <message>
            <source>Vault &gt; New recovery code makes this sheet worthless. Destroy it then and keep the new one instead.</source>
            <translation>Tresor &gt; Neuer Wiederherstellungscode macht dieses Blatt wertlos. Vernichten Sie es dann und bewahren Sie stattdessen das neue auf.</translation>
        </message>
        <message>
            <source>Put in the safe by:</source>
            <translation>Verwahrt von:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Datum:</translation>
        </message>
    </context>
    <context>
        <name>SetUpVaultDialog</name>
        <message>
            <source>Protect confidential notes</source>
            <translation>Vertrauliche Notizen schützen</translation>
        </message>
        <message>
            <source>Gap notes, learning journals and check-in comments are kept encrypted. Choose a passphrase that only you know. Lernpartner cannot show it to you again; the recovery code on the next page is the only way back if you forget it.</source>
            <translation>Kompetenzlücken, Lerntagebücher und Kommentare in Rückmeldungen werden verschlüsselt gespeichert. Wählen Sie eine Passphrase, die nur Sie kennen. Lernpartner kann sie Ihnen nicht wieder anzeigen; der Wiederherstellungscode auf der nächsten Seite ist der einzige Weg zurück, falls Sie sie vergessen.</translation>
        </message>
        <message>
            <source>&amp;Set passphrase</source>
            <translation>Passphrase &amp;festlegen</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>partnership</source>
            <translation>Lernpartnerschaft</translation>
        </message>
        <message>
            <source>person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>program</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>Lernpartner status on {date}</source>
            <translation>Lernpartner-Stand am {date}</translation>
        </message>
        <message>
            <source>Partnerships by phase: {counts}</source>
            <translation>Lernpartnerschaften nach Phase: {counts}</translation>
        </message>
        <message>
            <source>Meetings this week</source>
            <translation>Treffen diese Woche</translation>
        </message>
        <message numerus="yes">
            <source>No meeting for %n day(s) or more</source>
            <translation>
                <numerusform>Seit %n Tag oder länger kein Treffen</numerusform>
                <numerusform>Seit %n Tagen oder länger kein Treffen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title}: %n day(s)</source>
            <translation>
                <numerusform>{title}: %n Tag</numerusform>
                <numerusform>{title}: %n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>{title}: “{goal}”</source>
            <translation>{title}: „{goal}“</translation>
        </message>
        <message numerus="yes">
            <source>{name} in {program}: %n too many</source>
            <translation>
                <numerusform>{name} in {program}: %n Mentee zu viel</numerusform>
                <numerusform>{name} in {program}: %n Mentees zu viel</numerusform>
            </translation>
        </message>
        <message>
            <source>Interim talks due or overdue</source>
            <translation>Zwischengespräche fällig oder überfällig</translation>
        </message>
        <message>
            <source>Goals without success criteria</source>
            <translation>Ziele ohne Erfolgskriterien</translation>
        </message>
        <message>
            <source>Mentors over capacity</source>
            <translation>Mentoren über ihrer Kapazität</translation>
        </message>
        <message>
            <source>due</source>
            <translation>fällig</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>überfällig</translation>
        </message>
        <message>
            <source>halfway, no interim feedback yet</source>
            <translation>Halbzeit, noch kein Zwischenfeedback</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock the vault</source>
            <translation>Tresor entsperren</translation>
        </message>
        <message>
            <source>Enter the passphrase to read and write confidential notes.</source>
            <translation>Geben Sie die Passphrase ein, um vertrauliche Notizen zu lesen und zu schreiben.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>&amp;Forgot the passphrase?</source>
            <translation>Passphrase &amp;vergessen?</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Entsperren</translation>
        </message>
    </context>
    <context>
        <name>Vault</name>
        <message>
            <source>Weak: easy to guess. A short sentence is stronger.</source>
            <translation>Schwach: leicht zu erraten. Ein kurzer Satz ist stärker.</translation>
        </message>
        <message>
            <source>Fair: longer would be better.</source>
            <translation>Mittel: länger wäre besser.</translation>
        </message>
        <message>
            <source>Good.</source>
            <translation>Gut.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Stark.</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <source>Cannot be opened</source>
            <translation>Lässt sich nicht öffnen</translation>
        </message>
    </context>
    <context>
        <name>VaultController</name>
        <message>
            <source>Vault</source>
            <translation>Tresor</translation>
        </message>
        <message>
            <source>Vault open</source>
            <translation>Tresor offen</translation>
        </message>
        <message>
            <source>Confidential notes are readable. Click to lock (Ctrl+L).</source>
            <translation>Vertrauliche Notizen sind lesbar. Zum Sperren klicken (Strg+L).</translation>
        </message>
        <message>
            <source>Vault locked</source>
            <translation>Tresor gesperrt</translation>
        </message>
        <message>
            <source>Click to unlock the confidential notes.</source>
            <translation>Klicken, um die vertraulichen Notizen zu entsperren.</translation>
        </message>
        <message>
            <source>Vault not set up</source>
            <translation>Tresor nicht eingerichtet</translation>
        </message>
        <message>
            <source>Set a passphrase to start writing confidential notes.</source>
            <translation>Legen Sie eine Passphrase fest, um vertrauliche Notizen zu schreiben.</translation>
        </message>
        <message>
            <source>The vault is locked.</source>
            <translation>Der Tresor ist gesperrt.</translation>
        </message>
        <message numerus="yes">
            <source>The vault locked itself after %n minute(s) without use.</source>
            <translation>
                <numerusform>Der Tresor hat sich nach %n Minute ohne Nutzung gesperrt.</numerusform>
                <numerusform>Der Tresor hat sich nach %n Minuten ohne Nutzung gesperrt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Passphrase changed. The notes stay as they were.</source>
            <translation>Passphrase geändert. Die Notizen bleiben, wie sie waren.</translation>
        </message>
        <message>
            <source>New recovery code</source>
            <translation>Neuer Wiederherstellungscode</translation>
        </message>
        <message>
            <source>A new recovery code replaces the old one: the old recovery sheet stops working. Make a new code now?</source>
            <translation>Ein neuer Wiederherstellungscode ersetzt den alten: Das alte Wiederherstellungsblatt gilt dann nicht mehr. Jetzt einen neuen Code erstellen?</translation>
        </message>
        <message>
            <source>Vault settings saved.</source>
            <translation>Tresor-Einstellungen gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>VaultSettingsDialog</name>
        <message>
            <source>Vault settings</source>
            <translation>Tresor-Einstellungen</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message numerus="yes">
            <source> day(s)</source>
            <translation>
                <numerusform> Tag</numerusform>
                <numerusform> Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>keep</source>
            <translation>behalten</translation>
        </message>
        <message>
            <source>&amp;Lock after no use for:</source>
            <translation>&amp;Sperren nach Nichtnutzung von:</translation>
        </message>
        <message>
            <source>&amp;Delete a partnership's gap notes after it ended:</source>
            <translation>Kompetenzlücken beendeter Lernpartnerschaften &amp;löschen nach:</translation>
        </message>
        <message>
            <source>Gap notes of a completed or dissolved partnership are deleted this many days after it ended; 0 keeps them. A person's own gap notes are not affected.</source>
            <translation>Kompetenzlücken einer abgeschlossenen oder vorzeitig beendeten Lernpartnerschaft werden so viele Tage nach ihrem Ende gelöscht; 0 behält sie. Kompetenzlücken, die eine Person selbst betreffen, bleiben unberührt.</translation>
        </message>
    </context>
    <context>
        <name>_AdList</name>
        <message>
            <source>Add topic</source>
            <translation>Thema hinzufügen</translation>
        </message>
        <message>
            <source>Topic, e.g. Excel</source>
            <translation>Thema, z. B. Excel</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove topic</source>
            <translation>Thema entfernen</translation>
        </message>
    </context>
    <context>
        <name>_NewPassphrase</name>
        <message>
            <source>New &amp;passphrase:</source>
            <translation>Neue &amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <source>Tip: a short sentence you can remember, e.g. four words.</source>
            <translation>Tipp: ein kurzer Satz, den Sie sich merken können, z. B. vier Wörter.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
        </message>
    </context>
</TS>
