-- dossier: request keys (Idempotency-Key or requestId) belong to the account that sent them.
-- A request with a key claims (account_id, request_key) first in its transaction: a second request
-- with the same key of the same account waits for the first to end, then answers what it did; a
-- request that rolled back leaves the key free. Keys of different accounts never meet.
create table dossier_request (
    account_id  bigint       not null,
    request_key varchar(80)  not null,
    -- The dossier the request filed (set once the filing's dossier is stored, in the same transaction)
    -- or acted on.
    dossier_id  bigint       references dossier (id),
    -- What the request was: SUBMIT for a filing (online or at the counter, whatever the decision),
    -- else the action.
    action      varchar(30)  not null,
    created_at  timestamp with time zone not null,
    primary key (account_id, request_key)
);

-- The keys already applied keep answering their retries: the history recorded them, globally unique
-- until now. A counter filing recorded its key on the decision (RECEIVE, REQUEST_SUPPLEMENT_AT_INTAKE
-- or REFUSE_INTAKE), the first event after SUBMIT of a dossier not filed online: that is a filing.
insert into dossier_request (account_id, request_key, dossier_id, action, created_at)
select e.actor_account_id, e.request_id, e.dossier_id,
       case when e.action in ('RECEIVE', 'REQUEST_SUPPLEMENT_AT_INTAKE', 'REFUSE_INTAKE')
                 and d.channel <> 'ONLINE'
                 and not exists (select 1 from dossier_event p
                                 where p.dossier_id = e.dossier_id and p.id < e.id and p.action <> 'SUBMIT')
            then 'SUBMIT' else e.action end,
       e.occurred_at
from dossier_event e join dossier d on d.id = e.dossier_id
where e.request_id is not null and e.actor_account_id is not null;

-- The history keeps the key of the request that made each event, but it is no longer the look-up:
-- two accounts may use the same key.
alter table dossier_event drop constraint uq_dossier_event_request;
