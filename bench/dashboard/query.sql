-- The query of StepPassages.leftBetween for the last 30 days, province-wide (no agency restriction).
explain (analyze, buffers, timing off, summary on)
select e.dossier_id, e.occurred_at, e.action, e.actor_agency_id, e.from_step, e.to_step, e.step_due_at,
    d.code, d.procedure_code, d.procedure_version, d.procedure_name, d.resolving_agency_id
from dossier_event e join dossier d on d.id = e.dossier_id
where e.dossier_id in (select x.dossier_id from dossier_event x
        where x.occurred_at >= timestamptz '2026-10-25 17:00:00+00' and x.occurred_at < timestamptz '2026-11-24 17:00:00+00'
          and x.action in ('RECEIVE', 'FORWARD', 'SEND_BACK', 'TRANSFER', 'RESOLVE', 'RETURN_RESULT')
          and x.from_step is not null)
  and e.occurred_at < timestamptz '2026-11-24 17:00:00+00'
order by e.dossier_id, e.id;
