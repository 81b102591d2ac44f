<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>storemap::AdviceDialog</name>
    <message>
        <source>Suggested layout</source>
        <translation>Vorgeschlagene Aufteilung</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;At %2 users: overall fit &lt;b&gt;%3&lt;/b&gt;, complexity &lt;b&gt;%4&lt;/b&gt; of a budget of &lt;b&gt;%5&lt;/b&gt;.</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;Bei %2 Nutzern: Gesamteignung &lt;b&gt;%3&lt;/b&gt;, Komplexität &lt;b&gt;%4&lt;/b&gt; bei einem Budget von &lt;b&gt;%5&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>new store</source>
        <translation>neuer Speicher</translation>
    </message>
    <message>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>nicht mehr benötigt</translation>
    </message>
    <message>
        <source>No store appears or goes.</source>
        <translation>Kein Speicher kommt hinzu oder fällt weg.</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Verschiebungen</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation>Nicht platziert</translation>
    </message>
    <message>
        <source>fit %1</source>
        <translation>Eignung %1</translation>
    </message>
    <message>
        <source>Every entity stays where it is.</source>
        <translation>Jede Entität bleibt, wo sie ist.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Runners-up it rejected</source>
        <translation>Verworfene Alternativen</translation>
    </message>
    <message>
        <source>No other layout fits the budget.</source>
        <translation>Keine andere Aufteilung passt ins Budget.</translation>
    </message>
    <message>
        <source>&amp;Apply layout</source>
        <translation>&amp;Aufteilung übernehmen</translation>
    </message>
</context>
<context>
    <name>storemap::Advisor</name>
    <message>
        <source>The project has no entities: nothing to place.</source>
        <translation>Das Projekt hat keine Entitäten: Es gibt nichts zu platzieren.</translation>
    </message>
    <message>
        <source>Budget at %1 users: %2. %3</source>
        <translation>Budget bei %1 Nutzern: %2. %3</translation>
    </message>
    <message>
        <source>%1 holds %2.</source>
        <translation>%1 enthält %2.</translation>
    </message>
    <message>
        <source>Binary data goes to object storage (%1). Lesson: never store binary files in the database.</source>
        <translation>Binärdaten kommen in den Objektspeicher (%1). Lektion: Speichern Sie niemals Binärdateien in der Datenbank.</translation>
    </message>
    <message>
        <source>%1 would serve equally well; ties go to the kind listed first in the catalog (the lesson&apos;s five come first).</source>
        <translation>%1 wäre ebenso geeignet; bei Gleichstand gewinnt die im Katalog zuerst aufgeführte Speicherart (die fünf aus der Lektion stehen vorne).</translation>
    </message>
    <message>
        <source>%1: overall fit %2 at cost %3, value %4 against %5.</source>
        <translation>%1: Gesamteignung %2 bei Kosten %3, Wert %4 gegenüber %5.</translation>
    </message>
    <message>
        <source>%1: overall fit %2, but its cost %3 exceeds the budget of %4 at %5 users.</source>
        <translation>%1: Gesamteignung %2, aber die Kosten von %3 übersteigen das Budget von %4 bei %5 Nutzern.</translation>
    </message>
    <message>
        <source>Chose %1: overall fit %2 (each entity weighted by its traffic) at complexity cost %3 and seams %4: value %5 = fit - seams - %6 x cost, the best of %7 affordable layouts that its own check does not flag.</source>
        <translation>Gewählt: %1: Gesamteignung %2 (jede Entität nach ihrem Datenverkehr gewichtet) bei Komplexitätskosten %3 und Nahtstellen %4: Wert %5 = Eignung - Nahtstellen - %6 x Kosten, die beste von %7 bezahlbaren Aufteilungen, die die eigene Prüfung nicht beanstandet.</translation>
    </message>
    <message>
        <source>The advice would change at about %1 users, where the budget affords %2 (value %3).</source>
        <translation>Die Empfehlung ändert sich bei etwa %1 Nutzern, wo das Budget %2 erlaubt (Wert %3).</translation>
    </message>
    <message>
        <source>Passed over %1 (value %2): its own check would raise %3.</source>
        <translation>%1 übergangen (Wert %2): Die eigene Prüfung würde %3 melden.</translation>
    </message>
    <message>
        <source>Without it the overall fit drops by %1 points (seams included) for %2 less cost, worth %3 points at this scale; it earns its place while the first is larger.</source>
        <translation>Ohne ihn sinkt die Gesamteignung um %1 Punkte (Nahtstellen eingerechnet) bei %2 weniger Kosten, die in dieser Größenordnung %3 Punkte wert sind; er verdient seinen Platz, solange die erste Zahl größer ist.</translation>
    </message>
    <message>
        <source>Opens the seam &quot;%1&quot; (%2) between %3 on %4 and %5 on %6: it costs %7 points, while one store for both would cost %8. The application joins or keeps them consistent itself.</source>
        <translation>Öffnet die Nahtstelle &quot;%1&quot; (%2) zwischen %3 auf %4 und %5 auf %6: Sie kostet %7 Punkte, ein gemeinsamer Speicher für beide kostete %8. Die Anwendung verknüpft sie selbst oder hält sie selbst konsistent.</translation>
    </message>
    <message>
        <source>Remains: %1 on %2, because none of the %3 best affordable layouts avoids it: %4</source>
        <translation>Bleibt: %1 bei %2, weil keine der %3 besten bezahlbaren Aufteilungen es vermeidet: %4</translation>
    </message>
    <message>
        <source>the layout</source>
        <translation>die Aufteilung</translation>
    </message>
    <message>
        <source>%1 instead of %2 saves %3 a month at an equal fit</source>
        <translation>%1 statt %2 spart %3 im Monat bei gleicher Eignung</translation>
    </message>
    <message>
        <source> at %1 GB of egress a month</source>
        <translation> bei %1 GB Egress im Monat</translation>
    </message>
    <message>
        <source> (the catalog&apos;s dated prices; money only breaks ties of fit).</source>
        <translation> (die datierten Preise des Katalogs; Geld entscheidet nur bei gleicher Eignung).</translation>
    </message>
    <message>
        <source>The team already operates %1: each counts %2% of its burden. %3</source>
        <translation>Das Team betreibt bereits %1: jede zählt %2 % ihres Aufwands. %3</translation>
    </message>
    <message>
        <source>%1 would serve equally well for %2 a month less, below the %3 a month from which money decides; ties go to the kind listed first in the catalog (the lesson&apos;s five come first).</source>
        <translation>%1 würde ebenso gut dienen, für %2 im Monat weniger, unter den %3 im Monat, ab denen Geld entscheidet; bei Gleichstand gewinnt die Art, die im Katalog zuerst steht (die fünf der Lektion zuerst).</translation>
    </message>
</context>
<context>
    <name>storemap::AppLayerItem</name>
    <message>
        <source>Application Layer</source>
        <translation>Anwendungsschicht</translation>
    </message>
    <message>
        <source>Your application: it talks to every store below it. Double-click to rename the project.</source>
        <translation>Ihre Anwendung: Sie spricht mit jedem Speicher darunter. Doppelklick benennt das Projekt um.</translation>
    </message>
</context>
<context>
    <name>storemap::CanvasScene</name>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 users</source>
        <translation>%1 · %2 Nutzer</translation>
    </message>
</context>
<context>
    <name>storemap::CanvasView</name>
    <message>
        <source>Drag chips between stores; Ctrl+wheel zooms; Delete removes the selection.</source>
        <translation>Ziehen Sie Entitäten zwischen Speichern; Strg+Mausrad zoomt; Entf entfernt die Auswahl.</translation>
    </message>
</context>
<context>
    <name>storemap::Catalog</name>
    <message>
        <source>Data model</source>
        <translation>Datenmodell</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Query power</source>
        <translation>Abfragestärke</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Konsistenz</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Durability</source>
        <translation>Dauerhaftigkeit</translation>
    </message>
    <message>
        <source>Cost model</source>
        <translation>Kostenmodell</translation>
    </message>
    <message>
        <source>Best for</source>
        <translation>Ideal für</translation>
    </message>
    <message>
        <source>Avoid for</source>
        <translation>Ungeeignet für</translation>
    </message>
