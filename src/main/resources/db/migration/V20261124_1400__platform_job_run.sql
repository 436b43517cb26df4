-- platform: background jobs started from a page (imports), their progress and result, shared by
-- every node so that any node can answer the page polling for progress.
create table job_run (
    id          varchar(36)  not null primary key,
    kind        varchar(40)  not null,
    started_by  varchar(100),
    started_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    status      varchar(12)  not null,   -- RUNNING, SUCCEEDED, FAILED
    done        int          not null default 0,
    total       int          not null default 0,
    result      varchar(1000000),
    failure     varchar(200)
);
create index ix_job_run_started on job_run (started_at);
