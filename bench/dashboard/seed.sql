-- Late-analysis bench data: :n dossiers over the year before 2026-11-24, spread over the first 20
-- agencies (or as many as there are), each with the four events of a full lifecycle (receive, forward, resolve, return).
-- Run on a database migrated by the application (e.g. a test database), never on a real one.
\set n 200000
insert into dossier (code, procedure_code, procedure_version, procedure_name, level, online_level,
    resolving_agency_id, receiving_agency_id, channel, delivery, status, received_at, due_at, finished_at,
    applicant_kind, applicant_name, rule_set)
with ag as (select id, row_number() over (order by id) - 1 as k from agency order by id limit 20),
     c as (select count(*) as n from ag)
select 'BENCH-LA-' || g, 'BENCH.LA.' || (g % 50), 1, 'Thủ tục đo', 'PROVINCE', 'FULL', a.id, a.id, 'ONLINE', 'COUNTER',
    'RETURNED', t, t + interval '7 day', t + interval '5 day', 'CITIZEN', 'Nguyễn Văn A', 'NĐ118'
from generate_series(1, :n) g
cross join lateral (select timestamptz '2025-11-24 01:00:00+00' + (g % 365) * interval '1 day'
    + (g % 480) * interval '1 minute' as t) tt
cross join c
join ag a on a.k = g % c.n;

insert into dossier_event (dossier_id, occurred_at, action, actor_name, actor_agency_id, from_status, to_status,
    from_step, to_step, step_due_at)
select d.id, e.at, e.action, 'Đo', d.resolving_agency_id, 'PROCESSING', e.status, e.from_step, e.to_step, e.due
from dossier d
cross join lateral (values
    (d.received_at, 'RECEIVE', 'PROCESSING', null::int, 1, null::timestamptz),
    (d.received_at + interval '2 day', 'FORWARD', 'PROCESSING', 1, 2, d.received_at + interval '2 day' + (d.id % 3) * interval '1 hour' - interval '1 hour'),
    (d.received_at + interval '4 day', 'RESOLVE', 'RESOLVED', 2, 3, d.received_at + interval '4 day'),
    (d.received_at + interval '5 day', 'RETURN_RESULT', 'RETURNED', 3, null, d.received_at + interval '7 day')
) e(at, action, status, from_step, to_step, due)
where d.code like 'BENCH-LA-%';
analyze dossier;
analyze dossier_event;
