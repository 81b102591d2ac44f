<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>storemap::AdviceDialog</name>
    <message>
        <source>Suggested layout</source>
        <translation>建议的布局</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;At %2 users: overall fit &lt;b&gt;%3&lt;/b&gt;, complexity &lt;b&gt;%4&lt;/b&gt; of a budget of &lt;b&gt;%5&lt;/b&gt;.</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;在 %2 用户时：总体适配度 &lt;b&gt;%3&lt;/b&gt;，复杂度 &lt;b&gt;%4&lt;/b&gt;，预算 &lt;b&gt;%5&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>new store</source>
        <translation>新存储</translation>
    </message>
    <message>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>不再需要</translation>
    </message>
    <message>
        <source>No store appears or goes.</source>
        <translation>没有新增或移除的存储。</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation>未放置</translation>
    </message>
    <message>
        <source>fit %1</source>
        <translation>适配度 %1</translation>
    </message>
    <message>
        <source>Every entity stays where it is.</source>
        <translation>每个实体都保持原位。</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Runners-up it rejected</source>
        <translation>被否决的方案</translation>
    </message>
    <message>
        <source>No other layout fits the budget.</source>
        <translation>没有其他布局符合预算。</translation>
    </message>
    <message>
        <source>&amp;Apply layout</source>
        <translation>应用布局(&amp;A)</translation>
    </message>
</context>
<context>
    <name>storemap::Advisor</name>
    <message>
        <source>The project has no entities: nothing to place.</source>
        <translation>项目中没有实体：没有可放置的内容。</translation>
    </message>
    <message>
        <source>Budget at %1 users: %2. %3</source>
        <translation>%1 用户时的预算：%2。%3</translation>
    </message>
    <message>
        <source>%1 holds %2.</source>
        <translation>%1 存放 %2。</translation>
    </message>
    <message>
        <source>Binary data goes to object storage (%1). Lesson: never store binary files in the database.</source>
        <translation>二进制数据放入对象存储（%1）。课程：永远不要把二进制文件存进数据库。</translation>
    </message>
    <message>
        <source>%1 would serve equally well; ties go to the kind listed first in the catalog (the lesson&apos;s five come first).</source>
        <translation>%1 同样适用；得分相同时，选择目录中排在前面的存储类型（课程中的五种排在最前）。</translation>
    </message>
    <message>
        <source>%1: overall fit %2 at cost %3, value %4 against %5.</source>
        <translation>%1：总体适配度 %2，成本 %3，价值 %4，而所选方案为 %5。</translation>
    </message>
    <message>
        <source>%1: overall fit %2, but its cost %3 exceeds the budget of %4 at %5 users.</source>
        <translation>%1：总体适配度 %2，但其成本 %3 超出了 %5 用户时的预算 %4。</translation>
    </message>
    <message>
        <source>Chose %1: overall fit %2 (each entity weighted by its traffic) at complexity cost %3 and seams %4: value %5 = fit - seams - %6 x cost, the best of %7 affordable layouts that its own check does not flag.</source>
        <translation>选择 %1：总体适配度 %2（每个实体按其流量加权），复杂度成本 %3，接缝 %4：价值 %5 = 适配度 - 接缝 - %6 x 成本，是 %7 种可负担布局中自身检查不会标记的最佳方案。</translation>
    </message>
    <message>
        <source>The advice would change at about %1 users, where the budget affords %2 (value %3).</source>
        <translation>在约 %1 用户时建议会改变，届时预算可负担 %2（价值 %3）。</translation>
    </message>
    <message>
        <source>Passed over %1 (value %2): its own check would raise %3.</source>
        <translation>跳过了 %1（价值 %2）：自身检查会报告 %3。</translation>
    </message>
    <message>
        <source>Without it the overall fit drops by %1 points (seams included) for %2 less cost, worth %3 points at this scale; it earns its place while the first is larger.</source>
        <translation>没有它，总体适配度（含接缝）下降 %1 分，成本减少 %2，在此规模下相当于 %3 分；只要前者更大，它就值得保留。</translation>
    </message>
    <message>
        <source>Opens the seam &quot;%1&quot; (%2) between %3 on %4 and %5 on %6: it costs %7 points, while one store for both would cost %8. The application joins or keeps them consistent itself.</source>
        <translation>打开接缝 &quot;%1&quot;（%2），位于 %4 上的 %3 与 %6 上的 %5 之间：其代价为 %7 分，而把两者放在同一存储上的代价为 %8 分。应用需自行连接它们或保持一致。</translation>
    </message>
    <message>
        <source>Remains: %1 on %2, because none of the %3 best affordable layouts avoids it: %4</source>
        <translation>仍然存在：%2 上的 %1，因为 %3 个最佳可负担布局都无法避免它：%4</translation>
    </message>
    <message>
        <source>the layout</source>
        <translation>该布局</translation>
    </message>
    <message>
        <source>%1 instead of %2 saves %3 a month at an equal fit</source>
        <translation>以同等适配度，用 %1 代替 %2 每月节省 %3</translation>
    </message>
    <message>
        <source> at %1 GB of egress a month</source>
        <translation>，每月出站流量 %1 GB</translation>
    </message>
    <message>
        <source> (the catalog&apos;s dated prices; money only breaks ties of fit).</source>
        <translation>（按目录中注明日期的价格；金钱只在适配度相同时决定）。</translation>
    </message>
    <message>
        <source>The team already operates %1: each counts %2% of its burden. %3</source>
        <translation>团队已在运行 %1：每种只计其负担的 %2%。%3</translation>
    </message>
    <message>
        <source>%1 would serve equally well for %2 a month less, below the %3 a month from which money decides; ties go to the kind listed first in the catalog (the lesson&apos;s five come first).</source>
        <translation>%1 同样合适，每月便宜 %2，但低于金钱起决定作用的每月 %3；平局时取目录中排在前面的类型（课程的五种在前）。</translation>
    </message>
</context>
<context>
    <name>storemap::AppLayerItem</name>
    <message>
        <source>Application Layer</source>
        <translation>应用层</translation>
    </message>
    <message>
        <source>Your application: it talks to every store below it. Double-click to rename the project.</source>
        <translation>您的应用：它与下方的每个存储通信。双击可重命名项目。</translation>
    </message>
</context>
<context>
    <name>storemap::CanvasScene</name>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>删除 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 users</source>
        <translation>%1 · %2 用户</translation>
    </message>
</context>
<context>
    <name>storemap::CanvasView</name>
    <message>
        <source>Drag chips between stores; Ctrl+wheel zooms; Delete removes the selection.</source>
        <translation>在存储之间拖动实体；Ctrl+滚轮缩放；按 Delete 删除所选内容。</translation>
    </message>
</context>
<context>
    <name>storemap::Catalog</name>
    <message>
        <source>Data model</source>
        <translation>数据模型</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Query power</source>
        <translation>查询能力</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>扩展性</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Durability</source>
        <translation>持久性</translation>
    </message>
    <message>
        <source>Cost model</source>
        <translation>成本模型</translation>
    </message>
    <message>
        <source>Best for</source>
        <translation>最适合</translation>
    </message>
    <message>
        <source>Avoid for</source>
        <translation>不适合</translation>
    </message>
