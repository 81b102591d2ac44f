--
-- PostgreSQL database dump
--

\restrict kaZ69kglBz4aXKWWGOdnV5lhXkgNU02ho8MWUne9qfhTT3IQHcu5YKnX9QGUBQY

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: we<ird>; Type: SCHEMA; Schema: -; Owner: storemap
--

CREATE SCHEMA "we<ird>";


ALTER SCHEMA "we<ird>" OWNER TO storemap;

--
-- Name: pg_stat_statements; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_stat_statements WITH SCHEMA public;


--
-- Name: EXTENSION pg_stat_statements; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pg_stat_statements IS 'track planning and execution statistics of all SQL statements executed';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: avatars; Type: TABLE; Schema: public; Owner: storemap
--

CREATE TABLE public.avatars (
    user_id bigint NOT NULL,
    content_type text NOT NULL,
    image bytea NOT NULL
);


ALTER TABLE public.avatars OWNER TO storemap;

--
-- Name: orders; Type: TABLE; Schema: public; Owner: storemap
--

CREATE TABLE public.orders (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    total numeric(10,2) NOT NULL,
    status text DEFAULT 'new'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now()
);


ALTER TABLE public.orders OWNER TO storemap;

--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: public; Owner: storemap
--

CREATE SEQUENCE public.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.orders_id_seq OWNER TO storemap;

--
-- Name: orders_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: storemap
--

ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;


--
-- Name: page_views; Type: TABLE; Schema: public; Owner: storemap
--

CREATE TABLE public.page_views (
    id bigint NOT NULL,
    user_id bigint,
    path text NOT NULL,
    viewed_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.page_views OWNER TO storemap;

--
-- Name: page_views_id_seq; Type: SEQUENCE; Schema: public; Owner: storemap
--

CREATE SEQUENCE public.page_views_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.page_views_id_seq OWNER TO storemap;

--
-- Name: page_views_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: storemap
--

ALTER SEQUENCE public.page_views_id_seq OWNED BY public.page_views.id;


--
-- Name: payments; Type: TABLE; Schema: public; Owner: storemap
--

CREATE TABLE public.payments (
    id bigint NOT NULL,
    order_id bigint NOT NULL,
    amount numeric(10,2) NOT NULL,
    provider_ref text,
    paid_at timestamp with time zone DEFAULT now()
);


ALTER TABLE public.payments OWNER TO storemap;

--
-- Name: payments_id_seq; Type: SEQUENCE; Schema: public; Owner: storemap
--

CREATE SEQUENCE public.payments_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.payments_id_seq OWNER TO storemap;

--
-- Name: payments_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: storemap
--

ALTER SEQUENCE public.payments_id_seq OWNED BY public.payments.id;


--
-- Name: products; Type: TABLE; Schema: public; Owner: storemap
--

CREATE TABLE public.products (
    id bigint NOT NULL,
    name text NOT NULL,
    description text NOT NULL,
    search tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, ((name || ' '::text) || description))) STORED
);


ALTER TABLE public.products OWNER TO storemap;

--
-- Name: products_id_seq; Type: SEQUENCE; Schema: public; Owner: storemap
--

CREATE SEQUENCE public.products_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.products_id_seq OWNER TO storemap;

--
-- Name: products_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: storemap
--

ALTER SEQUENCE public.products_id_seq OWNED BY public.products.id;


--
-- Name: sessions; Type: TABLE; Schema: public; Owner: storemap
--

