<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>storemap::AdviceDialog</name>
    <message>
        <source>Suggested layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;At %2 users: overall fit &lt;b&gt;%3&lt;/b&gt;, complexity &lt;b&gt;%4&lt;/b&gt; of a budget of &lt;b&gt;%5&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store appears or goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entity stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runners-up it rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other layout fits the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply layout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::Advisor</name>
    <message>
        <source>The project has no entities: nothing to place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget at %1 users: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chose %1: overall fit %2 at complexity cost %3 (value %4 = fit - %5 x cost, the best of %6 affordable layouts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it the overall fit drops by %1 points for %2 less cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary data goes to object storage (%1). Lesson: never store binary files in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would serve equally well; ties go to the kind listed first in the catalog (the lesson&apos;s five come first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: overall fit %2 at cost %3, value %4 against %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: overall fit %2, but its cost %3 exceeds the budget of %4 at %5 users.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::AppLayerItem</name>
    <message>
        <source>Your application: it talks to every store below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application Layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::CanvasScene</name>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::CanvasView</name>
    <message>
        <source>Drag chips between stores; Ctrl+wheel zooms; Delete removes the selection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::Catalog</name>
    <message>
        <source>Data model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::CatalogText</name>
    <message>
        <source>Each step up is a few times more traffic, so each step doubles a pattern&apos;s weight in the fit: the lesson maps the very-high patterns (rate limits, page views) to dedicated stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup by key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson step 1: &apos;Get user by email&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-to-many join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson step 1: &apos;Get user&apos;s orders&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson step 1: &apos;Search products by text&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary blob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson step 1: &apos;Store user avatar&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increment counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson step 1: &apos;Check rate limit&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson step 1: &apos;Get monthly revenue&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append-only write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson step 1: &apos;Track page view&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: &apos;You need transactions&apos; (PostgreSQL&apos;s use-when).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish/subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: Redis &apos;Pub/Sub (real-time messaging)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad-hoc query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: DynamoDB &apos;Avoid for ad-hoc queries or complex reporting&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entity&apos;s hottest load-sensitive pattern (lookups, counters, appends, pub/sub) decides how hard it presses on its store as users x frequency grows: log10(users) + frequency level (low 0 .. very-high 3). Up to 8.5 (a million users at high) there is no pressure; at 10.5 (tens of millions at very high) full pressure. A store whose scaling rating is below 60 loses up to 20 points (PostgreSQL scales vertically: one primary takes every write); one above gains up to 5 (horizontal stores hold steady). Lesson: at high volume, append-only writes go to DynamoDB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible-schema data gains up to 15 points on stores whose schema is flexible (lesson: MongoDB when schema varies across records) and loses on strict ones; fixed-schema data gains up to 5 points on strict schemas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical data loses 0.8 points per durability rating point below 80 (lesson: Redis is not for durable storage; data in Redis should be data you can afford to lose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ephemeral data (sessions, rate limits) moves up to 12 points with a store&apos;s latency rating against 70, reconstructible data (caches) up to 6: such data is read on every request (lesson: Redis for sessions, fast auth checks on every request, and pre-computed caches; sub-millisecond reads).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each kind beyond the first adds a seam: another client, another failure mode, data the application must keep consistent across stores (lesson: the cost of polyglot persistence is the operational burden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 1,000 users the budget is 4, exactly PostgreSQL + S3 (lesson: a startup with 100 users starts with PostgreSQL + S3). Each tenfold growth in users adds 1.5: PostgreSQL + Redis + S3 (cost 7, the lesson&apos;s sweet spot) fits from 100,000 users, and a fourth, managed store from about 10 million.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson&apos;s five storage options and decision matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relational tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very high (SQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical (read replicas help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-10ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per server/instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core business data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstructured blobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: query power &apos;Very high (SQL)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: scaling &apos;Vertical (read replicas help)&apos;: one primary takes every write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: consistency &apos;Strong&apos;; ACID transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: latency 1-10ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: durability &apos;Excellent&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: schema &apos;Strict&apos;, though JSONB gives flexible JSON inside SQL (lesson&apos;s users.preferences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: cost model &apos;Per server/instance&apos;: a server you monitor, back up and upgrade yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson step 2: lookup-by-key -&gt; PostgreSQL; indexed key reads in 1-10ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson step 2: one-to-many-join -&gt; PostgreSQL; JOINs and relational data are its strength.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: full-text search is built into PostgreSQL (to_tsvector / to_tsquery).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: never store binary files in the database; &apos;Avoid for: unstructured blobs&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works (UPDATE ... SET n = n + 1), but every hit is a row lock and a durable write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson step 2: aggregation -&gt; PostgreSQL; query power &apos;Very high (SQL)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserts are cheap at modest volume; scaling is vertical, so very high write volume needs another store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: use PostgreSQL when you need transactions; ACID-compliant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LISTEN/NOTIFY exists, but PostgreSQL is not a message broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: query power &apos;Very high (SQL)&apos;; complex queries are PostgreSQL&apos;s &apos;use when&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium (aggregation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal (sharding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complex transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: query power &apos;Medium (aggregation)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: scaling &apos;Horizontal (sharding)&apos;; sharding is built in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: consistency &apos;Configurable&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: schema &apos;Flexible&apos;: each document can have a different shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: cost model &apos;Per server/instance&apos;, plus a sharded cluster to operate: servers, shards and their balancing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexed document reads by key in 1-10ms (matrix latency).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed or $lookup; query power only &apos;Medium (aggregation)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text indexes exist; query power &apos;Medium&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: never store binary files in the database; use object storage and keep the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atomic $inc on a document field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregation pipeline; query power &apos;Medium (aggregation)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal sharding spreads write volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: &apos;Avoid for: complex transactions&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change streams can notify, but it is not a message broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: query nested fields directly; query power &apos;Medium&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key-value / document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible with key design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low (key-based)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per request or capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serverless, high scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad-hoc queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: query power &apos;Low (key-based)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: scaling &apos;Horizontal (automatic)&apos;; predictable performance at any scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: schema &apos;Flexible with key design&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: fully managed (AWS handles scaling, replication, availability), but tables must be designed around access patterns up front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: DynamoDB fits well-defined, primarily key-based lookups with predictable performance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works only when modelled up front: partition key plus sort-key prefix (the lesson&apos;s USER#alice / ORDER# query).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query power &apos;Low (key-based)&apos;: no text search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: never store binary files in the database (items are also capped at 400 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atomic counters through UpdateItem, paid per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: &apos;Avoid for: ad-hoc queries&apos;; lesson: avoid for complex reporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson step 2: very-high append-only -&gt; DynamoDB; write throughput matters more than query flexibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions exist but are limited and key-based; consistency &apos;Configurable&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DynamoDB Streams can feed consumers, but it is not a message broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: DynamoDB &apos;Avoid for: ad-hoc queries&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key-value + structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema-less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal (cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong (single-node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;1ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volatile by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caching, real-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durable primary storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: scaling &apos;Horizontal (cluster)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: consistency &apos;Strong (single-node)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: latency &lt;1ms: sub-millisecond reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: durability &apos;Volatile by default&apos;; edge case: eviction can drop keys even with RDB/AOF persistence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: schema &apos;Schema-less&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: cost model &apos;Per server/instance&apos;; memory limits and eviction policy to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: Redis gives sub-millisecond reads by key (caching, sessions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key-based only: the application does the join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key-based; text search needs an add-on module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In memory and volatile: blobs crowd out the cache and can be evicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson step 2: increment-counter -&gt; Redis (rate limiting: count API calls per user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key-based: only aggregates you pre-compute yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory-bound and volatile by default; an event history outgrows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MULTI/EXEC has no rollback, and the data is volatile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: Redis pub/sub for real-time messaging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query power &apos;Low (key-based)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A (files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (get/put by key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infinite (managed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eventual (strong available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50-200ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>99.999999999%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per GB stored + transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files, backups, static assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured data queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: query power &apos;None (get/put by key)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: scaling &apos;Infinite (managed)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: consistency &apos;Eventual (strong available)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: latency 50-200ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: durability 99.999999999% (eleven nines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: schema &apos;N/A (files)&apos;: neither helps nor hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: cost model &apos;Per GB stored + transfer&apos;; managed, nothing to patch or fail over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get by key works but at 50-200ms: fine for files, slow for records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query power &apos;None (get/put by key)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query power &apos;None&apos;; &apos;Avoid for: structured data queries&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson step 2: binary-blob -&gt; S3; cheap, eleven nines durable, scales infinitely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects are replaced whole; there is no in-place increment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only as batched objects at 50-200ms per put; no append in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transactions across objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only bucket event notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: S3 &apos;Avoid for: structured data queries&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named by the lesson: &apos;full-text-search -&gt; PostgreSQL (or Elasticsearch for advanced)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON documents in inverted indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible (dynamic mappings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High for search and aggregations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal (shards and replicas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eventual (near real-time refresh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-10ms for searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good (replicas), usually rebuilt from a primary store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced full-text search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary storage, transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public fact: full-text relevance search and aggregations are its core features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public fact: an index is split into shards spread across nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public fact: near real-time; a write becomes searchable after a refresh (default 1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public fact: searches typically return in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public fact: replicated, but commonly treated as a secondary index rebuilt from the primary database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public fact: dynamic mappings accept new fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: one more cluster to monitor, back up, upgrade and debug at 3 AM (the lesson lists it among the five databases a 100-user app does not need).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can fetch a document by id, but it is a search index, not a key-value store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No real joins; documents must be denormalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: Elasticsearch for advanced full-text search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A search index is no place for files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every update re-indexes a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregations are a core search-engine feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log ingestion is common, but every write is indexed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No multi-document transactions; a search index, not a system of record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A search engine has no publish/subscribe messaging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible queries over indexed fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named by the lesson: &apos;append-only-write at very high frequency -&gt; DynamoDB (or Kafka)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append-only log of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema-less (bytes; optional registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (read by offset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal (partitions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered per partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent (replicated, retention-bound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per broker/instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event streams, high write volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookups and queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public fact: consumers read partitions by offset; there is no query language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public fact: topics are split into partitions spread across brokers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public fact: ordering is guaranteed within a partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public fact: low-millisecond produce/consume latency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public fact: replicated log, kept for the configured retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public fact: records are opaque bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: another system to operate; a broker cluster with partitions and consumers to monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log is read by offset; there is no lookup by key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log of records has no joins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log is read by offset and cannot be searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records are meant to be small events, not files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append events and count them downstream; no atomic counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream processing can aggregate, but a log cannot be queried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson step 2: very-high append-only -&gt; Kafka; an append-only log by design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions serve exactly-once streaming, not business records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A durable publish/subscribe log with consumer groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log cannot be queried ad hoc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named by the lesson: S3-compatible, zero egress fees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per GB stored, zero egress fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image-heavy apps, video streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3-compatible API: get/put by key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed object storage like S3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public fact: R2 offers strong read-after-write consistency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object storage latency as S3 (50-200ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public fact: designed for eleven nines like S3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A (files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson&apos;s &apos;Good to know&apos;: S3-compatible and managed; the same operational load as S3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get by key works but at object-storage latency (50-200ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: S3-compatible object storage (R2), zero egress fees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only as batched objects; no append in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object storage has no publish/subscribe messaging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object storage cannot be queried.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::CommandLine</name>
    <message>
        <source>Usage:
  storemap [FILE]                       open the designer (no FILE: last file, or the e-commerce sample)
  storemap check FILE [--json] [--users N] [--fail-on warning|error]
  storemap advise FILE [--json] [--users N] [-o OUT.storemap]
  storemap --version | --help

check   scores every entity on every store kind, the complexity against the budget,
        and the findings (classic storage mistakes from the lesson).
advise  proposes the set of stores and the placement that best trade fit against
        operational complexity at the project&apos;s scale; -o writes it as a project.

Exit codes: 0 done; 1 --fail-on threshold reached; 2 usage error; 3 unreadable or
invalid input file; 4 could not write the output.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--users needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--users takes a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-on takes &quot;warning&quot; or &quot;error&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one project file at a time; &quot;%1&quot; is one too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to overwrite the input file %1; choose another output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::Commands</name>
    <message>
        <source>Add entity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename entity to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set schema of &quot;%1&quot; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set durability of &quot;%1&quot; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add access pattern &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit access pattern &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove access pattern &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder access patterns of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place &quot;%1&quot; on &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplace &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add store &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove store &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename store to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set scale to %1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename project to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply suggested layout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::ComplexityMeter</name>
    <message>
        <source>Complexity %1 of %2 affordable at %3 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration: %1 per extra kind (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost %1 of budget %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::DecisionMatrixModel</name>
    <message>
        <source>Schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flexible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durability: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::DialogPrompts</name>
    <message>
        <source>Storemap projects (*.storemap);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storemap did not close properly last time. Restore the unsaved changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::EntityChip</name>
    <message>
        <source>%1: fit %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unplaced; best on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (fit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Entity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::EntityEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this data is and why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed (strict schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible (varies per record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical (must never be lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconstructible (can be rebuilt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ephemeral (affordable to lose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;urability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access patterns: double-click or F2 to edit a cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an access pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected access pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected access pattern up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected access pattern down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an entity on the canvas, or press Ctrl+E to add one.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &lt;b&gt;%1&lt;/b&gt; (%2): fit &lt;b&gt;%3&lt;/b&gt;; best: %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Unplaced&lt;/b&gt;: fits %1 best (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::Findings</name>
    <message>
        <source>%1 has no access patterns. Lesson: identify your access patterns first; they decide where the data belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not placed on any store yet; it fits %2 best (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps binary data (&quot;%2&quot;) in %3. Lesson: never store binary files in the database; put them in object storage (S3) and keep only the URL/key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is critical data but its only home is %2, which is volatile by default. Lesson: Redis is a speed layer, not a durable store; when it runs out of memory it evicts keys, even with persistence on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs &quot;%2&quot; (%3) on %4, whose queries are key-based only. Lesson: avoid key-value stores for ad-hoc queries or complex reporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a transaction (&quot;%2&quot;) on %3. Lesson: MongoDB is to be avoided for complex transactions; PostgreSQL is ACID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;%2&quot; (%3), but %4 can only get and put objects by key. Lesson: avoid object storage for structured data queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 data read on every request (&quot;%3&quot;, very high) and lives in %4. Lesson: using PostgreSQL for session storage is a classic mistake; at %5 users a speed layer such as Redis serves it in under a millisecond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; spans %2 in %3 and %4 in %5: no transaction covers two stores, so the application must keep them consistent itself (outbox, saga or idempotent retries). This is the seam of the polyglot design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; joins %2 in %3 with %4 in %5: no JOIN crosses two stores, so the application must join them itself. This is the seam of the polyglot design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no entity, yet it is one more system to monitor, back up and upgrade (lesson: every database you add has an operational cost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs &quot;%2&quot; (%3, %4) on %5, the same store that serves &quot;%6&quot; at very high frequency. Lesson: running analytics queries on your production database is a classic mistake; give reporting a replica or its own store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kinds (%2) cost %3 against a budget of %4 at %5 users. Lesson: every database you add is another thing to monitor, back up and debug at 3 AM; start with PostgreSQL + S3 and add stores only for measured bottlenecks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entity lives in %1, but %2 fits %3 far better (%4 against %5), and at %6 users the budget affords both. Lesson: using one database for everything is a classic mistake; each of these has a better tool.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::FindingsModel</name>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::FitMatrixModel</name>
    <message>
        <source>%1 on %2: fit %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (where it is now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (its best kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to move it there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::KindListModel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Best for: %2&lt;br&gt;Avoid for: %3&lt;br&gt;&lt;i&gt;Drag onto the canvas, or press Enter, to add a store.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag %1 onto the canvas to add a store of that kind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .storemap project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the diagram or a decision record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Storemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change you undid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a data entity to the Unplaced tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected stores and entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest &amp;Layout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the advisor for the layout that fits this scale best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out of the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from Sa&amp;mple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-commerce (the lesson&apos;s example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Startup (100 users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every change and jump back to any of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complexity vs Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;t Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the project&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Storemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Storemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Storemap %1&lt;/h3&gt;&lt;p&gt;Design where your application&apos;s data lives: list your entities and their access patterns, place each on the store that fits, and watch the operational cost of every extra store.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complexity vs budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit of every entity on every kind: ● marks where it is; double-click (or Enter) to move it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a finding to select its entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson&apos;s decision matrix; rows that matter for the selected entity are highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added an entity to the Unplaced tray: name it and list its access patterns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall fit %1  ·  %2 errors, %3 warnings  ·  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: nothing here repeats a mistake the lesson warns about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::PaletteDock</name>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a kind onto the canvas to add a store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::PatternTableModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other entity a join or transaction touches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New access pattern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::Placement</name>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entity %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::ProjectIO</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object for the project, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;storemap&quot;; this is not a Storemap project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has format version %1, written by a newer Storemap; this version reads version %2. Open it with a newer Storemap; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected version 1, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object such as {&quot;users&quot;: 1000}, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate entity id %1; every entity needs its own id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to entity %1, which is not defined in &quot;entities&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids may not contain control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of users, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected between %1 and %2 users, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value %1; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate store id %1; every store needs its own id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown store kind %1; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to store %1, which is not defined in &quot;stores&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 patterns; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an access pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; expected a Storemap project (a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels; a Storemap project never nests that deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MiB; project files may be at most %3 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Storemap (%2); it was not overwritten. Save under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write %1: %2; the previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::Report</name>
    <message>
        <source>Fits %1 better: %2 against %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 users: overall fit %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complexity: %1 (%2) against a budget of %3

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (best: %1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested layout at %1 users: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall fit %1, complexity %2 against a budget of %3

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (moves from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Why:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Rejected:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::ScaleControl</name>
    <message>
        <source>&amp;Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected users (logarithmic): sets how much operational complexity the project can afford.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected users, 100 to 1,000,000,000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::Scoring</name>
    <message>
        <source>No access patterns: neutral 50 (identify access patterns first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (%3, weight %4): %5 on %6. %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load of &quot;%1&quot; (%2) at %3 users: %4 for scaling &apos;%5&apos;. %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema %1 on schema &apos;%2&apos;: %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical data on durability &apos;%1&apos;: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 data at latency %2: %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storemap::StoreItem</name>
    <message>
        <source>%1 (%2)
Drop an entity here to store it on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities without a store. Drag them onto a store to place them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entity has a store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag these onto a store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