</context>
<context>
    <name>storemap::CatalogText</name>
    <message>
        <source>Each step up is a few times more traffic, so each step doubles a pattern&apos;s weight in the fit: the lesson maps the very-high patterns (rate limits, page views) to dedicated stores.</source>
        <translation>每升一级意味着数倍的流量，因此每一级都会使该模式在适配度中的权重翻倍：课程把 very-high 模式（限流、页面浏览）映射到专用存储。</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>很高</translation>
    </message>
    <message>
        <source>Lookup by key</source>
        <translation>按键查找</translation>
    </message>
    <message>
        <source>Lesson step 1: &apos;Get user by email&apos;.</source>
        <translation>课程第 1 步：“按邮箱获取用户”。</translation>
    </message>
    <message>
        <source>One-to-many join</source>
        <translation>一对多连接</translation>
    </message>
    <message>
        <source>Lesson step 1: &apos;Get user&apos;s orders&apos;.</source>
        <translation>课程第 1 步：“获取用户的订单”。</translation>
    </message>
    <message>
        <source>Full-text search</source>
        <translation>全文搜索</translation>
    </message>
    <message>
        <source>Lesson step 1: &apos;Search products by text&apos;.</source>
        <translation>课程第 1 步：“按文本搜索商品”。</translation>
    </message>
    <message>
        <source>Binary blob</source>
        <translation>二进制大对象</translation>
    </message>
    <message>
        <source>Lesson step 1: &apos;Store user avatar&apos;.</source>
        <translation>课程第 1 步：“存储用户头像”。</translation>
    </message>
    <message>
        <source>Increment counter</source>
        <translation>计数器递增</translation>
    </message>
    <message>
        <source>Lesson step 1: &apos;Check rate limit&apos;.</source>
        <translation>课程第 1 步：“检查限流”。</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>聚合</translation>
    </message>
    <message>
        <source>Lesson step 1: &apos;Get monthly revenue&apos;.</source>
        <translation>课程第 1 步：“获取月收入”。</translation>
    </message>
    <message>
        <source>Append-only write</source>
        <translation>只追加写入</translation>
    </message>
    <message>
        <source>Lesson step 1: &apos;Track page view&apos;.</source>
        <translation>课程第 1 步：“记录页面浏览”。</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>事务</translation>
    </message>
    <message>
        <source>Lesson: &apos;You need transactions&apos; (PostgreSQL&apos;s use-when).</source>
        <translation>课程：“需要事务时”（PostgreSQL 的适用场景）。</translation>
    </message>
    <message>
        <source>Publish/subscribe</source>
        <translation>发布/订阅</translation>
    </message>
    <message>
        <source>Lesson: Redis &apos;Pub/Sub (real-time messaging)&apos;.</source>
        <translation>课程：Redis“Pub/Sub（实时消息）”。</translation>
    </message>
    <message>
        <source>Ad-hoc query</source>
        <translation>即席查询</translation>
    </message>
    <message>
        <source>Lesson: DynamoDB &apos;Avoid for ad-hoc queries or complex reporting&apos;.</source>
        <translation>课程：DynamoDB“避免用于即席查询或复杂报表”。</translation>
    </message>
    <message>
        <source>Flexible-schema data gains up to 15 points on stores whose schema is flexible (lesson: MongoDB when schema varies across records) and loses on strict ones; fixed-schema data gains up to 5 points on strict schemas.</source>
        <translation>灵活模式的数据在模式灵活的存储上最多加 15 分（课程：记录之间模式各不相同时用 MongoDB），在模式严格的存储上扣分；固定模式的数据在严格模式上最多加 5 分。</translation>
    </message>
    <message>
        <source>Critical data loses 0.8 points per durability rating point below 80 (lesson: Redis is not for durable storage; data in Redis should be data you can afford to lose).</source>
        <translation>持久性评分低于 80 时，关键数据每低 1 分扣 0.8 分（课程：Redis 不适合持久存储；放在 Redis 里的数据应当是丢了也能承受的数据）。</translation>
    </message>
    <message>
        <source>Each kind beyond the first adds a seam: another client, another failure mode, data the application must keep consistent across stores (lesson: the cost of polyglot persistence is the operational burden).</source>
        <translation>每多一种存储类型就多一道接缝：多一个客户端、多一种故障模式、多一份需要应用在存储之间保持一致的数据（课程：多语言持久化的代价在于运维负担）。</translation>
    </message>
    <message>
        <source>The lesson&apos;s five storage options and decision matrix.</source>
        <translation>课程中的五种存储选项及决策矩阵。</translation>
    </message>
    <message>
        <source>Relational tables</source>
        <translation>关系型表</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>严格</translation>
    </message>
    <message>
        <source>Very high (SQL)</source>
        <translation>很高（SQL）</translation>
    </message>
    <message>
        <source>Vertical (read replicas help)</source>
        <translation>垂直（只读副本有帮助）</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>1-10ms</source>
        <translation>1-10ms</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Per server/instance</source>
        <translation>按服务器/实例</translation>
    </message>
    <message>
        <source>Core business data</source>
        <translation>核心业务数据</translation>
    </message>
    <message>
        <source>Unstructured blobs</source>
        <translation>非结构化大对象</translation>
    </message>
    <message>
        <source>Matrix: query power &apos;Very high (SQL)&apos;.</source>
        <translation>矩阵：查询能力“很高（SQL）”。</translation>
    </message>
    <message>
        <source>Matrix: scaling &apos;Vertical (read replicas help)&apos;: one primary takes every write.</source>
        <translation>矩阵：扩展性“垂直（只读副本有帮助）”：所有写入都由一个主库承担。</translation>
    </message>
    <message>
        <source>Matrix: consistency &apos;Strong&apos;; ACID transactions.</source>
        <translation>矩阵：一致性“强”；ACID 事务。</translation>
    </message>
    <message>
        <source>Matrix: latency 1-10ms.</source>
        <translation>矩阵：延迟 1-10ms。</translation>
    </message>
    <message>
        <source>Matrix: durability &apos;Excellent&apos;.</source>
        <translation>矩阵：持久性“优秀”。</translation>
    </message>
    <message>
        <source>Matrix: schema &apos;Strict&apos;, though JSONB gives flexible JSON inside SQL (lesson&apos;s users.preferences).</source>
        <translation>矩阵：模式“严格”，不过 JSONB 可在 SQL 中提供灵活的 JSON（课程中的 users.preferences）。</translation>
    </message>
    <message>
        <source>Matrix: cost model &apos;Per server/instance&apos;: a server you monitor, back up and upgrade yourself.</source>
        <translation>矩阵：成本模型“按服务器/实例”：需要您自己监控、备份和升级的服务器。</translation>
    </message>
    <message>
        <source>Lesson step 2: lookup-by-key -&gt; PostgreSQL; indexed key reads in 1-10ms.</source>
        <translation>课程第 2 步：lookup-by-key -&gt; PostgreSQL；带索引的按键读取耗时 1-10ms。</translation>
    </message>
    <message>
        <source>Lesson step 2: one-to-many-join -&gt; PostgreSQL; JOINs and relational data are its strength.</source>
        <translation>课程第 2 步：one-to-many-join -&gt; PostgreSQL；JOIN 和关系型数据是它的强项。</translation>
    </message>
    <message>
        <source>Lesson: full-text search is built into PostgreSQL (to_tsvector / to_tsquery).</source>
        <translation>课程：PostgreSQL 内置全文搜索（to_tsvector / to_tsquery）。</translation>
    </message>
    <message>
        <source>Lesson: never store binary files in the database; &apos;Avoid for: unstructured blobs&apos;.</source>
        <translation>课程：永远不要把二进制文件存进数据库；“不适合：非结构化大对象”。</translation>
    </message>
    <message>
        <source>Works (UPDATE ... SET n = n + 1), but every hit is a row lock and a durable write.</source>
        <translation>可行（UPDATE ... SET n = n + 1），但每次计数都意味着一次行锁和一次持久写入。</translation>
    </message>
    <message>
        <source>Lesson step 2: aggregation -&gt; PostgreSQL; query power &apos;Very high (SQL)&apos;.</source>
        <translation>课程第 2 步：aggregation -&gt; PostgreSQL；查询能力“很高（SQL）”。</translation>
    </message>
    <message>
        <source>Inserts are cheap at modest volume; scaling is vertical, so very high write volume needs another store.</source>
        <translation>写入量适中时插入成本很低；但它是垂直扩展，写入量很高时需要另一种存储。</translation>
    </message>
    <message>
        <source>Lesson: use PostgreSQL when you need transactions; ACID-compliant.</source>
        <translation>课程：需要事务时使用 PostgreSQL；符合 ACID。</translation>
    </message>
    <message>
        <source>LISTEN/NOTIFY exists, but PostgreSQL is not a message broker.</source>
        <translation>虽有 LISTEN/NOTIFY，但 PostgreSQL 不是消息代理。</translation>
    </message>
    <message>
        <source>Matrix: query power &apos;Very high (SQL)&apos;; complex queries are PostgreSQL&apos;s &apos;use when&apos;.</source>
        <translation>矩阵：查询能力“很高（SQL）”；复杂查询正是 PostgreSQL 的适用场景。</translation>
    </message>
    <message>
        <source>JSON documents</source>
        <translation>JSON 文档</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>灵活</translation>
    </message>
    <message>
        <source>Medium (aggregation)</source>
        <translation>中等（聚合）</translation>
    </message>
    <message>
        <source>Horizontal (sharding)</source>
        <translation>水平（分片）</translation>
    </message>
    <message>
        <source>Configurable</source>
        <translation>可配置</translation>
    </message>
    <message>
        <source>Flexible content</source>
        <translation>灵活内容</translation>
    </message>
    <message>
        <source>Complex transactions</source>
        <translation>复杂事务</translation>
    </message>
    <message>
        <source>Matrix: query power &apos;Medium (aggregation)&apos;.</source>
        <translation>矩阵：查询能力“中等（聚合）”。</translation>
    </message>
    <message>
        <source>Matrix: scaling &apos;Horizontal (sharding)&apos;; sharding is built in.</source>
        <translation>矩阵：扩展性“水平（分片）”；内置分片。</translation>
    </message>
    <message>
        <source>Matrix: consistency &apos;Configurable&apos;.</source>
        <translation>矩阵：一致性“可配置”。</translation>
    </message>
    <message>
        <source>Matrix: schema &apos;Flexible&apos;: each document can have a different shape.</source>
        <translation>矩阵：模式“灵活”：每个文档可以有不同的结构。</translation>
    </message>
    <message>
        <source>Matrix: cost model &apos;Per server/instance&apos;, plus a sharded cluster to operate: servers, shards and their balancing.</source>
        <translation>矩阵：成本模型“按服务器/实例”，另需运维一个分片集群：服务器、分片及其均衡。</translation>
    </message>
    <message>
        <source>Indexed document reads by key in 1-10ms (matrix latency).</source>
        <translation>带索引的按键文档读取耗时 1-10ms（矩阵中的延迟）。</translation>
    </message>
    <message>
        <source>Embed or $lookup; query power only &apos;Medium (aggregation)&apos;.</source>
        <translation>内嵌或 $lookup；查询能力只有“中等（聚合）”。</translation>
    </message>
    <message>
        <source>Text indexes exist; query power &apos;Medium&apos;.</source>
        <translation>支持文本索引；查询能力“中等”。</translation>
    </message>
    <message>
        <source>Lesson: never store binary files in the database; use object storage and keep the key.</source>
        <translation>课程：永远不要把二进制文件存进数据库；使用对象存储，只保留键。</translation>
    </message>
    <message>
        <source>Atomic $inc on a document field.</source>
        <translation>对文档字段执行原子 $inc。</translation>
    </message>
    <message>
        <source>Aggregation pipeline; query power &apos;Medium (aggregation)&apos;.</source>
        <translation>聚合管道；查询能力“中等（聚合）”。</translation>
    </message>
    <message>
        <source>Horizontal sharding spreads write volume.</source>
        <translation>水平分片可分摊写入量。</translation>
    </message>
    <message>
        <source>Matrix: &apos;Avoid for: complex transactions&apos;.</source>
        <translation>矩阵：“不适合：复杂事务”。</translation>
    </message>
    <message>
        <source>Change streams can notify, but it is not a message broker.</source>
        <translation>Change Streams 可以发出通知，但它不是消息代理。</translation>
    </message>
    <message>
        <source>Lesson: query nested fields directly; query power &apos;Medium&apos;.</source>
        <translation>课程：可直接查询嵌套字段；查询能力“中等”。</translation>
    </message>
    <message>
        <source>Key-value / document</source>
        <translation>键值/文档</translation>
    </message>
    <message>
        <source>Flexible with key design</source>
        <translation>灵活（取决于键设计）</translation>
    </message>
    <message>
        <source>Low (key-based)</source>
        <translation>低（基于键）</translation>
    </message>
    <message>
        <source>Horizontal (automatic)</source>
        <translation>水平（自动）</translation>
    </message>
    <message>
        <source>Per request or capacity</source>
        <translation>按请求或容量</translation>
    </message>
    <message>
        <source>Serverless, high scale</source>
        <translation>无服务器、大规模</translation>
    </message>
    <message>
        <source>Ad-hoc queries</source>
        <translation>即席查询</translation>
    </message>
    <message>
        <source>Matrix: query power &apos;Low (key-based)&apos;.</source>
        <translation>矩阵：查询能力“低（基于键）”。</translation>
    </message>
    <message>
        <source>Matrix: scaling &apos;Horizontal (automatic)&apos;; predictable performance at any scale.</source>
        <translation>矩阵：扩展性“水平（自动）”；任意规模下性能都可预测。</translation>
    </message>
    <message>
        <source>Matrix: schema &apos;Flexible with key design&apos;.</source>
        <translation>矩阵：模式“灵活（取决于键设计）”。</translation>
    </message>
    <message>
        <source>Lesson: fully managed (AWS handles scaling, replication, availability), but tables must be designed around access patterns up front.</source>
        <translation>课程：全托管（AWS 负责扩展、复制和可用性），但必须预先围绕访问模式设计表。</translation>
    </message>
    <message>
        <source>Lesson: DynamoDB fits well-defined, primarily key-based lookups with predictable performance.</source>
        <translation>课程：DynamoDB 适合定义明确、以按键查找为主并要求性能可预测的场景。</translation>
    </message>
    <message>
        <source>Query power &apos;Low (key-based)&apos;: no text search.</source>
        <translation>查询能力“低（基于键）”：不支持文本搜索。</translation>
    </message>
    <message>
        <source>Lesson: never store binary files in the database (items are also capped at 400 KB).</source>
        <translation>课程：永远不要把二进制文件存进数据库（而且单个项目上限为 400 KB）。</translation>
    </message>
    <message>
        <source>Atomic counters through UpdateItem, paid per request.</source>
        <translation>通过 UpdateItem 实现原子计数器，按请求计费。</translation>
    </message>
    <message>
        <source>Matrix: &apos;Avoid for: ad-hoc queries&apos;; lesson: avoid for complex reporting.</source>
        <translation>矩阵：“不适合：即席查询”；课程：避免用于复杂报表。</translation>
    </message>
    <message>
        <source>Lesson step 2: very-high append-only -&gt; DynamoDB; write throughput matters more than query flexibility.</source>
        <translation>课程第 2 步：very-high append-only -&gt; DynamoDB；写入吞吐量比查询灵活性更重要。</translation>
    </message>
    <message>
        <source>Transactions exist but are limited and key-based; consistency &apos;Configurable&apos;.</source>
        <translation>支持事务，但有限制且基于键；一致性“可配置”。</translation>
    </message>
    <message>
        <source>DynamoDB Streams can feed consumers, but it is not a message broker.</source>
        <translation>DynamoDB Streams 可以向消费者提供数据，但它不是消息代理。</translation>
    </message>
    <message>
        <source>Matrix: DynamoDB &apos;Avoid for: ad-hoc queries&apos;.</source>
        <translation>矩阵：DynamoDB“不适合：即席查询”。</translation>
    </message>
    <message>
        <source>Key-value + structures</source>
        <translation>键值 + 数据结构</translation>
    </message>
    <message>
        <source>Schema-less</source>
        <translation>无模式</translation>
    </message>
    <message>
        <source>Horizontal (cluster)</source>
        <translation>水平（集群）</translation>
    </message>
    <message>
        <source>Strong (single-node)</source>
        <translation>强（单节点）</translation>
    </message>
    <message>
        <source>&lt;1ms</source>
        <translation>&lt;1ms</translation>
    </message>
    <message>
        <source>Volatile by default</source>
        <translation>默认易失</translation>
    </message>
    <message>
        <source>Caching, real-time</source>
        <translation>缓存、实时</translation>
    </message>
    <message>
        <source>Durable primary storage</source>
        <translation>持久的主存储</translation>
    </message>
    <message>
        <source>Matrix: scaling &apos;Horizontal (cluster)&apos;.</source>
        <translation>矩阵：扩展性“水平（集群）”。</translation>
    </message>
    <message>
        <source>Matrix: consistency &apos;Strong (single-node)&apos;.</source>
        <translation>矩阵：一致性“强（单节点）”。</translation>
    </message>
    <message>
        <source>Matrix: latency &lt;1ms: sub-millisecond reads.</source>
        <translation>矩阵：延迟 &lt;1ms：亚毫秒级读取。</translation>
    </message>
    <message>
        <source>Matrix: durability &apos;Volatile by default&apos;; edge case: eviction can drop keys even with RDB/AOF persistence.</source>
        <translation>矩阵：持久性“默认易失”；边界情况：即使开启 RDB/AOF 持久化，淘汰机制也可能丢弃键。</translation>
    </message>
    <message>
        <source>Matrix: schema &apos;Schema-less&apos;.</source>
        <translation>矩阵：模式“无模式”。</translation>
    </message>
    <message>
        <source>Matrix: cost model &apos;Per server/instance&apos;; memory limits and eviction policy to watch.</source>
        <translation>矩阵：成本模型“按服务器/实例”；需要留意内存上限和淘汰策略。</translation>
    </message>
    <message>
        <source>Lesson: Redis gives sub-millisecond reads by key (caching, sessions).</source>
        <translation>课程：Redis 提供亚毫秒级的按键读取（缓存、会话）。</translation>
    </message>
    <message>
        <source>Key-based only: the application does the join.</source>
        <translation>只能按键访问：由应用自行完成连接。</translation>
    </message>
    <message>
        <source>Key-based; text search needs an add-on module.</source>
        <translation>基于键；文本搜索需要附加模块。</translation>
    </message>
    <message>
        <source>In memory and volatile: blobs crowd out the cache and can be evicted.</source>
        <translation>数据在内存中且易失：大对象会挤占缓存，还可能被淘汰。</translation>
    </message>
    <message>
        <source>Lesson step 2: increment-counter -&gt; Redis (rate limiting: count API calls per user).</source>
        <translation>课程第 2 步：increment-counter -&gt; Redis（限流：按用户统计 API 调用次数）。</translation>
    </message>
    <message>
        <source>Key-based: only aggregates you pre-compute yourself.</source>
        <translation>基于键：只有您自己预先计算的聚合。</translation>
    </message>
    <message>
        <source>MULTI/EXEC has no rollback, and the data is volatile.</source>
        <translation>MULTI/EXEC 不支持回滚，而且数据是易失的。</translation>
    </message>
    <message>
        <source>Lesson: Redis pub/sub for real-time messaging.</source>
        <translation>课程：Redis 发布/订阅用于实时消息。</translation>
    </message>
    <message>
        <source>Query power &apos;Low (key-based)&apos;.</source>
        <translation>查询能力“低（基于键）”。</translation>
    </message>
    <message>
        <source>Binary objects</source>
        <translation>二进制对象</translation>
    </message>
    <message>
        <source>N/A (files)</source>
        <translation>不适用（文件）</translation>
    </message>
    <message>
        <source>None (get/put by key)</source>
        <translation>无（按键 get/put）</translation>
    </message>
    <message>
        <source>Infinite (managed)</source>
        <translation>无限（托管）</translation>
    </message>
    <message>
        <source>Eventual (strong available)</source>
        <translation>最终一致（可选强一致）</translation>
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
        <translation>按存储 GB + 传输量计费</translation>
    </message>
    <message>
        <source>Files, backups, static assets</source>
        <translation>文件、备份、静态资源</translation>
    </message>
    <message>
        <source>Structured data queries</source>
        <translation>结构化数据查询</translation>
    </message>
    <message>
        <source>Matrix: query power &apos;None (get/put by key)&apos;.</source>
        <translation>矩阵：查询能力“无（按键 get/put）”。</translation>
    </message>
    <message>
        <source>Matrix: scaling &apos;Infinite (managed)&apos;.</source>
        <translation>矩阵：扩展性“无限（托管）”。</translation>
    </message>
    <message>
        <source>Matrix: consistency &apos;Eventual (strong available)&apos;.</source>
        <translation>矩阵：一致性“最终一致（可选强一致）”。</translation>
    </message>
    <message>
        <source>Matrix: latency 50-200ms.</source>
        <translation>矩阵：延迟 50-200ms。</translation>
    </message>
    <message>
        <source>Matrix: durability 99.999999999% (eleven nines).</source>
        <translation>矩阵：持久性 99.999999999%（11 个 9）。</translation>
    </message>
    <message>
        <source>Matrix: schema &apos;N/A (files)&apos;: neither helps nor hurts.</source>
        <translation>矩阵：模式“不适用（文件）”：既无帮助也无妨碍。</translation>
    </message>
    <message>
        <source>Matrix: cost model &apos;Per GB stored + transfer&apos;; managed, nothing to patch or fail over.</source>
        <translation>矩阵：成本模型“按存储 GB + 传输量计费”；托管服务，无需打补丁或故障切换。</translation>
    </message>
    <message>
        <source>Get by key works but at 50-200ms: fine for files, slow for records.</source>
        <translation>可以按键获取，但耗时 50-200ms：存文件可以，存记录太慢。</translation>
    </message>
    <message>
        <source>Query power &apos;None (get/put by key)&apos;.</source>
        <translation>查询能力“无（按键 get/put）”。</translation>
    </message>
    <message>
        <source>Query power &apos;None&apos;; &apos;Avoid for: structured data queries&apos;.</source>
        <translation>查询能力“无”；“不适合：结构化数据查询”。</translation>
    </message>
    <message>
        <source>Lesson step 2: binary-blob -&gt; S3; cheap, eleven nines durable, scales infinitely.</source>
        <translation>课程第 2 步：binary-blob -&gt; S3；便宜、11 个 9 的持久性、可无限扩展。</translation>
    </message>
    <message>
        <source>Objects are replaced whole; there is no in-place increment.</source>
        <translation>对象只能整体替换；不支持原地递增。</translation>
    </message>
    <message>
        <source>Only as batched objects at 50-200ms per put; no append in place.</source>
        <translation>只能以批量对象的形式写入，每次 put 耗时 50-200ms；不支持原地追加。</translation>
    </message>
    <message>
        <source>No transactions across objects.</source>
        <translation>不支持跨对象的事务。</translation>
    </message>
    <message>
        <source>Only bucket event notifications.</source>
        <translation>只有存储桶事件通知。</translation>
    </message>
    <message>
        <source>Matrix: S3 &apos;Avoid for: structured data queries&apos;.</source>
        <translation>矩阵：S3“不适合：结构化数据查询”。</translation>
    </message>
    <message>
        <source>Named by the lesson: &apos;full-text-search -&gt; PostgreSQL (or Elasticsearch for advanced)&apos;.</source>
        <translation>课程中提到：“full-text-search -&gt; PostgreSQL（高级场景用 Elasticsearch）”。</translation>
    </message>
    <message>
        <source>JSON documents in inverted indexes</source>
        <translation>倒排索引中的 JSON 文档</translation>
    </message>
    <message>
        <source>Flexible (dynamic mappings)</source>
        <translation>灵活（动态映射）</translation>
    </message>
    <message>
        <source>High for search and aggregations</source>
        <translation>高（搜索与聚合）</translation>
    </message>
    <message>
        <source>Horizontal (shards and replicas)</source>
        <translation>水平（分片与副本）</translation>
    </message>
    <message>
        <source>Eventual (near real-time refresh)</source>
        <translation>最终一致（近实时刷新）</translation>
    </message>
    <message>
        <source>1-10ms for searches</source>
        <translation>搜索 1-10ms</translation>
    </message>
    <message>
        <source>Good (replicas), usually rebuilt from a primary store</source>
        <translation>良好（有副本），通常从主存储重建</translation>
    </message>
    <message>
        <source>Advanced full-text search</source>
        <translation>高级全文搜索</translation>
    </message>
    <message>
        <source>Primary storage, transactions</source>
        <translation>主存储、事务</translation>
    </message>
    <message>
        <source>Public fact: full-text relevance search and aggregations are its core features.</source>
        <translation>公开事实：全文相关性搜索和聚合是其核心功能。</translation>
    </message>
    <message>
        <source>Public fact: an index is split into shards spread across nodes.</source>
        <translation>公开事实：索引被拆分为分片，分布在各个节点上。</translation>
    </message>
    <message>
        <source>Public fact: near real-time; a write becomes searchable after a refresh (default 1 s).</source>
        <translation>公开事实：近实时；写入在刷新后才可被搜索到（默认 1 秒）。</translation>
    </message>
    <message>
        <source>Public fact: searches typically return in milliseconds.</source>
        <translation>公开事实：搜索通常在毫秒级返回。</translation>
    </message>
    <message>
        <source>Public fact: replicated, but commonly treated as a secondary index rebuilt from the primary database.</source>
        <translation>公开事实：有副本，但通常被当作从主数据库重建的二级索引。</translation>
    </message>
    <message>
        <source>Public fact: dynamic mappings accept new fields.</source>
        <translation>公开事实：动态映射可接受新字段。</translation>
    </message>
    <message>
        <source>Lesson: one more cluster to monitor, back up, upgrade and debug at 3 AM (the lesson lists it among the five databases a 100-user app does not need).</source>
        <translation>课程：又多一个需要监控、备份、升级并在凌晨 3 点调试的集群（课程将它列入 100 个用户的应用并不需要的五种数据库之中）。</translation>
    </message>
    <message>
        <source>Can fetch a document by id, but it is a search index, not a key-value store.</source>
        <translation>可以按 id 获取文档，但它是搜索索引，不是键值存储。</translation>
    </message>
    <message>
        <source>No real joins; documents must be denormalised.</source>
        <translation>没有真正的连接；文档必须反规范化。</translation>
    </message>
    <message>
        <source>Lesson: Elasticsearch for advanced full-text search.</source>
        <translation>课程：高级全文搜索用 Elasticsearch。</translation>
    </message>
    <message>
        <source>A search index is no place for files.</source>
        <translation>搜索索引不是存放文件的地方。</translation>
    </message>
    <message>
        <source>Every update re-indexes a document.</source>
        <translation>每次更新都会重新索引文档。</translation>
    </message>
    <message>
        <source>Aggregations are a core search-engine feature.</source>
        <translation>聚合是搜索引擎的核心功能。</translation>
    </message>
    <message>
        <source>Log ingestion is common, but every write is indexed.</source>
        <translation>常用于日志采集，但每次写入都要建立索引。</translation>
    </message>
    <message>
        <source>No multi-document transactions; a search index, not a system of record.</source>
        <translation>不支持多文档事务；它是搜索索引，不是权威数据源。</translation>
    </message>
    <message>
        <source>A search engine has no publish/subscribe messaging.</source>
        <translation>搜索引擎没有发布/订阅消息功能。</translation>
    </message>
    <message>
        <source>Flexible queries over indexed fields.</source>
        <translation>可对已索引字段进行灵活查询。</translation>
    </message>
    <message>
        <source>Named by the lesson: &apos;append-only-write at very high frequency -&gt; DynamoDB (or Kafka)&apos;.</source>
        <translation>课程中提到：“append-only-write 在很高频率时 -&gt; DynamoDB（或 Kafka）”。</translation>
    </message>
    <message>
        <source>Append-only log of records</source>
        <translation>只追加的记录日志</translation>
    </message>
    <message>
        <source>Schema-less (bytes; optional registry)</source>
        <translation>无模式（字节；可选注册表）</translation>
    </message>
    <message>
        <source>None (read by offset)</source>
        <translation>无（按偏移量读取）</translation>
    </message>
    <message>
        <source>Horizontal (partitions)</source>
        <translation>水平（分区）</translation>
    </message>
    <message>
        <source>Ordered per partition</source>
        <translation>分区内有序</translation>
    </message>
    <message>
        <source>Excellent (replicated, retention-bound)</source>
        <translation>优秀（多副本，受保留期限制）</translation>
    </message>
    <message>
        <source>Per broker/instance</source>
        <translation>按 Broker/实例</translation>
    </message>
    <message>
        <source>Event streams, high write volume</source>
        <translation>事件流、高写入量</translation>
    </message>
    <message>
        <source>Lookups and queries</source>
        <translation>查找和查询</translation>
    </message>
    <message>
        <source>Public fact: consumers read partitions by offset; there is no query language.</source>
        <translation>公开事实：消费者按偏移量读取分区；没有查询语言。</translation>
    </message>
    <message>
        <source>Public fact: topics are split into partitions spread across brokers.</source>
        <translation>公开事实：主题被拆分为分区，分布在各个 Broker 上。</translation>
    </message>
    <message>
        <source>Public fact: ordering is guaranteed within a partition.</source>
        <translation>公开事实：分区内保证顺序。</translation>
    </message>
    <message>
        <source>Public fact: low-millisecond produce/consume latency.</source>
        <translation>公开事实：生产/消费延迟为几毫秒。</translation>
    </message>
    <message>
        <source>Public fact: replicated log, kept for the configured retention period.</source>
        <translation>公开事实：日志有副本，按配置的保留期保存。</translation>
    </message>
    <message>
        <source>Public fact: records are opaque bytes.</source>
        <translation>公开事实：记录是不透明的字节。</translation>
    </message>
    <message>
        <source>Lesson: another system to operate; a broker cluster with partitions and consumers to monitor.</source>
        <translation>课程：又多一个需要运维的系统；一个需要监控分区和消费者的 Broker 集群。</translation>
    </message>
    <message>
        <source>A log is read by offset; there is no lookup by key.</source>
        <translation>日志按偏移量读取；不支持按键查找。</translation>
    </message>
    <message>
        <source>A log of records has no joins.</source>
        <translation>记录日志不支持连接。</translation>
    </message>
    <message>
        <source>A log is read by offset and cannot be searched.</source>
        <translation>日志按偏移量读取，无法搜索。</translation>
    </message>
    <message>
        <source>Records are meant to be small events, not files.</source>
        <translation>记录应是小型事件，而不是文件。</translation>
    </message>
    <message>
        <source>Append events and count them downstream; no atomic counter.</source>
        <translation>追加事件并在下游计数；没有原子计数器。</translation>
    </message>
    <message>
        <source>Stream processing can aggregate, but a log cannot be queried.</source>
        <translation>流处理可以做聚合，但日志本身无法查询。</translation>
    </message>
    <message>
        <source>Lesson step 2: very-high append-only -&gt; Kafka; an append-only log by design.</source>
        <translation>课程第 2 步：very-high append-only -&gt; Kafka；天生就是只追加日志。</translation>
    </message>
    <message>
        <source>Transactions serve exactly-once streaming, not business records.</source>
        <translation>事务用于精确一次（exactly-once）流处理，而非业务记录。</translation>
    </message>
    <message>
        <source>A durable publish/subscribe log with consumer groups.</source>
        <translation>持久的发布/订阅日志，支持消费者组。</translation>
    </message>
    <message>
        <source>A log cannot be queried ad hoc.</source>
        <translation>日志无法进行即席查询。</translation>
    </message>
    <message>
        <source>Named by the lesson: S3-compatible, zero egress fees.</source>
        <translation>课程中提到：兼容 S3，零出口流量费。</translation>
    </message>
    <message>
        <source>Per GB stored, zero egress fees</source>
        <translation>按存储 GB 计费，零出口流量费</translation>
    </message>
    <message>
        <source>Image-heavy apps, video streaming</source>
        <translation>图片密集型应用、视频流</translation>
    </message>
    <message>
        <source>S3-compatible API: get/put by key.</source>
        <translation>兼容 S3 的 API：按键 get/put。</translation>
    </message>
    <message>
        <source>Managed object storage like S3.</source>
        <translation>与 S3 类似的托管对象存储。</translation>
    </message>
    <message>
        <source>Public fact: R2 offers strong read-after-write consistency.</source>
        <translation>公开事实：R2 提供强读写一致性（read-after-write）。</translation>
    </message>
    <message>
        <source>Object storage latency as S3 (50-200ms).</source>
        <translation>对象存储延迟与 S3 相同（50-200ms）。</translation>
    </message>
    <message>
        <source>Public fact: designed for eleven nines like S3.</source>
        <translation>公开事实：与 S3 一样按 11 个 9 的持久性设计。</translation>
    </message>
    <message>
        <source>N/A (files).</source>
        <translation>不适用（文件）。</translation>
    </message>
    <message>
        <source>Lesson&apos;s &apos;Good to know&apos;: S3-compatible and managed; the same operational load as S3.</source>
        <translation>课程中的“小贴士”：兼容 S3 且为托管服务；运维负担与 S3 相同。</translation>
    </message>
    <message>
        <source>Get by key works but at object-storage latency (50-200ms).</source>
        <translation>可以按键获取，但延迟为对象存储级别（50-200ms）。</translation>
    </message>
    <message>
        <source>Lesson: S3-compatible object storage (R2), zero egress fees.</source>
        <translation>课程：兼容 S3 的对象存储（R2），零出口流量费。</translation>
    </message>
    <message>
        <source>Only as batched objects; no append in place.</source>
        <translation>只能以批量对象的形式写入；不支持原地追加。</translation>
    </message>
    <message>
        <source>Object storage has no publish/subscribe messaging.</source>
        <translation>对象存储没有发布/订阅消息功能。</translation>
    </message>
    <message>
        <source>Object storage cannot be queried.</source>
        <translation>对象存储无法查询。</translation>
    </message>
    <message>
        <source>Range scan</source>
        <translation>范围扫描</translation>
    </message>
    <message>
        <source>Lesson: DynamoDB &apos;all orders for a user&apos; (a query on the partition key with begins_with on the sort key).</source>
        <translation>课程：DynamoDB 的“某用户的所有订单”（按分区键查询，并对排序键使用 begins_with）。</translation>
    </message>
    <message>
        <source>An entity&apos;s hottest load-sensitive pattern (lookups, range scans, counters, appends, pub/sub) decides how hard it presses on its store as users x frequency grows: log10(users) + frequency level (low 0 .. very-high 3). Up to 8.5 (a million users at high) there is no pressure; at 10 (ten million users at very high) full pressure. A store whose scaling rating is below 60 loses up to 30 points (PostgreSQL scales vertically: one primary takes every write), a quarter of that for reads (lookups, range scans), which read replicas serve (lesson matrix: &apos;Vertical (read replicas help)&apos;; GitHub serves its reads from MySQL replicas, github.blog 2018-06-20); one above gains up to 5 (horizontal stores hold steady). Lesson: at high volume, append-only writes go to DynamoDB; Discord moved its messages to a wide-column store at tens of millions of users (discord.com/blog/how-discord-stores-billions-of-messages, 2017).</source>
        <translation>实体中负载最重的负载敏感模式（键查找、范围扫描、计数器、追加写、发布/订阅）决定了随着用户数 x 频率增长它对存储的压力：log10(用户数) + 频率等级（低 0 .. 很高 3）。8.5 以下（高频率下一百万用户）没有压力；到 10（很高频率下一千万用户）时压力满载。扩展性评分低于 60 的存储最多失去 30 分（PostgreSQL 纵向扩展：所有写入都由一个主库承担），读操作（键查找、范围扫描）只失去其四分之一，因为只读副本可以分担（课程矩阵：“纵向（只读副本有帮助）”；GitHub 用 MySQL 副本承担读流量，github.blog 2018-06-20）；评分高于 60 的存储最多加 5 分（横向扩展的存储保持稳定）。课程：高写入量下，只追加写入应交给 DynamoDB；Discord 在数千万用户时把消息迁到了宽列存储（discord.com/blog/how-discord-stores-billions-of-messages，2017）。</translation>
    </message>
    <message>
        <source>Ephemeral data (sessions, rate limits) and reconstructible data (caches, feeds, timelines, counters) move up to 16 points with a store&apos;s latency rating against 70: such data is read on every request and can be rebuilt, so it wants the fastest store, not the most durable one (lesson: Redis for sessions, fast auth checks on every request, and pre-computed caches; sub-millisecond reads. Instagram kept feeds and sessions in Redis at 14 million users, Twitter its home timelines at 150 million).</source>
        <translation>临时数据（会话、限流）和可重建数据（缓存、信息流、时间线、计数器）会根据存储的延迟评分相对 70 浮动最多 16 分：这类数据每次请求都会读取且可以重建，因此需要最快的存储，而不是最持久的存储（课程：Redis 用于会话、每次请求的快速认证检查和预计算缓存；亚毫秒级读取。Instagram 在 1400 万用户时把信息流和会话放在 Redis，Twitter 在 1.5 亿用户时把首页时间线放在 Redis）。</translation>
    </message>
    <message>
        <source>Up to 1,000 users the budget is 4, exactly PostgreSQL + S3 (lesson: a startup with 100 users starts with PostgreSQL + S3). Each tenfold growth to a million users adds 1.5: PostgreSQL + Redis + S3 (cost 7, the lesson&apos;s sweet spot) fits from 100,000 users. Beyond a million users each tenfold adds 3.5: such a company runs a platform team, and published systems ran four to five stores at tens of millions of users (Instagram at about 14 million: PostgreSQL, Redis, Memcached, S3 and Solr). The lesson&apos;s five-store system (cost 13.5) fits from about 27 million users.</source>
        <translation>1,000 用户以内预算为 4，恰好是 PostgreSQL + S3（课程：100 个用户的初创公司从 PostgreSQL + S3 起步）。在一百万用户以内，用户数每增长十倍，预算增加 1.5：PostgreSQL + Redis + S3（成本 7，课程中的最佳组合）从 10 万用户起可负担。超过一百万用户后，每增长十倍增加 3.5：这样的公司已有平台团队，公开的系统在数千万用户时运行四到五种存储（Instagram 约 1400 万用户时：PostgreSQL、Redis、Memcached、S3 和 Solr）。课程中的五存储系统（成本 13.5）从约 2700 万用户起可负担。</translation>
    </message>
    <message>
        <source>A one-to-many join or transaction whose two entities sit on different stores is a seam: no JOIN and no transaction crosses two stores, so the application joins them or keeps them consistent itself (outbox, saga, retries). The advisor charges a split join 15 and a split transaction 40 fit points per unit of the link&apos;s frequency weight, spread over the project&apos;s traffic.</source>
        <translation>一对多连接或事务的两个实体位于不同存储时就形成接缝：JOIN 和事务都无法跨越两个存储，因此应用需自行连接或保持一致（outbox、saga、重试）。顾问对被拆分的连接按链接频率权重每单位收取 15 个适配分，对被拆分的事务收取 40 分，并按项目总流量分摊。</translation>
    </message>
    <message>
        <source>A B-tree index on (key, time) reads an ordered range in one index scan; at very high volume one primary takes every write.</source>
        <translation>(键, 时间) 上的 B 树索引一次索引扫描即可读取有序范围；在很高的写入量下，所有写入都由一个主库承担。</translation>
    </message>
    <message>
        <source>A compound index on (key, time) serves an ordered range; sharding on the key spreads the load.</source>
        <translation>(键, 时间) 上的复合索引可提供有序范围；按键分片可分散负载。</translation>
    </message>
    <message>
        <source>Only an item collection modelled up front (the lesson&apos;s USER#alice / ORDER# query, which is a range scan); a join with another entity needs denormalised copies kept in step by the application.</source>
        <translation>只有预先建模的项目集合才行（课程中的 USER#alice / ORDER# 查询，实际上是范围扫描）；与另一个实体的连接需要由应用保持同步的反规范化副本。</translation>
    </message>
    <message>
        <source>Lesson: the DynamoDB query on a partition key with a sort-key condition (&apos;all orders for a user&apos;) is exactly this read, at any scale.</source>
        <translation>课程：DynamoDB 按分区键并带排序键条件的查询（“某用户的所有订单”）正是这种读取，且适用于任何规模。</translation>
    </message>
    <message>
        <source>LPUSH and XADD append in memory in O(1): Twitter fans tweets out into Redis timelines (Timelines at Scale, 2013). Memory-bound and volatile by default, which the durability modifier charges to critical data.</source>
        <translation>LPUSH 和 XADD 在内存中以 O(1) 追加：Twitter 把推文扇出到 Redis 时间线中（Timelines at Scale，2013）。受内存限制且默认易失，持久性修正会对关键数据扣分。</translation>
    </message>
    <message>
        <source>Sorted sets and lists read an ordered range in memory (ZRANGE, LRANGE; lesson: sorted sets for leaderboards): Twitter&apos;s home timelines and Instagram&apos;s feeds are Redis ranges (Timelines at Scale, 2013; What Powers Instagram, 2012).</source>
        <translation>有序集合和列表在内存中读取有序范围（ZRANGE、LRANGE；课程：用有序集合做排行榜）：Twitter 的首页时间线和 Instagram 的信息流都是 Redis 范围读取（Timelines at Scale，2013；What Powers Instagram，2012）。</translation>
    </message>
    <message>
        <source>Object storage lists keys by prefix but cannot read a range of records inside them.</source>
        <translation>对象存储可按前缀列出键，但无法读取对象内部的一段记录。</translation>
    </message>
    <message>
        <source>A range query on a date field works, but every read scores documents; it is a search engine, not a primary store.</source>
        <translation>对日期字段做范围查询可行，但每次读取都要为文档打分；它是搜索引擎，不是主存储。</translation>
    </message>
    <message>
        <source>A partition is read in offset order, but not by an arbitrary key and time window.</source>
        <translation>分区按偏移量顺序读取，但不能按任意键和时间窗口读取。</translation>
    </message>
    <message>
        <source>Like S3: keys by prefix only, no range of records inside them.</source>
        <translation>与 S3 相同：只能按前缀列出键，无法读取其中的一段记录。</translation>
    </message>
    <message>
        <source>field value</source>
        <translation>字段值</translation>
    </message>
    <message>
        <source>BSON document</source>
        <translation>BSON 文档</translation>
    </message>
    <message>
        <source>item (attribute names and values)</source>
        <translation>项目（属性名和值）</translation>
    </message>
    <message>
        <source>string value</source>
        <translation>字符串值</translation>
    </message>
    <message>
        <source>record batch (message.max.bytes, the default)</source>
        <translation>记录批次（message.max.bytes，默认值）</translation>
    </message>
    <message>
        <source>A kind the team already runs costs half its burden: its monitoring, backups, upgrades and on-call runbooks exist and its failures are known at 3 AM, so the tooling and the skills are paid; this design&apos;s data on it still needs its capacity planned, its restores tested and its incidents handled. The integration overhead stays: the seam is in this application.</source>
        <translation>团队已在运行的类型只计一半负担：其监控、备份、升级和值班手册都已存在，凌晨 3 点的故障也早已熟悉，工具和技能已经付过代价；但本设计放在上面的数据仍需规划容量、测试恢复、处理事故。集成开销不变：接缝在本应用之中。</translation>
    </message>
    <message>
        <source>An instance-priced store runs the smallest instance whose memory holds its data (in-memory kinds) and whose assumed throughput carries its peak rate; beyond the largest, as many of the largest as needed (read replicas, shards, nodes). The throughput per instance is Storemap&apos;s sizing assumption for a typical key lookup, not a vendor figure: measure yours.</source>
        <translation>按实例计价的存储使用内存能容纳其数据（内存型）且假定吞吐量能承载其峰值速率的最小实例；超过最大实例时，按需使用多个最大实例（只读副本、分片、节点）。每实例吞吐量是 Storemap 对典型键查找的估算假设，并非厂商数据：请实测。</translation>
    </message>
    <message>
        <source>Requests a month are each pattern&apos;s peak rate held for the whole month (730 hours): an upper bound. Reads and writes are priced per million; a DynamoDB request of a larger item costs one unit per 4 KB read or 1 KB written, a transaction twice.</source>
        <translation>每月请求数按每个模式的峰值速率持续整月（730 小时）计算：这是上限。读写按每百万次计价；DynamoDB 中较大条目的请求按每读 4 KB 或每写 1 KB 计一个单位，事务加倍。</translation>
    </message>
</context>
<context>
    <name>storemap::ChoiceDelegate</name>
    <message>
        <source>not given</source>
        <translation>未给出</translation>
    </message>
</context>
<context>
    <name>storemap::CommandLine</name>
    <message>
        <source>--users takes a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation>--users 需要 %1 到 %2 之间的整数，而不是 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>--fail-on takes &quot;warning&quot; or &quot;error&quot;</source>
        <translation>--fail-on 只接受 &quot;warning&quot; 或 &quot;error&quot;</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>%1 需要一个文件名</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; for %2</source>
        <translation>%2 不支持选项 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>one project file at a time; &quot;%1&quot; is one too many</source>
        <translation>一次只能处理一个项目文件；&quot;%1&quot; 是多余的</translation>
    </message>
    <message>
        <source>refusing to overwrite the input file %1; choose another output</source>
        <translation>拒绝覆盖输入文件 %1；请选择其他输出</translation>
    </message>
    <message>
        <source>a project file</source>
        <translation>一个项目文件</translation>
    </message>
    <message>
        <source>Try &quot;storemap --help&quot;.
</source>
        <translation>请参阅 &quot;storemap --help&quot;。
</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 需要%2</translation>
    </message>
    <message>
        <source>no display to open the designer on (DISPLAY is not set); the verbs %1 need none: see &quot;storemap --help&quot;</source>
        <translation>没有可打开设计器的显示器（未设置 DISPLAY）；命令 %1 不需要显示器：请参阅 &quot;storemap --help&quot;</translation>
    </message>
    <message>
        <source>unknown verb &quot;%1&quot;; the verbs are %2</source>
        <translation>未知命令 &quot;%1&quot;；可用命令为 %2</translation>
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
        <translation>用法：
  storemap [FILE]                       打开设计器（未指定 FILE 时：打开上次的文件或电商示例）
  storemap check FILE [--json] [--users N] [--fail-on warning|error] [--min-fit N]
  storemap advise FILE [--json] [--users N] [-o OUT.storemap]
  storemap --version | --help

check   为每个实体在每种存储类型上评分，对比复杂度与预算，
        并列出发现（课程中的典型存储错误）；--min-fit N
        会把适配度低于 N 的每个已放置实体标为错误（poor-fit）。
advise  按项目规模，提出在适配度与运维复杂度之间权衡最佳的存储组合
        及放置方案；-o 将其写为项目文件。

退出码：0 完成；1 达到 --fail-on 阈值；2 用法错误；3 输入文件无法读取或
无效；4 无法写入输出。
</translation>
    </message>
    <message>
        <source>--min-fit takes a fit from 0 to 100</source>
        <translation>--min-fit 需要 0 到 100 之间的适配度</translation>
    </message>
    <message>
        <source>%1 takes %2 files; &quot;%3&quot; is one too many</source>
        <translation>%1 需要 %2 个文件；&quot;%3&quot; 多余</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 需要 %2 到 %3 之间的整数，而不是“%4”</translation>
    </message>
    <message>
        <source>--from (%1) must be below --to (%2)</source>
        <translation>--from（%1）必须小于 --to（%2）</translation>
    </message>
    <message>
        <source>
  storemap roadmap FILE [--json] [--from N] [--to N]

roadmap sweeps the advisor from --from (100) to --to (1,000,000,000) users and
        prints every user count at which the advised layout changes, what
        moves where, and why.
</source>
        <translation>
  storemap roadmap 文件 [--json] [--from N] [--to N]

roadmap 让顾问从 --from（100）到 --to（1,000,000,000）个用户逐一评估，
        列出推荐布局发生变化的每个用户数：什么移到哪里，以及原因。
</translation>
    </message>
</context>
<context>
    <name>storemap::Commands</name>
    <message>
        <source>Add entity &quot;%1&quot;</source>
        <translation>添加实体 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove entity &quot;%1&quot;</source>
        <translation>删除实体 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rename entity to &quot;%1&quot;</source>
        <translation>将实体重命名为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Describe &quot;%1&quot;</source>
        <translation>描述 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Set schema of &quot;%1&quot; to %2</source>
        <translation>将 &quot;%1&quot; 的模式设为 %2</translation>
    </message>
    <message>
        <source>Set durability of &quot;%1&quot; to %2</source>
        <translation>将 &quot;%1&quot; 的持久性设为 %2</translation>
    </message>
    <message>
        <source>Add access pattern &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>向 &quot;%2&quot; 添加访问模式 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit access pattern &quot;%1&quot;</source>
        <translation>编辑访问模式 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove access pattern &quot;%1&quot;</source>
        <translation>删除访问模式 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reorder access patterns of &quot;%1&quot;</source>
        <translation>重新排序 &quot;%1&quot; 的访问模式</translation>
    </message>
    <message>
        <source>Place &quot;%1&quot; on &quot;%2&quot;</source>
        <translation>将 &quot;%1&quot; 放到 &quot;%2&quot; 上</translation>
    </message>
    <message>
        <source>Unplace &quot;%1&quot;</source>
        <translation>取消放置 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add store &quot;%1&quot;</source>
        <translation>添加存储 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove store &quot;%1&quot;</source>
        <translation>删除存储 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rename store to &quot;%1&quot;</source>
        <translation>将存储重命名为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Set scale to %1 users</source>
        <translation>将规模设为 %1 用户</translation>
    </message>
    <message>
        <source>Rename project to &quot;%1&quot;</source>
        <translation>将项目重命名为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Apply suggested layout</source>
        <translation>应用建议的布局</translation>
    </message>
    <message>
        <source>Note on &quot;%1&quot;</source>
        <translation>“%1”的备注</translation>
    </message>
    <message>
        <source>Set workload of &quot;%1&quot;</source>
        <translation>设置“%1”的工作负载</translation>
    </message>
    <message>
        <source>Set memory of &quot;%1&quot; to %2 GB</source>
        <translation>将“%1”的内存设为 %2 GB</translation>
    </message>
    <message>
        <source>Clear memory of &quot;%1&quot;</source>
        <translation>清除“%1”的内存</translation>
    </message>
    <message>
        <source>Set operated kinds</source>
        <translation>设置已运行的类型</translation>
    </message>
</context>
<context>
    <name>storemap::ComparePanel</name>
    <message>
        <source>The other version, read-only: marked chips moved, came or went</source>
        <translation>另一个版本，只读：带标记的条目被移动、新增或删除</translation>
    </message>
    <message>
        <source>Click a difference to select its entity</source>
        <translation>单击某个差异以选择其实体</translation>
    </message>
    <message>
        <source>Compare this design with another file or with its version at git&apos;s HEAD: File &gt; Compare With.</source>
        <translation>将此设计与另一个文件或其在 git HEAD 中的版本比较：文件 &gt; 比较。</translation>
    </message>
    <message>
        <source>Moved %1: %2 → %3, fit %4 → %5</source>
        <translation>已移动 %1：%2 → %3，适配度 %4 → %5</translation>
    </message>
    <message>
        <source>Moved here from %1 (in %2)</source>
        <translation>从 %1 移到此处（在 %2 中）</translation>
    </message>
    <message>
        <source>Moved to %1 in this design</source>
        <translation>在此设计中移到 %1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>已添加 %1</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>不在 %1 中</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>Removed from this design</source>
        <translation>已从此设计中删除</translation>
    </message>
    <message>
        <source>Added store %1</source>
        <translation>已添加存储 %1</translation>
    </message>
    <message>
        <source>Removed store %1</source>
        <translation>已删除存储 %1</translation>
    </message>
    <message>
        <source>Changed %1: %2</source>
        <translation>已更改 %1：%2</translation>
    </message>
    <message>
        <source>Changed store %1: %2</source>
        <translation>已更改存储 %1：%2</translation>
    </message>
    <message>
        <source>Scale %1 → %2 users</source>
        <translation>规模 %1 → %2 用户</translation>
    </message>
    <message>
        <source>Project renamed &quot;%1&quot; → &quot;%2&quot;</source>
        <translation>项目已重命名“%1”→“%2”</translation>
    </message>
    <message>
        <source>New finding: %1</source>
        <translation>新发现：%1</translation>
    </message>
    <message>
        <source>Resolved finding: %1</source>
        <translation>已解决的发现：%1</translation>
    </message>
    <message>
        <source>Compared with %1: the designs are the same.</source>
        <translation>已与 %1 比较：设计相同。</translation>
    </message>
    <message numerus="yes">
        <source>Compared with %1: %n difference(s). Overall fit %2 → %3.</source>
        <translation>
            <numerusform>已与 %1 比较：%n 处差异。总体适配度 %2 → %3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storemap::ComplexityMeter</name>
    <message>
        <source>Complexity %1 of %2 affordable at %3 users</source>
        <translation>复杂度 %1，%3 用户时可承受 %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>Integration: %1 per extra kind (%2)</source>
        <translation>集成：每增加一种类型 %1（%2）</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>预算：%1</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>Within budget</source>
        <translation>在预算之内</translation>
    </message>
    <message>
        <source>Cost %1 of budget %2</source>
        <translation>成本 %1，预算 %2</translation>
    </message>
    <message>
        <source>Already operated, at %1% of their burden: %2. %3</source>
        <translation>已在运行，按其负担的 %1% 计：%2。%3</translation>
    </message>
    <message>
        <source>%1: %2 a month</source>
        <translation>%1：每月 %2</translation>
    </message>
</context>
<context>
    <name>storemap::Cost</name>
    <message>
        <source>unknown: no items or item size for %1</source>
        <translation>未知：%1 没有条目数或条目大小</translation>
    </message>
    <message>
        <source>instances: unknown without the data size or the store&apos;s memory</source>
        <translation>实例：缺少数据量或存储内存，未知</translation>
    </message>
    <message>
        <source>peak %1 operations a second, assumed %2 per instance</source>
        <translation>峰值每秒 %1 次操作，假定每实例 %2 次</translation>
    </message>
    <message>
        <source>; %1 GB to hold, %2% of its %3 GB usable</source>
        <translation>；需容纳 %1 GB，其 %3 GB 中可用 %2%</translation>
    </message>
    <message>
        <source>; no rate for %1</source>
        <translation>；%1 没有速率</translation>
    </message>
    <message>
        <source>%1 x %2 at %3 a month = %4 (%5) %6</source>
        <translation>%1 x %2，每月 %3 = %4（%5）%6</translation>
    </message>
    <message>
        <source>storage: %1 GB x %2 per GB-month = %3 %4</source>
        <translation>存储：%1 GB x 每 GB 月 %2 = %3 %4</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>%1: unknown without a rate for %2</source>
        <translation>%1：%2 没有速率，未知</translation>
    </message>
    <message>
        <source>%1: %2 million x %3 per million = %4 %5</source>
        <translation>%1：%2 百万次 x 每百万次 %3 = %4 %5</translation>
    </message>
    <message>
        <source>egress: %1 GB a month, but the catalog has no public price for %2&apos;s egress</source>
        <translation>出站流量：每月 %1 GB，但目录中没有 %2 出站流量的公开价格</translation>
    </message>
    <message>
        <source>egress: %1 GB a month = %2 (%3, %4: %5)</source>
        <translation>出站流量：每月 %1 GB = %2（%3，%4：%5）</translation>
    </message>
    <message>
        <source>nothing stored: %1</source>
        <translation>未存储任何内容：%1</translation>
    </message>
    <message>
        <source>unknown: the catalog has no kind %1</source>
        <translation>未知：目录中没有类型 %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>每月 %1</translation>
    </message>
</context>
<context>
    <name>storemap::DecisionMatrixModel</name>
    <message>
        <source>Matters for: %1</source>
        <translation>关系到：%1</translation>
    </message>
</context>
<context>
    <name>storemap::DecisionRecord</name>
    <message>
        <source>unplaced</source>
        <translation>未放置</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>No stores and no entities yet.</source>
        <translation>还没有存储，也没有实体。</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适配度</translation>
    </message>
    <message>
        <source>Fit is 0-100: how well the store&apos;s kind serves the entity&apos;s access patterns, weighted by frequency. Good from 80, fair from 60.</source>
        <translation>适配度为 0-100：存储类型满足实体访问模式的程度，按频率加权。80 起为良好，60 起为一般。</translation>
    </message>
    <message>
        <source>No entities yet: list the data first, then its access patterns.</source>
        <translation>还没有实体：先列出数据，再列出其访问模式。</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Best kind</source>
        <translation>最佳类型</translation>
    </message>
    <message>
        <source>Best fit</source>
        <translation>最佳适配度</translation>
    </message>
    <message>
        <source>Overall fit of the placed entities: %1.</source>
        <translation>已放置实体的总体适配度：%1。</translation>
    </message>
    <message>
        <source>Complexity against budget</source>
        <translation>复杂度与预算</translation>
    </message>
    <message>
        <source>Kinds in use</source>
        <translation>使用的类型</translation>
    </message>
    <message>
        <source>Complexity cost</source>
        <translation>复杂度成本</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Over budget by %1 at %2 users: every store is another system to monitor, back up, upgrade and debug at 3 AM.</source>
        <translation>在 %2 用户时超出预算 %1：每个存储都是又一个需要监控、备份、升级并在凌晨 3 点调试的系统。</translation>
    </message>
    <message>
        <source>Within budget at %1 users, %2 to spare.</source>
        <translation>在 %1 用户时处于预算之内，尚余 %2。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>没有发现。</translation>
    </message>
    <message>
        <source>Advisor&apos;s recommendation</source>
        <translation>顾问的建议</translation>
    </message>
    <message>
        <source>At %1 users the advisor picks **%2**: overall fit %3 at complexity cost %4 against a budget of %5.</source>
        <translation>在 %1 用户时，顾问选择 **%2**：总体适配度 %3，复杂度成本 %4，预算 %5。</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Rejected alternatives</source>
        <translation>被否决的方案</translation>
    </message>
    <message>
        <source>None: no other affordable layout came close.</source>
        <translation>无：没有其他可负担的布局接近它。</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Overall fit</source>
        <translation>总体适配度</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>否决原因</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Storage decision record: %1</source>
        <translation>存储决策记录：%1</translation>
    </message>
    <message>
        <source>Scale: %1 users. Overall fit %2. Complexity %3 against a budget of %4.</source>
        <translation>规模：%1 用户。总体适配度 %2。复杂度 %3，预算 %4。</translation>
    </message>
    <message>
        <source>Storage design change: %1</source>
        <translation>存储设计变更：%1</translation>
    </message>
    <message>
        <source>The designs are the same.</source>
        <translation>两个设计相同。</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Fit before</source>
        <translation>之前的适配度</translation>
    </message>
    <message>
        <source>Fit after</source>
        <translation>之后的适配度</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>better by %1</source>
        <translation>提高 %1</translation>
    </message>
    <message>
        <source>**worse** by %1</source>
        <translation>**降低** %1</translation>
    </message>
    <message>
        <source>as good</source>
        <translation>一样好</translation>
    </message>
    <message>
        <source>Why %1 fits %2 as it does:</source>
        <translation>%1 在 %2 上适配度如此的原因：</translation>
    </message>
    <message>
        <source>Added entities</source>
        <translation>新增的实体</translation>
    </message>
    <message>
        <source>Removed entities</source>
        <translation>移除的实体</translation>
    </message>
    <message>
        <source>Added stores</source>
        <translation>新增的存储</translation>
    </message>
    <message>
        <source>Removed stores</source>
        <translation>移除的存储</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Project renamed from %1 to %2</source>
        <translation>项目从 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Scale changed from %1 to %2 users</source>
        <translation>规模从 %1 改为 %2 用户</translation>
    </message>
    <message>
        <source>Store %1 renamed to %2</source>
        <translation>存储 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Store %1 is now %2 (was %3)</source>
        <translation>存储 %1 现在是 %2（原为 %3）</translation>
    </message>
    <message>
        <source>%1 renamed to %2</source>
        <translation>%1 重命名为 %2</translation>
    </message>
    <message>
        <source>%1: %2 changed</source>
        <translation>%1：%2 已更改</translation>
    </message>
    <message>
        <source>pattern %1 added</source>
        <translation>访问模式 %1 已添加</translation>
    </message>
    <message>
        <source>pattern %1 removed</source>
        <translation>访问模式 %1 已移除</translation>
    </message>
    <message>
        <source>pattern %1: %2 changed</source>
        <translation>访问模式 %1：%2 已更改</translation>
    </message>
    <message>
        <source>Findings that appeared</source>
        <translation>新出现的发现</translation>
    </message>
    <message>
        <source>Findings that went away</source>
        <translation>已消失的发现</translation>
    </message>
    <message>
        <source>No finding appeared or went away.</source>
        <translation>没有发现新增或消失。</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>路线图</translation>
    </message>
    <message>
        <source>The advisor swept from %1 to %2 users: every user count at which the advised layout changes, and what moves then.</source>
        <translation>顾问从 %1 到 %2 个用户逐一评估：推荐布局发生变化的每个用户数，以及届时迁移的内容。</translation>
    </message>
    <message>
        <source>From users</source>
        <translation>起始用户数</translation>
    </message>
    <message>
        <source>To users</source>
        <translation>截止用户数</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>另有 %1 个</translation>
    </message>
    <message>
        <source>What would change a verdict</source>
        <translation>什么会改变结论</translation>
    </message>
    <message>
        <source>For each entity, the single changes that would move the kind it fits best at %1 users, smallest first.</source>
        <translation>对每个实体，列出在 %1 个用户时会改变其最适合种类的单项变化，最小的在前。</translation>
    </message>
    <message>
        <source>No single change moves any entity&apos;s best kind.</source>
        <translation>没有任何单项变化会改变实体的最适合种类。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No notes yet: write the design&apos;s rationale in Edit &gt; Project Notes and each entity&apos;s in its Notes field.</source>
        <translation>尚无备注：在“编辑 &gt; 项目备注”中写下设计的理由，并在每个实体的“备注”字段中写下它的理由。</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>No entities yet.</source>
        <translation>尚无实体。</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Durability</source>
        <translation>持久性</translation>
    </message>
    <message>
        <source>Access pattern</source>
        <translation>访问模式</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>With</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>none: no fit yet</source>
        <translation>无：尚无适配度</translation>
    </message>
    <message>
        <source>%1 a second</source>
        <translation>每秒 %1</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>%1 a month in total, from the workload and the catalog&apos;s dated public prices (the oldest from %2); unknown, not zero, where a workload is missing.</source>
        <translation>合计每月 %1，依据工作负载和目录中注明日期的公开价格（最早的来自 %2）；缺少工作负载之处为未知，而非零。</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Money: %1 a month.</source>
        <translation>费用：每月 %1。</translation>
    </message>
</context>
<context>
    <name>storemap::Diagram</name>
    <message>
        <source>Application Layer</source>
        <translation>应用层</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation>未放置</translation>
    </message>
    <message>
        <source>%1 · %2 users</source>
        <translation>%1 · %2 用户</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适配度</translation>
    </message>
    <message>
        <source>good, 80 and up</source>
        <translation>良好，80 及以上</translation>
    </message>
    <message>
        <source>fair, 60 to 80</source>
        <translation>一般，60 到 80</translation>
    </message>
    <message>
        <source>poor, below 60</source>
        <translation>较差，低于 60</translation>
    </message>
    <message>
        <source>Links (with)</source>
        <translation>关联（with）</translation>
    </message>
    <message>
        <source>join</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>transaction</source>
        <translation>事务</translation>
    </message>
    <message>
        <source>seam: the two are in different stores</source>
        <translation>接缝：两者位于不同的存储中</translation>
    </message>
    <message>
        <source>links: %1</source>
        <translation>关联：%1</translation>
    </message>
</context>
<context>
    <name>storemap::DiagramDock</name>
    <message>
        <source>Diagram</source>
        <translation>图示</translation>
    </message>
    <message>
        <source>Plain ASCII</source>
        <translation>纯 ASCII</translation>
    </message>
    <message>
        <source>Copy ASCII</source>
        <translation>复制 ASCII</translation>
    </message>
    <message>
        <source>Copy the text diagram to the clipboard, to paste into a design doc</source>
        <translation>将文本图复制到剪贴板，以便粘贴到设计文档中</translation>
    </message>
    <message>
        <source>Draw the boxes with + - | for places without box drawing</source>
        <translation>用 + - | 绘制方框，适用于不支持制表符的地方</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>The diagram could not be drawn: %1</source>
        <translation>无法绘制图示：%1</translation>
    </message>
</context>
<context>
    <name>storemap::DialogPrompts</name>
    <message>
        <source>Storemap projects (*.storemap);;All files (*)</source>
        <translation>Storemap 项目 (*.storemap);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1”有未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>Storemap did not close properly last time. Restore the unsaved changes to “%1”?</source>
        <translation>Storemap 上次未正常关闭。要恢复对“%1”的未保存更改吗？</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <source>Another program changed “%1” while you were editing it. Reload it and lose your unsaved changes (Undo brings them back), or keep yours?</source>
        <translation>在您编辑期间，另一个程序更改了“%1”。要重新加载并放弃未保存的更改（撤销可找回），还是保留您的版本？</translation>
    </message>
    <message>
        <source>Another program changed “%1”. Reload it?</source>
        <translation>另一个程序更改了“%1”。要重新加载吗？</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <source>Save over another version?</source>
        <translation>要覆盖另一个版本吗？</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since you opened it. Save yours over it? The other version is kept as “%2”.</source>
        <translation>自您打开以来，“%1”已被另一个程序更改。要用您的版本覆盖它吗？另一个版本将保留为“%2”。</translation>
    </message>
    <message>
        <source>Project Notes</source>
        <translation>项目备注</translation>
    </message>
    <message>
        <source>Your rationale for this design: the constraints, what was measured, what was decided and why. It is kept in the file and printed in the decision record.</source>
        <translation>你对此设计的理由：约束条件、测量了什么、决定了什么以及原因。它保存在文件中，并打印在决策记录里。</translation>
    </message>
    <message>
        <source>Rename Project</source>
        <translation>重命名项目</translation>
    </message>
    <message>
        <source>Project name (the title of every diagram):</source>
        <translation>项目名称（每个图的标题）：</translation>
    </message>
    <message>
        <source>Store Memory</source>
        <translation>存储内存</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未给出</translation>
    </message>
    <message>
        <source>&amp;Memory of “%1” (GB):</source>
        <translation>“%1”的内存（GB）(&amp;M)：</translation>
    </message>
    <message>
        <source>What the store holds before it evicts keys (Redis: maxmemory). Leave it empty when it is not known.</source>
        <translation>存储在淘汰键之前能容纳的量（Redis：maxmemory）。未知时留空。</translation>
    </message>
</context>
<context>
    <name>storemap::Diff</name>
    <message>
        <source>pattern %1 added</source>
        <translation>访问模式 %1 已添加</translation>
    </message>
    <message>
        <source>pattern %1 removed</source>
        <translation>访问模式 %1 已移除</translation>
    </message>
    <message>
        <source>pattern %1: %2 changed</source>
        <translation>访问模式 %1：%2 已更改</translation>
    </message>
    <message>
        <source>unplaced</source>
        <translation>未放置</translation>
    </message>
    <message>
        <source>The designs are the same.
</source>
        <translation>两个设计相同。
</translation>
    </message>
    <message>
        <source>Moved:
</source>
        <translation>已移动：
</translation>
    </message>
    <message>
        <source>better</source>
        <translation>更好</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>更差</translation>
    </message>
    <message>
        <source>as good</source>
        <translation>一样好</translation>
    </message>
    <message>
        <source>  %1: %2 -&gt; %3, fit %4 -&gt; %5%6
</source>
        <translation>  %1：%2 -&gt; %3，适配度 %4 -&gt; %5%6
</translation>
    </message>
    <message>
        <source>Added entities:
</source>
        <translation>新增的实体：
</translation>
    </message>
    <message>
        <source>Removed entities:
</source>
        <translation>移除的实体：
</translation>
    </message>
    <message>
        <source>Added stores:
</source>
        <translation>新增的存储：
</translation>
    </message>
    <message>
        <source>Removed stores:
</source>
        <translation>移除的存储：
</translation>
    </message>
    <message>
        <source>Changed:
</source>
        <translation>已更改：
</translation>
    </message>
    <message>
        <source>  project renamed &quot;%1&quot; -&gt; &quot;%2&quot;
</source>
        <translation>  项目重命名：&quot;%1&quot; -&gt; &quot;%2&quot;
</translation>
    </message>
    <message>
        <source>  scale %1 -&gt; %2 users
</source>
        <translation>  规模 %1 -&gt; %2 用户
</translation>
    </message>
    <message>
        <source>  store %1 renamed &quot;%2&quot; -&gt; &quot;%3&quot;
</source>
        <translation>  存储 %1 重命名：&quot;%2&quot; -&gt; &quot;%3&quot;
</translation>
    </message>
    <message>
        <source>  store %1 (%2): kind %3 -&gt; %4
</source>
        <translation>  存储 %1（%2）：类型 %3 -&gt; %4
</translation>
    </message>
    <message>
        <source>renamed &quot;%1&quot; -&gt; &quot;%2&quot;</source>
        <translation>重命名：&quot;%1&quot; -&gt; &quot;%2&quot;</translation>
    </message>
    <message>
        <source>description edited</source>
        <translation>描述已编辑</translation>
    </message>
    <message>
        <source>Overall fit: %1 -&gt; %2 (%3)
</source>
        <translation>总体适配度：%1 -&gt; %2（%3）
</translation>
    </message>
    <message>
        <source>Complexity: %1 -&gt; %2 (budget %3 -&gt; %4)
</source>
        <translation>复杂度：%1 -&gt; %2（预算 %3 -&gt; %4）
</translation>
    </message>
    <message>
        <source>New findings:
</source>
        <translation>新的发现：
</translation>
    </message>
    <message>
        <source>Resolved findings:
</source>
        <translation>已解决的发现：
</translation>
    </message>
    <message>
        <source>  project notes edited
</source>
        <translation>  已编辑项目备注
</translation>
    </message>
    <message>
        <source>notes edited</source>
        <translation>已编辑备注</translation>
    </message>
    <message>
        <source>  kinds the team operates: %1 -&gt; %2
</source>
        <translation>  团队已运维的类型：%1 -&gt; %2
</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未给出</translation>
    </message>
    <message>
        <source>  store %1 (%2): memory %3 -&gt; %4
</source>
        <translation>  存储 %1（%2）：内存 %3 -&gt; %4
</translation>
    </message>
    <message>
        <source>Money: %1 -&gt; %2 a month</source>
        <translation>费用：每月 %1 -&gt; %2</translation>
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
  storemap diff 旧文件 新文件 [--json | --format md] [--users N] [--exit-code]

diff    按 id 比较一个设计的两个版本：移动了什么（及前后的适配度），新增、移除、
        重命名或更改了什么，总体适配度、复杂度，以及出现或消失的发现。--json 供工具
        使用，--format md 用于拉取请求评论；设计不同时 --exit-code 以 1 退出。
</translation>
    </message>
    <message>
        <source>two project files, OLD and NEW</source>
        <translation>两个项目文件：旧文件和新文件</translation>
    </message>
    <message>
        <source>unknown diff format &quot;%1&quot;; choose txt, json or md</source>
        <translation>未知的 diff 格式&quot;%1&quot;；请选择 txt、json 或 md</translation>
    </message>
    <message>
        <source>give --json or --format, not both</source>
        <translation>请给出 --json 或 --format，不要同时给出</translation>
    </message>
</context>
<context>
    <name>storemap::EntityChip</name>
    <message>
        <source>%1: fit %2 on %3</source>
        <translation>%1：在 %3 上的适配度为 %2</translation>
    </message>
    <message>
        <source>%1: unplaced; best on %2 (%3)</source>
        <translation>%1：未放置；最适合 %2（%3）</translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <translation>移动到(&amp;M)</translation>
    </message>
    <message>
        <source>%1 (fit %2)</source>
        <translation>%1（适配度 %2）</translation>
    </message>
    <message>
        <source>&amp;Unplaced</source>
        <translation>未放置(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete Entity</source>
        <translation>删除实体(&amp;D)</translation>
    </message>
    <message>
        <source>Traffic %1: its weight in the overall fit and in the advisor.</source>
        <translation>流量 %1：它在总体适配度和顾问中的权重。</translation>
    </message>
    <message>
        <source>%1: no fit yet</source>
        <translation>%1：尚无适配度</translation>
    </message>
</context>
<context>
    <name>storemap::EntityEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>What this data is and why it matters</source>
        <translation>这些数据是什么，为什么重要</translation>
    </message>
    <message>
        <source>Fixed (strict schema)</source>
        <translation>固定（严格模式）</translation>
    </message>
    <message>
        <source>Flexible (varies per record)</source>
        <translation>灵活（每条记录可不同）</translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation>模式(&amp;S)：</translation>
    </message>
    <message>
        <source>Critical (must never be lost)</source>
        <translation>关键（绝不能丢失）</translation>
    </message>
    <message>
        <source>Reconstructible (can be rebuilt)</source>
        <translation>可重建（可以重新生成）</translation>
    </message>
    <message>
        <source>Ephemeral (affordable to lose)</source>
        <translation>临时（丢失也无妨）</translation>
    </message>
    <message>
        <source>Add an access pattern</source>
        <translation>添加访问模式</translation>
    </message>
    <message>
        <source>Remove the selected access pattern</source>
        <translation>删除所选访问模式</translation>
    </message>
    <message>
        <source>Move the selected access pattern up</source>
        <translation>上移所选访问模式</translation>
    </message>
    <message>
        <source>Move the selected access pattern down</source>
        <translation>下移所选访问模式</translation>
    </message>
    <message>
        <source>&amp;Access patterns</source>
        <translation>访问模式(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an entity on the canvas, or press Ctrl+E to add one.&lt;/i&gt;</source>
        <translation>&lt;i&gt;在画布上选择一个实体，或按 Ctrl+E 添加实体。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>On &lt;b&gt;%1&lt;/b&gt; (%2): fit &lt;b&gt;%3&lt;/b&gt;; best: %4 (%5)</source>
        <translation>在 &lt;b&gt;%1&lt;/b&gt;（%2）上：适配度 &lt;b&gt;%3&lt;/b&gt;；最佳：%4（%5）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unplaced&lt;/b&gt;: fits %1 best (%2)</source>
        <translation>&lt;b&gt;未放置&lt;/b&gt;：最适合 %1（%2）</translation>
    </message>
    <message>
        <source>Access patterns: double-click or F2 to edit a cell, Tab to the next, Enter to commit, Delete to remove the row.</source>
        <translation>访问模式：双击或按 F2 编辑单元格，Tab 跳到下一个，Enter 确认，Delete 删除该行。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No fit yet&lt;/b&gt;: add an access pattern below (how the application reads or writes it), and Storemap scores every store.</source>
        <translation>&lt;b&gt;尚无适配度&lt;/b&gt;：在下方添加一个访问模式（应用如何读取或写入它），Storemap 就会为每个存储评分。</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Your rationale: why it lives where it does (printed in the decision record)</source>
        <translation>你的理由：它为什么放在这里（打印在决策记录中）</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>How much data and traffic it really has (optional): what item size limits, memory and egress are judged by</source>
        <translation>它实际有多少数据和流量（可选）：用来判断条目大小限制、内存和出站流量</translation>
    </message>
    <message>
        <source>How many records or objects it holds</source>
        <translation>它包含多少条记录或对象</translation>
    </message>
    <message>
        <source>The average size of one record or object (1 KB = 1024 bytes)</source>
        <translation>一条记录或一个对象的平均大小（1 KB = 1024 字节）</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
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
        <translation>条目大小单位</translation>
    </message>
    <message>
        <source>The unit of the item size: choosing one applies it to the number</source>
        <translation>条目大小的单位：所选单位应用于该数字</translation>
    </message>
    <message>
        <source>What it serves to the internet a month, in GB</source>
        <translation>它每月向互联网提供的数据量，单位 GB</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>条目数(&amp;I)：</translation>
    </message>
    <message>
        <source>Item si&amp;ze:</source>
        <translation>条目大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>E&amp;gress:</source>
        <translation>出站流量(&amp;G)：</translation>
    </message>
    <message>
        <source>GB/month</source>
        <translation>GB/月</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未给出</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>描述(&amp;P)：</translation>
    </message>
    <message>
        <source>Dura&amp;bility:</source>
        <translation>持久性(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>storemap::ExportCommand</name>
    <message>
        <source>--scale takes a number from %1 to %2 (1 = 96 dpi), not &quot;%3&quot;</source>
        <translation>--scale 取 %1 到 %2 之间的数字（1 = 96 dpi），而不是 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>--dpi takes a number from %1 to %2, not &quot;%3&quot;</source>
        <translation>--dpi 取 %1 到 %2 之间的数字，而不是 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>--width takes a whole number of columns from %1 to %2, not &quot;%3&quot;</source>
        <translation>--width 取 %1 到 %2 之间的整数列数，而不是 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>export needs an output file: -o OUT (or -o - for standard output)</source>
        <translation>export 需要输出文件：-o OUT（或 -o - 表示标准输出）</translation>
    </message>
    <message>
        <source>give --scale or --dpi, not both</source>
        <translation>请给出 --scale 或 --dpi，不要同时给出</translation>
    </message>
    <message>
        <source>--scale and --dpi apply to png, not %1</source>
        <translation>--scale 和 --dpi 适用于 png，不适用于 %1</translation>
    </message>
    <message>
        <source>--width and --ascii apply to txt, not %1</source>
        <translation>--width 和 --ascii 适用于 txt，不适用于 %1</translation>
    </message>
    <message>
        <source>--transparent applies to png, svg and dot, not %1</source>
        <translation>--transparent 适用于 png、svg 和 dot，不适用于 %1</translation>
    </message>
    <message>
        <source>refusing to overwrite the input file %1; choose another output</source>
        <translation>拒绝覆盖输入文件 %1；请选择其他输出</translation>
    </message>
    <message>
        <source>could not export %1: %2</source>
        <translation>无法导出 %1：%2</translation>
    </message>
    <message>
        <source>could not write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>a project file</source>
        <translation>一个项目文件</translation>
    </message>
    <message>
        <source>%1 names a %2 file, but --format asks for %3; make them agree</source>
        <translation>%1 是 %2 文件，但 --format 要求 %3；请使二者一致</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; choose svg, png, txt, dot, md or mmd</source>
        <translation>未知格式 &quot;%1&quot;；请选择 svg、png、txt、dot、md 或 mmd</translation>
    </message>
    <message>
        <source>cannot tell the format from &quot;%1&quot;; name it .svg, .png, .txt, .dot, .md or .mmd, or give --format</source>
        <translation>无法从 &quot;%1&quot; 判断格式；请将其命名为 .svg、.png、.txt、.dot、.md 或 .mmd，或给出 --format</translation>
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

export  按课程中的图示绘制布局：svg 或 png（Graphviz）、txt（制表符框线；--ascii 使用
        + - |）、dot、mmd（Mermaid 流程图），或 md（包含适配度、发现和顾问建议的决策记录）。
        未给出 --format 时按 OUT 的扩展名确定格式；-o - 写到标准输出。退出码同上。
</translation>
    </message>
</context>
<context>
    <name>storemap::ExportDialog</name>
    <message>
        <source>Plain ASCII (+ - | instead of box drawing)</source>
        <translation>纯 ASCII（用 + - | 代替制表符）</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>透明背景</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>导出图示</translation>
    </message>
    <message>
        <source>SVG picture (Graphviz)</source>
        <translation>SVG 图片（Graphviz）</translation>
    </message>
    <message>
        <source>PNG image (Graphviz)</source>
        <translation>PNG 图像（Graphviz）</translation>
    </message>
    <message>
        <source>Text diagram (the lesson&apos;s box drawing)</source>
        <translation>文本图（课程中的方框图）</translation>
    </message>
    <message>
        <source>Graphviz DOT</source>
        <translation>Graphviz DOT</translation>
    </message>
    <message>
        <source>Markdown decision record</source>
        <translation>Markdown 决策记录</translation>
    </message>
    <message>
        <source> columns</source>
        <translation> 列</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>缩放(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>导出(&amp;E)...</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>The diagram could not be made: %1</source>
        <translation>无法生成图示：%1</translation>
    </message>
    <message>
        <source>%1 dpi, %2 x %3 pixels</source>
        <translation>%1 dpi，%2 x %3 像素</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Mermaid flowchart</source>
        <translation>Mermaid 流程图</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
</context>
<context>
    <name>storemap::Exporter</name>
    <message>
        <source>PNG needs Qt&apos;s SVG renderer, which this program does not include</source>
        <translation>PNG 需要 Qt 的 SVG 渲染器，本程序不包含它</translation>
    </message>
</context>
<context>
    <name>storemap::Findings</name>
    <message>
        <source>%1 has no access patterns. Lesson: identify your access patterns first; they decide where the data belongs.</source>
        <translation>%1 没有访问模式。课程：先识别访问模式；它们决定数据应放在哪里。</translation>
    </message>
    <message>
        <source>%1 is not placed on any store yet; it fits %2 best (%3).</source>
        <translation>%1 尚未放到任何存储上；最适合的是 %2（%3）。</translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation>模式：%1</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>flexible</source>
        <translation>灵活</translation>
    </message>
    <message>
        <source>Durability: %1</source>
        <translation>持久性：%1</translation>
    </message>
    <message>
        <source>%1 keeps binary data (&quot;%2&quot;) in %3. Lesson: never store binary files in the database; put them in object storage (S3) and keep only the URL/key. No scale changes this; only object storage clears it.</source>
        <translation>%1 把二进制数据（&quot;%2&quot;）存放在 %3 中。课程：永远不要把二进制文件存进数据库；应放到对象存储（S3）中，只保留 URL/键。任何规模都不会改变这一点；只有对象存储能解决。</translation>
    </message>
    <message>
        <source>%1 is critical data but its only home is %2, which is volatile by default. Lesson: Redis is a speed layer, not a durable store; when it runs out of memory it evicts keys, even with persistence on. It would be fine if the data could be rebuilt or lost (reconstructible or ephemeral).</source>
        <translation>%1 是关键数据，但唯一的存放位置是 %2，而它默认是易失的。课程：Redis 是加速层，不是持久存储；内存耗尽时它会淘汰键，即使开启了持久化也是如此。如果这些数据可以重建或丢失（reconstructible 或 ephemeral），则没有问题。</translation>
    </message>
    <message>
        <source>%1 runs &quot;%2&quot; (%3) on %4, whose queries are key-based only. Lesson: avoid key-value stores for ad-hoc queries or complex reporting. Without that query, or on a store with query power (PostgreSQL), this goes away.</source>
        <translation>%1 在只支持基于键查询的 %4 上执行 &quot;%2&quot;（%3）。课程：避免将键值存储用于即席查询或复杂报表。去掉该查询，或放到查询能力强的存储（PostgreSQL）上，此发现即消失。</translation>
    </message>
    <message>
        <source>%1 needs a transaction (&quot;%2&quot;) on %3. Lesson: MongoDB is to be avoided for complex transactions; PostgreSQL is ACID. Without that transaction, or on PostgreSQL, this goes away.</source>
        <translation>%1 需要在 %3 上执行事务（&quot;%2&quot;）。课程：应避免用 MongoDB 处理复杂事务；PostgreSQL 符合 ACID。去掉该事务，或放到 PostgreSQL 上，此发现即消失。</translation>
    </message>
    <message>
        <source>%1 needs &quot;%2&quot; (%3), but %4 can only get and put objects by key. Lesson: avoid object storage for structured data queries. Keep only get and put by key there, or move the entity to a database.</source>
        <translation>%1 需要 &quot;%2&quot;（%3），但 %4 只能按键读写对象。课程：避免将对象存储用于结构化数据查询。那里只保留按键读写，或将该实体移到数据库中。</translation>
    </message>
    <message>
        <source>%1 is %2 data read on every request (&quot;%3&quot;, very high) and lives in %4. Lesson: using PostgreSQL for session storage is a classic mistake; at %5 users a speed layer such as Redis serves it in under a millisecond. Below about %6 users it could stay where it is.</source>
        <translation>%1 是每次请求都会读取的 %2 数据（&quot;%3&quot;，很高频率），存放在 %4 中。课程：用 PostgreSQL 存储会话是典型错误；在 %5 用户的规模下，Redis 这样的加速层可在一毫秒内提供这些数据。在约 %6 用户以下，它可以留在原处。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; spans %2 in %3 and %4 in %5: no transaction covers two stores, so the application must keep them consistent itself (outbox, saga or idempotent retries). This is the seam of the polyglot design; both on one store would close it.</source>
        <translation>&quot;%1&quot; 跨越 %3 中的 %2 和 %5 中的 %4：没有事务能覆盖两个存储，因此应用必须自行保持它们的一致性（outbox、saga 或幂等重试）。这就是多语言持久化设计的接缝；两者放在同一存储上即可消除它。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; joins %2 in %3 with %4 in %5: no JOIN crosses two stores, so the application must join them itself. This is the seam of the polyglot design; both on one store would close it.</source>
        <translation>&quot;%1&quot; 将 %3 中的 %2 与 %5 中的 %4 连接：JOIN 无法跨越两个存储，因此应用必须自行连接。这就是多语言持久化设计的接缝；两者放在同一存储上即可消除它。</translation>
    </message>
    <message>
        <source>%1 fits %2 at only %3, while %4 (which the project runs or the budget affords) fits it at %5. Where it is, &quot;%6&quot; (%7, %8) scores %9 of 100. Lesson: map each access pattern to the storage that serves it. It would stay at 60 or more, or with no kind 20 points better in reach.</source>
        <translation>%1 在 %2 上的适配度只有 %3，而 %4（项目已在运行或预算可负担）的适配度为 %5。在当前位置，&quot;%6&quot;（%7，%8）仅得 %9 分（满分 100）。课程：把每种访问模式映射到能服务它的存储。若适配度达到 60 或以上，或没有高出 20 分的可用类型，它就可以留在原处。</translation>
    </message>
    <message>
        <source>%1 holds no entity, yet it is one more system to monitor, back up and upgrade (lesson: every database you add has an operational cost). Place an entity on it or remove it.</source>
        <translation>%1 没有存放任何实体，却是又一个需要监控、备份和升级的系统（课程：每增加一个数据库都有运维成本）。请在其上放置实体，或将其移除。</translation>
    </message>
    <message>
        <source>%1 runs &quot;%2&quot; (%3, %4) on %5, the same store that serves &quot;%6&quot; at very high frequency. Lesson: running analytics queries on your production database is a classic mistake; give reporting a replica or its own store. Below about %7 users, or with the reporting at low frequency, this would not apply.</source>
        <translation>%1 在 %5 上执行 &quot;%2&quot;（%3，%4），而该存储同时以很高频率服务 &quot;%6&quot;。课程：在生产数据库上运行分析查询是典型错误；请为报表提供副本或独立的存储。在约 %7 用户以下，或报表频率较低时，此发现不适用。</translation>
    </message>
    <message>
        <source>%1 kinds (%2) cost %3 against a budget of %4 at %5 users. %6 earns its cost least: without it its entities would lose %7 points of overall fit against its burden of %8. Lesson: every database you add is another thing to monitor, back up and debug at 3 AM; add stores only for measured bottlenecks. These kinds would be within budget from about %9 users.</source>
        <translation>%1 种类型（%2）成本为 %3，而在 %5 用户时预算为 %4。%6 最不值得其成本：没有它，其实体只会损失 %7 分总体适配度，而它的运维负担为 %8。课程：每增加一个数据库，就多一个需要监控、备份并在凌晨 3 点调试的系统；只为实测的瓶颈增加存储。这些类型从约 %9 用户起可在预算之内。</translation>
    </message>
    <message>
        <source>Every entity lives in %1, but %2 fits %3 far better (%4 against %5), and at %6 users the budget affords both. Lesson: using one database for everything is a classic mistake; each of these has a better tool. Below about %7 users the budget would not afford the second kind.</source>
        <translation>所有实体都在 %1 中，但 %2 明显更适合 %3（%4 对比 %5），且在 %6 用户时预算足以负担两者。课程：所有数据都用一个数据库是典型错误；每种场景都有更好的工具。在约 %7 用户以下，预算负担不起第二种类型。</translation>
    </message>
    <message>
        <source>%1 fits %2 at %3, below the required minimum of %4 (--min-fit). It fits %5 best (%6); a fit of %4 or more passes.</source>
        <translation>%1 在 %2 上的适配度为 %3，低于要求的最低值 %4（--min-fit）。它最适合 %5（%6）；适配度达到 %4 或以上即可通过。</translation>
    </message>
    <message>
        <source>%1 is not placed on any store yet; give it access patterns to see where it fits.</source>
        <translation>%1 尚未放置到任何存储上；请为其添加访问模式，以查看它适合放在哪里。</translation>
    </message>
    <message>
        <source>%1 averages %2 an item, over the hard limit of %3 for a %4 on %5: writes of such items fail. Keep the large part in object storage (S3 or R2) with a pointer in %5, or choose a kind without this limit. Source: %6.</source>
        <translation>%1 平均每项 %2，超过 %5 上 %4 的硬性上限 %3：写入这类项目会失败。请把大的部分放到对象存储（S3 或 R2）并在 %5 中保留指针，或选择没有此限制的类型。来源：%6。</translation>
    </message>
    <message>
        <source>%1 holds at least %2 of data in %3 GB of memory, and %4 is critical: when the memory is full keys are evicted, or writes refused, and critical data must never be lost (lesson&apos;s edge case: Redis out of memory evicts keys you thought were saved). Give it more memory, or keep %4 on durable storage. Source: %5.</source>
        <translation>%1 在 %3 GB 内存中至少存有 %2 数据，而 %4 是关键数据：内存满时键会被淘汰或写入被拒绝，而关键数据绝不能丢失（课程中的边缘情况：Redis 内存耗尽会淘汰你以为已保存的键）。请增加内存，或把 %4 放在持久存储上。来源：%5。</translation>
    </message>
    <message>
        <source>%1 holds at least %2 of data in %3 GB of memory (%4 the most): when the memory is full keys are evicted, or writes refused (lesson&apos;s edge case: Redis out of memory evicts keys you thought were saved). Rebuildable data survives that; size the memory, or set a TTL. Source: %5.</source>
        <translation>%1 在 %3 GB 内存中至少存有 %2 数据（其中 %4 最多）：内存满时键会被淘汰或写入被拒绝（课程中的边缘情况：Redis 内存耗尽会淘汰你以为已保存的键）。可重建的数据能承受这一点；请规划内存大小或设置 TTL。来源：%5。</translation>
    </message>
    <message>
        <source>%1 on %2 against %3 on %4: storage, requests and egress at each kind&apos;s prices</source>
        <translation>%2 上 %1 对比 %4 上 %3：按各类型的价格计算存储、请求和出站流量</translation>
    </message>
    <message>
        <source>the egress alone: without items, item size and rates the storage and requests cannot be compared</source>
        <translation>仅出站流量：没有条目数、条目大小和速率，无法比较存储和请求</translation>
    </message>
    <message>
        <source>%1 serves %2 GB a month to the internet from %3: %4 a month in egress alone (%5). %6 charges no egress: %1 there would save %7 a month (%8). Lesson: R2 has zero egress fees; for image-heavy apps and video streaming it can cut storage costs dramatically. %9</source>
        <translation>%1 每月从 %3 向互联网提供 %2 GB：仅出站流量每月就要 %4（%5）。%6 不收出站流量费用：%1 放在那里每月可节省 %7（%8）。课程：R2 没有出站流量费用；对于图片密集型应用和视频流，它能大幅降低存储成本。%9</translation>
    </message>
</context>
<context>
    <name>storemap::FindingsModel</name>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
</context>
<context>
    <name>storemap::FitMatrixModel</name>
    <message>
        <source>%1 on %2: fit %3</source>
        <translation>%1 在 %2 上：适配度 %3</translation>
    </message>
    <message>
        <source> (where it is now)</source>
        <translation> （当前位置）</translation>
    </message>
    <message>
        <source> (its best kind)</source>
        <translation> （最佳类型）</translation>
    </message>
    <message>
        <source>Double-click to move it there.</source>
        <translation>双击可将其移到那里。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Traffic %1: the sum of its patterns&apos; frequency weights, its weight in the overall fit and in the advisor.</source>
        <translation>流量 %1：其各访问模式频率权重之和，即它在总体适配度和顾问中的权重。</translation>
    </message>
    <message>
        <source>Alone on %1: %2 a month</source>
        <translation>单独放在 %1 上：每月 %2</translation>
    </message>
</context>
<context>
    <name>storemap::GettingStarted</name>
    <message>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Storemap helps you decide where each piece of your application&apos;s data should live. Work in four steps:</source>
        <translation>Storemap 帮助你决定应用的每一部分数据应当存放在哪里。分四步进行：</translation>
    </message>
    <message>
        <source>&lt;b&gt;List the data.&lt;/b&gt; Press Ctrl+E for a new entity and type its name. It lands in the Unplaced tray.</source>
        <translation>&lt;b&gt;列出数据。&lt;/b&gt;按 Ctrl+E 新建实体并输入名称。它会出现在“未放置”区域。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Set the scale.&lt;/b&gt; The Users field on the toolbar sets how many people the design serves, and with it how much operational complexity the project can afford.</source>
        <translation>&lt;b&gt;设定规模。&lt;/b&gt;工具栏上的“用户”字段设定设计服务的人数，也就决定了项目能承受多少运维复杂度。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Place each entity.&lt;/b&gt; Drag a store kind from the Palette onto the canvas, then drag each chip onto a store (or Alt+Left/Right on a selected chip). Suggest Layout (Ctrl+L) proposes the best layout for the scale.</source>
        <translation>&lt;b&gt;放置每个实体。&lt;/b&gt;从“调色板”把一种存储拖到画布上，再把每个卡片拖到存储上（或在选中的卡片上按 Alt+左/右）。“建议布局”（Ctrl+L）会给出适合该规模的最佳布局。</translation>
    </message>
    <message>
        <source>What the scores mean</source>
        <translation>分数的含义</translation>
    </message>
    <message>
        <source>A fit (0 to 100) says how well a store kind serves an entity&apos;s access patterns, weighted by how often each happens, and moved by load at your scale, schema, durability and latency. Green is good (80 and up), amber fair (60 to 80), red poor (below 60); hover a chip for the reasons. The overall fit weights every entity by its traffic.</source>
        <translation>适配度（0 到 100）表示一种存储对实体访问模式的适合程度，按各模式的频率加权，并受你的规模下的负载、模式、持久性和延迟影响。绿色为良好（80 及以上），琥珀色为一般（60 到 80），红色为较差（低于 60）；将鼠标悬停在卡片上可查看原因。总体适配度按每个实体的流量加权。</translation>
    </message>
    <message>
        <source>Complexity vs budget: every kind of store you run costs operational effort; the budget grows with your users. Above the budget, the design asks more of the team than the scale affords.</source>
        <translation>复杂度与预算：你运行的每种存储都需要运维投入；预算随用户数增长。超出预算时，设计对团队的要求超过了该规模所能承受的。</translation>
    </message>
    <message>
        <source>What the findings mean</source>
        <translation>发现项的含义</translation>
    </message>
    <message>
        <source>Findings name the classic mistakes, each citing the lesson: errors first, then warnings, then hints. Click one to select the entity it is about. A finding that remains after Suggest Layout says why no affordable layout avoids it.</source>
        <translation>发现项指出经典错误，并引用课程：先是错误，然后是警告，最后是提示。单击某一项可选中它涉及的实体。在“建议布局”之后仍然存在的发现项会说明为什么没有负担得起的布局能避免它。</translation>
    </message>
    <message>
        <source>The lesson&apos;s rules</source>
        <translation>课程的规则</translation>
    </message>
    <message>
        <source>Identify your access patterns first; they decide where the data belongs.</source>
        <translation>先识别你的访问模式；它们决定数据应放在哪里。</translation>
    </message>
    <message>
        <source>Start with PostgreSQL + S3. The sweet spot for most applications is PostgreSQL + Redis + S3; add more only for measured bottlenecks.</source>
        <translation>从 PostgreSQL + S3 开始。大多数应用的最佳组合是 PostgreSQL + Redis + S3；只有在测量到瓶颈时才添加更多。</translation>
    </message>
    <message>
        <source>Never store binary files (images, videos, documents) in the database: use object storage and keep only the key.</source>
        <translation>永远不要把二进制文件（图片、视频、文档）存进数据库：使用对象存储，只保存键。</translation>
    </message>
    <message>
        <source>Data in Redis should be data you can afford to lose or rebuild from the primary database.</source>
        <translation>Redis 中的数据应当是你能承受丢失或可以从主数据库重建的数据。</translation>
    </message>
    <message>
        <source>Every database you add is another system to monitor, back up, upgrade and debug at 3 AM: one database for everything and too many too early are both mistakes.</source>
        <translation>你添加的每个数据库都是又一个需要在凌晨 3 点监控、备份、升级和调试的系统：一个数据库包揽一切，和过早使用太多数据库，都是错误。</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write down its access patterns.&lt;/b&gt; In the Entity panel press + (or Ctrl+Shift+A) and type how the application reads or writes it (&quot;Get user by email&quot;), then Tab to its type, how often it happens and, for a join or a transaction, the entity it touches. Without patterns an entity has no fit.</source>
        <translation>&lt;b&gt;写下访问模式。&lt;/b&gt;在“实体”面板中按 +（或 Ctrl+Shift+A），输入应用如何读取或写入它（“按邮箱获取用户”），然后按 Tab 依次设置类型、频率，以及连接或事务所涉及的实体。没有访问模式的实体没有适配度。</translation>
    </message>
</context>
<context>
    <name>storemap::GitVersion</name>
    <message>
        <source>git could not be run (%1): is it installed?</source>
        <translation>无法运行 git（%1）：是否已安装？</translation>
    </message>
    <message>
        <source>git did not answer within %1 s</source>
        <translation>git 在 %1 秒内没有响应</translation>
    </message>
    <message>
        <source>%1 at git HEAD: %2</source>
        <translation>git HEAD 中的 %1：%2</translation>
    </message>
</context>
<context>
    <name>storemap::Graphviz</name>
    <message>
        <source>Graphviz could not start</source>
        <translation>Graphviz 无法启动</translation>
    </message>
    <message>
        <source>Graphviz could not read the diagram</source>
        <translation>Graphviz 无法读取图示</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the diagram</source>
        <translation>Graphviz 无法布局图示</translation>
    </message>
    <message>
        <source>Graphviz could not render the diagram</source>
        <translation>Graphviz 无法渲染图示</translation>
    </message>
</context>
<context>
    <name>storemap::HandOver</name>
    <message>
        <source>storemap-gui, which opens the designer and exports PNG, could not be started. Looked for:</source>
        <translation>无法启动 storemap-gui（它负责打开设计器和导出 PNG）。已查找：</translation>
    </message>
    <message>
        <source>Reinstall Storemap, or build its storemap-gui target.</source>
        <translation>请重新安装 Storemap，或构建其 storemap-gui 目标。</translation>
    </message>
</context>
<context>
    <name>storemap::Import</name>
    <message>
        <source>in %1 s (%2/s)</source>
        <translation>在 %1 秒内（%2/秒）</translation>
    </message>
    <message>
        <source>schema dump %1, line %2; not measured: frequency left at medium</source>
        <translation>模式转储 %1，第 %2 行；未测量：频率保持为中等</translation>
    </message>
    <message>
        <source> Durability guessed as %1 from the table name (&quot;%2&quot;); review it.</source>
        <translation> 持久性根据表名（“%2”）推测为 %1；请复核。</translation>
    </message>
    <message>
        <source>PostgreSQL table %1: about %2 rows, %3 KiB (pg_total_relation_size). Over the %4 s statistics window: %5 rows inserted, %6 updated, %7 deleted; %8 index scans, %9 sequential scans.</source>
        <translation>PostgreSQL 表 %1：约 %2 行，%3 KiB（pg_total_relation_size）。在 %4 秒的统计窗口内：插入 %5 行，更新 %6 行，删除 %7 行；索引扫描 %8 次，顺序扫描 %9 次。</translation>
    </message>
    <message>
        <source>PostgreSQL table %1, from %2 line %3; no statistics, so every frequency is unmeasured (medium).</source>
        <translation>PostgreSQL 表 %1，来自 %2 第 %3 行；没有统计信息，因此所有频率均未测量（中等）。</translation>
    </message>
    <message>
        <source>pg_stat_user_indexes: %1 scans of %2 %3</source>
        <translation>pg_stat_user_indexes：%2 被扫描 %1 次，%3</translation>
    </message>
    <message>
        <source>Get %1 by %2</source>
        <translation>按 %2 获取 %1</translation>
    </message>
    <message>
        <source>foreign key %1; pg_stat_user_tables: %2 reads of %3 %4</source>
        <translation>外键 %1；pg_stat_user_tables：%3 被读取 %2 次，%4</translation>
    </message>
    <message>
        <source>foreign key %1; %2</source>
        <translation>外键 %1；%2</translation>
    </message>
    <message>
        <source>Join %1 to %2 on %3</source>
        <translation>按 %3 将 %1 与 %2 连接</translation>
    </message>
    <message>
        <source>%1; pg_stat_statements: %2 text-search statements %3</source>
        <translation>%1；pg_stat_statements：%2 条全文搜索语句，%3</translation>
    </message>
    <message>
        <source>%1; pg_stat_user_indexes: %2 scans %3</source>
        <translation>%1；pg_stat_user_indexes：扫描 %2 次，%3</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Search %1 by text</source>
        <translation>全文搜索 %1</translation>
    </message>
    <message>
        <source>column %1; pg_stat_user_tables: %2 reads and writes %3</source>
        <translation>列 %1；pg_stat_user_tables：读写 %2 次，%3</translation>
    </message>
    <message>
        <source>column %1; %2</source>
        <translation>列 %1；%2</translation>
    </message>
    <message>
        <source>Store and fetch %1 %2</source>
        <translation>存取 %1 的 %2</translation>
    </message>
    <message>
        <source>Append to %1</source>
        <translation>向 %1 追加</translation>
    </message>
    <message>
        <source>pg_stat_user_tables: %1 rows inserted %2, none updated or deleted</source>
        <translation>pg_stat_user_tables：插入 %1 行，%2，无更新或删除</translation>
    </message>
    <message>
        <source>Update %1 in place</source>
        <translation>原地更新 %1</translation>
    </message>
    <message>
        <source>pg_stat_user_tables: %1 rows updated in place %2, %3 inserted; about %4 rows</source>
        <translation>pg_stat_user_tables：原地更新 %1 行，%2，插入 %3 行；约 %4 行</translation>
    </message>
    <message>
        <source>PostgreSQL at %1:%2 (database %3)</source>
        <translation>位于 %1:%2 的 PostgreSQL（数据库 %3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1：%2 秒内无应答</translation>
    </message>
    <message>
        <source>out of memory while connecting to PostgreSQL</source>
        <translation>连接 PostgreSQL 时内存不足</translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL at %1:%2 (database %3): %4</source>
        <translation>无法连接到位于 %1:%2 的 PostgreSQL（数据库 %3）：%4</translation>
    </message>
    <message>
        <source>%1: no statistics for the current database</source>
        <translation>%1：当前数据库没有统计信息</translation>
    </message>
    <message>
        <source>%1: no user tables to import</source>
        <translation>%1：没有可导入的用户表</translation>
    </message>
    <message>
        <source>column %1 (tsvector)</source>
        <translation>列 %1（tsvector）</translation>
    </message>
    <message>
        <source>%1 (bytea)</source>
        <translation>%1（bytea）</translation>
    </message>
    <message>
        <source>%1 (%2, large object)</source>
        <translation>%1（%2，大对象）</translation>
    </message>
    <message>
        <source>index %1 (%2)</source>
        <translation>索引 %1（%2）</translation>
    </message>
    <message>
        <source>%1:%2: skipped the psql command %3</source>
        <translation>%1:%2：已跳过 psql 命令 %3</translation>
    </message>
    <message>
        <source>%1:%2: skipped (not a table, key or index): %3</source>
        <translation>%1:%2：已跳过（不是表、键或索引）：%3</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>主键</translation>
    </message>
    <message>
        <source>unique constraint</source>
        <translation>唯一约束</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>在 %1 上</translation>
    </message>
    <message>
        <source>an expression</source>
        <translation>一个表达式</translation>
    </message>
    <message>
        <source>%1:%2: not SQL text (a binary file?); expected a schema dump from pg_dump --schema-only</source>
        <translation>%1:%2：不是 SQL 文本（二进制文件？）；应为 pg_dump --schema-only 生成的模式转储</translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid SQL (%4); expected a schema dump from pg_dump --schema-only</source>
        <translation>%1:%2:%3：不是有效的 SQL（%4）；应为 pg_dump --schema-only 生成的模式转储</translation>
    </message>
    <message>
        <source>%1: the parser&apos;s answer could not be read (%2)</source>
        <translation>%1：无法读取解析器的结果（%2）</translation>
    </message>
    <message>
        <source>%1: no SQL statements; expected a schema dump from pg_dump --schema-only</source>
        <translation>%1：没有 SQL 语句；应为 pg_dump --schema-only 生成的模式转储</translation>
    </message>
    <message>
        <source>%1: no CREATE TABLE statements; nothing to import</source>
        <translation>%1：没有 CREATE TABLE 语句；无可导入内容</translation>
    </message>
    <message>
        <source>%1 is a folder, not a schema dump</source>
        <translation>%1 是文件夹，不是模式转储</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; a schema dump is far smaller (at most %3 MiB)</source>
        <translation>%1 大小为 %2 MiB；模式转储要小得多（最多 %3 MiB）</translation>
    </message>
    <message>
        <source>; stored under its owner&apos;s key (foreign key %1)</source>
        <translation>；按其所有者的键存放（外键 %1）</translation>
    </message>
    <message>
        <source>the PostgreSQL client library (libpq.so.5) could not be loaded: %1. Install it (apt-get install libpq5) to import from a live database.</source>
        <translation>无法加载 PostgreSQL 客户端库（libpq.so.5）：%1。请安装它（apt-get install libpq5）以从运行中的数据库导入。</translation>
    </message>
</context>
<context>
    <name>storemap::ImportCommand</name>
    <message>
        <source>a source (postgresql://..., or a .sql file)</source>
        <translation>一个来源（postgresql://... 或 .sql 文件）</translation>
    </message>
    <message>
        <source>import needs -o OUT.storemap, the project to write</source>
        <translation>import 需要 -o OUT.storemap，即要写入的项目</translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds from 1 to %1</source>
        <translation>--timeout 需要 1 到 %1 之间的整数秒数</translation>
    </message>
    <message>
        <source>%1: %2 tables imported into %3
</source>
        <translation>%1：已将 %2 个表导入 %3
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
  storemap import SOURCE -o OUT.storemap [--users N] [--timeout S]

import  将现有的 PostgreSQL 数据库转换为项目：SOURCE 可以是 postgresql:// URI、
        libpq 连接字符串（&quot;host=... dbname=...&quot;）或 pg_dump --schema-only 生成的
        .sql 文件。在线导入在一个只读事务中读取系统目录和统计信息（--timeout 限制
        连接和每条语句的时间，默认 10 秒）；密码绝不会被写入任何地方。
</translation>
    </message>
</context>
<context>
    <name>storemap::ImportDialog</name>
    <message>
        <source>Import a PostgreSQL Database</source>
        <translation>导入 PostgreSQL 数据库</translation>
    </message>
    <message>
        <source>Used to connect, never saved</source>
        <translation>仅用于连接，从不保存</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Read-only: the catalog and the statistics are read in one read-only transaction; the frequencies come from what the server measured.</source>
        <translation>只读：目录和统计信息在一个只读事务中读取；频率来自服务器的实测数据。</translation>
    </message>
    <message>
        <source>&amp;Live database</source>
        <translation>在线数据库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Import a Schema File</source>
        <translation>导入模式文件</translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL 文件 (*.sql);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A pg_dump --schema-only file, read with PostgreSQL&apos;s own parser: the structure only, so every frequency is medium and marked unmeasured. Statements it does not need are skipped and listed.</source>
        <translation>pg_dump --schema-only 生成的文件，用 PostgreSQL 自己的解析器读取：只有结构，因此每个频率均为中等并标记为未测量。不需要的语句会被跳过并列出。</translation>
    </message>
    <message>
        <source>&amp;Schema file</source>
        <translation>模式文件(&amp;S)</translation>
    </message>
    <message>
        <source>Each table becomes an entity, with the access patterns its keys, foreign keys, indexes and statistics show, all on one PostgreSQL store named after the database. The import opens as a new, unsaved project.</source>
        <translation>每个表成为一个实体，其访问模式来自键、外键、索引和统计信息，全部位于一个以数据库命名的 PostgreSQL 存储上。导入结果以新的未保存项目打开。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Connecting to %1:%2…</source>
        <translation>正在连接 %1:%2…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Could not import: %1</source>
        <translation>无法导入：%1</translation>
    </message>
</context>
<context>
    <name>storemap::KindListModel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Best for: %2&lt;br&gt;Avoid for: %3&lt;br&gt;&lt;i&gt;Drag onto the canvas, or press Enter, to add a store.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;最适合：%2&lt;br&gt;不适合：%3&lt;br&gt;&lt;i&gt;拖到画布上或按 Enter 键即可添加存储。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Drag %1 onto the canvas to add a store of that kind.</source>
        <translation>将 %1 拖到画布上，即可添加该类型的存储。</translation>
    </message>
</context>
<context>
    <name>storemap::MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>新建一个空项目</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a .storemap project</source>
        <translation>打开 .storemap 项目</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>以新名称保存项目</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export the diagram or a decision record</source>
        <translation>导出图示或决策记录</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close Storemap</source>
        <translation>关闭 Storemap</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>撤销上一次更改</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the change you undid</source>
        <translation>重做已撤销的更改</translation>
    </message>
    <message>
        <source>New &amp;Entity</source>
        <translation>新建实体(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Add a data entity to the Unplaced tray</source>
        <translation>向“未放置”区添加一个数据实体</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected stores and entities</source>
        <translation>删除所选的存储和实体</translation>
    </message>
    <message>
        <source>Suggest &amp;Layout…</source>
        <translation>建议布局(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Ask the advisor for the layout that fits this scale best</source>
        <translation>向顾问询问最适合当前规模的布局</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom in on the canvas</source>
        <translation>放大画布</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Zoom out of the canvas</source>
        <translation>缩小画布</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Show the whole layout</source>
        <translation>显示整个布局</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation>缩放到 100%</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New from Sa&amp;mple</source>
        <translation>从示例新建(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;E-commerce (the lesson&apos;s example)</source>
        <translation>电商(&amp;E)（课程中的示例）</translation>
    </message>
    <message>
        <source>&amp;Startup (100 users)</source>
        <translation>初创公司(&amp;S)（100 用户）</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Show every change and jump back to any of them</source>
        <translation>显示每一次更改，并可跳回其中任意一次</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Palette</source>
        <translation>类型面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Complexity vs Budget</source>
        <translation>复杂度与预算(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Entity</source>
        <translation>实体(&amp;E)</translation>
    </message>
    <message>
        <source>Fi&amp;t Matrix</source>
        <translation>适配度矩阵(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Decision Matrix</source>
        <translation>决策矩阵(&amp;D)</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>显示或隐藏“%1”面板</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>设计(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Storemap</source>
        <translation>关于 Storemap(&amp;A)</translation>
    </message>
    <message>
        <source>About Storemap</source>
        <translation>关于 Storemap</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Storemap %1&lt;/h3&gt;&lt;p&gt;Design where your application&apos;s data lives: list your entities and their access patterns, place each on the store that fits, and watch the operational cost of every extra store.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Storemap %1&lt;/h3&gt;&lt;p&gt;设计应用数据的存放位置：列出实体及其访问模式，把每个实体放到适合它的存储上，并留意每增加一个存储带来的运维成本。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Complexity vs budget</source>
        <translation>复杂度与预算</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Fit of every entity on every kind: ● marks where it is; double-click (or Enter) to move it there.</source>
        <translation>每个实体在每种类型上的适配度：● 表示当前位置；双击（或按 Enter）即可将其移到那里。</translation>
    </message>
    <message>
        <source>Fit matrix</source>
        <translation>适配度矩阵</translation>
    </message>
    <message>
        <source>Click a finding to select its entity.</source>
        <translation>单击某条发现即可选中其实体。</translation>
    </message>
    <message>
        <source>No findings: nothing here repeats a mistake the lesson warns about.</source>
        <translation>没有发现：这里没有重复课程所警示的错误。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>The lesson&apos;s decision matrix; rows that matter for the selected entity are highlighted.</source>
        <translation>课程中的决策矩阵；与所选实体相关的行会高亮显示。</translation>
    </message>
    <message>
        <source>Decision matrix</source>
        <translation>决策矩阵</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Added an entity to the Unplaced tray: name it and list its access patterns.</source>
        <translation>已向“未放置”区添加一个实体：请为其命名并列出其访问模式。</translation>
    </message>
    <message>
        <source>Could not open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Could not open sample</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Could not save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Overall fit %1  ·  Errors: %2  ·  Warnings: %3  ·  %4</source>
        <translation>总体适配度 %1  ·  错误：%2  ·  警告：%3  ·  %4</translation>
    </message>
    <message>
        <source>Choose the interface language and the autosave delay</source>
        <translation>选择界面语言和自动保存延迟</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Kept your version; saving over “%1” will ask first.</source>
        <translation>已保留您的版本；覆盖保存“%1”前会先询问。</translation>
    </message>
    <message>
        <source>Could not reload project</source>
        <translation>无法重新加载项目</translation>
    </message>
    <message>
        <source>Reload “%1” from disk</source>
        <translation>从磁盘重新加载“%1”</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>已重新加载 %1</translation>
    </message>
    <message>
        <source>Could not keep the other version as %1; nothing was saved.</source>
        <translation>无法将另一个版本保留为 %1；未保存任何内容。</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>路线图(&amp;R)</translation>
    </message>
    <message>
        <source>Project &amp;Notes…</source>
        <translation>项目备注(&amp;N)…</translation>
    </message>
    <message>
        <source>Write down why the design is as it is; the decision record prints it</source>
        <translation>写下设计为何如此；决策记录会打印它</translation>
    </message>
    <message>
        <source>Edit project notes</source>
        <translation>编辑项目备注</translation>
    </message>
    <message>
        <source>Type part of an entity&apos;s name: its chip is selected and shown</source>
        <translation>输入实体名称的一部分：它的卡片会被选中并显示</translation>
    </message>
    <message>
        <source>Find entity (Ctrl+F)</source>
        <translation>查找实体（Ctrl+F）</translation>
    </message>
    <message>
        <source>Type part of an entity&apos;s name; Enter finds the next one</source>
        <translation>输入实体名称的一部分；按 Enter 查找下一个</translation>
    </message>
    <message>
        <source>No entity&apos;s name contains &quot;%1&quot;.</source>
        <translation>没有实体名称包含“%1”。</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <source>How to place entities, what the scores and findings mean</source>
        <translation>如何放置实体，分数和发现项的含义</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>这是什么(&amp;T)?</translation>
    </message>
    <message>
        <source>The store kinds of the lesson&apos;s decision matrix. Drag one onto the canvas to add a store; its tooltip says what it is best and worst for.</source>
        <translation>课程决策矩阵中的存储种类。把一种拖到画布上即可添加存储；其提示说明它最适合和最不适合什么。</translation>
    </message>
    <message>
        <source>The operational cost of the kinds of store the layout runs, against the budget your number of users affords. Every kind you add is another system to monitor, back up and debug.</source>
        <translation>布局所运行的各类存储的运维成本，与你的用户数所能承受的预算对比。每增加一种都是又一个需要监控、备份和调试的系统。</translation>
    </message>
    <message>
        <source>The selected entity: its name, description, notes, schema, durability and access patterns. Its fit on its store and its best store are shown on top.</source>
        <translation>选中的实体：名称、描述、备注、模式、持久性和访问模式。顶部显示它在当前存储上的适配度以及最佳存储。</translation>
    </message>
    <message>
        <source>Every entity&apos;s fit on every kind of store at this scale. The dot marks where it is placed, bold where it fits best.</source>
        <translation>在此规模下每个实体在每种存储上的适配度。圆点表示放置位置，粗体表示最适合的位置。</translation>
    </message>
    <message>
        <source>The classic mistakes this layout makes, each citing the lesson. Click one to select the entity it is about.</source>
        <translation>此布局犯下的经典错误，每项都引用课程。单击某项可选中它涉及的实体。</translation>
    </message>
    <message>
        <source>The lesson&apos;s decision matrix: what each kind of store offers and costs. The rows that matter for the selected entity are marked.</source>
        <translation>课程的决策矩阵：每种存储提供什么、代价是什么。与选中实体相关的行已标出。</translation>
    </message>
    <message>
        <source>The layout drawn like the lesson&apos;s picture, as it will be exported; Copy ASCII puts the text diagram on the clipboard.</source>
        <translation>按课程插图的样式绘制的布局，与导出的一致；“复制 ASCII”会把文本图放到剪贴板。</translation>
    </message>
    <message>
        <source>Every change you made, one line per gesture. Click a line to go back to that moment; Redo comes forward again.</source>
        <translation>你做过的每一次更改，每个操作一行。点击某行可回到那一刻；“重做”可再次前进。</translation>
    </message>
    <message>
        <source>Which layout suits which scale: when to add a store, and which entities move then. Click a step to set the scale there.</source>
        <translation>哪种布局适合哪种规模：何时添加存储，以及届时哪些实体会迁移。点击某一步可把规模设为该处。</translation>
    </message>
    <message>
        <source>&amp;Grid Layout</source>
        <translation>网格布局(&amp;G)</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Wrap the stores and their chips into a grid that fits the window, so names stay legible however many entities there are</source>
        <translation>将存储及其条目排成适合窗口的网格，无论实体多少，名称都清晰可读</translation>
    </message>
    <message>
        <source>New Access &amp;Pattern</source>
        <translation>新建访问模式(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Add an access pattern to the selected entity and type its name</source>
        <translation>为所选实体添加访问模式并输入其名称</translation>
    </message>
    <message>
        <source>Name the project: the title of the canvas and of every diagram</source>
        <translation>为项目命名：画布和每个图的标题</translation>
    </message>
    <message>
        <source>&amp;Import PostgreSQL…</source>
        <translation>导入 PostgreSQL(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Turn a PostgreSQL database (live, or a schema file) into a new project</source>
        <translation>将 PostgreSQL 数据库（在线或模式文件）转换为新项目</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n table(s) from %1 as a new project.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个表，作为新项目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some statements were skipped</source>
        <translation>部分语句被跳过</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Show what differs between this design and another file</source>
        <translation>显示此设计与另一个文件的差异</translation>
    </message>
    <message>
        <source>Compare With &amp;Git HEAD</source>
        <translation>与 Git HEAD 比较(&amp;G)</translation>
    </message>
    <message>
        <source>Show what differs between this design and the file as last committed to git</source>
        <translation>显示此设计与 git 中最后提交的文件的差异</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Another version of this design (a file, or the file at git&apos;s HEAD) beside the canvas: what moved, came or went, marked on both canvases. Click a difference to select its entity.</source>
        <translation>此设计的另一个版本（一个文件，或 git HEAD 中的文件）显示在画布旁：移动、新增或删除的内容在两个画布上都有标记。单击某个差异以选择其实体。</translation>
    </message>
    <message>
        <source>Could not compare</source>
        <translation>无法比较</translation>
    </message>
    <message>
        <source>Save the project in a git repository first: it is compared with the file as last committed.</source>
        <translation>请先将项目保存到 git 仓库中：它将与最后提交的文件比较。</translation>
    </message>
    <message>
        <source>%1 at git HEAD: %2</source>
        <translation>git HEAD 中的 %1：%2</translation>
    </message>
    <message>
        <source>%1 at git HEAD</source>
        <translation>git HEAD 中的 %1</translation>
    </message>
    <message>
        <source>Store &amp;Memory…</source>
        <translation>存储内存(&amp;M)…</translation>
    </message>
    <message>
        <source>Set what the selected store holds in memory before it evicts keys (Tab to a store on the canvas and press Space to select it)</source>
        <translation>设置所选存储在淘汰键之前的内存容量（在画布上按 Tab 移到存储，按空格选中）</translation>
    </message>
    <message>
        <source>Operated &amp;Kinds…</source>
        <translation>已运行的类型(&amp;K)…</translation>
    </message>
    <message>
        <source>Tick the store kinds your team already runs: their operational burden is already paid</source>
        <translation>勾选团队已在运行的存储类型：其运维负担已经付出</translation>
    </message>
    <message>
        <source>Rename Pro&amp;ject…</source>
        <translation>重命名项目(&amp;J)…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>Fi&amp;nd Entity…</source>
        <translation>查找实体(&amp;N)…</translation>
    </message>
    <message>
        <source>Finding&amp;s</source>
        <translation>发现(&amp;S)</translation>
    </message>
    <message>
        <source>Diagra&amp;m</source>
        <translation>图示(&amp;M)</translation>
    </message>
    <message>
        <source>Compare &amp;With File…</source>
        <translation>与文件比较(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>storemap::Merge</name>
    <message>
        <source>changed on both sides: ours %1, theirs %2 (was %3)</source>
        <translation>双方都做了更改：我方 %1，对方 %2（原为 %3）</translation>
    </message>
    <message>
        <source>added on both sides with different values: ours %1, theirs %2</source>
        <translation>双方都以不同的值添加：我方 %1，对方 %2</translation>
    </message>
    <message>
        <source>changed in ours, removed in theirs</source>
        <translation>我方已更改，对方已移除</translation>
    </message>
    <message>
        <source>removed in ours, changed in theirs</source>
        <translation>我方已移除，对方已更改</translation>
    </message>
    <message>
        <source>placed on store &quot;%1&quot;, which the other side removed</source>
        <translation>放置在存储&quot;%1&quot;上，而另一方已移除该存储</translation>
    </message>
    <message>
        <source>refers to entity &quot;%1&quot;, which the other side removed</source>
        <translation>引用了实体&quot;%1&quot;，而另一方已移除该实体</translation>
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
  storemap merge 基础 我方 对方 [-o 输出]

merge   按 id 对存储、实体和访问模式进行三方合并，可作为 git 合并驱动：对不同内容的
        更改会合并；同一内容被两种方式更改则为冲突（以 1 退出，每个冲突连同其 JSON
        路径输出到 stderr，我方文件保持不变）。除非给出 -o 输出，否则写入我方文件。
</translation>
    </message>
    <message>
        <source>three project files, BASE, OURS and THEIRS</source>
        <translation>三个项目文件：基础、我方和对方</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>%1 需要一个文件名</translation>
    </message>
    <message numerus="yes">
        <source>storemap: %n conflict(s); %1 was left as it was
</source>
        <translation>
            <numerusform>storemap：%n 个冲突；%1 保持不变
</numerusform>
        </translation>
    </message>
    <message>
        <source>the merge holds %1 stores and %2 entities; at most %3 and %4 are allowed</source>
        <translation>合并结果包含 %1 个存储和 %2 个实体；最多允许 %3 个和 %4 个</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>storemap::OperatedKindsDialog</name>
    <message>
        <source>Operated Kinds</source>
        <translation>已运行的类型</translation>
    </message>
    <message>
        <source>Tick the store kinds your team already runs in production: their operational burden (monitoring, backups, upgrades, being woken at 3 AM) is already paid.</source>
        <translation>勾选团队已在生产环境运行的存储类型：其运维负担（监控、备份、升级、凌晨 3 点被叫醒）已经付出。</translation>
    </message>
</context>
<context>
    <name>storemap::PaletteDock</name>
    <message>
        <source>Palette</source>
        <translation>类型面板</translation>
    </message>
    <message>
        <source>Drag a kind onto the canvas to add a store.</source>
        <translation>将一种类型拖到画布上，即可添加存储。</translation>
    </message>
</context>
<context>
    <name>storemap::PatternTableModel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>The other entity a join or transaction touches.</source>
        <translation>连接或事务涉及的另一个实体。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>With</source>
        <translation>关联实体</translation>
    </message>
    <message>
        <source>New access pattern</source>
        <translation>新访问模式</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>%1 per second or more</source>
        <translation>每秒 %1 次或更多</translation>
    </message>
    <message>
        <source>%1 to under %2 per second</source>
        <translation>每秒 %1 次至不足 %2 次</translation>
    </message>
    <message>
        <source>under %1 per second</source>
        <translation>每秒不足 %1 次</translation>
    </message>
    <message>
        <source>Decided by the rate: %1 per second is “%2” (%3). Clear the rate to choose the frequency yourself.</source>
        <translation>由速率决定：每秒 %1 次为“%2”（%3）。清除速率即可自行选择频率。</translation>
    </message>
    <message>
        <source>Peak operations per second; when given it decides the frequency. Empty: not given.</source>
        <translation>每秒峰值操作数；给出时由它决定频率。留空：未给出。</translation>
    </message>
    <message>
        <source>Rate (/s)</source>
        <translation>速率（/秒）</translation>
    </message>
</context>
<context>
    <name>storemap::Placement</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>将 %1 移到 %2</translation>
    </message>
    <message>
        <source>New entity</source>
        <translation>新实体</translation>
    </message>
</context>
<context>
    <name>storemap::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>The new language applies when Storemap starts again.</source>
        <translation>新语言将在 Storemap 下次启动时生效。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long after your last edit unsaved work is written to the recovery file, so that a crash loses nothing.</source>
        <translation>最后一次编辑后多久将未保存的工作写入恢复文件，使崩溃不会丢失任何内容。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation>自动保存间隔(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>storemap::ProjectIO</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>小数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>expected a JSON object for the project, found %1</source>
        <translation>项目应为 JSON 对象，实际为 %1</translation>
    </message>
    <message>
        <source>expected &quot;storemap&quot;; this is not a Storemap project file</source>
        <translation>应为 &quot;storemap&quot;；这不是 Storemap 项目文件</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>the file has format version %1, written by a newer Storemap; this version reads version %2. Open it with a newer Storemap; the file was not changed.</source>
        <translation>该文件的格式版本为 %1，由更新版本的 Storemap 写入；此版本只能读取版本 %2。请用更新版本的 Storemap 打开；文件未被修改。</translation>
    </message>
    <message>
        <source>expected an object such as {&quot;users&quot;: 1000}, found %1</source>
        <translation>应为类似 {&quot;users&quot;: 1000} 的对象，实际为 %1</translation>
    </message>
    <message>
        <source>duplicate entity id %1; every entity needs its own id</source>
        <translation>实体 id %1 重复；每个实体都需要自己的 id</translation>
    </message>
    <message>
        <source>refers to entity %1, which is not defined in &quot;entities&quot;</source>
        <translation>引用了实体 %1，但它未在 &quot;entities&quot; 中定义</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>缺少必需的键 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>应为数组，实际为 %1</translation>
    </message>
    <message>
        <source>%1 items; at most %2 are allowed</source>
        <translation>共 %1 项；最多允许 %2 项</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>应为字符串，实际为 %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>长度为 %1 个字符；最多允许 %2 个</translation>
    </message>
    <message>
        <source>ids may not contain control characters</source>
        <translation>id 不能包含控制字符</translation>
    </message>
    <message>
        <source>expected a whole number of users, found %1</source>
        <translation>用户数应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>expected between %1 and %2 users, found %3</source>
        <translation>用户数应在 %1 到 %2 之间，实际为 %3</translation>
    </message>
    <message>
        <source>expected one of %1, found %2</source>
        <translation>应为 %1 之一，实际为 %2</translation>
    </message>
    <message>
        <source>unknown value %1; expected one of %2</source>
        <translation>未知值 %1；应为 %2 之一</translation>
    </message>
    <message>
        <source>expected %1 object, found %2</source>
        <translation>%1 应为对象，实际为 %2</translation>
    </message>
    <message>
        <source>a store</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>duplicate store id %1; every store needs its own id</source>
        <translation>存储 id %1 重复；每个存储都需要自己的 id</translation>
    </message>
    <message>
        <source>unknown store kind %1; expected one of %2</source>
        <translation>未知的存储类型 %1；应为 %2 之一</translation>
    </message>
    <message>
        <source>an entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>refers to store %1, which is not defined in &quot;stores&quot;</source>
        <translation>引用了存储 %1，但它未在 &quot;stores&quot; 中定义</translation>
    </message>
    <message>
        <source>%1 patterns; at most %2 are allowed</source>
        <translation>共 %1 个模式；最多允许 %2 个</translation>
    </message>
    <message>
        <source>an access pattern</source>
        <translation>访问模式</translation>
    </message>
    <message>
        <source>the file is empty; expected a Storemap project (a JSON object)</source>
        <translation>文件为空；应为 Storemap 项目（一个 JSON 对象）</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels; a Storemap project never nests that deep</source>
        <translation>嵌套深度超过 %1 层；Storemap 项目绝不会嵌套这么深</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>unexpected value (%1)</source>
        <translation>意外的值（%1）</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file</source>
        <translation>%1 是文件夹，不是项目文件</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; project files may be at most %3 MiB</source>
        <translation>%1 大小为 %2 MiB；项目文件最大为 %3 MiB</translation>
    </message>
    <message>
        <source>%1 was written by a newer Storemap (%2); it was not overwritten. Save under another name.</source>
        <translation>%1 由更新版本的 Storemap（%2）写入；未覆盖该文件。请另存为其他名称。</translation>
    </message>
    <message>
        <source>could not write %1: %2; the previous file is unchanged</source>
        <translation>无法写入 %1：%2；原文件保持不变</translation>
    </message>
    <message>
        <source>expected version 1 or %1, found %2</source>
        <translation>应为版本 1 或 %1，实际为 %2</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>应为数字，实际为 %1</translation>
    </message>
    <message>
        <source>expected an array of store kinds, found %1</source>
        <translation>应为存储类型数组，实际为 %1</translation>
    </message>
    <message>
        <source>unknown store kind %1</source>
        <translation>未知的存储类型 %1</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 被列出了两次</translation>
    </message>
    <message>
        <source>a workload</source>
        <translation>一个工作负载</translation>
    </message>
    <message>
        <source>expected a whole number of items, found %1</source>
        <translation>应为整数个条目，实际为 %1</translation>
    </message>
    <message>
        <source>expected a number above %1 and at most %2, found %3</source>
        <translation>应为大于 %1 且不超过 %2 的数字，实际为 %3</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, found %3</source>
        <translation>应为 %1 到 %2 之间的数字，实际为 %3</translation>
    </message>
</context>
<context>
    <name>storemap::Report</name>
    <message>
        <source>Fits %1 better: %2 against %3 on %4.</source>
        <translation>更适合 %1：%2，对比在 %4 上的 %3。</translation>
    </message>
    <message>
        <source>%1 at %2 users: overall fit %3
</source>
        <translation>%1（%2 用户）：总体适配度 %3
</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Complexity: %1 (%2) against a budget of %3

</source>
        <translation>复杂度：%1（%2），预算 %3

</translation>
    </message>
    <message>
        <source>unplaced</source>
        <translation>未放置</translation>
    </message>
    <message>
        <source>  (best: %1 %2)</source>
        <translation>  （最佳：%1 %2）</translation>
    </message>
    <message>
        <source>No findings.
</source>
        <translation>没有发现。
</translation>
    </message>
    <message>
        <source>Suggested layout at %1 users: %2
</source>
        <translation>%1 用户时的建议布局：%2
</translation>
    </message>
    <message>
        <source>Overall fit %1, complexity %2 against a budget of %3

</source>
        <translation>总体适配度 %1，复杂度 %2，预算 %3

</translation>
    </message>
    <message>
        <source>  (moves from %1)</source>
        <translation>  （从 %1 迁移）</translation>
    </message>
    <message>
        <source>  (new)</source>
        <translation>  （新增）</translation>
    </message>
    <message>
        <source>
Why:
</source>
        <translation>
原因：
</translation>
    </message>
    <message>
        <source>
Rejected:
</source>
        <translation>
已排除：
</translation>
    </message>
    <message>
        <source>No access patterns, so no fit: add the ways the application reads and writes it (lesson: identify your access patterns first).</source>
        <translation>没有访问模式，因此没有适配度：请添加应用读取和写入它的方式（课程：先识别你的访问模式）。</translation>
    </message>
    <message>
        <source>  (no access patterns)</source>
        <translation>  （没有访问模式）</translation>
    </message>
    <message>
        <source>Money: %1 a month</source>
        <translation>费用：每月 %1</translation>
    </message>
    <message>
        <source> (%1 known)</source>
        <translation>（已知 %1）</translation>
    </message>
    <message>
        <source>, prices as of %1 or later</source>
        <translation>，价格截至 %1 或更晚</translation>
    </message>
</context>
<context>
    <name>storemap::Roadmap</name>
    <message>
        <source>At %1 users the budget reaches %2: enough for %3 (cost %4).</source>
        <translation>在 %1 个用户时预算达到 %2：足以运行 %3（成本 %4）。</translation>
    </message>
    <message>
        <source>At %1 users %2 (overall fit %3, cost %4) is worth more than %5 (overall fit %6, cost %7): the load has moved the fits.</source>
        <translation>在 %1 个用户时，%2（总体适配度 %3，成本 %4）比 %5（总体适配度 %6，成本 %7）更有价值：负载改变了适配度。</translation>
    </message>
    <message>
        <source>%1 moves from %2 to %3 (fit %4 against %5).</source>
        <translation>%1 从 %2 移到 %3（适配度 %4，原为 %5）。</translation>
    </message>
    <message>
        <source>The load of &quot;%1&quot; (%2) presses at %3 of its full weight.</source>
        <translation>“%1”（%2）的负载已达到其全部压力的 %3。</translation>
    </message>
    <message>
        <source>More entities move: %1.</source>
        <translation>还有更多实体移动：%1 个。</translation>
    </message>
    <message>
        <source>From %1 users: %2.</source>
        <translation>从 %1 个用户起：%2。</translation>
    </message>
    <message>
        <source>Roadmap of %1 from %2 to %3 users; layouts: %4.
</source>
        <translation>%1 的路线图，从 %2 到 %3 个用户；布局数：%4。
</translation>
    </message>
    <message>
        <source>%1 to %2 users</source>
        <translation>%1 到 %2 个用户</translation>
    </message>
    <message>
        <source>from %1 users</source>
        <translation>从 %1 个用户起</translation>
    </message>
    <message>
        <source>&quot;%1&quot; were %2 instead of %3</source>
        <translation>“%1”的频率是 %2 而不是 %3</translation>
    </message>
    <message>
        <source>its durability were %1</source>
        <translation>其持久性为 %1</translation>
    </message>
    <message>
        <source>its schema were %1</source>
        <translation>其模式为 %1</translation>
    </message>
    <message>
        <source>the users were ten times as many (%1)</source>
        <translation>用户数增加到十倍（%1）</translation>
    </message>
    <message>
        <source>Would move to %1 if %2</source>
        <translation>如果%2，将移到 %1</translation>
    </message>
</context>
<context>
    <name>storemap::RoadmapDock</name>
    <message>
        <source>Roadmap</source>
        <translation>路线图</translation>
    </message>
    <message>
        <source>%1 to %2 users</source>
        <translation>%1 到 %2 个用户</translation>
    </message>
    <message>
        <source>from %1 users</source>
        <translation>从 %1 个用户起</translation>
    </message>
</context>
<context>
    <name>storemap::RoadmapTimeline</name>
    <message>
        <source>Roadmap timeline</source>
        <translation>路线图时间轴</translation>
    </message>
    <message>
        <source>Click a layout, or choose one with the arrow keys and press Enter, to set the scale to where it starts</source>
        <translation>单击一个布局，或用方向键选择后按回车，把规模设为该布局开始的用户数</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 个用户</translation>
    </message>
    <message>
        <source>%1 to %2 users</source>
        <translation>%1 到 %2 个用户</translation>
    </message>
    <message>
        <source>from %1 users</source>
        <translation>从 %1 个用户起</translation>
    </message>
</context>
<context>
    <name>storemap::ScaleControl</name>
    <message>
        <source>&amp;Users:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Expected users (logarithmic): sets how much operational complexity the project can afford.</source>
        <translation>预期用户数（对数刻度）：决定项目可承受多少运维复杂度。</translation>
    </message>
    <message>
        <source>Expected users</source>
        <translation>预期用户数</translation>
    </message>
    <message>
        <source>Expected users, 100 to 1,000,000,000</source>
        <translation>预期用户数，100 到 1,000,000,000</translation>
    </message>
    <message>
        <source>%1 is out of range: set to %2 (%3).</source>
        <translation>%1 超出范围：已设为 %2（%3）。</translation>
    </message>
</context>
<context>
    <name>storemap::Scoring</name>
    <message>
        <source>No access patterns: neutral 50 (identify access patterns first).</source>
        <translation>没有访问模式：中性分 50（请先识别访问模式）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (%3, weight %4): %5 on %6. %7</source>
        <translation>%1 &quot;%2&quot;（%3，权重 %4）：在 %6 上为 %5。%7</translation>
    </message>
    <message>
        <source>Load of &quot;%1&quot; (%2) at %3 users: %4 for scaling &apos;%5&apos;. %6</source>
        <translation>&quot;%1&quot;（%2）在 %3 用户时的负载：扩展性 &apos;%5&apos; 下为 %4。%6</translation>
    </message>
    <message>
        <source>Schema %1 on schema &apos;%2&apos;: %3. %4</source>
        <translation>模式 %1 在模式 &apos;%2&apos; 上：%3。%4</translation>
    </message>
    <message>
        <source>Critical data on durability &apos;%1&apos;: %2. %3</source>
        <translation>关键数据在持久性 &apos;%1&apos; 上：%2。%3</translation>
    </message>
    <message>
        <source>%1 data at latency %2: %3. %4</source>
        <translation>%1 数据在延迟 %2 下：%3。%4</translation>
    </message>
</context>
<context>
    <name>storemap::StoreItem</name>
    <message>
        <source>%1 (%2)
Drop an entity here to store it on %2.</source>
        <translation>%1（%2）
将实体拖放到此处，即可将其存储在 %2 上。</translation>
    </message>
    <message>
        <source>Entities without a store. Drag them onto a store to place them.</source>
        <translation>尚无存储的实体。将它们拖到某个存储上即可放置。</translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation>未放置</translation>
    </message>
    <message>
        <source>Every entity has a store.</source>
        <translation>每个实体都有存储。</translation>
    </message>
    <message>
        <source>Drag these onto a store.</source>
        <translation>将它们拖到某个存储上。</translation>
    </message>
    <message>
        <source>Rename store</source>
        <translation>重命名存储</translation>
    </message>
    <message>
        <source>Store name:</source>
        <translation>存储名称：</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete Store</source>
        <translation>删除存储(&amp;D)</translation>
    </message>
    <message>
        <source>Add a store first: drag a kind from the Palette, or Suggest Layout (Ctrl+L).</source>
        <translation>请先添加存储：从调色板拖入一种类型，或使用“建议布局”(Ctrl+L)。</translation>
    </message>
    <message>
        <source>Memory: %1 GB before it evicts</source>
        <translation>内存：淘汰前 %1 GB</translation>
    </message>
    <message>
        <source>Set &amp;Memory…</source>
        <translation>设置内存(&amp;M)…</translation>
    </message>
    <message>
        <source>%1/mo</source>
        <translation>%1/月</translation>
    </message>
</context>
<context>
    <name>storemap::SvgImage</name>
    <message>
        <source>the diagram&apos;s SVG could not be read</source>
        <translation>无法读取图示的 SVG</translation>
    </message>
    <message>
        <source>an image of %1 x %2 pixels is too large; choose a smaller scale</source>
        <translation>%1 x %2 像素的图像太大；请选择较小的缩放</translation>
    </message>
    <message>
        <source>the PNG could not be encoded</source>
        <translation>无法编码 PNG</translation>
    </message>
</context>
<context>
    <name>storemap::WithLinkItem</name>
    <message>
        <source>transaction</source>
        <translation>事务</translation>
    </message>
    <message>
        <source>join</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>%1 – %2: &quot;%3&quot; (%4)</source>
        <translation>%1 – %2：“%3”（%4）</translation>
    </message>
    <message>
        <source>A seam: the two are in different stores, so the application joins them or keeps them consistent itself.</source>
        <translation>一个接缝：两者位于不同的存储中，因此应用必须自己连接它们或保持它们一致。</translation>
    </message>
</context>
</TS>