CREATE TABLE public.sessions (
    id text NOT NULL,
    user_id bigint,
    data jsonb DEFAULT '{}'::jsonb NOT NULL,
    last_seen timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.sessions OWNER TO storemap;

--
-- Name: users; Type: TABLE; Schema: public; Owner: storemap
--

CREATE TABLE public.users (
    id bigint NOT NULL,
    email text NOT NULL,
    name text NOT NULL,
    preferences jsonb DEFAULT '{}'::jsonb,
    created_at timestamp with time zone DEFAULT now()
);


ALTER TABLE public.users OWNER TO storemap;

--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: storemap
--

CREATE SEQUENCE public.users_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.users_id_seq OWNER TO storemap;

--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: storemap
--

ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;


--
-- Name: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx; Type: TABLE; Schema: public; Owner: storemap
--

CREATE TABLE public.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx (
    id integer NOT NULL
);


ALTER TABLE public.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx OWNER TO storemap;

--
-- Name: Ta"ble <script>ü 名前; Type: TABLE; Schema: we<ird>; Owner: storemap
--

CREATE TABLE "we<ird>"."Ta""ble <script>ü 名前" (
    id integer NOT NULL,
    note text
);


ALTER TABLE "we<ird>"."Ta""ble <script>ü 名前" OWNER TO storemap;

--
-- Name: orders id; Type: DEFAULT; Schema: public; Owner: storemap
--

ALTER TABLE ONLY public.orders ALTER COLUMN id SET DEFAULT nextval('public.orders_id_seq'::regclass);


--
-- Name: page_views id; Type: DEFAULT; Schema: public; Owner: storemap
--

ALTER TABLE ONLY public.page_views ALTER COLUMN id SET DEFAULT nextval('public.page_views_id_seq'::regclass);


--
-- Name: payments id; Type: DEFAULT; Schema: public; Owner: storemap
--

ALTER TABLE ONLY public.payments ALTER COLUMN id SET DEFAULT nextval('public.payments_id_seq'::regclass);


--
-- Name: products id; Type: DEFAULT; Schema: public; Owner: storemap
--

ALTER TABLE ONLY public.products ALTER COLUMN id SET DEFAULT nextval('public.products_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: public; Owner: storemap
--

ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);


--
-- Name: avatars avatars_pkey; Type: CONSTRAINT; Schema: public; Owner: storemap
--

ALTER TABLE ONLY public.avatars
    ADD CONSTRAINT avatars_pkey PRIMARY KEY (user_id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: storemap
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: page_views page_views_pkey; Type: CONSTRAINT; Schema: public; Owner: storemap
--

ALTER TABLE ONLY public.page_views
    ADD CONSTRAINT page_views_pkey PRIMARY KEY (id);


--
-- Name: payments payments_pkey; Type: CONSTRAINT; Schema: public; Owner: storemap
--

ALTER TABLE ONLY public.payments
    ADD CONSTRAINT payments_pkey PRIMARY KEY (id);


--
-- Name: payments payments_provider_ref_key; Type: CONSTRAINT; Schema: public; Owner: storemap
--

ALTER TABLE ONLY public.payments
    ADD CONSTRAINT payments_provider_ref_key UNIQUE (provider_ref);


--
-- Name: products products_pkey; Type: CONSTRAINT; Schema: public; Owner: storemap
--

ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_pkey PRIMARY KEY (id);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: storemap
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: public; Owner: storemap
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: storemap
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_pkey; Type: CONSTRAINT; Schema: public; Owner: storemap
--

ALTER TABLE ONLY public.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    ADD CONSTRAINT xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_pkey PRIMARY KEY (id);


--
-- Name: Ta"ble <script>ü 名前 Ta"ble <script>ü 名前_pkey; Type: CONSTRAINT; Schema: we<ird>; Owner: storemap
--

ALTER TABLE ONLY "we<ird>"."Ta""ble <script>ü 名前"
    ADD CONSTRAINT "Ta""ble <script>ü 名前_pkey" PRIMARY KEY (id);


--
-- Name: orders_user_id_idx; Type: INDEX; Schema: public; Owner: storemap
--

CREATE INDEX orders_user_id_idx ON public.orders USING btree (user_id);


--
-- Name: products_search_idx; Type: INDEX; Schema: public; Owner: storemap
--

CREATE INDEX products_search_idx ON public.products USING gin (search);


--
-- Name: avatars avatars_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: storemap
--

ALTER TABLE ONLY public.avatars
    ADD CONSTRAINT avatars_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: orders orders_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: storemap
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: payments payments_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: storemap
--

ALTER TABLE ONLY public.payments
    ADD CONSTRAINT payments_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id);


--
-- Name: sessions sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: storemap
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- PostgreSQL database dump complete
--

\unrestrict kaZ69kglBz4aXKWWGOdnV5lhXkgNU02ho8MWUne9qfhTT3IQHcu5YKnX9QGUBQY