</context>
<context>
    <name>storemap::CatalogText</name>
    <message>
        <source>Each step up is a few times more traffic, so each step doubles a pattern&apos;s weight in the fit: the lesson maps the very-high patterns (rate limits, page views) to dedicated stores.</source>
        <translation>Jede Stufe nach oben bedeutet ein Vielfaches an Datenverkehr, daher verdoppelt jede Stufe das Gewicht eines Musters in der Eignung: Die Lektion ordnet die very-high-Muster (Ratenbegrenzungen, Seitenaufrufe) eigenen Speichern zu.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Sehr hoch</translation>
    </message>
    <message>
        <source>Lookup by key</source>
        <translation>Suche nach Schlüssel</translation>
    </message>
    <message>
        <source>Lesson step 1: &apos;Get user by email&apos;.</source>
        <translation>Lektion, Schritt 1: &apos;Nutzer per E-Mail abrufen&apos;.</translation>
    </message>
    <message>
        <source>One-to-many join</source>
        <translation>1:n-Join</translation>
    </message>
    <message>
        <source>Lesson step 1: &apos;Get user&apos;s orders&apos;.</source>
        <translation>Lektion, Schritt 1: &apos;Bestellungen eines Nutzers abrufen&apos;.</translation>
    </message>
    <message>
        <source>Full-text search</source>
        <translation>Volltextsuche</translation>
    </message>
    <message>
        <source>Lesson step 1: &apos;Search products by text&apos;.</source>
        <translation>Lektion, Schritt 1: &apos;Produkte per Text suchen&apos;.</translation>
    </message>
    <message>
        <source>Binary blob</source>
        <translation>Binärer Blob</translation>
    </message>
    <message>
        <source>Lesson step 1: &apos;Store user avatar&apos;.</source>
        <translation>Lektion, Schritt 1: &apos;Avatar des Nutzers speichern&apos;.</translation>
    </message>
    <message>
        <source>Increment counter</source>
        <translation>Zähler erhöhen</translation>
    </message>
    <message>
        <source>Lesson step 1: &apos;Check rate limit&apos;.</source>
        <translation>Lektion, Schritt 1: &apos;Ratenbegrenzung prüfen&apos;.</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Aggregation</translation>
    </message>
    <message>
        <source>Lesson step 1: &apos;Get monthly revenue&apos;.</source>
        <translation>Lektion, Schritt 1: &apos;Monatsumsatz abrufen&apos;.</translation>
    </message>
    <message>
        <source>Append-only write</source>
        <translation>Append-only-Schreiben</translation>
    </message>
    <message>
        <source>Lesson step 1: &apos;Track page view&apos;.</source>
        <translation>Lektion, Schritt 1: &apos;Seitenaufruf erfassen&apos;.</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Lesson: &apos;You need transactions&apos; (PostgreSQL&apos;s use-when).</source>
        <translation>Lektion: &apos;Sie brauchen Transaktionen&apos; (Einsatzfall von PostgreSQL).</translation>
    </message>
    <message>
        <source>Publish/subscribe</source>
        <translation>Publish/Subscribe</translation>
    </message>
    <message>
        <source>Lesson: Redis &apos;Pub/Sub (real-time messaging)&apos;.</source>
        <translation>Lektion: Redis &apos;Pub/Sub (Echtzeit-Messaging)&apos;.</translation>
    </message>
    <message>
        <source>Ad-hoc query</source>
        <translation>Ad-hoc-Abfrage</translation>
    </message>
    <message>
        <source>Lesson: DynamoDB &apos;Avoid for ad-hoc queries or complex reporting&apos;.</source>
        <translation>Lektion: DynamoDB &apos;Meiden bei Ad-hoc-Abfragen oder komplexem Reporting&apos;.</translation>
    </message>
    <message>
        <source>Flexible-schema data gains up to 15 points on stores whose schema is flexible (lesson: MongoDB when schema varies across records) and loses on strict ones; fixed-schema data gains up to 5 points on strict schemas.</source>
        <translation>Daten mit flexiblem Schema gewinnen bis zu 15 Punkte auf Speichern mit flexiblem Schema (Lektion: MongoDB, wenn das Schema von Datensatz zu Datensatz variiert) und verlieren auf strengen; Daten mit festem Schema gewinnen bis zu 5 Punkte auf strengen Schemas.</translation>
    </message>
    <message>
        <source>Critical data loses 0.8 points per durability rating point below 80 (lesson: Redis is not for durable storage; data in Redis should be data you can afford to lose).</source>
        <translation>Kritische Daten verlieren 0,8 Punkte pro Punkt Dauerhaftigkeitsbewertung unter 80 (Lektion: Redis ist nicht für dauerhafte Speicherung gedacht; Daten in Redis sollten Daten sein, deren Verlust Sie sich leisten können).</translation>
    </message>
    <message>
        <source>Each kind beyond the first adds a seam: another client, another failure mode, data the application must keep consistent across stores (lesson: the cost of polyglot persistence is the operational burden).</source>
        <translation>Jede Speicherart über die erste hinaus fügt eine Nahtstelle hinzu: einen weiteren Client, einen weiteren Fehlerfall, Daten, die die Anwendung über Speicher hinweg konsistent halten muss (Lektion: Die Kosten polyglotter Persistenz sind der Betriebsaufwand).</translation>
    </message>
    <message>
        <source>The lesson&apos;s five storage options and decision matrix.</source>
        <translation>Die fünf Speicheroptionen und die Entscheidungsmatrix der Lektion.</translation>
    </message>
    <message>
        <source>Relational tables</source>
        <translation>Relationale Tabellen</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Streng</translation>
    </message>
    <message>
        <source>Very high (SQL)</source>
        <translation>Sehr hoch (SQL)</translation>
    </message>
    <message>
        <source>Vertical (read replicas help)</source>
        <translation>Vertikal (Lesereplikate helfen)</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>1-10ms</source>
        <translation>1-10ms</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Ausgezeichnet</translation>
    </message>
    <message>
        <source>Per server/instance</source>
        <translation>Pro Server/Instanz</translation>
    </message>
    <message>
        <source>Core business data</source>
        <translation>Zentrale Geschäftsdaten</translation>
    </message>
    <message>
        <source>Unstructured blobs</source>
        <translation>Unstrukturierte Blobs</translation>
    </message>
    <message>
        <source>Matrix: query power &apos;Very high (SQL)&apos;.</source>
        <translation>Matrix: Abfragestärke &apos;Sehr hoch (SQL)&apos;.</translation>
    </message>
    <message>
        <source>Matrix: scaling &apos;Vertical (read replicas help)&apos;: one primary takes every write.</source>
        <translation>Matrix: Skalierung &apos;Vertikal (Lesereplikate helfen)&apos;: Ein Primärserver nimmt jeden Schreibzugriff an.</translation>
    </message>
    <message>
        <source>Matrix: consistency &apos;Strong&apos;; ACID transactions.</source>
        <translation>Matrix: Konsistenz &apos;Stark&apos;; ACID-Transaktionen.</translation>
    </message>
    <message>
        <source>Matrix: latency 1-10ms.</source>
        <translation>Matrix: Latenz 1-10ms.</translation>
    </message>
    <message>
        <source>Matrix: durability &apos;Excellent&apos;.</source>
        <translation>Matrix: Dauerhaftigkeit &apos;Ausgezeichnet&apos;.</translation>
    </message>
    <message>
        <source>Matrix: schema &apos;Strict&apos;, though JSONB gives flexible JSON inside SQL (lesson&apos;s users.preferences).</source>
        <translation>Matrix: Schema &apos;Streng&apos;, wobei JSONB flexibles JSON innerhalb von SQL ermöglicht (users.preferences aus der Lektion).</translation>
    </message>
    <message>
        <source>Matrix: cost model &apos;Per server/instance&apos;: a server you monitor, back up and upgrade yourself.</source>
        <translation>Matrix: Kostenmodell &apos;Pro Server/Instanz&apos;: ein Server, den Sie selbst überwachen, sichern und aktualisieren.</translation>
    </message>
    <message>
        <source>Lesson step 2: lookup-by-key -&gt; PostgreSQL; indexed key reads in 1-10ms.</source>
        <translation>Lektion, Schritt 2: lookup-by-key -&gt; PostgreSQL; indizierte Schlüsselzugriffe in 1-10ms.</translation>
    </message>
    <message>
        <source>Lesson step 2: one-to-many-join -&gt; PostgreSQL; JOINs and relational data are its strength.</source>
        <translation>Lektion, Schritt 2: one-to-many-join -&gt; PostgreSQL; JOINs und relationale Daten sind seine Stärke.</translation>
    </message>
    <message>
        <source>Lesson: full-text search is built into PostgreSQL (to_tsvector / to_tsquery).</source>
        <translation>Lektion: Volltextsuche ist in PostgreSQL eingebaut (to_tsvector / to_tsquery).</translation>
    </message>
    <message>
        <source>Lesson: never store binary files in the database; &apos;Avoid for: unstructured blobs&apos;.</source>
        <translation>Lektion: Speichern Sie niemals Binärdateien in der Datenbank; &apos;Ungeeignet für: unstrukturierte Blobs&apos;.</translation>
    </message>
    <message>
        <source>Works (UPDATE ... SET n = n + 1), but every hit is a row lock and a durable write.</source>
        <translation>Funktioniert (UPDATE ... SET n = n + 1), aber jeder Aufruf bedeutet eine Zeilensperre und einen dauerhaften Schreibzugriff.</translation>
    </message>
    <message>
        <source>Lesson step 2: aggregation -&gt; PostgreSQL; query power &apos;Very high (SQL)&apos;.</source>
        <translation>Lektion, Schritt 2: aggregation -&gt; PostgreSQL; Abfragestärke &apos;Sehr hoch (SQL)&apos;.</translation>
    </message>
    <message>
        <source>Inserts are cheap at modest volume; scaling is vertical, so very high write volume needs another store.</source>
        <translation>Inserts sind bei moderatem Volumen günstig; die Skalierung ist vertikal, daher braucht sehr hohes Schreibvolumen einen anderen Speicher.</translation>
    </message>
    <message>
        <source>Lesson: use PostgreSQL when you need transactions; ACID-compliant.</source>
        <translation>Lektion: PostgreSQL verwenden, wenn Sie Transaktionen brauchen; ACID-konform.</translation>
    </message>
    <message>
        <source>LISTEN/NOTIFY exists, but PostgreSQL is not a message broker.</source>
        <translation>LISTEN/NOTIFY gibt es, aber PostgreSQL ist kein Message Broker.</translation>
    </message>
    <message>
        <source>Matrix: query power &apos;Very high (SQL)&apos;; complex queries are PostgreSQL&apos;s &apos;use when&apos;.</source>
        <translation>Matrix: Abfragestärke &apos;Sehr hoch (SQL)&apos;; komplexe Abfragen sind ein Einsatzfall von PostgreSQL.</translation>
    </message>
    <message>
        <source>JSON documents</source>
        <translation>JSON-Dokumente</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>Flexibel</translation>
    </message>
    <message>
        <source>Medium (aggregation)</source>
        <translation>Mittel (Aggregation)</translation>
    </message>
    <message>
        <source>Horizontal (sharding)</source>
        <translation>Horizontal (Sharding)</translation>
    </message>
    <message>
        <source>Configurable</source>
        <translation>Konfigurierbar</translation>
    </message>
    <message>
        <source>Flexible content</source>
        <translation>Flexible Inhalte</translation>
    </message>
    <message>
        <source>Complex transactions</source>
        <translation>Komplexe Transaktionen</translation>
    </message>
    <message>
        <source>Matrix: query power &apos;Medium (aggregation)&apos;.</source>
        <translation>Matrix: Abfragestärke &apos;Mittel (Aggregation)&apos;.</translation>
    </message>
    <message>
        <source>Matrix: scaling &apos;Horizontal (sharding)&apos;; sharding is built in.</source>
        <translation>Matrix: Skalierung &apos;Horizontal (Sharding)&apos;; Sharding ist eingebaut.</translation>
    </message>
    <message>
        <source>Matrix: consistency &apos;Configurable&apos;.</source>
        <translation>Matrix: Konsistenz &apos;Konfigurierbar&apos;.</translation>
    </message>
    <message>
        <source>Matrix: schema &apos;Flexible&apos;: each document can have a different shape.</source>
        <translation>Matrix: Schema &apos;Flexibel&apos;: Jedes Dokument kann eine andere Struktur haben.</translation>
    </message>
    <message>
        <source>Matrix: cost model &apos;Per server/instance&apos;, plus a sharded cluster to operate: servers, shards and their balancing.</source>
        <translation>Matrix: Kostenmodell &apos;Pro Server/Instanz&apos;, dazu ein Sharded Cluster, den Sie betreiben müssen: Server, Shards und deren Balancing.</translation>
    </message>
    <message>
        <source>Indexed document reads by key in 1-10ms (matrix latency).</source>
        <translation>Indizierte Dokumentzugriffe per Schlüssel in 1-10ms (Latenz laut Matrix).</translation>
    </message>
    <message>
        <source>Embed or $lookup; query power only &apos;Medium (aggregation)&apos;.</source>
        <translation>Einbetten oder $lookup; Abfragestärke nur &apos;Mittel (Aggregation)&apos;.</translation>
    </message>
    <message>
        <source>Text indexes exist; query power &apos;Medium&apos;.</source>
        <translation>Textindizes gibt es; Abfragestärke &apos;Mittel&apos;.</translation>
    </message>
    <message>
        <source>Lesson: never store binary files in the database; use object storage and keep the key.</source>
        <translation>Lektion: Speichern Sie niemals Binärdateien in der Datenbank; verwenden Sie Objektspeicher und behalten Sie nur den Schlüssel.</translation>
    </message>
    <message>
        <source>Atomic $inc on a document field.</source>
        <translation>Atomares $inc auf einem Dokumentfeld.</translation>
    </message>
    <message>
        <source>Aggregation pipeline; query power &apos;Medium (aggregation)&apos;.</source>
        <translation>Aggregation Pipeline; Abfragestärke &apos;Mittel (Aggregation)&apos;.</translation>
    </message>
    <message>
        <source>Horizontal sharding spreads write volume.</source>
        <translation>Horizontales Sharding verteilt das Schreibvolumen.</translation>
    </message>
    <message>
        <source>Matrix: &apos;Avoid for: complex transactions&apos;.</source>
        <translation>Matrix: &apos;Ungeeignet für: komplexe Transaktionen&apos;.</translation>
    </message>
    <message>
        <source>Change streams can notify, but it is not a message broker.</source>
        <translation>Change Streams können benachrichtigen, aber MongoDB ist kein Message Broker.</translation>
    </message>
    <message>
        <source>Lesson: query nested fields directly; query power &apos;Medium&apos;.</source>
        <translation>Lektion: Verschachtelte Felder direkt abfragen; Abfragestärke &apos;Mittel&apos;.</translation>
    </message>
    <message>
        <source>Key-value / document</source>
        <translation>Key-Value / Dokument</translation>
    </message>
    <message>
        <source>Flexible with key design</source>
        <translation>Flexibel mit Schlüsseldesign</translation>
    </message>
    <message>
        <source>Low (key-based)</source>
        <translation>Niedrig (schlüsselbasiert)</translation>
    </message>
    <message>
        <source>Horizontal (automatic)</source>
        <translation>Horizontal (automatisch)</translation>
    </message>
    <message>
        <source>Per request or capacity</source>
        <translation>Pro Anfrage oder Kapazität</translation>
    </message>
    <message>
        <source>Serverless, high scale</source>
        <translation>Serverless, große Skalierung</translation>
    </message>
    <message>
        <source>Ad-hoc queries</source>
        <translation>Ad-hoc-Abfragen</translation>
    </message>
    <message>
        <source>Matrix: query power &apos;Low (key-based)&apos;.</source>
        <translation>Matrix: Abfragestärke &apos;Niedrig (schlüsselbasiert)&apos;.</translation>
    </message>
    <message>
        <source>Matrix: scaling &apos;Horizontal (automatic)&apos;; predictable performance at any scale.</source>
        <translation>Matrix: Skalierung &apos;Horizontal (automatisch)&apos;; vorhersagbare Leistung bei jeder Größe.</translation>
    </message>
    <message>
        <source>Matrix: schema &apos;Flexible with key design&apos;.</source>
        <translation>Matrix: Schema &apos;Flexibel mit Schlüsseldesign&apos;.</translation>
    </message>
    <message>
        <source>Lesson: fully managed (AWS handles scaling, replication, availability), but tables must be designed around access patterns up front.</source>
        <translation>Lektion: vollständig verwaltet (AWS übernimmt Skalierung, Replikation und Verfügbarkeit), aber Tabellen müssen vorab um die Zugriffsmuster herum entworfen werden.</translation>
    </message>
    <message>
        <source>Lesson: DynamoDB fits well-defined, primarily key-based lookups with predictable performance.</source>
        <translation>Lektion: DynamoDB eignet sich für klar definierte, vorwiegend schlüsselbasierte Lookups mit vorhersagbarer Leistung.</translation>
    </message>
    <message>
        <source>Query power &apos;Low (key-based)&apos;: no text search.</source>
        <translation>Abfragestärke &apos;Niedrig (schlüsselbasiert)&apos;: keine Textsuche.</translation>
    </message>
    <message>
        <source>Lesson: never store binary files in the database (items are also capped at 400 KB).</source>
        <translation>Lektion: Speichern Sie niemals Binärdateien in der Datenbank (Items sind zudem auf 400 KB begrenzt).</translation>
    </message>
    <message>
        <source>Atomic counters through UpdateItem, paid per request.</source>
        <translation>Atomare Zähler über UpdateItem, bezahlt pro Anfrage.</translation>
    </message>
    <message>
        <source>Matrix: &apos;Avoid for: ad-hoc queries&apos;; lesson: avoid for complex reporting.</source>
        <translation>Matrix: &apos;Ungeeignet für: Ad-hoc-Abfragen&apos;; Lektion: für komplexes Reporting meiden.</translation>
    </message>
    <message>
        <source>Lesson step 2: very-high append-only -&gt; DynamoDB; write throughput matters more than query flexibility.</source>
        <translation>Lektion, Schritt 2: very-high append-only -&gt; DynamoDB; Schreibdurchsatz zählt mehr als Abfrageflexibilität.</translation>
    </message>
    <message>
        <source>Transactions exist but are limited and key-based; consistency &apos;Configurable&apos;.</source>
        <translation>Transaktionen gibt es, aber sie sind begrenzt und schlüsselbasiert; Konsistenz &apos;Konfigurierbar&apos;.</translation>
    </message>
    <message>
        <source>DynamoDB Streams can feed consumers, but it is not a message broker.</source>
        <translation>DynamoDB Streams können Consumer speisen, aber DynamoDB ist kein Message Broker.</translation>
    </message>
    <message>
        <source>Matrix: DynamoDB &apos;Avoid for: ad-hoc queries&apos;.</source>
        <translation>Matrix: DynamoDB &apos;Ungeeignet für: Ad-hoc-Abfragen&apos;.</translation>
    </message>
    <message>
        <source>Key-value + structures</source>
        <translation>Key-Value + Datenstrukturen</translation>
    </message>
    <message>
        <source>Schema-less</source>
        <translation>Schemalos</translation>
    </message>
    <message>
        <source>Horizontal (cluster)</source>
        <translation>Horizontal (Cluster)</translation>
    </message>
    <message>
        <source>Strong (single-node)</source>
        <translation>Stark (Einzelknoten)</translation>
    </message>
    <message>
        <source>&lt;1ms</source>
        <translation>&lt;1ms</translation>
    </message>
    <message>
        <source>Volatile by default</source>
        <translation>Standardmäßig flüchtig</translation>
    </message>
    <message>
        <source>Caching, real-time</source>
        <translation>Caching, Echtzeit</translation>
    </message>
    <message>
        <source>Durable primary storage</source>
        <translation>Dauerhafte Primärspeicherung</translation>
    </message>
    <message>
        <source>Matrix: scaling &apos;Horizontal (cluster)&apos;.</source>
        <translation>Matrix: Skalierung &apos;Horizontal (Cluster)&apos;.</translation>
    </message>
    <message>
        <source>Matrix: consistency &apos;Strong (single-node)&apos;.</source>
        <translation>Matrix: Konsistenz &apos;Stark (Einzelknoten)&apos;.</translation>
    </message>
    <message>
        <source>Matrix: latency &lt;1ms: sub-millisecond reads.</source>
        <translation>Matrix: Latenz &lt;1ms: Lesezugriffe unter einer Millisekunde.</translation>
    </message>
    <message>
        <source>Matrix: durability &apos;Volatile by default&apos;; edge case: eviction can drop keys even with RDB/AOF persistence.</source>
        <translation>Matrix: Dauerhaftigkeit &apos;Standardmäßig flüchtig&apos;; Grenzfall: Eviction kann Schlüssel verwerfen, selbst mit RDB/AOF-Persistenz.</translation>
    </message>
    <message>
        <source>Matrix: schema &apos;Schema-less&apos;.</source>
        <translation>Matrix: Schema &apos;Schemalos&apos;.</translation>
    </message>
    <message>
        <source>Matrix: cost model &apos;Per server/instance&apos;; memory limits and eviction policy to watch.</source>
        <translation>Matrix: Kostenmodell &apos;Pro Server/Instanz&apos;; Speicherlimits und Eviction-Policy im Blick behalten.</translation>
    </message>
    <message>
        <source>Lesson: Redis gives sub-millisecond reads by key (caching, sessions).</source>
        <translation>Lektion: Redis liefert Lesezugriffe per Schlüssel in unter einer Millisekunde (Caching, Sitzungen).</translation>
    </message>
    <message>
        <source>Key-based only: the application does the join.</source>
        <translation>Nur schlüsselbasiert: Die Anwendung übernimmt den Join.</translation>
    </message>
    <message>
        <source>Key-based; text search needs an add-on module.</source>
        <translation>Schlüsselbasiert; Textsuche braucht ein Zusatzmodul.</translation>
    </message>
    <message>
        <source>In memory and volatile: blobs crowd out the cache and can be evicted.</source>
        <translation>Im Arbeitsspeicher und flüchtig: Blobs verdrängen den Cache und können verworfen werden.</translation>
    </message>
    <message>
        <source>Lesson step 2: increment-counter -&gt; Redis (rate limiting: count API calls per user).</source>
        <translation>Lektion, Schritt 2: increment-counter -&gt; Redis (Ratenbegrenzung: API-Aufrufe pro Nutzer zählen).</translation>
    </message>
    <message>
        <source>Key-based: only aggregates you pre-compute yourself.</source>
        <translation>Schlüsselbasiert: nur Aggregate, die Sie selbst vorberechnen.</translation>
    </message>
    <message>
        <source>MULTI/EXEC has no rollback, and the data is volatile.</source>
        <translation>MULTI/EXEC hat kein Rollback, und die Daten sind flüchtig.</translation>
    </message>
    <message>
        <source>Lesson: Redis pub/sub for real-time messaging.</source>
        <translation>Lektion: Redis Pub/Sub für Echtzeit-Messaging.</translation>
    </message>
    <message>
        <source>Query power &apos;Low (key-based)&apos;.</source>
        <translation>Abfragestärke &apos;Niedrig (schlüsselbasiert)&apos;.</translation>
    </message>
    <message>
        <source>Binary objects</source>
        <translation>Binärobjekte</translation>
    </message>
    <message>
        <source>N/A (files)</source>
        <translation>Entfällt (Dateien)</translation>
    </message>
    <message>
        <source>None (get/put by key)</source>
        <translation>Keine (get/put per Schlüssel)</translation>
    </message>
    <message>
        <source>Infinite (managed)</source>
        <translation>Unbegrenzt (verwaltet)</translation>
    </message>
    <message>
        <source>Eventual (strong available)</source>
        <translation>Eventual (stark wählbar)</translation>
    </message>
    <message>
        <source>50-200ms</source>
        <translation>50-200ms</translation>
    </message>
    <message>
        <source>99.999999999%</source>
        <translation>99.999999999%</translation>
    </message>
    <message>
        <source>Per GB stored + transfer</source>
        <translation>Pro gespeichertem GB + Transfer</translation>
    </message>
    <message>
        <source>Files, backups, static assets</source>
        <translation>Dateien, Backups, statische Assets</translation>
    </message>
    <message>
        <source>Structured data queries</source>
        <translation>Abfragen strukturierter Daten</translation>
    </message>
    <message>
        <source>Matrix: query power &apos;None (get/put by key)&apos;.</source>
        <translation>Matrix: Abfragestärke &apos;Keine (get/put per Schlüssel)&apos;.</translation>
    </message>
    <message>
        <source>Matrix: scaling &apos;Infinite (managed)&apos;.</source>
        <translation>Matrix: Skalierung &apos;Unbegrenzt (verwaltet)&apos;.</translation>
    </message>
    <message>
        <source>Matrix: consistency &apos;Eventual (strong available)&apos;.</source>
        <translation>Matrix: Konsistenz &apos;Eventual (stark wählbar)&apos;.</translation>
    </message>
    <message>
        <source>Matrix: latency 50-200ms.</source>
        <translation>Matrix: Latenz 50-200ms.</translation>
    </message>
    <message>
        <source>Matrix: durability 99.999999999% (eleven nines).</source>
        <translation>Matrix: Dauerhaftigkeit 99.999999999% (elf Neunen).</translation>
    </message>
    <message>
        <source>Matrix: schema &apos;N/A (files)&apos;: neither helps nor hurts.</source>
        <translation>Matrix: Schema &apos;Entfällt (Dateien)&apos;: weder Vorteil noch Nachteil.</translation>
    </message>
    <message>
        <source>Matrix: cost model &apos;Per GB stored + transfer&apos;; managed, nothing to patch or fail over.</source>
        <translation>Matrix: Kostenmodell &apos;Pro gespeichertem GB + Transfer&apos;; verwaltet, nichts zu patchen, kein Failover zu betreuen.</translation>
    </message>
    <message>
        <source>Get by key works but at 50-200ms: fine for files, slow for records.</source>
        <translation>Abruf per Schlüssel funktioniert, aber mit 50-200ms: gut für Dateien, langsam für Datensätze.</translation>
    </message>
    <message>
        <source>Query power &apos;None (get/put by key)&apos;.</source>
        <translation>Abfragestärke &apos;Keine (get/put per Schlüssel)&apos;.</translation>
    </message>
    <message>
        <source>Query power &apos;None&apos;; &apos;Avoid for: structured data queries&apos;.</source>
        <translation>Abfragestärke &apos;Keine&apos;; &apos;Ungeeignet für: Abfragen strukturierter Daten&apos;.</translation>
    </message>
    <message>
        <source>Lesson step 2: binary-blob -&gt; S3; cheap, eleven nines durable, scales infinitely.</source>
        <translation>Lektion, Schritt 2: binary-blob -&gt; S3; günstig, mit elf Neunen dauerhaft, unbegrenzt skalierbar.</translation>
    </message>
    <message>
        <source>Objects are replaced whole; there is no in-place increment.</source>
        <translation>Objekte werden als Ganzes ersetzt; es gibt kein Inkrementieren an Ort und Stelle.</translation>
    </message>
    <message>
        <source>Only as batched objects at 50-200ms per put; no append in place.</source>
        <translation>Nur als gebündelte Objekte mit 50-200ms pro Put; kein Anhängen an Ort und Stelle.</translation>
    </message>
    <message>
        <source>No transactions across objects.</source>
        <translation>Keine Transaktionen über mehrere Objekte.</translation>
    </message>
    <message>
        <source>Only bucket event notifications.</source>
        <translation>Nur Bucket-Ereignisbenachrichtigungen.</translation>
    </message>
    <message>
        <source>Matrix: S3 &apos;Avoid for: structured data queries&apos;.</source>
        <translation>Matrix: S3 &apos;Ungeeignet für: Abfragen strukturierter Daten&apos;.</translation>
    </message>
    <message>
        <source>Named by the lesson: &apos;full-text-search -&gt; PostgreSQL (or Elasticsearch for advanced)&apos;.</source>
        <translation>Von der Lektion genannt: &apos;full-text-search -&gt; PostgreSQL (oder Elasticsearch für fortgeschrittene Fälle)&apos;.</translation>
    </message>
    <message>
        <source>JSON documents in inverted indexes</source>
        <translation>JSON-Dokumente in invertierten Indizes</translation>
    </message>
    <message>
        <source>Flexible (dynamic mappings)</source>
        <translation>Flexibel (dynamische Mappings)</translation>
    </message>
    <message>
        <source>High for search and aggregations</source>
        <translation>Hoch für Suche und Aggregationen</translation>
    </message>
    <message>
        <source>Horizontal (shards and replicas)</source>
        <translation>Horizontal (Shards und Replikate)</translation>
    </message>
    <message>
        <source>Eventual (near real-time refresh)</source>
        <translation>Eventual (Refresh nahezu in Echtzeit)</translation>
    </message>
    <message>
        <source>1-10ms for searches</source>
        <translation>1-10ms für Suchen</translation>
    </message>
    <message>
        <source>Good (replicas), usually rebuilt from a primary store</source>
        <translation>Gut (Replikate), meist aus einem Primärspeicher neu aufgebaut</translation>
    </message>
    <message>
        <source>Advanced full-text search</source>
        <translation>Fortgeschrittene Volltextsuche</translation>
    </message>
    <message>
        <source>Primary storage, transactions</source>
        <translation>Primärspeicherung, Transaktionen</translation>
    </message>
    <message>
        <source>Public fact: full-text relevance search and aggregations are its core features.</source>
        <translation>Allgemein bekannt: Volltextsuche nach Relevanz und Aggregationen sind die Kernfunktionen.</translation>
    </message>
    <message>
        <source>Public fact: an index is split into shards spread across nodes.</source>
        <translation>Allgemein bekannt: Ein Index wird in Shards aufgeteilt, die über Knoten verteilt sind.</translation>
    </message>
    <message>
        <source>Public fact: near real-time; a write becomes searchable after a refresh (default 1 s).</source>
        <translation>Allgemein bekannt: nahezu Echtzeit; ein Schreibzugriff wird nach einem Refresh durchsuchbar (standardmäßig 1 s).</translation>
    </message>
    <message>
        <source>Public fact: searches typically return in milliseconds.</source>
        <translation>Allgemein bekannt: Suchen antworten typischerweise in Millisekunden.</translation>
    </message>
    <message>
        <source>Public fact: replicated, but commonly treated as a secondary index rebuilt from the primary database.</source>
        <translation>Allgemein bekannt: repliziert, aber üblicherweise als sekundärer Index behandelt, der aus der primären Datenbank neu aufgebaut wird.</translation>
    </message>
    <message>
        <source>Public fact: dynamic mappings accept new fields.</source>
        <translation>Allgemein bekannt: Dynamische Mappings akzeptieren neue Felder.</translation>
    </message>
    <message>
        <source>Lesson: one more cluster to monitor, back up, upgrade and debug at 3 AM (the lesson lists it among the five databases a 100-user app does not need).</source>
        <translation>Lektion: ein weiterer Cluster, den Sie überwachen, sichern, aktualisieren und um 3 Uhr nachts debuggen müssen (die Lektion zählt ihn zu den fünf Datenbanken, die eine App mit 100 Nutzern nicht braucht).</translation>
    </message>
    <message>
        <source>Can fetch a document by id, but it is a search index, not a key-value store.</source>
        <translation>Kann ein Dokument per ID abrufen, ist aber ein Suchindex, kein Key-Value-Speicher.</translation>
    </message>
    <message>
        <source>No real joins; documents must be denormalised.</source>
        <translation>Keine echten Joins; Dokumente müssen denormalisiert werden.</translation>
    </message>
    <message>
        <source>Lesson: Elasticsearch for advanced full-text search.</source>
        <translation>Lektion: Elasticsearch für fortgeschrittene Volltextsuche.</translation>
    </message>
    <message>
        <source>A search index is no place for files.</source>
        <translation>Ein Suchindex ist kein Ort für Dateien.</translation>
    </message>
    <message>
        <source>Every update re-indexes a document.</source>
        <translation>Jede Aktualisierung indiziert ein Dokument neu.</translation>
    </message>
    <message>
        <source>Aggregations are a core search-engine feature.</source>
        <translation>Aggregationen sind eine Kernfunktion von Suchmaschinen.</translation>
    </message>
    <message>
        <source>Log ingestion is common, but every write is indexed.</source>
        <translation>Log-Ingestion ist verbreitet, aber jeder Schreibzugriff wird indiziert.</translation>
    </message>
    <message>
        <source>No multi-document transactions; a search index, not a system of record.</source>
        <translation>Keine Transaktionen über mehrere Dokumente; ein Suchindex, kein führendes System.</translation>
    </message>
    <message>
        <source>A search engine has no publish/subscribe messaging.</source>
        <translation>Eine Suchmaschine hat kein Publish/Subscribe-Messaging.</translation>
    </message>
    <message>
        <source>Flexible queries over indexed fields.</source>
        <translation>Flexible Abfragen über indizierte Felder.</translation>
    </message>
    <message>
        <source>Named by the lesson: &apos;append-only-write at very high frequency -&gt; DynamoDB (or Kafka)&apos;.</source>
        <translation>Von der Lektion genannt: &apos;append-only-write bei sehr hoher Häufigkeit -&gt; DynamoDB (oder Kafka)&apos;.</translation>
    </message>
    <message>
        <source>Append-only log of records</source>
        <translation>Append-only-Log von Datensätzen</translation>
    </message>
    <message>
        <source>Schema-less (bytes; optional registry)</source>
        <translation>Schemalos (Bytes; optionale Registry)</translation>
    </message>
    <message>
        <source>None (read by offset)</source>
        <translation>Keine (Lesen per Offset)</translation>
    </message>
    <message>
        <source>Horizontal (partitions)</source>
        <translation>Horizontal (Partitionen)</translation>
    </message>
    <message>
        <source>Ordered per partition</source>
        <translation>Geordnet pro Partition</translation>
    </message>
    <message>
        <source>Excellent (replicated, retention-bound)</source>
        <translation>Ausgezeichnet (repliziert, an Aufbewahrungsdauer gebunden)</translation>
    </message>
    <message>
        <source>Per broker/instance</source>
        <translation>Pro Broker/Instanz</translation>
    </message>
    <message>
        <source>Event streams, high write volume</source>
        <translation>Event-Streams, hohes Schreibvolumen</translation>
    </message>
    <message>
        <source>Lookups and queries</source>
        <translation>Lookups und Abfragen</translation>
    </message>
    <message>
        <source>Public fact: consumers read partitions by offset; there is no query language.</source>
        <translation>Allgemein bekannt: Consumer lesen Partitionen per Offset; es gibt keine Abfragesprache.</translation>
    </message>
    <message>
        <source>Public fact: topics are split into partitions spread across brokers.</source>
        <translation>Allgemein bekannt: Topics werden in Partitionen aufgeteilt, die über Broker verteilt sind.</translation>
    </message>
    <message>
        <source>Public fact: ordering is guaranteed within a partition.</source>
        <translation>Allgemein bekannt: Die Reihenfolge ist innerhalb einer Partition garantiert.</translation>
    </message>
    <message>
        <source>Public fact: low-millisecond produce/consume latency.</source>
        <translation>Allgemein bekannt: Produce/Consume-Latenz im niedrigen Millisekundenbereich.</translation>
    </message>
    <message>
        <source>Public fact: replicated log, kept for the configured retention period.</source>
        <translation>Allgemein bekannt: repliziertes Log, aufbewahrt für die konfigurierte Aufbewahrungsdauer.</translation>
    </message>
    <message>
        <source>Public fact: records are opaque bytes.</source>
        <translation>Allgemein bekannt: Datensätze sind opake Bytes.</translation>
    </message>
    <message>
        <source>Lesson: another system to operate; a broker cluster with partitions and consumers to monitor.</source>
        <translation>Lektion: ein weiteres System im Betrieb; ein Broker-Cluster mit Partitionen und Consumern, die überwacht werden müssen.</translation>
    </message>
    <message>
        <source>A log is read by offset; there is no lookup by key.</source>
        <translation>Ein Log wird per Offset gelesen; es gibt keine Suche nach Schlüssel.</translation>
    </message>
    <message>
        <source>A log of records has no joins.</source>
        <translation>Ein Log von Datensätzen kennt keine Joins.</translation>
    </message>
    <message>
        <source>A log is read by offset and cannot be searched.</source>
        <translation>Ein Log wird per Offset gelesen und kann nicht durchsucht werden.</translation>
    </message>
    <message>
        <source>Records are meant to be small events, not files.</source>
        <translation>Datensätze sind als kleine Ereignisse gedacht, nicht als Dateien.</translation>
    </message>
    <message>
        <source>Append events and count them downstream; no atomic counter.</source>
        <translation>Ereignisse anhängen und nachgelagert zählen; kein atomarer Zähler.</translation>
    </message>
    <message>
        <source>Stream processing can aggregate, but a log cannot be queried.</source>
        <translation>Stream Processing kann aggregieren, aber ein Log lässt sich nicht abfragen.</translation>
    </message>
    <message>
        <source>Lesson step 2: very-high append-only -&gt; Kafka; an append-only log by design.</source>
        <translation>Lektion, Schritt 2: very-high append-only -&gt; Kafka; von Grund auf ein Append-only-Log.</translation>
    </message>
    <message>
        <source>Transactions serve exactly-once streaming, not business records.</source>
        <translation>Transaktionen dienen dem Exactly-once-Streaming, nicht Geschäftsdatensätzen.</translation>
    </message>
    <message>
        <source>A durable publish/subscribe log with consumer groups.</source>
        <translation>Ein dauerhaftes Publish/Subscribe-Log mit Consumer Groups.</translation>
    </message>
    <message>
        <source>A log cannot be queried ad hoc.</source>
        <translation>Ein Log kann nicht ad hoc abgefragt werden.</translation>
    </message>
    <message>
        <source>Named by the lesson: S3-compatible, zero egress fees.</source>
        <translation>Von der Lektion genannt: S3-kompatibel, keine Egress-Gebühren.</translation>
    </message>
    <message>
        <source>Per GB stored, zero egress fees</source>
        <translation>Pro gespeichertem GB, keine Egress-Gebühren</translation>
    </message>
    <message>
        <source>Image-heavy apps, video streaming</source>
        <translation>Bildlastige Apps, Video-Streaming</translation>
    </message>
    <message>
        <source>S3-compatible API: get/put by key.</source>
        <translation>S3-kompatible API: get/put per Schlüssel.</translation>
    </message>
    <message>
        <source>Managed object storage like S3.</source>
        <translation>Verwalteter Objektspeicher wie S3.</translation>
    </message>
    <message>
        <source>Public fact: R2 offers strong read-after-write consistency.</source>
        <translation>Allgemein bekannt: R2 bietet starke Read-after-Write-Konsistenz.</translation>
    </message>
    <message>
        <source>Object storage latency as S3 (50-200ms).</source>
        <translation>Latenz eines Objektspeichers wie bei S3 (50-200ms).</translation>
    </message>
    <message>
        <source>Public fact: designed for eleven nines like S3.</source>
        <translation>Allgemein bekannt: wie S3 auf elf Neunen ausgelegt.</translation>
    </message>
    <message>
        <source>N/A (files).</source>
        <translation>Entfällt (Dateien).</translation>
    </message>
    <message>
        <source>Lesson&apos;s &apos;Good to know&apos;: S3-compatible and managed; the same operational load as S3.</source>
        <translation>&apos;Gut zu wissen&apos; aus der Lektion: S3-kompatibel und verwaltet; derselbe Betriebsaufwand wie bei S3.</translation>
    </message>
    <message>
        <source>Get by key works but at object-storage latency (50-200ms).</source>
        <translation>Abruf per Schlüssel funktioniert, aber mit der Latenz eines Objektspeichers (50-200ms).</translation>
    </message>
    <message>
        <source>Lesson: S3-compatible object storage (R2), zero egress fees.</source>
        <translation>Lektion: S3-kompatibler Objektspeicher (R2), keine Egress-Gebühren.</translation>
    </message>
    <message>
        <source>Only as batched objects; no append in place.</source>
        <translation>Nur als gebündelte Objekte; kein Anhängen an Ort und Stelle.</translation>
    </message>
    <message>
        <source>Object storage has no publish/subscribe messaging.</source>
        <translation>Objektspeicher hat kein Publish/Subscribe-Messaging.</translation>
    </message>
    <message>
        <source>Object storage cannot be queried.</source>
        <translation>Objektspeicher kann nicht abgefragt werden.</translation>
    </message>
    <message>
        <source>Range scan</source>
        <translation>Bereichsabfrage</translation>
    </message>
    <message>
        <source>Lesson: DynamoDB &apos;all orders for a user&apos; (a query on the partition key with begins_with on the sort key).</source>
        <translation>Lektion: DynamoDB &apos;alle Bestellungen eines Nutzers&apos; (eine Abfrage auf den Partitionsschlüssel mit begins_with auf den Sortierschlüssel).</translation>
    </message>
    <message>
        <source>An entity&apos;s hottest load-sensitive pattern (lookups, range scans, counters, appends, pub/sub) decides how hard it presses on its store as users x frequency grows: log10(users) + frequency level (low 0 .. very-high 3). Up to 8.5 (a million users at high) there is no pressure; at 10 (ten million users at very high) full pressure. A store whose scaling rating is below 60 loses up to 30 points (PostgreSQL scales vertically: one primary takes every write), a quarter of that for reads (lookups, range scans), which read replicas serve (lesson matrix: &apos;Vertical (read replicas help)&apos;; GitHub serves its reads from MySQL replicas, github.blog 2018-06-20); one above gains up to 5 (horizontal stores hold steady). Lesson: at high volume, append-only writes go to DynamoDB; Discord moved its messages to a wide-column store at tens of millions of users (discord.com/blog/how-discord-stores-billions-of-messages, 2017).</source>
        <translation>Das am stärksten belastende lastabhängige Muster einer Entität (Lookups, Bereichsabfragen, Zähler, Anhängen, Pub/Sub) bestimmt, wie stark sie ihren Speicher belastet, wenn Nutzer x Häufigkeit wachsen: log10(Nutzer) + Häufigkeitsstufe (niedrig 0 .. sehr hoch 3). Bis 8,5 (eine Million Nutzer bei hoch) gibt es keinen Druck; bei 10 (zehn Millionen Nutzer bei sehr hoch) vollen Druck. Ein Speicher mit einer Skalierungsbewertung unter 60 verliert bis zu 30 Punkte (PostgreSQL skaliert vertikal: ein Primärserver nimmt jeden Schreibvorgang an), ein Viertel davon für Lesezugriffe (Lookups, Bereichsabfragen), die Lesereplikate bedienen (Matrix der Lektion: &apos;Vertikal (Lesereplikate helfen)&apos;; GitHub bedient seine Lesezugriffe aus MySQL-Replikaten, github.blog 2018-06-20); einer darüber gewinnt bis zu 5 (horizontale Speicher halten stand). Lektion: Bei hohem Volumen gehen Append-only-Schreibvorgänge zu DynamoDB; Discord verlegte seine Nachrichten bei einigen zehn Millionen Nutzern in einen Wide-Column-Speicher (discord.com/blog/how-discord-stores-billions-of-messages, 2017).</translation>
    </message>
    <message>
        <source>Ephemeral data (sessions, rate limits) and reconstructible data (caches, feeds, timelines, counters) move up to 16 points with a store&apos;s latency rating against 70: such data is read on every request and can be rebuilt, so it wants the fastest store, not the most durable one (lesson: Redis for sessions, fast auth checks on every request, and pre-computed caches; sub-millisecond reads. Instagram kept feeds and sessions in Redis at 14 million users, Twitter its home timelines at 150 million).</source>
        <translation>Flüchtige Daten (Sitzungen, Ratenlimits) und rekonstruierbare Daten (Caches, Feeds, Timelines, Zähler) verschieben sich um bis zu 16 Punkte mit der Latenzbewertung eines Speichers gegenüber 70: Solche Daten werden bei jeder Anfrage gelesen und lassen sich neu aufbauen, also gehören sie in den schnellsten Speicher, nicht in den dauerhaftesten (Lektion: Redis für Sitzungen, schnelle Authentifizierungsprüfungen bei jeder Anfrage und vorberechnete Caches; Lesezugriffe unter einer Millisekunde. Instagram hielt Feeds und Sitzungen bei 14 Millionen Nutzern in Redis, Twitter seine Home-Timelines bei 150 Millionen).</translation>
    </message>
    <message>
        <source>Up to 1,000 users the budget is 4, exactly PostgreSQL + S3 (lesson: a startup with 100 users starts with PostgreSQL + S3). Each tenfold growth to a million users adds 1.5: PostgreSQL + Redis + S3 (cost 7, the lesson&apos;s sweet spot) fits from 100,000 users. Beyond a million users each tenfold adds 3.5: such a company runs a platform team, and published systems ran four to five stores at tens of millions of users (Instagram at about 14 million: PostgreSQL, Redis, Memcached, S3 and Solr). The lesson&apos;s five-store system (cost 13.5) fits from about 27 million users.</source>
        <translation>Bis 1.000 Nutzer beträgt das Budget 4, genau PostgreSQL + S3 (Lektion: Ein Startup mit 100 Nutzern beginnt mit PostgreSQL + S3). Jede Verzehnfachung bis zu einer Million Nutzer fügt 1,5 hinzu: PostgreSQL + Redis + S3 (Kosten 7, der Sweet Spot der Lektion) passt ab 100.000 Nutzern. Jenseits einer Million Nutzer fügt jede Verzehnfachung 3,5 hinzu: Ein solches Unternehmen hat ein Plattform-Team, und veröffentlichte Systeme betrieben bei einigen zehn Millionen Nutzern vier bis fünf Speicher (Instagram bei etwa 14 Millionen: PostgreSQL, Redis, Memcached, S3 und Solr). Das Fünf-Speicher-System der Lektion (Kosten 13,5) passt ab etwa 27 Millionen Nutzern.</translation>
    </message>
    <message>
        <source>A one-to-many join or transaction whose two entities sit on different stores is a seam: no JOIN and no transaction crosses two stores, so the application joins them or keeps them consistent itself (outbox, saga, retries). The advisor charges a split join 15 and a split transaction 40 fit points per unit of the link&apos;s frequency weight, spread over the project&apos;s traffic.</source>
        <translation>Ein One-to-many-Join oder eine Transaktion, deren zwei Entitäten auf verschiedenen Speichern liegen, ist eine Nahtstelle: Kein JOIN und keine Transaktion reicht über zwei Speicher, daher verknüpft die Anwendung sie selbst oder hält sie selbst konsistent (Outbox, Saga, Wiederholungen). Der Berater berechnet für einen geteilten Join 15 und für eine geteilte Transaktion 40 Eignungspunkte je Einheit des Häufigkeitsgewichts der Verknüpfung, verteilt auf den Datenverkehr des Projekts.</translation>
    </message>
    <message>
        <source>A B-tree index on (key, time) reads an ordered range in one index scan; at very high volume one primary takes every write.</source>
        <translation>Ein B-Baum-Index auf (Schlüssel, Zeit) liest einen geordneten Bereich in einem Index-Scan; bei sehr hohem Volumen nimmt ein Primärserver jeden Schreibvorgang an.</translation>
    </message>
    <message>
        <source>A compound index on (key, time) serves an ordered range; sharding on the key spreads the load.</source>
        <translation>Ein zusammengesetzter Index auf (Schlüssel, Zeit) liefert einen geordneten Bereich; Sharding nach dem Schlüssel verteilt die Last.</translation>
    </message>
    <message>
        <source>Only an item collection modelled up front (the lesson&apos;s USER#alice / ORDER# query, which is a range scan); a join with another entity needs denormalised copies kept in step by the application.</source>
        <translation>Nur eine vorab modellierte Item Collection (die Abfrage USER#alice / ORDER# der Lektion, die eine Bereichsabfrage ist); ein Join mit einer anderen Entität braucht denormalisierte Kopien, die die Anwendung synchron hält.</translation>
    </message>
    <message>
        <source>Lesson: the DynamoDB query on a partition key with a sort-key condition (&apos;all orders for a user&apos;) is exactly this read, at any scale.</source>
        <translation>Lektion: Die DynamoDB-Abfrage auf einen Partitionsschlüssel mit einer Bedingung auf den Sortierschlüssel (&apos;alle Bestellungen eines Nutzers&apos;) ist genau dieser Lesezugriff, in jeder Größenordnung.</translation>
    </message>
    <message>
        <source>LPUSH and XADD append in memory in O(1): Twitter fans tweets out into Redis timelines (Timelines at Scale, 2013). Memory-bound and volatile by default, which the durability modifier charges to critical data.</source>
        <translation>LPUSH und XADD hängen im Arbeitsspeicher in O(1) an: Twitter verteilt Tweets in Redis-Timelines (Timelines at Scale, 2013). Speichergebunden und standardmäßig flüchtig, was der Dauerhaftigkeits-Modifikator kritischen Daten anrechnet.</translation>
    </message>
    <message>
        <source>Sorted sets and lists read an ordered range in memory (ZRANGE, LRANGE; lesson: sorted sets for leaderboards): Twitter&apos;s home timelines and Instagram&apos;s feeds are Redis ranges (Timelines at Scale, 2013; What Powers Instagram, 2012).</source>
        <translation>Sorted Sets und Listen lesen einen geordneten Bereich im Arbeitsspeicher (ZRANGE, LRANGE; Lektion: Sorted Sets für Bestenlisten): Twitters Home-Timelines und Instagrams Feeds sind Redis-Bereiche (Timelines at Scale, 2013; What Powers Instagram, 2012).</translation>
    </message>
    <message>
        <source>Object storage lists keys by prefix but cannot read a range of records inside them.</source>
        <translation>Objektspeicher listet Schlüssel nach Präfix, kann aber keinen Bereich von Datensätzen darin lesen.</translation>
    </message>
    <message>
        <source>A range query on a date field works, but every read scores documents; it is a search engine, not a primary store.</source>
        <translation>Eine Bereichsabfrage auf ein Datumsfeld funktioniert, aber jeder Lesezugriff bewertet Dokumente; es ist eine Suchmaschine, kein Primärspeicher.</translation>
    </message>
    <message>
        <source>A partition is read in offset order, but not by an arbitrary key and time window.</source>
        <translation>Eine Partition wird in Offset-Reihenfolge gelesen, aber nicht nach beliebigem Schlüssel und Zeitfenster.</translation>
    </message>
    <message>
        <source>Like S3: keys by prefix only, no range of records inside them.</source>
        <translation>Wie S3: Schlüssel nur nach Präfix, kein Bereich von Datensätzen darin.</translation>
    </message>
    <message>
        <source>field value</source>
        <translation>Feldwert</translation>
    </message>
    <message>
        <source>BSON document</source>
        <translation>BSON-Dokument</translation>
    </message>
    <message>
        <source>item (attribute names and values)</source>
        <translation>Element (Attributnamen und -werte)</translation>
    </message>
    <message>
        <source>string value</source>
        <translation>String-Wert</translation>
    </message>
    <message>
        <source>record batch (message.max.bytes, the default)</source>
        <translation>Record-Batch (message.max.bytes, der Standard)</translation>
    </message>
    <message>
        <source>A kind the team already runs costs half its burden: its monitoring, backups, upgrades and on-call runbooks exist and its failures are known at 3 AM, so the tooling and the skills are paid; this design&apos;s data on it still needs its capacity planned, its restores tested and its incidents handled. The integration overhead stays: the seam is in this application.</source>
        <translation>Eine Art, die das Team bereits betreibt, kostet die Hälfte ihres Aufwands: Überwachung, Backups, Upgrades und Bereitschafts-Runbooks gibt es schon, ihre Ausfälle kennt man um 3 Uhr nachts, Werkzeuge und Können sind also bezahlt; die Daten dieses Entwurfs darauf brauchen trotzdem Kapazitätsplanung, getestete Wiederherstellungen und Störungsbehandlung. Der Integrationsaufwand bleibt: die Naht liegt in dieser Anwendung.</translation>
    </message>
    <message>
        <source>An instance-priced store runs the smallest instance whose memory holds its data (in-memory kinds) and whose assumed throughput carries its peak rate; beyond the largest, as many of the largest as needed (read replicas, shards, nodes). The throughput per instance is Storemap&apos;s sizing assumption for a typical key lookup, not a vendor figure: measure yours.</source>
        <translation>Ein nach Instanzen bepreister Speicher läuft auf der kleinsten Instanz, deren Speicher seine Daten hält (In-Memory-Arten) und deren angenommener Durchsatz seine Spitzenrate trägt; darüber so viele der größten wie nötig (Lesereplikate, Shards, Knoten). Der Durchsatz je Instanz ist Storemaps Annahme für einen typischen Schlüsselzugriff, keine Herstellerangabe: messen Sie Ihren.</translation>
    </message>
    <message>
        <source>Requests a month are each pattern&apos;s peak rate held for the whole month (730 hours): an upper bound. Reads and writes are priced per million; a DynamoDB request of a larger item costs one unit per 4 KB read or 1 KB written, a transaction twice.</source>
        <translation>Anfragen im Monat sind die Spitzenrate jedes Musters, einen ganzen Monat (730 Stunden) gehalten: eine Obergrenze. Lese- und Schreibzugriffe kosten je Million; eine DynamoDB-Anfrage für ein größeres Element kostet eine Einheit je 4 KB gelesen oder 1 KB geschrieben, eine Transaktion das Doppelte.</translation>
    </message>
</context>
<context>
    <name>storemap::ChoiceDelegate</name>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>storemap::CommandLine</name>
    <message>
        <source>--users takes a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation>--users erwartet eine ganze Zahl von %1 bis %2, nicht &quot;%3&quot;</translation>
    </message>
    <message>
        <source>--fail-on takes &quot;warning&quot; or &quot;error&quot;</source>
        <translation>--fail-on erwartet &quot;warning&quot; oder &quot;error&quot;</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>%1 braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; for %2</source>
        <translation>unbekannte Option &quot;%1&quot; für %2</translation>
    </message>
    <message>
        <source>one project file at a time; &quot;%1&quot; is one too many</source>
        <translation>nur eine Projektdatei auf einmal; &quot;%1&quot; ist eine zu viel</translation>
    </message>
    <message>
        <source>refusing to overwrite the input file %1; choose another output</source>
        <translation>die Eingabedatei %1 wird nicht überschrieben; wählen Sie eine andere Ausgabe</translation>
    </message>
    <message>
        <source>a project file</source>
        <translation>eine Projektdatei</translation>
    </message>
    <message>
        <source>Try &quot;storemap --help&quot;.
</source>
        <translation>Siehe &quot;storemap --help&quot;.
</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 braucht %2</translation>
    </message>
    <message>
        <source>no display to open the designer on (DISPLAY is not set); the verbs %1 need none: see &quot;storemap --help&quot;</source>
        <translation>kein Bildschirm, auf dem sich der Designer öffnen ließe (DISPLAY ist nicht gesetzt); die Befehle %1 brauchen keinen: siehe &quot;storemap --help&quot;</translation>
    </message>
    <message>
        <source>unknown verb &quot;%1&quot;; the verbs are %2</source>
        <translation>unbekannter Befehl &quot;%1&quot;; die Befehle sind %2</translation>
    </message>
    <message>
        <source>Usage:
  storemap [FILE]                       open the designer (no FILE: last file, or the e-commerce sample)
  storemap check FILE [--json] [--users N] [--fail-on warning|error] [--min-fit N]
  storemap advise FILE [--json] [--users N] [-o OUT.storemap]
  storemap --version | --help

check   scores every entity on every store kind, the complexity against the budget,
        and the findings (classic storage mistakes from the lesson); --min-fit N
        makes every placed entity below fit N an error (poor-fit).
advise  proposes the set of stores and the placement that best trade fit against
        operational complexity at the project&apos;s scale; -o writes it as a project.

Exit codes: 0 done; 1 --fail-on threshold reached; 2 usage error; 3 unreadable or
invalid input file; 4 could not write the output.
</source>
        <translation>Aufruf:
  storemap [FILE]                       öffnet den Designer (ohne FILE: letzte Datei oder das E-Commerce-Beispiel)
  storemap check FILE [--json] [--users N] [--fail-on warning|error] [--min-fit N]
  storemap advise FILE [--json] [--users N] [-o OUT.storemap]
  storemap --version | --help

check   bewertet jede Entität auf jeder Speicherart, die Komplexität gegenüber dem Budget
        und die Befunde (klassische Speicherfehler aus der Lektion); --min-fit N
        macht jede platzierte Entität unter Eignung N zu einem Fehler (poor-fit).
advise  schlägt die Speicher und die Platzierung vor, die Eignung und Betriebskomplexität
        bei der Größe des Projekts am besten abwägen; -o schreibt sie als Projekt.

Exit-Codes: 0 fertig; 1 Schwelle von --fail-on erreicht; 2 Aufruffehler; 3 unlesbare
oder ungültige Eingabedatei; 4 Ausgabe konnte nicht geschrieben werden.
</translation>
    </message>
    <message>
        <source>--min-fit takes a fit from 0 to 100</source>
        <translation>--min-fit erwartet eine Eignung von 0 bis 100</translation>
    </message>
    <message>
        <source>%1 takes %2 files; &quot;%3&quot; is one too many</source>
        <translation>%1 nimmt %2 Dateien; &quot;%3&quot; ist eine zu viel</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3, nicht „%4“</translation>
    </message>
    <message>
        <source>--from (%1) must be below --to (%2)</source>
        <translation>--from (%1) muss unter --to (%2) liegen</translation>
    </message>
    <message>
        <source>
  storemap roadmap FILE [--json] [--from N] [--to N]

roadmap sweeps the advisor from --from (100) to --to (1,000,000,000) users and
        prints every user count at which the advised layout changes, what
        moves where, and why.
</source>
        <translation>
  storemap roadmap DATEI [--json] [--from N] [--to N]

roadmap lässt den Berater von --from (100) bis --to (1.000.000.000) Nutzer laufen
        und gibt jede Nutzerzahl aus, bei der sich die empfohlene Aufteilung ändert:
        was wohin wandert und warum.
</translation>
    </message>
</context>
<context>
    <name>storemap::Commands</name>
    <message>
        <source>Add entity &quot;%1&quot;</source>
        <translation>Entität &quot;%1&quot; hinzufügen</translation>
    </message>
    <message>
        <source>Remove entity &quot;%1&quot;</source>
        <translation>Entität &quot;%1&quot; entfernen</translation>
    </message>
    <message>
        <source>Rename entity to &quot;%1&quot;</source>
        <translation>Entität in &quot;%1&quot; umbenennen</translation>
    </message>
    <message>
        <source>Describe &quot;%1&quot;</source>
        <translation>&quot;%1&quot; beschreiben</translation>
    </message>
    <message>
        <source>Set schema of &quot;%1&quot; to %2</source>
        <translation>Schema von &quot;%1&quot; auf %2 setzen</translation>
    </message>
    <message>
        <source>Set durability of &quot;%1&quot; to %2</source>
        <translation>Dauerhaftigkeit von &quot;%1&quot; auf %2 setzen</translation>
    </message>
    <message>
        <source>Add access pattern &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Zugriffsmuster &quot;%1&quot; zu &quot;%2&quot; hinzufügen</translation>
    </message>
    <message>
        <source>Edit access pattern &quot;%1&quot;</source>
        <translation>Zugriffsmuster &quot;%1&quot; bearbeiten</translation>
    </message>
    <message>
        <source>Remove access pattern &quot;%1&quot;</source>
        <translation>Zugriffsmuster &quot;%1&quot; entfernen</translation>
    </message>
    <message>
        <source>Reorder access patterns of &quot;%1&quot;</source>
        <translation>Zugriffsmuster von &quot;%1&quot; neu anordnen</translation>
    </message>
    <message>
        <source>Place &quot;%1&quot; on &quot;%2&quot;</source>
        <translation>&quot;%1&quot; auf &quot;%2&quot; platzieren</translation>
    </message>
    <message>
        <source>Unplace &quot;%1&quot;</source>
        <translation>Platzierung von &quot;%1&quot; aufheben</translation>
    </message>
    <message>
        <source>Add store &quot;%1&quot;</source>
        <translation>Speicher &quot;%1&quot; hinzufügen</translation>
    </message>
    <message>
        <source>Remove store &quot;%1&quot;</source>
        <translation>Speicher &quot;%1&quot; entfernen</translation>
    </message>
    <message>
        <source>Rename store to &quot;%1&quot;</source>
        <translation>Speicher in &quot;%1&quot; umbenennen</translation>
    </message>
    <message>
        <source>Set scale to %1 users</source>
        <translation>Größenordnung auf %1 Nutzer setzen</translation>
    </message>
    <message>
        <source>Rename project to &quot;%1&quot;</source>
        <translation>Projekt in &quot;%1&quot; umbenennen</translation>
    </message>
    <message>
        <source>Apply suggested layout</source>
        <translation>Vorgeschlagene Aufteilung übernehmen</translation>
    </message>
    <message>
        <source>Note on &quot;%1&quot;</source>
        <translation>Notiz zu „%1“</translation>
    </message>
    <message>
        <source>Set workload of &quot;%1&quot;</source>
        <translation>Arbeitslast von „%1“ setzen</translation>
    </message>
    <message>
        <source>Set memory of &quot;%1&quot; to %2 GB</source>
        <translation>Speicher von „%1“ auf %2 GB setzen</translation>
    </message>
    <message>
        <source>Clear memory of &quot;%1&quot;</source>
        <translation>Speicher von „%1“ entfernen</translation>
    </message>
    <message>
        <source>Set operated kinds</source>
        <translation>Betriebene Arten setzen</translation>
    </message>
</context>
<context>
    <name>storemap::ComparePanel</name>
    <message>
        <source>The other version, read-only: marked chips moved, came or went</source>
        <translation>Die andere Version, nur lesbar: markierte Chips wurden verschoben, kamen hinzu oder fielen weg</translation>
    </message>
    <message>
        <source>Click a difference to select its entity</source>
        <translation>Klicken Sie auf einen Unterschied, um seine Entität auszuwählen</translation>
    </message>
    <message>
        <source>Compare this design with another file or with its version at git&apos;s HEAD: File &gt; Compare With.</source>
        <translation>Vergleichen Sie diesen Entwurf mit einer anderen Datei oder mit seiner Version in gits HEAD: Datei &gt; Vergleichen mit.</translation>
    </message>
    <message>
        <source>Moved %1: %2 → %3, fit %4 → %5</source>
        <translation>%1 verschoben: %2 → %3, Eignung %4 → %5</translation>
    </message>
    <message>
        <source>Moved here from %1 (in %2)</source>
        <translation>Hierher verschoben von %1 (in %2)</translation>
    </message>
    <message>
        <source>Moved to %1 in this design</source>
        <translation>In diesem Entwurf nach %1 verschoben</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>Nicht in %1</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>Removed from this design</source>
        <translation>Aus diesem Entwurf entfernt</translation>
    </message>
    <message>
        <source>Added store %1</source>
        <translation>Speicher %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Removed store %1</source>
        <translation>Speicher %1 entfernt</translation>
    </message>
    <message>
        <source>Changed %1: %2</source>
        <translation>%1 geändert: %2</translation>
    </message>
    <message>
        <source>Changed store %1: %2</source>
        <translation>Speicher %1 geändert: %2</translation>
    </message>
    <message>
        <source>Scale %1 → %2 users</source>
        <translation>Skala %1 → %2 Nutzer</translation>
    </message>
    <message>
        <source>Project renamed &quot;%1&quot; → &quot;%2&quot;</source>
        <translation>Projekt umbenannt „%1“ → „%2“</translation>
    </message>
    <message>
        <source>New finding: %1</source>
        <translation>Neuer Befund: %1</translation>
    </message>
    <message>
        <source>Resolved finding: %1</source>
        <translation>Behobener Befund: %1</translation>
    </message>
    <message>
        <source>Compared with %1: the designs are the same.</source>
        <translation>Verglichen mit %1: Die Entwürfe sind gleich.</translation>
    </message>
    <message numerus="yes">
        <source>Compared with %1: %n difference(s). Overall fit %2 → %3.</source>
        <translation>
            <numerusform>Verglichen mit %1: %n Unterschied. Gesamteignung %2 → %3.</numerusform>
            <numerusform>Verglichen mit %1: %n Unterschiede. Gesamteignung %2 → %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storemap::ComplexityMeter</name>
    <message>
        <source>Complexity %1 of %2 affordable at %3 users</source>
        <translation>Komplexität %1 von %2, bezahlbar bei %3 Nutzern</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Integration: %1 per extra kind (%2)</source>
        <translation>Integration: %1 pro zusätzlicher Art (%2)</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budget: %1</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Über dem Budget</translation>
    </message>
    <message>
        <source>Within budget</source>
        <translation>Im Budget</translation>
    </message>
    <message>
        <source>Cost %1 of budget %2</source>
        <translation>Kosten %1 von Budget %2</translation>
    </message>
    <message>
        <source>Already operated, at %1% of their burden: %2. %3</source>
        <translation>Bereits betrieben, mit %1 % ihres Aufwands: %2. %3</translation>
    </message>
    <message>
        <source>%1: %2 a month</source>
        <translation>%1: %2 im Monat</translation>
    </message>
</context>
<context>
    <name>storemap::Cost</name>
    <message>
        <source>unknown: no items or item size for %1</source>
        <translation>unbekannt: keine Anzahl oder Elementgröße für %1</translation>
    </message>
    <message>
        <source>instances: unknown without the data size or the store&apos;s memory</source>
        <translation>Instanzen: unbekannt ohne Datenmenge oder Speichergröße</translation>
    </message>
    <message>
        <source>peak %1 operations a second, assumed %2 per instance</source>
        <translation>Spitze %1 Operationen pro Sekunde, angenommen %2 je Instanz</translation>
    </message>
    <message>
        <source>; %1 GB to hold, %2% of its %3 GB usable</source>
        <translation>; %1 GB zu halten, %2 % seiner %3 GB nutzbar</translation>
    </message>
    <message>
        <source>; no rate for %1</source>
        <translation>; keine Rate für %1</translation>
    </message>
    <message>
        <source>%1 x %2 at %3 a month = %4 (%5) %6</source>
        <translation>%1 x %2 zu %3 im Monat = %4 (%5) %6</translation>
    </message>
    <message>
        <source>storage: %1 GB x %2 per GB-month = %3 %4</source>
        <translation>Speicherplatz: %1 GB x %2 je GB-Monat = %3 %4</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>Lesezugriffe</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>Schreibzugriffe</translation>
    </message>
    <message>
        <source>%1: unknown without a rate for %2</source>
        <translation>%1: unbekannt ohne Rate für %2</translation>
    </message>
    <message>
        <source>%1: %2 million x %3 per million = %4 %5</source>
        <translation>%1: %2 Millionen x %3 je Million = %4 %5</translation>
    </message>
    <message>
        <source>egress: %1 GB a month, but the catalog has no public price for %2&apos;s egress</source>
        <translation>Egress: %1 GB im Monat, aber der Katalog hat keinen öffentlichen Preis für den Egress von %2</translation>
    </message>
    <message>
        <source>egress: %1 GB a month = %2 (%3, %4: %5)</source>
        <translation>Egress: %1 GB im Monat = %2 (%3, %4: %5)</translation>
    </message>
    <message>
        <source>nothing stored: %1</source>
        <translation>nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>unknown: the catalog has no kind %1</source>
        <translation>unbekannt: der Katalog kennt keine Art %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 im Monat</translation>
    </message>
</context>
<context>
    <name>storemap::DecisionMatrixModel</name>
    <message>
        <source>Matters for: %1</source>
        <translation>Relevant für: %1</translation>
    </message>
</context>
<context>
    <name>storemap::DecisionRecord</name>
    <message>
        <source>unplaced</source>
        <translation>nicht platziert</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>No stores and no entities yet.</source>
        <translation>Noch keine Speicher und keine Entitäten.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Eignung</translation>
    </message>
    <message>
        <source>Fit is 0-100: how well the store&apos;s kind serves the entity&apos;s access patterns, weighted by frequency. Good from 80, fair from 60.</source>
        <translation>Die Eignung reicht von 0 bis 100: wie gut die Speicherart die Zugriffsmuster der Entität bedient, nach Häufigkeit gewichtet. Gut ab 80, mittel ab 60.</translation>
    </message>
    <message>
        <source>No entities yet: list the data first, then its access patterns.</source>
        <translation>Noch keine Entitäten: Zuerst die Daten auflisten, dann ihre Zugriffsmuster.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Best kind</source>
        <translation>Beste Art</translation>
    </message>
    <message>
        <source>Best fit</source>
        <translation>Beste Eignung</translation>
    </message>
    <message>
        <source>Overall fit of the placed entities: %1.</source>
        <translation>Gesamteignung der platzierten Entitäten: %1.</translation>
    </message>
    <message>
        <source>Complexity against budget</source>
        <translation>Komplexität gegenüber dem Budget</translation>
    </message>
    <message>
        <source>Kinds in use</source>
        <translation>Genutzte Arten</translation>
    </message>
    <message>
        <source>Complexity cost</source>
        <translation>Komplexitätskosten</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Over budget by %1 at %2 users: every store is another system to monitor, back up, upgrade and debug at 3 AM.</source>
        <translation>Bei %2 Nutzern %1 über dem Budget: Jeder Speicher ist ein weiteres System, das überwacht, gesichert, aktualisiert und um 3 Uhr nachts debuggt werden muss.</translation>
    </message>
    <message>
        <source>Within budget at %1 users, %2 to spare.</source>
        <translation>Bei %1 Nutzern im Budget, %2 Spielraum.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>Advisor&apos;s recommendation</source>
        <translation>Empfehlung des Beraters</translation>
    </message>
    <message>
        <source>At %1 users the advisor picks **%2**: overall fit %3 at complexity cost %4 against a budget of %5.</source>
        <translation>Bei %1 Nutzern wählt der Berater **%2**: Gesamteignung %3 bei Komplexitätskosten %4 gegenüber einem Budget von %5.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Rejected alternatives</source>
        <translation>Verworfene Alternativen</translation>
    </message>
    <message>
        <source>None: no other affordable layout came close.</source>
        <translation>Keine: Keine andere bezahlbare Aufteilung kam nahe heran.</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <source>Overall fit</source>
        <translation>Gesamteignung</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Warum nicht</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Storage decision record: %1</source>
        <translation>Speicher-Entscheidungsprotokoll: %1</translation>
    </message>
    <message>
        <source>Scale: %1 users. Overall fit %2. Complexity %3 against a budget of %4.</source>
        <translation>Größe: %1 Nutzer. Gesamteignung %2. Komplexität %3 gegenüber einem Budget von %4.</translation>
    </message>
    <message>
        <source>Storage design change: %1</source>
        <translation>Änderung des Speicherentwurfs: %1</translation>
    </message>
    <message>
        <source>The designs are the same.</source>
        <translation>Die Entwürfe sind gleich.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Fit before</source>
        <translation>Eignung vorher</translation>
    </message>
    <message>
        <source>Fit after</source>
        <translation>Eignung nachher</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>better by %1</source>
        <translation>um %1 besser</translation>
    </message>
    <message>
        <source>**worse** by %1</source>
        <translation>um %1 **schlechter**</translation>
    </message>
    <message>
        <source>as good</source>
        <translation>gleich gut</translation>
    </message>
    <message>
        <source>Why %1 fits %2 as it does:</source>
        <translation>Warum %1 so zu %2 passt:</translation>
    </message>
    <message>
        <source>Added entities</source>
        <translation>Hinzugefügte Entitäten</translation>
    </message>
    <message>
        <source>Removed entities</source>
        <translation>Entfernte Entitäten</translation>
    </message>
    <message>
        <source>Added stores</source>
        <translation>Hinzugefügte Speicher</translation>
    </message>
    <message>
        <source>Removed stores</source>
        <translation>Entfernte Speicher</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Project renamed from %1 to %2</source>
        <translation>Projekt von %1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>Scale changed from %1 to %2 users</source>
        <translation>Größenordnung von %1 auf %2 Nutzer geändert</translation>
    </message>
    <message>
        <source>Store %1 renamed to %2</source>
        <translation>Speicher %1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>Store %1 is now %2 (was %3)</source>
        <translation>Speicher %1 ist jetzt %2 (war %3)</translation>
    </message>
    <message>
        <source>%1 renamed to %2</source>
        <translation>%1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>%1: %2 changed</source>
        <translation>%1: %2 geändert</translation>
    </message>
    <message>
        <source>pattern %1 added</source>
        <translation>Muster %1 hinzugefügt</translation>
    </message>
    <message>
        <source>pattern %1 removed</source>
        <translation>Muster %1 entfernt</translation>
    </message>
    <message>
        <source>pattern %1: %2 changed</source>
        <translation>Muster %1: %2 geändert</translation>
    </message>
    <message>
        <source>Findings that appeared</source>
        <translation>Neu aufgetretene Befunde</translation>
    </message>
    <message>
        <source>Findings that went away</source>
        <translation>Weggefallene Befunde</translation>
    </message>
    <message>
        <source>No finding appeared or went away.</source>
        <translation>Kein Befund ist hinzugekommen oder weggefallen.</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Fahrplan</translation>
    </message>
    <message>
        <source>The advisor swept from %1 to %2 users: every user count at which the advised layout changes, and what moves then.</source>
        <translation>Der Berater lief von %1 bis %2 Nutzer: jede Nutzerzahl, bei der sich die empfohlene Aufteilung ändert, und was dann wandert.</translation>
    </message>
    <message>
        <source>From users</source>
        <translation>Ab Nutzern</translation>
    </message>
    <message>
        <source>To users</source>
        <translation>Bis Nutzer</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Umzüge</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>What would change a verdict</source>
        <translation>Was ein Urteil ändern würde</translation>
    </message>
    <message>
        <source>For each entity, the single changes that would move the kind it fits best at %1 users, smallest first.</source>
        <translation>Für jede Entität die einzelnen Änderungen, die bei %1 Nutzern die am besten passende Art ändern würden, die kleinsten zuerst.</translation>
    </message>
    <message>
        <source>No single change moves any entity&apos;s best kind.</source>
        <translation>Keine einzelne Änderung verschiebt die am besten passende Art einer Entität.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No notes yet: write the design&apos;s rationale in Edit &gt; Project Notes and each entity&apos;s in its Notes field.</source>
        <translation>Noch keine Notizen: Schreiben Sie die Begründung des Entwurfs unter Bearbeiten &gt; Projektnotizen und die jeder Entität in ihr Feld Notizen.</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>No entities yet.</source>
        <translation>Noch keine Entitäten.</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Durability</source>
        <translation>Dauerhaftigkeit</translation>
    </message>
    <message>
        <source>Access pattern</source>
        <translation>Zugriffsmuster</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>none: no fit yet</source>
        <translation>keine: noch keine Eignung</translation>
    </message>
    <message>
        <source>%1 a second</source>
        <translation>%1 pro Sekunde</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>%1 a month in total, from the workload and the catalog&apos;s dated public prices (the oldest from %2); unknown, not zero, where a workload is missing.</source>
        <translation>Insgesamt %1 im Monat, aus der Arbeitslast und den datierten öffentlichen Preisen des Katalogs (der älteste von %2); unbekannt, nicht null, wo eine Arbeitslast fehlt.</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>Im Monat</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Money: %1 a month.</source>
        <translation>Geld: %1 im Monat.</translation>
    </message>
</context>
<context>
    <name>storemap::Diagram</name>
    <message>
        <source>Application Layer</source>
        <translation>Anwendungsschicht</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation>Nicht platziert</translation>
    </message>
    <message>
        <source>%1 · %2 users</source>
        <translation>%1 · %2 Nutzer</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Eignung</translation>
    </message>
    <message>
        <source>good, 80 and up</source>
        <translation>gut, ab 80</translation>
    </message>
    <message>
        <source>fair, 60 to 80</source>
        <translation>mittel, 60 bis 80</translation>
    </message>
    <message>
        <source>poor, below 60</source>
        <translation>schwach, unter 60</translation>
    </message>
    <message>
        <source>Links (with)</source>
        <translation>Verknüpfungen (with)</translation>
    </message>
    <message>
        <source>join</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>seam: the two are in different stores</source>
        <translation>Nahtstelle: die beiden liegen in verschiedenen Speichern</translation>
    </message>
    <message>
        <source>links: %1</source>
        <translation>Verknüpfungen: %1</translation>
    </message>
</context>
<context>
    <name>storemap::DiagramDock</name>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Plain ASCII</source>
        <translation>Reines ASCII</translation>
    </message>
    <message>
        <source>Copy ASCII</source>
        <translation>ASCII kopieren</translation>
    </message>
    <message>
        <source>Copy the text diagram to the clipboard, to paste into a design doc</source>
        <translation>Das Textdiagramm in die Zwischenablage kopieren, um es in ein Designdokument einzufügen</translation>
    </message>
    <message>
        <source>Draw the boxes with + - | for places without box drawing</source>
        <translation>Die Kästen mit + - | zeichnen, für Orte ohne Rahmenzeichen</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The diagram could not be drawn: %1</source>
        <translation>Das Diagramm konnte nicht gezeichnet werden: %1</translation>
    </message>
</context>
<context>
    <name>storemap::DialogPrompts</name>
    <message>
        <source>Storemap projects (*.storemap);;All files (*)</source>
        <translation>Storemap-Projekte (*.storemap);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>„%1“ enthält ungespeicherte Änderungen. Möchten Sie sie zuerst speichern?</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>Storemap did not close properly last time. Restore the unsaved changes to “%1”?</source>
        <translation>Storemap wurde beim letzten Mal nicht ordnungsgemäß beendet. Möchten Sie die ungespeicherten Änderungen an „%1“ wiederherstellen?</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>Another program changed “%1” while you were editing it. Reload it and lose your unsaved changes (Undo brings them back), or keep yours?</source>
        <translation>Ein anderes Programm hat „%1“ geändert, während Sie es bearbeitet haben. Neu laden und Ihre ungespeicherten Änderungen verwerfen (Rückgängig holt sie zurück) oder Ihre Fassung behalten?</translation>
    </message>
    <message>
        <source>Another program changed “%1”. Reload it?</source>
        <translation>Ein anderes Programm hat „%1“ geändert. Neu laden?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Save over another version?</source>
        <translation>Über eine andere Fassung speichern?</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since you opened it. Save yours over it? The other version is kept as “%2”.</source>
        <translation>„%1“ wurde seit dem Öffnen von einem anderen Programm geändert. Ihre Fassung darüber speichern? Die andere Fassung bleibt als „%2“ erhalten.</translation>
    </message>
    <message>
        <source>Project Notes</source>
        <translation>Projektnotizen</translation>
    </message>
    <message>
        <source>Your rationale for this design: the constraints, what was measured, what was decided and why. It is kept in the file and printed in the decision record.</source>
        <translation>Ihre Begründung für diesen Entwurf: die Randbedingungen, was gemessen wurde, was entschieden wurde und warum. Sie wird in der Datei gespeichert und im Entscheidungsprotokoll ausgegeben.</translation>
    </message>
    <message>
        <source>Rename Project</source>
        <translation>Projekt umbenennen</translation>
    </message>
    <message>
        <source>Project name (the title of every diagram):</source>
        <translation>Projektname (der Titel jedes Diagramms):</translation>
    </message>
    <message>
        <source>Store Memory</source>
        <translation>Speicher des Speichers</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>&amp;Memory of “%1” (GB):</source>
        <translation>&amp;Arbeitsspeicher von „%1“ (GB):</translation>
    </message>
    <message>
        <source>What the store holds before it evicts keys (Redis: maxmemory). Leave it empty when it is not known.</source>
        <translation>Was der Speicher hält, bevor er Schlüssel verdrängt (Redis: maxmemory). Leer lassen, wenn es nicht bekannt ist.</translation>
    </message>
</context>
<context>
    <name>storemap::Diff</name>
    <message>
        <source>pattern %1 added</source>
        <translation>Muster %1 hinzugefügt</translation>
    </message>
    <message>
        <source>pattern %1 removed</source>
        <translation>Muster %1 entfernt</translation>
    </message>
    <message>
        <source>pattern %1: %2 changed</source>
        <translation>Muster %1: %2 geändert</translation>
    </message>
    <message>
        <source>unplaced</source>
        <translation>nicht platziert</translation>
    </message>
    <message>
        <source>The designs are the same.
</source>
        <translation>Die Entwürfe sind gleich.
</translation>
    </message>
    <message>
        <source>Moved:
</source>
        <translation>Verschoben:
</translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>as good</source>
        <translation>gleich gut</translation>
    </message>
    <message>
        <source>  %1: %2 -&gt; %3, fit %4 -&gt; %5%6
</source>
        <translation>  %1: %2 -&gt; %3, Eignung %4 -&gt; %5%6
</translation>
    </message>
    <message>
        <source>Added entities:
</source>
        <translation>Hinzugefügte Entitäten:
</translation>
    </message>
    <message>
        <source>Removed entities:
</source>
        <translation>Entfernte Entitäten:
</translation>
    </message>
    <message>
        <source>Added stores:
</source>
        <translation>Hinzugefügte Speicher:
</translation>
    </message>
    <message>
        <source>Removed stores:
</source>
        <translation>Entfernte Speicher:
</translation>
    </message>
    <message>
        <source>Changed:
</source>
        <translation>Geändert:
</translation>
    </message>
    <message>
        <source>  project renamed &quot;%1&quot; -&gt; &quot;%2&quot;
</source>
        <translation>  Projekt umbenannt: &quot;%1&quot; -&gt; &quot;%2&quot;
</translation>
    </message>
    <message>
        <source>  scale %1 -&gt; %2 users
</source>
        <translation>  Größenordnung %1 -&gt; %2 Nutzer
</translation>
    </message>
    <message>
        <source>  store %1 renamed &quot;%2&quot; -&gt; &quot;%3&quot;
</source>
        <translation>  Speicher %1 umbenannt: &quot;%2&quot; -&gt; &quot;%3&quot;
</translation>
    </message>
    <message>
        <source>  store %1 (%2): kind %3 -&gt; %4
</source>
        <translation>  Speicher %1 (%2): Art %3 -&gt; %4
</translation>
    </message>
    <message>
        <source>renamed &quot;%1&quot; -&gt; &quot;%2&quot;</source>
        <translation>umbenannt: &quot;%1&quot; -&gt; &quot;%2&quot;</translation>
    </message>
    <message>
        <source>description edited</source>
        <translation>Beschreibung bearbeitet</translation>
    </message>
    <message>
        <source>Overall fit: %1 -&gt; %2 (%3)
</source>
        <translation>Gesamteignung: %1 -&gt; %2 (%3)
</translation>
    </message>
    <message>
        <source>Complexity: %1 -&gt; %2 (budget %3 -&gt; %4)
</source>
        <translation>Komplexität: %1 -&gt; %2 (Budget %3 -&gt; %4)
</translation>
    </message>
    <message>
        <source>New findings:
</source>
        <translation>Neue Befunde:
</translation>
    </message>
    <message>
        <source>Resolved findings:
</source>
        <translation>Behobene Befunde:
</translation>
    </message>
    <message>
        <source>  project notes edited
</source>
        <translation>  Projektnotizen bearbeitet
</translation>
    </message>
    <message>
        <source>notes edited</source>
        <translation>Notizen bearbeitet</translation>
    </message>
    <message>
        <source>  kinds the team operates: %1 -&gt; %2
</source>
        <translation>  Arten, die das Team betreibt: %1 -&gt; %2
</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>  store %1 (%2): memory %3 -&gt; %4
</source>
        <translation>  Speicher %1 (%2): Arbeitsspeicher %3 -&gt; %4
</translation>
    </message>
    <message>
        <source>Money: %1 -&gt; %2 a month</source>
        <translation>Geld: %1 -&gt; %2 im Monat</translation>
    </message>
</context>
<context>
    <name>storemap::DiffCommand</name>
    <message>
        <source>
  storemap diff OLD NEW [--json | --format md] [--users N] [--exit-code]

diff    compares two versions of a design by id: what moved (with the fit before and
        after), what was added, removed, renamed or changed, overall fit, complexity
        and the findings that appeared or went away. --json for tools, --format md
        for a pull-request comment; --exit-code exits 1 when the designs differ.
</source>
        <translation>
  storemap diff ALT NEU [--json | --format md] [--users N] [--exit-code]

diff    vergleicht zwei Fassungen eines Entwurfs über die IDs: was verschoben wurde (mit
        der Eignung vorher und nachher), was hinzukam, wegfiel, umbenannt oder geändert
        wurde, Gesamteignung, Komplexität und die Befunde, die auftraten oder wegfielen.
        --json für Werkzeuge, --format md für einen Pull-Request-Kommentar; --exit-code
        endet mit 1, wenn sich die Entwürfe unterscheiden.
</translation>
    </message>
    <message>
        <source>two project files, OLD and NEW</source>
        <translation>zwei Projektdateien, ALT und NEU</translation>
    </message>
    <message>
        <source>unknown diff format &quot;%1&quot;; choose txt, json or md</source>
        <translation>unbekanntes Diff-Format &quot;%1&quot;; wählen Sie txt, json oder md</translation>
    </message>
    <message>
        <source>give --json or --format, not both</source>
        <translation>geben Sie --json oder --format an, nicht beides</translation>
    </message>
</context>
<context>
    <name>storemap::EntityChip</name>
    <message>
        <source>%1: fit %2 on %3</source>
        <translation>%1: Eignung %2 auf %3</translation>
    </message>
    <message>
        <source>%1: unplaced; best on %2 (%3)</source>
        <translation>%1: nicht platziert; am besten auf %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>%1 (fit %2)</source>
        <translation>%1 (Eignung %2)</translation>
    </message>
    <message>
        <source>&amp;Unplaced</source>
        <translation>&amp;Nicht platziert</translation>
    </message>
    <message>
        <source>&amp;Delete Entity</source>
        <translation>Entität &amp;löschen</translation>
    </message>
    <message>
        <source>Traffic %1: its weight in the overall fit and in the advisor.</source>
        <translation>Datenverkehr %1: ihr Gewicht in der Gesamteignung und im Berater.</translation>
    </message>
    <message>
        <source>%1: no fit yet</source>
        <translation>%1: noch keine Eignung</translation>
    </message>
</context>
<context>
    <name>storemap::EntityEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>What this data is and why it matters</source>
        <translation>Was diese Daten sind und warum sie wichtig sind</translation>
    </message>
    <message>
        <source>Fixed (strict schema)</source>
        <translation>Fest (strenges Schema)</translation>
    </message>
    <message>
        <source>Flexible (varies per record)</source>
        <translation>Flexibel (variiert je Datensatz)</translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation>&amp;Schema:</translation>
    </message>
    <message>
        <source>Critical (must never be lost)</source>
        <translation>Kritisch (darf nie verloren gehen)</translation>
    </message>
    <message>
        <source>Reconstructible (can be rebuilt)</source>
        <translation>Rekonstruierbar (kann neu aufgebaut werden)</translation>
    </message>
    <message>
        <source>Ephemeral (affordable to lose)</source>
        <translation>Flüchtig (Verlust verkraftbar)</translation>
    </message>
    <message>
        <source>Add an access pattern</source>
        <translation>Zugriffsmuster hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected access pattern</source>
        <translation>Ausgewähltes Zugriffsmuster entfernen</translation>
    </message>
    <message>
        <source>Move the selected access pattern up</source>
        <translation>Ausgewähltes Zugriffsmuster nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the selected access pattern down</source>
        <translation>Ausgewähltes Zugriffsmuster nach unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Access patterns</source>
        <translation>&amp;Zugriffsmuster</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an entity on the canvas, or press Ctrl+E to add one.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie eine Entität auf der Arbeitsfläche aus oder drücken Sie Strg+E, um eine hinzuzufügen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>On &lt;b&gt;%1&lt;/b&gt; (%2): fit &lt;b&gt;%3&lt;/b&gt;; best: %4 (%5)</source>
        <translation>Auf &lt;b&gt;%1&lt;/b&gt; (%2): Eignung &lt;b&gt;%3&lt;/b&gt;; am besten: %4 (%5)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unplaced&lt;/b&gt;: fits %1 best (%2)</source>
        <translation>&lt;b&gt;Nicht platziert&lt;/b&gt;: passt am besten zu %1 (%2)</translation>
    </message>
    <message>
        <source>Access patterns: double-click or F2 to edit a cell, Tab to the next, Enter to commit, Delete to remove the row.</source>
        <translation>Zugriffsmuster: Doppelklick oder F2 bearbeitet eine Zelle, Tab springt zur nächsten, Eingabe übernimmt, Entf entfernt die Zeile.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No fit yet&lt;/b&gt;: add an access pattern below (how the application reads or writes it), and Storemap scores every store.</source>
        <translation>&lt;b&gt;Noch keine Eignung&lt;/b&gt;: Fügen Sie unten ein Zugriffsmuster hinzu (wie die Anwendung die Daten liest oder schreibt), dann bewertet Storemap jeden Speicher.</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <source>Your rationale: why it lives where it does (printed in the decision record)</source>
        <translation>Ihre Begründung: warum es dort liegt, wo es liegt (im Entscheidungsprotokoll ausgegeben)</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>How much data and traffic it really has (optional): what item size limits, memory and egress are judged by</source>
        <translation>Wie viele Daten und wie viel Verkehr es wirklich hat (optional): danach werden Größengrenzen, Speicher und Egress beurteilt</translation>
    </message>
    <message>
        <source>How many records or objects it holds</source>
        <translation>Wie viele Datensätze oder Objekte es hält</translation>
    </message>
    <message>
        <source>The average size of one record or object (1 KB = 1024 bytes)</source>
        <translation>Die mittlere Größe eines Datensatzes oder Objekts (1 KB = 1024 Bytes)</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Item size unit</source>
        <translation>Einheit der Elementgröße</translation>
    </message>
    <message>
        <source>The unit of the item size: choosing one applies it to the number</source>
        <translation>Die Einheit der Elementgröße: die gewählte gilt für die Zahl</translation>
    </message>
    <message>
        <source>What it serves to the internet a month, in GB</source>
        <translation>Was es im Monat ins Internet ausliefert, in GB</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>E&amp;lemente:</translation>
    </message>
    <message>
        <source>Item si&amp;ze:</source>
        <translation>Element&amp;größe:</translation>
    </message>
    <message>
        <source>E&amp;gress:</source>
        <translation>Eg&amp;ress:</translation>
    </message>
    <message>
        <source>GB/month</source>
        <translation>GB/Monat</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>Dura&amp;bility:</source>
        <translation>Dauerhaftig&amp;keit:</translation>
    </message>
</context>
<context>
    <name>storemap::ExportCommand</name>
    <message>
        <source>--scale takes a number from %1 to %2 (1 = 96 dpi), not &quot;%3&quot;</source>
        <translation>--scale nimmt eine Zahl von %1 bis %2 (1 = 96 dpi), nicht &quot;%3&quot;</translation>
    </message>
    <message>
        <source>--dpi takes a number from %1 to %2, not &quot;%3&quot;</source>
        <translation>--dpi nimmt eine Zahl von %1 bis %2, nicht &quot;%3&quot;</translation>
    </message>
    <message>
        <source>--width takes a whole number of columns from %1 to %2, not &quot;%3&quot;</source>
        <translation>--width nimmt eine ganze Spaltenzahl von %1 bis %2, nicht &quot;%3&quot;</translation>
    </message>
    <message>
        <source>export needs an output file: -o OUT (or -o - for standard output)</source>
        <translation>export braucht eine Ausgabedatei: -o OUT (oder -o - für die Standardausgabe)</translation>
    </message>
    <message>
        <source>give --scale or --dpi, not both</source>
        <translation>--scale oder --dpi angeben, nicht beides</translation>
    </message>
    <message>
        <source>--scale and --dpi apply to png, not %1</source>
        <translation>--scale und --dpi gelten für png, nicht für %1</translation>
    </message>
    <message>
        <source>--width and --ascii apply to txt, not %1</source>
        <translation>--width und --ascii gelten für txt, nicht für %1</translation>
    </message>
    <message>
        <source>--transparent applies to png, svg and dot, not %1</source>
        <translation>--transparent gilt für png, svg und dot, nicht für %1</translation>
    </message>
    <message>
        <source>refusing to overwrite the input file %1; choose another output</source>
        <translation>die Eingabedatei %1 wird nicht überschrieben; eine andere Ausgabe wählen</translation>
    </message>
    <message>
        <source>could not export %1: %2</source>
        <translation>%1 konnte nicht exportiert werden: %2</translation>
    </message>
    <message>
        <source>could not write to standard output</source>
        <translation>die Standardausgabe konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>a project file</source>
        <translation>eine Projektdatei</translation>
    </message>
    <message>
        <source>%1 names a %2 file, but --format asks for %3; make them agree</source>
        <translation>%1 bezeichnet eine %2-Datei, aber --format verlangt %3; bitte angleichen</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; choose svg, png, txt, dot, md or mmd</source>
        <translation>unbekanntes Format &quot;%1&quot;; svg, png, txt, dot, md oder mmd wählen</translation>
    </message>
    <message>
        <source>cannot tell the format from &quot;%1&quot;; name it .svg, .png, .txt, .dot, .md or .mmd, or give --format</source>
        <translation>das Format lässt sich aus &quot;%1&quot; nicht ablesen; die Datei .svg, .png, .txt, .dot, .md oder .mmd nennen oder --format angeben</translation>
    </message>
    <message>
        <source>
  storemap export FILE -o OUT [--format svg|png|txt|dot|md|mmd] [--scale N | --dpi N]
                  [--width N] [--ascii] [--transparent] [--users N]

export  draws the layout as the lesson&apos;s diagram: svg or png (Graphviz), txt (box
        drawing; --ascii for + - |), dot, mmd (a Mermaid flowchart) or md (a decision
        record with the fits, findings and the advisor&apos;s view). The format follows
        OUT&apos;s extension unless --format is given; -o - writes to standard output.
        Exit codes as above.
</source>
        <translation>
  storemap export FILE -o OUT [--format svg|png|txt|dot|md|mmd] [--scale N | --dpi N]
                  [--width N] [--ascii] [--transparent] [--users N]

export  zeichnet die Aufteilung als Diagramm der Lektion: svg oder png (Graphviz), txt
        (Rahmenzeichen; --ascii für + - |), dot, mmd (ein Mermaid-Flussdiagramm) oder md
        (ein Entscheidungsprotokoll mit Eignung, Befunden und der Empfehlung). Das Format
        folgt der Endung von OUT, außer mit --format; -o - schreibt auf die
        Standardausgabe. Exit-Codes wie oben.
</translation>
    </message>
</context>
<context>
    <name>storemap::ExportDialog</name>
    <message>
        <source>Plain ASCII (+ - | instead of box drawing)</source>
        <translation>Reines ASCII (+ - | statt Rahmenzeichen)</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Transparenter Hintergrund</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>SVG picture (Graphviz)</source>
        <translation>SVG-Bild (Graphviz)</translation>
    </message>
    <message>
        <source>PNG image (Graphviz)</source>
        <translation>PNG-Bild (Graphviz)</translation>
    </message>
    <message>
        <source>Text diagram (the lesson&apos;s box drawing)</source>
        <translation>Textdiagramm (die Kästen der Lektion)</translation>
    </message>
    <message>
        <source>Graphviz DOT</source>
        <translation>Graphviz DOT</translation>
    </message>
    <message>
        <source>Markdown decision record</source>
        <translation>Markdown-Entscheidungsprotokoll</translation>
    </message>
    <message>
        <source> columns</source>
        <translation> Spalten</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Skalierung:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>The diagram could not be made: %1</source>
        <translation>Das Diagramm konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>%1 dpi, %2 x %3 pixels</source>
        <translation>%1 dpi, %2 x %3 Pixel</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Mermaid flowchart</source>
        <translation>Mermaid-Flussdiagramm</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
</context>
<context>
    <name>storemap::Exporter</name>
    <message>
        <source>PNG needs Qt&apos;s SVG renderer, which this program does not include</source>
        <translation>PNG braucht den SVG-Renderer von Qt, den dieses Programm nicht enthält</translation>
    </message>
</context>
<context>
    <name>storemap::Findings</name>
    <message>
        <source>%1 has no access patterns. Lesson: identify your access patterns first; they decide where the data belongs.</source>
        <translation>%1 hat keine Zugriffsmuster. Lektion: Ermitteln Sie zuerst Ihre Zugriffsmuster; sie entscheiden, wohin die Daten gehören.</translation>
    </message>
    <message>
        <source>%1 is not placed on any store yet; it fits %2 best (%3).</source>
        <translation>%1 ist noch keinem Speicher zugeordnet; am besten passt %2 (%3).</translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation>Schema: %1</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>flexible</source>
        <translation>flexibel</translation>
    </message>
    <message>
        <source>Durability: %1</source>
        <translation>Dauerhaftigkeit: %1</translation>
    </message>
    <message>
        <source>%1 keeps binary data (&quot;%2&quot;) in %3. Lesson: never store binary files in the database; put them in object storage (S3) and keep only the URL/key. No scale changes this; only object storage clears it.</source>
        <translation>%1 legt Binärdaten (&quot;%2&quot;) in %3 ab. Lektion: Speichern Sie niemals Binärdateien in der Datenbank; legen Sie sie in einen Objektspeicher (S3) und behalten Sie nur URL/Schlüssel. Keine Größenordnung ändert das; nur ein Objektspeicher behebt es.</translation>
    </message>
    <message>
        <source>%1 is critical data but its only home is %2, which is volatile by default. Lesson: Redis is a speed layer, not a durable store; when it runs out of memory it evicts keys, even with persistence on. It would be fine if the data could be rebuilt or lost (reconstructible or ephemeral).</source>
        <translation>%1 enthält kritische Daten, liegt aber nur in %2, und dieser Speicher ist standardmäßig flüchtig. Lektion: Redis ist eine Geschwindigkeitsschicht, kein dauerhafter Speicher; wenn der Arbeitsspeicher ausgeht, verwirft Redis Schlüssel, auch mit aktivierter Persistenz. Es wäre in Ordnung, wenn die Daten neu aufgebaut werden könnten oder verloren gehen dürften (reconstructible oder ephemeral).</translation>
    </message>
    <message>
        <source>%1 runs &quot;%2&quot; (%3) on %4, whose queries are key-based only. Lesson: avoid key-value stores for ad-hoc queries or complex reporting. Without that query, or on a store with query power (PostgreSQL), this goes away.</source>
        <translation>%1 führt &quot;%2&quot; (%3) auf %4 aus, dessen Abfragen nur schlüsselbasiert sind. Lektion: Meiden Sie Key-Value-Speicher für Ad-hoc-Abfragen oder komplexes Reporting. Ohne diese Abfrage oder auf einem abfragestarken Speicher (PostgreSQL) entfällt dieser Befund.</translation>
    </message>
    <message>
        <source>%1 needs a transaction (&quot;%2&quot;) on %3. Lesson: MongoDB is to be avoided for complex transactions; PostgreSQL is ACID. Without that transaction, or on PostgreSQL, this goes away.</source>
        <translation>%1 braucht eine Transaktion (&quot;%2&quot;) auf %3. Lektion: MongoDB ist für komplexe Transaktionen zu meiden; PostgreSQL ist ACID-konform. Ohne diese Transaktion oder auf PostgreSQL entfällt dieser Befund.</translation>
    </message>
    <message>
        <source>%1 needs &quot;%2&quot; (%3), but %4 can only get and put objects by key. Lesson: avoid object storage for structured data queries. Keep only get and put by key there, or move the entity to a database.</source>
        <translation>%1 braucht &quot;%2&quot; (%3), aber %4 kann Objekte nur per Schlüssel lesen und schreiben. Lektion: Meiden Sie Objektspeicher für Abfragen strukturierter Daten. Behalten Sie dort nur Lesen und Schreiben per Schlüssel, oder verschieben Sie die Entität in eine Datenbank.</translation>
    </message>
    <message>
        <source>%1 is %2 data read on every request (&quot;%3&quot;, very high) and lives in %4. Lesson: using PostgreSQL for session storage is a classic mistake; at %5 users a speed layer such as Redis serves it in under a millisecond. Below about %6 users it could stay where it is.</source>
        <translation>%1 enthält %2-Daten, die bei jeder Anfrage gelesen werden (&quot;%3&quot;, sehr hohe Häufigkeit), und liegt in %4. Lektion: PostgreSQL als Sitzungsspeicher zu nutzen ist ein klassischer Fehler; bei %5 Nutzern bedient eine Geschwindigkeitsschicht wie Redis diese Daten in unter einer Millisekunde. Unter etwa %6 Nutzern könnte sie bleiben, wo sie ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; spans %2 in %3 and %4 in %5: no transaction covers two stores, so the application must keep them consistent itself (outbox, saga or idempotent retries). This is the seam of the polyglot design; both on one store would close it.</source>
        <translation>&quot;%1&quot; umfasst %2 in %3 und %4 in %5: Keine Transaktion deckt zwei Speicher ab, daher muss die Anwendung sie selbst konsistent halten (Outbox, Saga oder idempotente Wiederholungen). Das ist die Nahtstelle des polyglotten Designs; beide auf einem Speicher würden sie schließen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; joins %2 in %3 with %4 in %5: no JOIN crosses two stores, so the application must join them itself. This is the seam of the polyglot design; both on one store would close it.</source>
        <translation>&quot;%1&quot; verknüpft %2 in %3 mit %4 in %5: Kein JOIN reicht über zwei Speicher, daher muss die Anwendung sie selbst zusammenführen. Das ist die Nahtstelle des polyglotten Designs; beide auf einem Speicher würden sie schließen.</translation>
    </message>
    <message>
        <source>%1 fits %2 at only %3, while %4 (which the project runs or the budget affords) fits it at %5. Where it is, &quot;%6&quot; (%7, %8) scores %9 of 100. Lesson: map each access pattern to the storage that serves it. It would stay at 60 or more, or with no kind 20 points better in reach.</source>
        <translation>%1 passt zu %2 nur mit %3, während %4 (den das Projekt betreibt oder das Budget erlaubt) mit %5 passt. Dort, wo sie liegt, erzielt &quot;%6&quot; (%7, %8) %9 von 100. Lektion: Ordnen Sie jedes Zugriffsmuster dem Speicher zu, der es bedient. Sie könnte ab einer Eignung von 60 bleiben oder wenn keine um 20 Punkte bessere Art erreichbar wäre.</translation>
    </message>
    <message>
        <source>%1 holds no entity, yet it is one more system to monitor, back up and upgrade (lesson: every database you add has an operational cost). Place an entity on it or remove it.</source>
        <translation>%1 enthält keine Entität, ist aber ein weiteres System, das überwacht, gesichert und aktualisiert werden muss (Lektion: Jede zusätzliche Datenbank hat Betriebskosten). Platzieren Sie eine Entität darauf oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>%1 runs &quot;%2&quot; (%3, %4) on %5, the same store that serves &quot;%6&quot; at very high frequency. Lesson: running analytics queries on your production database is a classic mistake; give reporting a replica or its own store. Below about %7 users, or with the reporting at low frequency, this would not apply.</source>
        <translation>%1 führt &quot;%2&quot; (%3, %4) auf %5 aus, demselben Speicher, der &quot;%6&quot; mit sehr hoher Häufigkeit bedient. Lektion: Analyseabfragen auf der Produktionsdatenbank auszuführen ist ein klassischer Fehler; geben Sie dem Reporting ein Replikat oder einen eigenen Speicher. Unter etwa %7 Nutzern oder mit Reporting in niedriger Häufigkeit träfe dies nicht zu.</translation>
    </message>
    <message>
        <source>%1 kinds (%2) cost %3 against a budget of %4 at %5 users. %6 earns its cost least: without it its entities would lose %7 points of overall fit against its burden of %8. Lesson: every database you add is another thing to monitor, back up and debug at 3 AM; add stores only for measured bottlenecks. These kinds would be within budget from about %9 users.</source>
        <translation>%1 Arten (%2) kosten %3 bei einem Budget von %4 bei %5 Nutzern. %6 verdient seine Kosten am wenigsten: Ohne ihn verlören seine Entitäten %7 Punkte Gesamteignung gegenüber seinem Aufwand von %8. Lektion: Jede zusätzliche Datenbank ist ein weiteres System, das überwacht, gesichert und um 3 Uhr nachts debuggt werden muss; fügen Sie Speicher nur bei gemessenen Engpässen hinzu. Diese Arten lägen ab etwa %9 Nutzern im Budget.</translation>
    </message>
    <message>
        <source>Every entity lives in %1, but %2 fits %3 far better (%4 against %5), and at %6 users the budget affords both. Lesson: using one database for everything is a classic mistake; each of these has a better tool. Below about %7 users the budget would not afford the second kind.</source>
        <translation>Jede Entität liegt in %1, aber %2 passt weit besser zu %3 (%4 gegenüber %5), und bei %6 Nutzern erlaubt das Budget beides. Lektion: Eine Datenbank für alles zu verwenden ist ein klassischer Fehler; für jeden dieser Fälle gibt es ein besseres Werkzeug. Unter etwa %7 Nutzern würde das Budget die zweite Art nicht erlauben.</translation>
    </message>
    <message>
        <source>%1 fits %2 at %3, below the required minimum of %4 (--min-fit). It fits %5 best (%6); a fit of %4 or more passes.</source>
        <translation>%1 passt zu %2 mit %3, unter dem geforderten Minimum von %4 (--min-fit). Am besten passt sie zu %5 (%6); eine Eignung ab %4 besteht.</translation>
    </message>
    <message>
        <source>%1 is not placed on any store yet; give it access patterns to see where it fits.</source>
        <translation>%1 ist noch keinem Speicher zugeordnet; geben Sie Zugriffsmuster an, um zu sehen, wo es passt.</translation>
    </message>
    <message>
        <source>%1 averages %2 an item, over the hard limit of %3 for a %4 on %5: writes of such items fail. Keep the large part in object storage (S3 or R2) with a pointer in %5, or choose a kind without this limit. Source: %6.</source>
        <translation>%1 hat im Mittel %2 je Element, über der harten Grenze von %3 für ein %4 auf %5: Schreibvorgänge solcher Elemente schlagen fehl. Legen Sie den großen Teil im Objektspeicher (S3 oder R2) ab, mit einem Verweis in %5, oder wählen Sie eine Art ohne diese Grenze. Quelle: %6.</translation>
    </message>
    <message>
        <source>%1 holds at least %2 of data in %3 GB of memory, and %4 is critical: when the memory is full keys are evicted, or writes refused, and critical data must never be lost (lesson&apos;s edge case: Redis out of memory evicts keys you thought were saved). Give it more memory, or keep %4 on durable storage. Source: %5.</source>
        <translation>%1 hält mindestens %2 Daten in %3 GB Arbeitsspeicher, und %4 ist kritisch: Ist der Speicher voll, werden Schlüssel verdrängt oder Schreibvorgänge abgelehnt, und kritische Daten dürfen nie verloren gehen (Randfall der Lektion: Redis ohne Speicher verdrängt Schlüssel, die man für gespeichert hielt). Geben Sie mehr Speicher oder halten Sie %4 auf dauerhaftem Speicher. Quelle: %5.</translation>
    </message>
    <message>
        <source>%1 holds at least %2 of data in %3 GB of memory (%4 the most): when the memory is full keys are evicted, or writes refused (lesson&apos;s edge case: Redis out of memory evicts keys you thought were saved). Rebuildable data survives that; size the memory, or set a TTL. Source: %5.</source>
        <translation>%1 hält mindestens %2 Daten in %3 GB Arbeitsspeicher (%4 am meisten): Ist der Speicher voll, werden Schlüssel verdrängt oder Schreibvorgänge abgelehnt (Randfall der Lektion: Redis ohne Speicher verdrängt Schlüssel, die man für gespeichert hielt). Wiederherstellbare Daten überstehen das; bemessen Sie den Speicher oder setzen Sie eine TTL. Quelle: %5.</translation>
    </message>
    <message>
        <source>%1 on %2 against %3 on %4: storage, requests and egress at each kind&apos;s prices</source>
        <translation>%1 auf %2 gegen %3 auf %4: Speicherplatz, Anfragen und Egress zu den Preisen jeder Art</translation>
    </message>
    <message>
        <source>the egress alone: without items, item size and rates the storage and requests cannot be compared</source>
        <translation>nur der Egress: ohne Anzahl, Elementgröße und Raten lassen sich Speicherplatz und Anfragen nicht vergleichen</translation>
    </message>
    <message>
        <source>%1 serves %2 GB a month to the internet from %3: %4 a month in egress alone (%5). %6 charges no egress: %1 there would save %7 a month (%8). Lesson: R2 has zero egress fees; for image-heavy apps and video streaming it can cut storage costs dramatically. %9</source>
        <translation>%1 liefert aus %3 %2 GB im Monat ins Internet: %4 im Monat allein für Egress (%5). %6 berechnet keinen Egress: %1 dort würde %7 im Monat sparen (%8). Lektion: R2 hat keine Egress-Gebühren; für bildlastige Apps und Video-Streaming kann es die Speicherkosten drastisch senken. %9</translation>
    </message>
</context>
<context>
    <name>storemap::FindingsModel</name>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>storemap::FitMatrixModel</name>
    <message>
        <source>%1 on %2: fit %3</source>
        <translation>%1 auf %2: Eignung %3</translation>
    </message>
    <message>
        <source> (where it is now)</source>
        <translation> (aktueller Ort)</translation>
    </message>
    <message>
        <source> (its best kind)</source>
        <translation> (ihre beste Art)</translation>
    </message>
    <message>
        <source>Double-click to move it there.</source>
        <translation>Doppelklicken Sie, um sie dorthin zu verschieben.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Traffic %1: the sum of its patterns&apos; frequency weights, its weight in the overall fit and in the advisor.</source>
        <translation>Datenverkehr %1: die Summe der Häufigkeitsgewichte ihrer Muster, ihr Gewicht in der Gesamteignung und im Berater.</translation>
    </message>
    <message>
        <source>Alone on %1: %2 a month</source>
        <translation>Allein auf %1: %2 im Monat</translation>
    </message>
</context>
<context>
    <name>storemap::GettingStarted</name>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Storemap helps you decide where each piece of your application&apos;s data should live. Work in four steps:</source>
        <translation>Storemap hilft Ihnen zu entscheiden, wo jeder Teil der Daten Ihrer Anwendung liegen soll. Arbeiten Sie in vier Schritten:</translation>
    </message>
    <message>
        <source>&lt;b&gt;List the data.&lt;/b&gt; Press Ctrl+E for a new entity and type its name. It lands in the Unplaced tray.</source>
        <translation>&lt;b&gt;Daten auflisten.&lt;/b&gt; Drücken Sie Strg+E für eine neue Entität und geben Sie ihren Namen ein. Sie landet im Bereich „Nicht platziert“.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Set the scale.&lt;/b&gt; The Users field on the toolbar sets how many people the design serves, and with it how much operational complexity the project can afford.</source>
        <translation>&lt;b&gt;Größenordnung festlegen.&lt;/b&gt; Das Feld Nutzer in der Werkzeugleiste legt fest, wie vielen Menschen der Entwurf dient, und damit, wie viel betriebliche Komplexität sich das Projekt leisten kann.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Place each entity.&lt;/b&gt; Drag a store kind from the Palette onto the canvas, then drag each chip onto a store (or Alt+Left/Right on a selected chip). Suggest Layout (Ctrl+L) proposes the best layout for the scale.</source>
        <translation>&lt;b&gt;Jede Entität platzieren.&lt;/b&gt; Ziehen Sie eine Speicherart aus der Palette auf die Zeichenfläche und dann jeden Chip auf einen Speicher (oder Alt+Links/Rechts auf einem ausgewählten Chip). Aufteilung vorschlagen (Strg+L) schlägt die beste Aufteilung für die Größenordnung vor.</translation>
    </message>
    <message>
        <source>What the scores mean</source>
        <translation>Was die Bewertungen bedeuten</translation>
    </message>
    <message>
        <source>A fit (0 to 100) says how well a store kind serves an entity&apos;s access patterns, weighted by how often each happens, and moved by load at your scale, schema, durability and latency. Green is good (80 and up), amber fair (60 to 80), red poor (below 60); hover a chip for the reasons. The overall fit weights every entity by its traffic.</source>
        <translation>Eine Eignung (0 bis 100) sagt, wie gut eine Speicherart die Zugriffsmuster einer Entität bedient, gewichtet nach ihrer Häufigkeit und verschoben durch Last bei Ihrer Größenordnung, Schema, Dauerhaftigkeit und Latenz. Grün ist gut (ab 80), Gelb mittel (60 bis 80), Rot schwach (unter 60); zeigen Sie auf einen Chip, um die Gründe zu sehen. Die Gesamteignung gewichtet jede Entität nach ihrem Datenverkehr.</translation>
    </message>
    <message>
        <source>Complexity vs budget: every kind of store you run costs operational effort; the budget grows with your users. Above the budget, the design asks more of the team than the scale affords.</source>
        <translation>Komplexität und Budget: Jede Speicherart, die Sie betreiben, kostet Betriebsaufwand; das Budget wächst mit Ihren Nutzern. Über dem Budget verlangt der Entwurf dem Team mehr ab, als die Größenordnung trägt.</translation>
    </message>
    <message>
        <source>What the findings mean</source>
        <translation>Was die Befunde bedeuten</translation>
    </message>
    <message>
        <source>Findings name the classic mistakes, each citing the lesson: errors first, then warnings, then hints. Click one to select the entity it is about. A finding that remains after Suggest Layout says why no affordable layout avoids it.</source>
        <translation>Befunde benennen die klassischen Fehler, jeweils mit Verweis auf die Lektion: zuerst Fehler, dann Warnungen, dann Hinweise. Klicken Sie auf einen, um die betroffene Entität auszuwählen. Ein Befund, der nach Aufteilung vorschlagen bleibt, sagt, warum keine bezahlbare Aufteilung ihn vermeidet.</translation>
    </message>
    <message>
        <source>The lesson&apos;s rules</source>
        <translation>Die Regeln der Lektion</translation>
    </message>
    <message>
        <source>Identify your access patterns first; they decide where the data belongs.</source>
        <translation>Identifizieren Sie zuerst Ihre Zugriffsmuster; sie entscheiden, wohin die Daten gehören.</translation>
    </message>
    <message>
        <source>Start with PostgreSQL + S3. The sweet spot for most applications is PostgreSQL + Redis + S3; add more only for measured bottlenecks.</source>
        <translation>Beginnen Sie mit PostgreSQL + S3. Der ideale Punkt für die meisten Anwendungen ist PostgreSQL + Redis + S3; fügen Sie mehr nur für gemessene Engpässe hinzu.</translation>
    </message>
    <message>
        <source>Never store binary files (images, videos, documents) in the database: use object storage and keep only the key.</source>
        <translation>Speichern Sie niemals Binärdateien (Bilder, Videos, Dokumente) in der Datenbank: Verwenden Sie Objektspeicher und behalten Sie nur den Schlüssel.</translation>
    </message>
    <message>
        <source>Data in Redis should be data you can afford to lose or rebuild from the primary database.</source>
        <translation>Daten in Redis sollten Daten sein, deren Verlust Sie sich leisten können oder die Sie aus der Primärdatenbank wiederherstellen können.</translation>
    </message>
    <message>
        <source>Every database you add is another system to monitor, back up, upgrade and debug at 3 AM: one database for everything and too many too early are both mistakes.</source>
        <translation>Jede Datenbank, die Sie hinzufügen, ist ein weiteres System, das um 3 Uhr nachts überwacht, gesichert, aktualisiert und debuggt werden muss: eine Datenbank für alles und zu viele zu früh sind beides Fehler.</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write down its access patterns.&lt;/b&gt; In the Entity panel press + (or Ctrl+Shift+A) and type how the application reads or writes it (&quot;Get user by email&quot;), then Tab to its type, how often it happens and, for a join or a transaction, the entity it touches. Without patterns an entity has no fit.</source>
        <translation>&lt;b&gt;Zugriffsmuster notieren.&lt;/b&gt; Drücken Sie im Bereich Entität auf + (oder Ctrl+Shift+A) und geben Sie ein, wie die Anwendung sie liest oder schreibt („Nutzer per E-Mail abrufen“), dann mit Tab zu ihrem Typ, ihrer Häufigkeit und, bei einem Join oder einer Transaktion, zur berührten Entität. Ohne Muster hat eine Entität keine Eignung.</translation>
    </message>
</context>
<context>
    <name>storemap::GitVersion</name>
    <message>
        <source>git could not be run (%1): is it installed?</source>
        <translation>git konnte nicht ausgeführt werden (%1): Ist es installiert?</translation>
    </message>
    <message>
        <source>git did not answer within %1 s</source>
        <translation>git hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>%1 at git HEAD: %2</source>
        <translation>%1 in git HEAD: %2</translation>
    </message>
</context>
<context>
    <name>storemap::Graphviz</name>
    <message>
        <source>Graphviz could not start</source>
        <translation>Graphviz konnte nicht starten</translation>
    </message>
    <message>
        <source>Graphviz could not read the diagram</source>
        <translation>Graphviz konnte das Diagramm nicht lesen</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the diagram</source>
        <translation>Graphviz konnte das Diagramm nicht anordnen</translation>
    </message>
    <message>
        <source>Graphviz could not render the diagram</source>
        <translation>Graphviz konnte das Diagramm nicht zeichnen</translation>
    </message>
</context>
<context>
    <name>storemap::HandOver</name>
    <message>
        <source>storemap-gui, which opens the designer and exports PNG, could not be started. Looked for:</source>
        <translation>storemap-gui, das den Designer öffnet und PNG exportiert, konnte nicht gestartet werden. Gesucht in:</translation>
    </message>
    <message>
        <source>Reinstall Storemap, or build its storemap-gui target.</source>
        <translation>Storemap neu installieren oder sein Ziel storemap-gui bauen.</translation>
    </message>
</context>
<context>
    <name>storemap::Import</name>
    <message>
        <source>in %1 s (%2/s)</source>
        <translation>in %1 s (%2/s)</translation>
    </message>
    <message>
        <source>schema dump %1, line %2; not measured: frequency left at medium</source>
        <translation>Schema-Dump %1, Zeile %2; nicht gemessen: Häufigkeit bleibt mittel</translation>
    </message>
    <message>
        <source> Durability guessed as %1 from the table name (&quot;%2&quot;); review it.</source>
        <translation> Dauerhaftigkeit aus dem Tabellennamen („%2“) als %1 geschätzt; bitte prüfen.</translation>
    </message>
    <message>
        <source>PostgreSQL table %1: about %2 rows, %3 KiB (pg_total_relation_size). Over the %4 s statistics window: %5 rows inserted, %6 updated, %7 deleted; %8 index scans, %9 sequential scans.</source>
        <translation>PostgreSQL-Tabelle %1: etwa %2 Zeilen, %3 KiB (pg_total_relation_size). Im Statistikfenster von %4 s: %5 Zeilen eingefügt, %6 geändert, %7 gelöscht; %8 Index-Scans, %9 sequenzielle Scans.</translation>
    </message>
    <message>
        <source>PostgreSQL table %1, from %2 line %3; no statistics, so every frequency is unmeasured (medium).</source>
        <translation>PostgreSQL-Tabelle %1, aus %2 Zeile %3; keine Statistik, daher ist jede Häufigkeit ungemessen (mittel).</translation>
    </message>
    <message>
        <source>pg_stat_user_indexes: %1 scans of %2 %3</source>
        <translation>pg_stat_user_indexes: %1 Scans von %2 %3</translation>
    </message>
    <message>
        <source>Get %1 by %2</source>
        <translation>%1 nach %2 abrufen</translation>
    </message>
    <message>
        <source>foreign key %1; pg_stat_user_tables: %2 reads of %3 %4</source>
        <translation>Fremdschlüssel %1; pg_stat_user_tables: %2 Lesezugriffe auf %3 %4</translation>
    </message>
    <message>
        <source>foreign key %1; %2</source>
        <translation>Fremdschlüssel %1; %2</translation>
    </message>
    <message>
        <source>Join %1 to %2 on %3</source>
        <translation>%1 mit %2 über %3 verknüpfen</translation>
    </message>
    <message>
        <source>%1; pg_stat_statements: %2 text-search statements %3</source>
        <translation>%1; pg_stat_statements: %2 Volltextsuch-Anweisungen %3</translation>
    </message>
    <message>
        <source>%1; pg_stat_user_indexes: %2 scans %3</source>
        <translation>%1; pg_stat_user_indexes: %2 Scans %3</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Search %1 by text</source>
        <translation>%1 im Volltext durchsuchen</translation>
    </message>
    <message>
        <source>column %1; pg_stat_user_tables: %2 reads and writes %3</source>
        <translation>Spalte %1; pg_stat_user_tables: %2 Lese- und Schreibzugriffe %3</translation>
    </message>
    <message>
        <source>column %1; %2</source>
        <translation>Spalte %1; %2</translation>
    </message>
    <message>
        <source>Store and fetch %1 %2</source>
        <translation>%1 %2 speichern und abrufen</translation>
    </message>
    <message>
        <source>Append to %1</source>
        <translation>An %1 anhängen</translation>
    </message>
    <message>
        <source>pg_stat_user_tables: %1 rows inserted %2, none updated or deleted</source>
        <translation>pg_stat_user_tables: %1 Zeilen eingefügt %2, keine geändert oder gelöscht</translation>
    </message>
    <message>
        <source>Update %1 in place</source>
        <translation>%1 an Ort und Stelle ändern</translation>
    </message>
    <message>
        <source>pg_stat_user_tables: %1 rows updated in place %2, %3 inserted; about %4 rows</source>
        <translation>pg_stat_user_tables: %1 Zeilen an Ort und Stelle geändert %2, %3 eingefügt; etwa %4 Zeilen</translation>
    </message>
    <message>
        <source>PostgreSQL at %1:%2 (database %3)</source>
        <translation>PostgreSQL auf %1:%2 (Datenbank %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1: keine Antwort innerhalb von %2 s</translation>
    </message>
    <message>
        <source>out of memory while connecting to PostgreSQL</source>
        <translation>kein Speicher mehr beim Verbinden mit PostgreSQL</translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL at %1:%2 (database %3): %4</source>
        <translation>keine Verbindung zu PostgreSQL auf %1:%2 (Datenbank %3): %4</translation>
    </message>
    <message>
        <source>%1: no statistics for the current database</source>
        <translation>%1: keine Statistik für die aktuelle Datenbank</translation>
    </message>
    <message>
        <source>%1: no user tables to import</source>
        <translation>%1: keine Benutzertabellen zum Importieren</translation>
    </message>
    <message>
        <source>column %1 (tsvector)</source>
        <translation>Spalte %1 (tsvector)</translation>
    </message>
    <message>
        <source>%1 (bytea)</source>
        <translation>%1 (bytea)</translation>
    </message>
    <message>
        <source>%1 (%2, large object)</source>
        <translation>%1 (%2, Large Object)</translation>
    </message>
    <message>
        <source>index %1 (%2)</source>
        <translation>Index %1 (%2)</translation>
    </message>
    <message>
        <source>%1:%2: skipped the psql command %3</source>
        <translation>%1:%2: psql-Befehl %3 übersprungen</translation>
    </message>
    <message>
        <source>%1:%2: skipped (not a table, key or index): %3</source>
        <translation>%1:%2: übersprungen (keine Tabelle, kein Schlüssel, kein Index): %3</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>unique constraint</source>
        <translation>Eindeutigkeitsbedingung</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>an expression</source>
        <translation>ein Ausdruck</translation>
    </message>
    <message>
        <source>%1:%2: not SQL text (a binary file?); expected a schema dump from pg_dump --schema-only</source>
        <translation>%1:%2: kein SQL-Text (eine Binärdatei?); erwartet wird ein Schema-Dump von pg_dump --schema-only</translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid SQL (%4); expected a schema dump from pg_dump --schema-only</source>
        <translation>%1:%2:%3: kein gültiges SQL (%4); erwartet wird ein Schema-Dump von pg_dump --schema-only</translation>
    </message>
    <message>
        <source>%1: the parser&apos;s answer could not be read (%2)</source>
        <translation>%1: die Antwort des Parsers war nicht lesbar (%2)</translation>
    </message>
    <message>
        <source>%1: no SQL statements; expected a schema dump from pg_dump --schema-only</source>
        <translation>%1: keine SQL-Anweisungen; erwartet wird ein Schema-Dump von pg_dump --schema-only</translation>
    </message>
    <message>
        <source>%1: no CREATE TABLE statements; nothing to import</source>
        <translation>%1: keine CREATE-TABLE-Anweisungen; nichts zu importieren</translation>
    </message>
    <message>
        <source>%1 is a folder, not a schema dump</source>
        <translation>%1 ist ein Ordner, kein Schema-Dump</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; a schema dump is far smaller (at most %3 MiB)</source>
        <translation>%1 ist %2 MiB groß; ein Schema-Dump ist viel kleiner (höchstens %3 MiB)</translation>
    </message>
    <message>
        <source>; stored under its owner&apos;s key (foreign key %1)</source>
        <translation>; abgelegt unter dem Schlüssel des Besitzers (Fremdschlüssel %1)</translation>
    </message>
    <message>
        <source>the PostgreSQL client library (libpq.so.5) could not be loaded: %1. Install it (apt-get install libpq5) to import from a live database.</source>
        <translation>die PostgreSQL-Clientbibliothek (libpq.so.5) konnte nicht geladen werden: %1. Installieren Sie sie (apt-get install libpq5), um aus einer laufenden Datenbank zu importieren.</translation>
    </message>
</context>
<context>
    <name>storemap::ImportCommand</name>
    <message>
        <source>a source (postgresql://..., or a .sql file)</source>
        <translation>eine Quelle (postgresql://... oder eine .sql-Datei)</translation>
    </message>
    <message>
        <source>import needs -o OUT.storemap, the project to write</source>
        <translation>import braucht -o AUSGABE.storemap, das zu schreibende Projekt</translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds from 1 to %1</source>
        <translation>--timeout erwartet eine ganze Zahl von Sekunden von 1 bis %1</translation>
    </message>
    <message>
        <source>%1: %2 tables imported into %3
</source>
        <translation>%1: %2 Tabellen nach %3 importiert
</translation>
    </message>
    <message>
        <source>
  storemap import SOURCE -o OUT.storemap [--users N] [--timeout S]

import  turns an existing PostgreSQL database into a project: SOURCE is a
        postgresql:// URI, a libpq connection string (&quot;host=... dbname=...&quot;) or a
        .sql file from pg_dump --schema-only. A live import reads the catalog and the
        statistics in one read-only transaction (--timeout bounds the connection and
        every statement, default 10 s); the password is never written anywhere.
</source>
        <translation>
  storemap import QUELLE -o AUSGABE.storemap [--users N] [--timeout S]

import  macht aus einer bestehenden PostgreSQL-Datenbank ein Projekt: QUELLE ist
        eine postgresql://-URI, eine libpq-Verbindungszeichenkette (&quot;host=... dbname=...&quot;)
        oder eine .sql-Datei von pg_dump --schema-only. Ein Live-Import liest Katalog und
        Statistik in einer Nur-Lese-Transaktion (--timeout begrenzt die Verbindung und
        jede Anweisung, Vorgabe 10 s); das Passwort wird nirgends gespeichert.
</translation>
    </message>
</context>
<context>
    <name>storemap::ImportDialog</name>
    <message>
        <source>Import a PostgreSQL Database</source>
        <translation>PostgreSQL-Datenbank importieren</translation>
    </message>
    <message>
        <source>Used to connect, never saved</source>
        <translation>Nur zum Verbinden, nie gespeichert</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Read-only: the catalog and the statistics are read in one read-only transaction; the frequencies come from what the server measured.</source>
        <translation>Nur lesend: Katalog und Statistiken werden in einer schreibgeschützten Transaktion gelesen; die Häufigkeiten stammen aus den Messungen des Servers.</translation>
    </message>
    <message>
        <source>&amp;Live database</source>
        <translation>&amp;Laufende Datenbank</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Import a Schema File</source>
        <translation>Schemadatei importieren</translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A pg_dump --schema-only file, read with PostgreSQL&apos;s own parser: the structure only, so every frequency is medium and marked unmeasured. Statements it does not need are skipped and listed.</source>
        <translation>Eine Datei von pg_dump --schema-only, gelesen mit dem Parser von PostgreSQL selbst: nur die Struktur, daher ist jede Häufigkeit mittel und als ungemessen markiert. Nicht benötigte Anweisungen werden übersprungen und aufgelistet.</translation>
    </message>
    <message>
        <source>&amp;Schema file</source>
        <translation>&amp;Schemadatei</translation>
    </message>
    <message>
        <source>Each table becomes an entity, with the access patterns its keys, foreign keys, indexes and statistics show, all on one PostgreSQL store named after the database. The import opens as a new, unsaved project.</source>
        <translation>Jede Tabelle wird eine Entität mit den Zugriffsmustern, die ihre Schlüssel, Fremdschlüssel, Indizes und Statistiken zeigen, alle auf einem PostgreSQL-Speicher mit dem Namen der Datenbank. Der Import öffnet sich als neues, ungespeichertes Projekt.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Connecting to %1:%2…</source>
        <translation>Verbinde mit %1:%2…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>Could not import: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>storemap::KindListModel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Best for: %2&lt;br&gt;Avoid for: %3&lt;br&gt;&lt;i&gt;Drag onto the canvas, or press Enter, to add a store.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Ideal für: %2&lt;br&gt;Ungeeignet für: %3&lt;br&gt;&lt;i&gt;Ziehen Sie die Art auf die Arbeitsfläche oder drücken Sie die Eingabetaste, um einen Speicher hinzuzufügen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Drag %1 onto the canvas to add a store of that kind.</source>
        <translation>Ziehen Sie %1 auf die Arbeitsfläche, um einen Speicher dieser Art hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>storemap::MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Ein leeres Projekt beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a .storemap project</source>
        <translation>Ein .storemap-Projekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Das Projekt speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Das Projekt unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export the diagram or a decision record</source>
        <translation>Das Diagramm oder ein Entscheidungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Storemap</source>
        <translation>Storemap schließen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo the change you undid</source>
        <translation>Die rückgängig gemachte Änderung wiederherstellen</translation>
    </message>
    <message>
        <source>New &amp;Entity</source>
        <translation>Neue &amp;Entität</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Add a data entity to the Unplaced tray</source>
        <translation>Eine Datenentität zum Bereich „Nicht platziert“ hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected stores and entities</source>
        <translation>Die ausgewählten Speicher und Entitäten löschen</translation>
    </message>
    <message>
        <source>Suggest &amp;Layout…</source>
        <translation>&amp;Aufteilung vorschlagen…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Ask the advisor for the layout that fits this scale best</source>
        <translation>Den Berater nach der Aufteilung fragen, die bei dieser Größe am besten passt</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom in on the canvas</source>
        <translation>Die Arbeitsfläche vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Zoom out of the canvas</source>
        <translation>Die Arbeitsfläche verkleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Show the whole layout</source>
        <translation>Die ganze Aufteilung anzeigen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation>Auf 100% zoomen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New from Sa&amp;mple</source>
        <translation>Neu aus Beis&amp;piel</translation>
    </message>
    <message>
        <source>&amp;E-commerce (the lesson&apos;s example)</source>
        <translation>&amp;E-Commerce (das Beispiel der Lektion)</translation>
    </message>
    <message>
        <source>&amp;Startup (100 users)</source>
        <translation>&amp;Startup (100 Nutzer)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Show every change and jump back to any of them</source>
        <translation>Alle Änderungen anzeigen und zu jeder davon zurückspringen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Palette</source>
        <translation>&amp;Palette</translation>
    </message>
    <message>
        <source>&amp;Complexity vs Budget</source>
        <translation>Komplexität &amp;gegenüber Budget</translation>
    </message>
    <message>
        <source>&amp;Entity</source>
        <translation>&amp;Entität</translation>
    </message>
    <message>
        <source>Fi&amp;t Matrix</source>
        <translation>Eignungs&amp;matrix</translation>
    </message>
    <message>
        <source>&amp;Decision Matrix</source>
        <translation>Ent&amp;scheidungsmatrix</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>Den Bereich „%1“ ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Entwurf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Storemap</source>
        <translation>Über &amp;Storemap</translation>
    </message>
    <message>
        <source>About Storemap</source>
        <translation>Über Storemap</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Storemap %1&lt;/h3&gt;&lt;p&gt;Design where your application&apos;s data lives: list your entities and their access patterns, place each on the store that fits, and watch the operational cost of every extra store.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Storemap %1&lt;/h3&gt;&lt;p&gt;Entwerfen Sie, wo die Daten Ihrer Anwendung liegen: Listen Sie Ihre Entitäten und deren Zugriffsmuster auf, platzieren Sie jede auf dem passenden Speicher und behalten Sie die Betriebskosten jedes zusätzlichen Speichers im Blick.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Complexity vs budget</source>
        <translation>Komplexität gegenüber Budget</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Fit of every entity on every kind: ● marks where it is; double-click (or Enter) to move it there.</source>
        <translation>Eignung jeder Entität auf jeder Art: ● markiert den aktuellen Ort; Doppelklick (oder Eingabetaste) verschiebt sie dorthin.</translation>
    </message>
    <message>
        <source>Fit matrix</source>
        <translation>Eignungsmatrix</translation>
    </message>
    <message>
        <source>Click a finding to select its entity.</source>
        <translation>Klicken Sie auf einen Befund, um seine Entität auszuwählen.</translation>
    </message>
    <message>
        <source>No findings: nothing here repeats a mistake the lesson warns about.</source>
        <translation>Keine Befunde: Nichts hier wiederholt einen Fehler, vor dem die Lektion warnt.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>The lesson&apos;s decision matrix; rows that matter for the selected entity are highlighted.</source>
        <translation>Die Entscheidungsmatrix der Lektion; für die ausgewählte Entität relevante Zeilen sind hervorgehoben.</translation>
    </message>
    <message>
        <source>Decision matrix</source>
        <translation>Entscheidungsmatrix</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Added an entity to the Unplaced tray: name it and list its access patterns.</source>
        <translation>Eine Entität wurde zum Bereich „Nicht platziert“ hinzugefügt: Benennen Sie sie und listen Sie ihre Zugriffsmuster auf.</translation>
    </message>
    <message>
        <source>Could not open project</source>
        <translation>Projekt konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Could not open sample</source>
        <translation>Beispiel konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Could not save project</source>
        <translation>Projekt konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Overall fit %1  ·  Errors: %2  ·  Warnings: %3  ·  %4</source>
        <translation>Gesamteignung %1  ·  Fehler: %2  ·  Warnungen: %3  ·  %4</translation>
    </message>
    <message>
        <source>Choose the interface language and the autosave delay</source>
        <translation>Sprache der Oberfläche und Verzögerung der automatischen Sicherung wählen</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Kept your version; saving over “%1” will ask first.</source>
        <translation>Ihre Fassung wurde behalten; vor dem Speichern über „%1“ wird nachgefragt.</translation>
    </message>
    <message>
        <source>Could not reload project</source>
        <translation>Projekt konnte nicht neu geladen werden</translation>
    </message>
    <message>
        <source>Reload “%1” from disk</source>
        <translation>„%1“ von der Festplatte neu laden</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>%1 neu geladen</translation>
    </message>
    <message>
        <source>Could not keep the other version as %1; nothing was saved.</source>
        <translation>Die andere Fassung konnte nicht als %1 behalten werden; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>Fa&amp;hrplan</translation>
    </message>
    <message>
        <source>Project &amp;Notes…</source>
        <translation>Projekt&amp;notizen…</translation>
    </message>
    <message>
        <source>Write down why the design is as it is; the decision record prints it</source>
        <translation>Halten Sie fest, warum der Entwurf so ist, wie er ist; das Entscheidungsprotokoll gibt es aus</translation>
    </message>
    <message>
        <source>Edit project notes</source>
        <translation>Projektnotizen bearbeiten</translation>
    </message>
    <message>
        <source>Type part of an entity&apos;s name: its chip is selected and shown</source>
        <translation>Geben Sie einen Teil des Namens einer Entität ein: Ihr Chip wird ausgewählt und angezeigt</translation>
    </message>
    <message>
        <source>Find entity (Ctrl+F)</source>
        <translation>Entität finden (Strg+F)</translation>
    </message>
    <message>
        <source>Type part of an entity&apos;s name; Enter finds the next one</source>
        <translation>Geben Sie einen Teil des Namens einer Entität ein; Eingabe findet die nächste</translation>
    </message>
    <message>
        <source>No entity&apos;s name contains &quot;%1&quot;.</source>
        <translation>Kein Entitätsname enthält „%1“.</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>How to place entities, what the scores and findings mean</source>
        <translation>Wie man Entitäten platziert, was Bewertungen und Befunde bedeuten</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>&amp;Direkthilfe</translation>
    </message>
    <message>
        <source>The store kinds of the lesson&apos;s decision matrix. Drag one onto the canvas to add a store; its tooltip says what it is best and worst for.</source>
        <translation>Die Speicherarten der Entscheidungsmatrix der Lektion. Ziehen Sie eine auf die Zeichenfläche, um einen Speicher hinzuzufügen; ihr Tooltip sagt, wofür sie am besten und am schlechtesten geeignet ist.</translation>
    </message>
    <message>
        <source>The operational cost of the kinds of store the layout runs, against the budget your number of users affords. Every kind you add is another system to monitor, back up and debug.</source>
        <translation>Der Betriebsaufwand der Speicherarten, die die Aufteilung betreibt, gegenüber dem Budget, das Ihre Nutzerzahl erlaubt. Jede weitere Art ist ein weiteres System, das überwacht, gesichert und debuggt werden muss.</translation>
    </message>
    <message>
        <source>The selected entity: its name, description, notes, schema, durability and access patterns. Its fit on its store and its best store are shown on top.</source>
        <translation>Die ausgewählte Entität: Name, Beschreibung, Notizen, Schema, Dauerhaftigkeit und Zugriffsmuster. Oben stehen ihre Eignung auf ihrem Speicher und ihr bester Speicher.</translation>
    </message>
    <message>
        <source>Every entity&apos;s fit on every kind of store at this scale. The dot marks where it is placed, bold where it fits best.</source>
        <translation>Die Eignung jeder Entität auf jeder Speicherart bei dieser Größenordnung. Der Punkt markiert, wo sie platziert ist, fett, wo sie am besten passt.</translation>
    </message>
    <message>
        <source>The classic mistakes this layout makes, each citing the lesson. Click one to select the entity it is about.</source>
        <translation>Die klassischen Fehler dieser Aufteilung, jeweils mit Verweis auf die Lektion. Klicken Sie auf einen, um die betroffene Entität auszuwählen.</translation>
    </message>
    <message>
        <source>The lesson&apos;s decision matrix: what each kind of store offers and costs. The rows that matter for the selected entity are marked.</source>
        <translation>Die Entscheidungsmatrix der Lektion: was jede Speicherart bietet und kostet. Die Zeilen, die für die ausgewählte Entität zählen, sind markiert.</translation>
    </message>
    <message>
        <source>The layout drawn like the lesson&apos;s picture, as it will be exported; Copy ASCII puts the text diagram on the clipboard.</source>
        <translation>Die Aufteilung, gezeichnet wie das Bild der Lektion, so wie sie exportiert wird; ASCII kopieren legt das Textdiagramm in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Every change you made, one line per gesture. Click a line to go back to that moment; Redo comes forward again.</source>
        <translation>Jede Änderung, die Sie gemacht haben, eine Zeile pro Handgriff. Klicken Sie auf eine Zeile, um zu diesem Moment zurückzukehren; Wiederholen geht wieder vor.</translation>
    </message>
    <message>
        <source>Which layout suits which scale: when to add a store, and which entities move then. Click a step to set the scale there.</source>
        <translation>Welche Aufteilung zu welcher Größenordnung passt: wann ein Speicher hinzukommt und welche Entitäten dann wandern. Klicken Sie auf einen Schritt, um die Größenordnung dorthin zu setzen.</translation>
    </message>
    <message>
        <source>&amp;Grid Layout</source>
        <translation>&amp;Rasterlayout</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Wrap the stores and their chips into a grid that fits the window, so names stay legible however many entities there are</source>
        <translation>Speicher und ihre Chips in ein Raster umbrechen, das ins Fenster passt, damit Namen bei jeder Zahl von Entitäten lesbar bleiben</translation>
    </message>
    <message>
        <source>New Access &amp;Pattern</source>
        <translation>Neues &amp;Zugriffsmuster</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Add an access pattern to the selected entity and type its name</source>
        <translation>Der ausgewählten Entität ein Zugriffsmuster hinzufügen und seinen Namen eingeben</translation>
    </message>
    <message>
        <source>Name the project: the title of the canvas and of every diagram</source>
        <translation>Das Projekt benennen: der Titel der Zeichenfläche und jedes Diagramms</translation>
    </message>
    <message>
        <source>&amp;Import PostgreSQL…</source>
        <translation>PostgreSQL &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Turn a PostgreSQL database (live, or a schema file) into a new project</source>
        <translation>Eine PostgreSQL-Datenbank (laufend oder als Schemadatei) in ein neues Projekt verwandeln</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n table(s) from %1 as a new project.</source>
        <translation>
            <numerusform>%n Tabelle aus %1 als neues Projekt importiert.</numerusform>
            <numerusform>%n Tabellen aus %1 als neues Projekt importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some statements were skipped</source>
        <translation>Einige Anweisungen wurden übersprungen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Show what differs between this design and another file</source>
        <translation>Zeigen, was diesen Entwurf von einer anderen Datei unterscheidet</translation>
    </message>
    <message>
        <source>Compare With &amp;Git HEAD</source>
        <translation>Mit &amp;Git HEAD vergleichen</translation>
    </message>
    <message>
        <source>Show what differs between this design and the file as last committed to git</source>
        <translation>Zeigen, was diesen Entwurf von der zuletzt in git eingecheckten Datei unterscheidet</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Another version of this design (a file, or the file at git&apos;s HEAD) beside the canvas: what moved, came or went, marked on both canvases. Click a difference to select its entity.</source>
        <translation>Eine andere Version dieses Entwurfs (eine Datei oder die Datei in gits HEAD) neben der Zeichenfläche: was verschoben wurde, hinzukam oder wegfiel, auf beiden Zeichenflächen markiert. Klicken Sie auf einen Unterschied, um seine Entität auszuwählen.</translation>
    </message>
    <message>
        <source>Could not compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>Save the project in a git repository first: it is compared with the file as last committed.</source>
        <translation>Speichern Sie das Projekt zuerst in einem git-Repository: Es wird mit der zuletzt eingecheckten Datei verglichen.</translation>
    </message>
    <message>
        <source>%1 at git HEAD: %2</source>
        <translation>%1 in git HEAD: %2</translation>
    </message>
    <message>
        <source>%1 at git HEAD</source>
        <translation>%1 in git HEAD</translation>
    </message>
    <message>
        <source>Store &amp;Memory…</source>
        <translation>Arbeits&amp;speicher des Speichers…</translation>
    </message>
    <message>
        <source>Set what the selected store holds in memory before it evicts keys (Tab to a store on the canvas and press Space to select it)</source>
        <translation>Festlegen, was der gewählte Speicher im Arbeitsspeicher hält, bevor er Schlüssel verdrängt (mit Tab zu einem Speicher auf der Zeichenfläche, Leertaste wählt ihn)</translation>
    </message>
    <message>
        <source>Operated &amp;Kinds…</source>
        <translation>Betriebene &amp;Arten…</translation>
    </message>
    <message>
        <source>Tick the store kinds your team already runs: their operational burden is already paid</source>
        <translation>Die Speicherarten ankreuzen, die Ihr Team bereits betreibt: ihr Betriebsaufwand ist schon bezahlt</translation>
    </message>
    <message>
        <source>Rename Pro&amp;ject…</source>
        <translation>Projekt &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <source>Fi&amp;nd Entity…</source>
        <translation>Entität f&amp;inden…</translation>
    </message>
    <message>
        <source>Finding&amp;s</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>Diagra&amp;m</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>Compare &amp;With File…</source>
        <translation>Mit Datei &amp;vergleichen…</translation>
    </message>
</context>
<context>
    <name>storemap::Merge</name>
    <message>
        <source>changed on both sides: ours %1, theirs %2 (was %3)</source>
        <translation>auf beiden Seiten geändert: unsere %1, ihre %2 (war %3)</translation>
    </message>
    <message>
        <source>added on both sides with different values: ours %1, theirs %2</source>
        <translation>auf beiden Seiten mit verschiedenen Werten hinzugefügt: unsere %1, ihre %2</translation>
    </message>
    <message>
        <source>changed in ours, removed in theirs</source>
        <translation>bei uns geändert, bei ihnen entfernt</translation>
    </message>
    <message>
        <source>removed in ours, changed in theirs</source>
        <translation>bei uns entfernt, bei ihnen geändert</translation>
    </message>
    <message>
        <source>placed on store &quot;%1&quot;, which the other side removed</source>
        <translation>liegt auf Speicher &quot;%1&quot;, den die andere Seite entfernt hat</translation>
    </message>
    <message>
        <source>refers to entity &quot;%1&quot;, which the other side removed</source>
        <translation>verweist auf Entität &quot;%1&quot;, die die andere Seite entfernt hat</translation>
    </message>
</context>
<context>
    <name>storemap::MergeCommand</name>
    <message>
        <source>
  storemap merge BASE OURS THEIRS [-o OUT]

merge   three-way merge by id of stores, entities and access patterns, as a git merge
        driver: changes to different things combine; the same thing changed two ways
        is a conflict (exit 1, each listed with its JSON path on stderr, OURS left
        as it was). Writes into OURS unless -o OUT is given.
</source>
        <translation>
  storemap merge BASIS UNSERE IHRE [-o AUS]

merge   Drei-Wege-Zusammenführung über die IDs von Speichern, Entitäten und
        Zugriffsmustern, als Merge-Treiber für git: Änderungen an verschiedenen Dingen
        werden vereint; dieselbe Sache auf zwei Arten geändert ist ein Konflikt
        (Ende mit 1, jeder mit seinem JSON-Pfad auf stderr, UNSERE bleibt unverändert).
        Schreibt in UNSERE, außer -o AUS ist angegeben.
</translation>
    </message>
    <message>
        <source>three project files, BASE, OURS and THEIRS</source>
        <translation>drei Projektdateien, BASIS, UNSERE und IHRE</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>%1 braucht einen Dateinamen</translation>
    </message>
    <message numerus="yes">
        <source>storemap: %n conflict(s); %1 was left as it was
</source>
        <translation>
            <numerusform>storemap: %n Konflikt; %1 blieb unverändert
</numerusform>
            <numerusform>storemap: %n Konflikte; %1 blieb unverändert
</numerusform>
        </translation>
    </message>
    <message>
        <source>the merge holds %1 stores and %2 entities; at most %3 and %4 are allowed</source>
        <translation>die Zusammenführung enthält %1 Speicher und %2 Entitäten; erlaubt sind höchstens %3 und %4</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>konnte %1 nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>storemap::OperatedKindsDialog</name>
    <message>
        <source>Operated Kinds</source>
        <translation>Betriebene Arten</translation>
    </message>
    <message>
        <source>Tick the store kinds your team already runs in production: their operational burden (monitoring, backups, upgrades, being woken at 3 AM) is already paid.</source>
        <translation>Die Speicherarten ankreuzen, die Ihr Team bereits produktiv betreibt: ihr Betriebsaufwand (Überwachung, Backups, Upgrades, um 3 Uhr nachts geweckt werden) ist schon bezahlt.</translation>
    </message>
</context>
<context>
    <name>storemap::PaletteDock</name>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Drag a kind onto the canvas to add a store.</source>
        <translation>Ziehen Sie eine Art auf die Arbeitsfläche, um einen Speicher hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>storemap::PatternTableModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>The other entity a join or transaction touches.</source>
        <translation>Die andere Entität, die ein Join oder eine Transaktion berührt.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>New access pattern</source>
        <translation>Neues Zugriffsmuster</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1 per second or more</source>
        <translation>%1 pro Sekunde oder mehr</translation>
    </message>
    <message>
        <source>%1 to under %2 per second</source>
        <translation>%1 bis unter %2 pro Sekunde</translation>
    </message>
    <message>
        <source>under %1 per second</source>
        <translation>unter %1 pro Sekunde</translation>
    </message>
    <message>
        <source>Decided by the rate: %1 per second is “%2” (%3). Clear the rate to choose the frequency yourself.</source>
        <translation>Von der Rate bestimmt: %1 pro Sekunde ist „%2“ (%3). Die Rate leeren, um die Häufigkeit selbst zu wählen.</translation>
    </message>
    <message>
        <source>Peak operations per second; when given it decides the frequency. Empty: not given.</source>
        <translation>Spitzenoperationen pro Sekunde; wenn angegeben, bestimmt sie die Häufigkeit. Leer: nicht angegeben.</translation>
    </message>
    <message>
        <source>Rate (/s)</source>
        <translation>Rate (/s)</translation>
    </message>
</context>
<context>
    <name>storemap::Placement</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>New entity</source>
        <translation>Neue Entität</translation>
    </message>
</context>
<context>
    <name>storemap::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The new language applies when Storemap starts again.</source>
        <translation>Die neue Sprache gilt nach dem nächsten Start von Storemap.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long after your last edit unsaved work is written to the recovery file, so that a crash loses nothing.</source>
        <translation>Wie lange nach Ihrer letzten Änderung ungesicherte Arbeit in die Wiederherstellungsdatei geschrieben wird, damit ein Absturz nichts verliert.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation>&amp;Automatisch sichern nach:</translation>
    </message>
</context>
<context>
    <name>storemap::ProjectIO</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>eine Dezimalzahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>expected a JSON object for the project, found %1</source>
        <translation>JSON-Objekt für das Projekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &quot;storemap&quot;; this is not a Storemap project file</source>
        <translation>&quot;storemap&quot; erwartet; dies ist keine Storemap-Projektdatei</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>ganze Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>the file has format version %1, written by a newer Storemap; this version reads version %2. Open it with a newer Storemap; the file was not changed.</source>
        <translation>die Datei hat die Formatversion %1 und wurde von einer neueren Storemap-Version geschrieben; diese Version liest Version %2. Öffnen Sie sie mit einer neueren Storemap-Version; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>expected an object such as {&quot;users&quot;: 1000}, found %1</source>
        <translation>Objekt wie {&quot;users&quot;: 1000} erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>duplicate entity id %1; every entity needs its own id</source>
        <translation>doppelte Entitäts-ID %1; jede Entität braucht eine eigene ID</translation>
    </message>
    <message>
        <source>refers to entity %1, which is not defined in &quot;entities&quot;</source>
        <translation>verweist auf Entität %1, die in &quot;entities&quot; nicht definiert ist</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>erforderlicher Schlüssel &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>%1 items; at most %2 are allowed</source>
        <translation>%1 Einträge; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>ist %1 Zeichen lang; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>ids may not contain control characters</source>
        <translation>IDs dürfen keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>expected a whole number of users, found %1</source>
        <translation>ganze Zahl an Nutzern erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected between %1 and %2 users, found %3</source>
        <translation>zwischen %1 und %2 Nutzer erwartet, %3 gefunden</translation>
    </message>
    <message>
        <source>expected one of %1, found %2</source>
        <translation>einer der Werte %1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>unknown value %1; expected one of %2</source>
        <translation>unbekannter Wert %1; erwartet wird einer der Werte %2</translation>
    </message>
    <message>
        <source>expected %1 object, found %2</source>
        <translation>erwartet: %1 als Objekt, gefunden: %2</translation>
    </message>
    <message>
        <source>a store</source>
        <translation>ein Speicher</translation>
    </message>
    <message>
        <source>duplicate store id %1; every store needs its own id</source>
        <translation>doppelte Speicher-ID %1; jeder Speicher braucht eine eigene ID</translation>
    </message>
    <message>
        <source>unknown store kind %1; expected one of %2</source>
        <translation>unbekannte Speicherart %1; erwartet wird eine von %2</translation>
    </message>
    <message>
        <source>an entity</source>
        <translation>eine Entität</translation>
    </message>
    <message>
        <source>refers to store %1, which is not defined in &quot;stores&quot;</source>
        <translation>verweist auf Speicher %1, der in &quot;stores&quot; nicht definiert ist</translation>
    </message>
    <message>
        <source>%1 patterns; at most %2 are allowed</source>
        <translation>%1 Muster; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>an access pattern</source>
        <translation>ein Zugriffsmuster</translation>
    </message>
    <message>
        <source>the file is empty; expected a Storemap project (a JSON object)</source>
        <translation>die Datei ist leer; erwartet wird ein Storemap-Projekt (ein JSON-Objekt)</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels; a Storemap project never nests that deep</source>
        <translation>die Verschachtelung ist tiefer als %1 Ebenen; ein Storemap-Projekt ist nie so tief verschachtelt</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>unexpected value (%1)</source>
        <translation>unerwarteter Wert (%1)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file</source>
        <translation>%1 ist ein Ordner, keine Projektdatei</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; project files may be at most %3 MiB</source>
        <translation>%1 ist %2 MiB groß; Projektdateien dürfen höchstens %3 MiB groß sein</translation>
    </message>
    <message>
        <source>%1 was written by a newer Storemap (%2); it was not overwritten. Save under another name.</source>
        <translation>%1 wurde von einer neueren Storemap-Version geschrieben (%2); die Datei wurde nicht überschrieben. Speichern Sie unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>could not write %1: %2; the previous file is unchanged</source>
        <translation>%1 konnte nicht geschrieben werden: %2; die bisherige Datei ist unverändert</translation>
    </message>
    <message>
        <source>expected version 1 or %1, found %2</source>
        <translation>Version 1 oder %1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>eine Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an array of store kinds, found %1</source>
        <translation>eine Liste von Speicherarten erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>unknown store kind %1</source>
        <translation>unbekannte Speicherart %1</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>a workload</source>
        <translation>eine Arbeitslast</translation>
    </message>
    <message>
        <source>expected a whole number of items, found %1</source>
        <translation>eine ganze Zahl von Einträgen erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a number above %1 and at most %2, found %3</source>
        <translation>eine Zahl über %1 und höchstens %2 erwartet, %3 gefunden</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, found %3</source>
        <translation>eine Zahl von %1 bis %2 erwartet, %3 gefunden</translation>
    </message>
</context>
<context>
    <name>storemap::Report</name>
    <message>
        <source>Fits %1 better: %2 against %3 on %4.</source>
        <translation>Passt besser zu %1: %2 gegenüber %3 auf %4.</translation>
    </message>
    <message>
        <source>%1 at %2 users: overall fit %3
</source>
        <translation>%1 bei %2 Nutzern: Gesamteignung %3
</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Complexity: %1 (%2) against a budget of %3

</source>
        <translation>Komplexität: %1 (%2) bei einem Budget von %3

</translation>
    </message>
    <message>
        <source>unplaced</source>
        <translation>nicht platziert</translation>
    </message>
    <message>
        <source>  (best: %1 %2)</source>
        <translation>  (am besten: %1 %2)</translation>
    </message>
    <message>
        <source>No findings.
</source>
        <translation>Keine Befunde.
</translation>
    </message>
    <message>
        <source>Suggested layout at %1 users: %2
</source>
        <translation>Vorgeschlagene Aufteilung bei %1 Nutzern: %2
</translation>
    </message>
    <message>
        <source>Overall fit %1, complexity %2 against a budget of %3

</source>
        <translation>Gesamteignung %1, Komplexität %2 bei einem Budget von %3

</translation>
    </message>
    <message>
        <source>  (moves from %1)</source>
        <translation>  (wechselt von %1)</translation>
    </message>
    <message>
        <source>  (new)</source>
        <translation>  (neu)</translation>
    </message>
    <message>
        <source>
Why:
</source>
        <translation>
Begründung:
</translation>
    </message>
    <message>
        <source>
Rejected:
</source>
        <translation>
Verworfen:
</translation>
    </message>
    <message>
        <source>No access patterns, so no fit: add the ways the application reads and writes it (lesson: identify your access patterns first).</source>
        <translation>Keine Zugriffsmuster, also keine Eignung: Geben Sie an, wie die Anwendung die Daten liest und schreibt (Lektion: Identifizieren Sie zuerst Ihre Zugriffsmuster).</translation>
    </message>
    <message>
        <source>  (no access patterns)</source>
        <translation>  (keine Zugriffsmuster)</translation>
    </message>
    <message>
        <source>Money: %1 a month</source>
        <translation>Geld: %1 im Monat</translation>
    </message>
    <message>
        <source> (%1 known)</source>
        <translation> (%1 bekannt)</translation>
    </message>
    <message>
        <source>, prices as of %1 or later</source>
        <translation>, Preise von %1 oder später</translation>
    </message>
</context>
<context>
    <name>storemap::Roadmap</name>
    <message>
        <source>At %1 users the budget reaches %2: enough for %3 (cost %4).</source>
        <translation>Bei %1 Nutzern erreicht das Budget %2: genug für %3 (Kosten %4).</translation>
    </message>
    <message>
        <source>At %1 users %2 (overall fit %3, cost %4) is worth more than %5 (overall fit %6, cost %7): the load has moved the fits.</source>
        <translation>Bei %1 Nutzern ist %2 (Gesamteignung %3, Kosten %4) mehr wert als %5 (Gesamteignung %6, Kosten %7): die Last hat die Eignungen verschoben.</translation>
    </message>
    <message>
        <source>%1 moves from %2 to %3 (fit %4 against %5).</source>
        <translation>%1 wandert von %2 nach %3 (Eignung %4 statt %5).</translation>
    </message>
    <message>
        <source>The load of &quot;%1&quot; (%2) presses at %3 of its full weight.</source>
        <translation>Die Last von „%1“ (%2) drückt mit %3 ihres vollen Gewichts.</translation>
    </message>
    <message>
        <source>More entities move: %1.</source>
        <translation>Weitere Entitäten wandern: %1.</translation>
    </message>
    <message>
        <source>From %1 users: %2.</source>
        <translation>Ab %1 Nutzern: %2.</translation>
    </message>
    <message>
        <source>Roadmap of %1 from %2 to %3 users; layouts: %4.
</source>
        <translation>Fahrplan von %1 von %2 bis %3 Nutzern; Aufteilungen: %4.
</translation>
    </message>
    <message>
        <source>%1 to %2 users</source>
        <translation>%1 bis %2 Nutzer</translation>
    </message>
    <message>
        <source>from %1 users</source>
        <translation>ab %1 Nutzern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; were %2 instead of %3</source>
        <translation>„%1“ %2 statt %3 wäre</translation>
    </message>
    <message>
        <source>its durability were %1</source>
        <translation>seine Dauerhaftigkeit %1 wäre</translation>
    </message>
    <message>
        <source>its schema were %1</source>
        <translation>sein Schema %1 wäre</translation>
    </message>
    <message>
        <source>the users were ten times as many (%1)</source>
        <translation>es zehnmal so viele Nutzer gäbe (%1)</translation>
    </message>
    <message>
        <source>Would move to %1 if %2</source>
        <translation>Würde nach %1 wandern, wenn %2</translation>
    </message>
</context>
<context>
    <name>storemap::RoadmapDock</name>
    <message>
        <source>Roadmap</source>
        <translation>Fahrplan</translation>
    </message>
    <message>
        <source>%1 to %2 users</source>
        <translation>%1 bis %2 Nutzer</translation>
    </message>
    <message>
        <source>from %1 users</source>
        <translation>ab %1 Nutzern</translation>
    </message>
</context>
<context>
    <name>storemap::RoadmapTimeline</name>
    <message>
        <source>Roadmap timeline</source>
        <translation>Fahrplan-Zeitleiste</translation>
    </message>
    <message>
        <source>Click a layout, or choose one with the arrow keys and press Enter, to set the scale to where it starts</source>
        <translation>Eine Aufteilung anklicken oder mit den Pfeiltasten wählen und Eingabe drücken, um die Größenordnung auf ihren Beginn zu setzen</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Nutzer</translation>
    </message>
    <message>
        <source>%1 to %2 users</source>
        <translation>%1 bis %2 Nutzer</translation>
    </message>
    <message>
        <source>from %1 users</source>
        <translation>ab %1 Nutzern</translation>
    </message>
</context>
<context>
    <name>storemap::ScaleControl</name>
    <message>
        <source>&amp;Users:</source>
        <translation>N&amp;utzer:</translation>
    </message>
    <message>
        <source>Expected users (logarithmic): sets how much operational complexity the project can afford.</source>
        <translation>Erwartete Nutzer (logarithmisch): legt fest, wie viel betriebliche Komplexität sich das Projekt leisten kann.</translation>
    </message>
    <message>
        <source>Expected users</source>
        <translation>Erwartete Nutzer</translation>
    </message>
    <message>
        <source>Expected users, 100 to 1,000,000,000</source>
        <translation>Erwartete Nutzer, 100 bis 1.000.000.000</translation>
    </message>
    <message>
        <source>%1 is out of range: set to %2 (%3).</source>
        <translation>%1 liegt außerhalb des Bereichs: auf %2 gesetzt (%3).</translation>
    </message>
</context>
<context>
    <name>storemap::Scoring</name>
    <message>
        <source>No access patterns: neutral 50 (identify access patterns first).</source>
        <translation>Keine Zugriffsmuster: neutral 50 (ermitteln Sie zuerst die Zugriffsmuster).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (%3, weight %4): %5 on %6. %7</source>
        <translation>%1 &quot;%2&quot; (%3, Gewicht %4): %5 auf %6. %7</translation>
    </message>
    <message>
        <source>Load of &quot;%1&quot; (%2) at %3 users: %4 for scaling &apos;%5&apos;. %6</source>
        <translation>Last von &quot;%1&quot; (%2) bei %3 Nutzern: %4 für Skalierung &apos;%5&apos;. %6</translation>
    </message>
    <message>
        <source>Schema %1 on schema &apos;%2&apos;: %3. %4</source>
        <translation>Schema %1 auf Schema &apos;%2&apos;: %3. %4</translation>
    </message>
    <message>
        <source>Critical data on durability &apos;%1&apos;: %2. %3</source>
        <translation>Kritische Daten bei Dauerhaftigkeit &apos;%1&apos;: %2. %3</translation>
    </message>
    <message>
        <source>%1 data at latency %2: %3. %4</source>
        <translation>%1-Daten bei Latenz %2: %3. %4</translation>
    </message>
</context>
<context>
    <name>storemap::StoreItem</name>
    <message>
        <source>%1 (%2)
Drop an entity here to store it on %2.</source>
        <translation>%1 (%2)
Legen Sie eine Entität hier ab, um sie auf %2 zu speichern.</translation>
    </message>
    <message>
        <source>Entities without a store. Drag them onto a store to place them.</source>
        <translation>Entitäten ohne Speicher. Ziehen Sie sie auf einen Speicher, um sie zu platzieren.</translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation>Nicht platziert</translation>
    </message>
    <message>
        <source>Every entity has a store.</source>
        <translation>Jede Entität hat einen Speicher.</translation>
    </message>
    <message>
        <source>Drag these onto a store.</source>
        <translation>Ziehen Sie diese auf einen Speicher.</translation>
    </message>
    <message>
        <source>Rename store</source>
        <translation>Speicher umbenennen</translation>
    </message>
    <message>
        <source>Store name:</source>
        <translation>Speichername:</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete Store</source>
        <translation>Speicher &amp;löschen</translation>
    </message>
    <message>
        <source>Add a store first: drag a kind from the Palette, or Suggest Layout (Ctrl+L).</source>
        <translation>Zuerst einen Speicher hinzufügen: eine Art aus der Palette ziehen oder Layout vorschlagen (Ctrl+L).</translation>
    </message>
    <message>
        <source>Memory: %1 GB before it evicts</source>
        <translation>Speicher: %1 GB, bevor er verdrängt</translation>
    </message>
    <message>
        <source>Set &amp;Memory…</source>
        <translation>&amp;Speicher festlegen…</translation>
    </message>
    <message>
        <source>%1/mo</source>
        <translation>%1/Mon.</translation>
    </message>
</context>
<context>
    <name>storemap::SvgImage</name>
    <message>
        <source>the diagram&apos;s SVG could not be read</source>
        <translation>das SVG des Diagramms konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>an image of %1 x %2 pixels is too large; choose a smaller scale</source>
        <translation>ein Bild mit %1 x %2 Pixeln ist zu groß; eine kleinere Skalierung wählen</translation>
    </message>
    <message>
        <source>the PNG could not be encoded</source>
        <translation>das PNG konnte nicht kodiert werden</translation>
    </message>
</context>
<context>
    <name>storemap::WithLinkItem</name>
    <message>
        <source>transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>join</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>%1 – %2: &quot;%3&quot; (%4)</source>
        <translation>%1 – %2: „%3“ (%4)</translation>
    </message>
    <message>
        <source>A seam: the two are in different stores, so the application joins them or keeps them consistent itself.</source>
        <translation>Eine Nahtstelle: Die beiden liegen in verschiedenen Speichern, daher verknüpft die Anwendung sie selbst oder hält sie selbst konsistent.</translation>
    </message>
</context>
</TS>
