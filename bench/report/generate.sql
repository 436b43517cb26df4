-- bench/report: a province's dossiers straight into PostgreSQL (run by run.sh; psql -v n=10000000).
-- Agencies: the province, 20 departments, 5 vertical agencies, 8 districts (abolished 2025-07-01) and
-- 100 communes. Dossiers: 3 years of receipts ending yesterday, weekdays mostly, fewer around Tết;
-- channel 45 % online / 50 % direct / 5 % postal; due 3-30 working days after receipt; ~6 % late, ~1 % withdrawn, ~0.5 % stopped, ~3 % still open.
\set ON_ERROR_STOP on
set synchronous_commit = off;
set timezone = 'Asia/Ho_Chi_Minh';
-- One transaction: a failure leaves the database as it was (indexes included).
begin;

insert into agency (code, name, type, level, parent_id, created_at, updated_at)
select 'BR-TINH', 'UBND tỉnh (bench)', 'PEOPLES_COMMITTEE', 'PROVINCE', null, now(), now()
where not exists (select 1 from agency where code = 'BR-TINH');
insert into agency (code, name, type, level, parent_id, created_at, updated_at)
select c, n, t, l, (select id from agency where code = 'BR-TINH'), now(), now() from (
    select 'BR-SO' || lpad(i::text, 2, '0') as c, 'Sở ' || i || ' (bench)' as n, 'DEPARTMENT' as t, 'PROVINCE' as l
    from generate_series(1, 20) i
    union all select 'BR-DOC' || i, 'Cơ quan ngành dọc ' || i || ' (bench)', 'VERTICAL', 'PROVINCE' from generate_series(1, 5) i
    union all select 'BR-HUYEN' || i, 'UBND huyện ' || i || ' (bench)', 'PEOPLES_COMMITTEE', 'DISTRICT' from generate_series(1, 8) i
    union all select 'BR-XA' || lpad(i::text, 3, '0'), 'UBND xã ' || i || ' (bench)', 'PEOPLES_COMMITTEE', 'COMMUNE'
    from generate_series(1, 100) i) a
where not exists (select 1 from agency where code = a.c);

-- Agency ids by kind (BR-SO, BR-DOC, BR-HUYEN, BR-XA).
create temporary table br_agency as
select id, code, level, row_number() over (partition by regexp_replace(code, '[0-9]+$', '') order by code) as k,
    regexp_replace(code, '[0-9]+$', '') as kind
from agency where code like 'BR-%' and code <> 'BR-TINH';

-- The plain indexes of dossier are dropped during the load and built again afterwards (faster).
create temporary table br_index as
select indexname, indexdef from pg_indexes
where tablename = 'dossier' and indexname not in ('dossier_pkey', 'uq_dossier_code');
select format('drop index %I', indexname) from br_index \gexec

create temporary table br_chunk (lo int, hi int);
insert into br_chunk select s, least(s + 999999, :n) from generate_series(1, :n, 1000000) s;

create temporary table br_ids as
select array_agg(id order by k) filter (where kind = 'BR-SO') as so,
    array_agg(id order by k) filter (where kind = 'BR-DOC') as doc,
    array_agg(id order by k) filter (where kind = 'BR-HUYEN') as huyen,
    array_agg(id order by k) filter (where kind = 'BR-XA') as xa
from br_agency;

create or replace function pg_temp.br_load(lo int, hi int) returns void language sql as $$
insert into dossier (code, procedure_code, procedure_version, procedure_name, field_code, level, online_level,
    resolving_agency_id, receiving_agency_id, channel, delivery, status, submitted_at, received_at, due_at,
    finished_at, returned_at, applicant_kind, applicant_name, rule_set)
select 'BR-' || i, 'BR.P' || p, 1, 'Thủ tục ' || p || ' (bench)', 'BR.F' || (p % 25), lvl,
    case when p % 3 = 0 then 'FULL' when p % 3 = 1 then 'PARTIAL' else 'NONE' end,
    agency, agency, channel, 'COUNTER', case when finished > now() then 'PROCESSING' else status end,
    received - interval '2 hours',
    case when status in ('INTAKE_REFUSED', 'SUBMITTED') then null else received end,
    case when status in ('INTAKE_REFUSED', 'SUBMITTED') then null else due end,
    case when finished > now() then null else finished end,
    case when status = 'RETURNED' and finished <= now() then finished end,
    'CITIZEN', 'Nguyễn Văn ' || i, 'NĐ118'
from (
    select i, p, lvl, agency, channel, received, due, status,
        case when status in ('WITHDRAWN', 'STOPPED') then received + (due - received) * r2
             when status in ('RESOLVED', 'RETURNED') and r1 > 0.94 then due + (1 + r5 * 20) * interval '1 day'
             when status in ('RESOLVED', 'RETURNED') then received + (due - received) * (0.3 + 0.7 * r5)
        end as finished
    from (
        select i, p, r1, r2, r5, channel, received, due, agency, lvl,
            case when r1 < 0.004 then 'INTAKE_REFUSED' when r1 < 0.008 then 'SUBMITTED'
                 when due > now() and r1 < 0.6 then 'PROCESSING'
                 when r1 < 0.018 then 'PROCESSING' when r1 < 0.028 then 'WITHDRAWN' when r1 < 0.033 then 'STOPPED'
                 when r1 < 0.3 then 'RESOLVED' else 'RETURNED' end as status
        from (
            select i, p, r1, r2, r5, channel,
                d + time '07:30' + (r4 * 34200) * interval '1 second' as received,
                d + ((3 + (r2 * 27)::int) * 7 / 5 + 1) + time '17:00' as due,
                case when r4 < 0.45 then so[1 + floor(20 * r5 * r5)::int]
                     when r4 < 0.55 then doc[1 + floor(5 * r2)::int]
                     when d < date '2025-07-01' and r6 < 0.4 then huyen[1 + floor(8 * r5)::int]
                     else xa[1 + floor(100 * r5)::int] end as agency,
                case when r4 < 0.55 then 'PROVINCE' when d < date '2025-07-01' and r6 < 0.4 then 'DISTRICT'
                     else 'COMMUNE' end as lvl
            from (
                -- the day: uniform over 3 years, weekends mostly moved to Friday, part of Tết a month on
                select i, r1, r2, r3, r4, r5, r6, 1 + (random() * 398)::int as p,
                    case when r3 < 0.45 then 'ONLINE' when r3 < 0.95 then 'DIRECT' else 'POSTAL' end as channel,
                    d0 + case when extract(isodow from d0) > 5 and r5 < 0.9 then (5 - extract(isodow from d0))::int
                              when extract(month from d0) = 2 and extract(day from d0) < 15 and r6 < 0.4 then 30
                              else 0 end as d
                from (
                    select i, random() as r1, random() as r2, random() as r3, random() as r4, random() as r5,
                        random() as r6, current_date - 1096 + (random() * 1095)::int as d0
                    from generate_series(lo, hi) i) raw) g0
            cross join br_ids) g1) g2) g3
$$;

select format('select pg_temp.br_load(%s, %s)', lo, hi) from br_chunk order by lo \gexec
select indexdef from br_index \gexec
commit;
analyze dossier;
