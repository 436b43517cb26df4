-- identity: login throttling by address and by account, shared by every node. Each key counts
-- failures in a window; past a threshold the next attempt waits 2^(failures - threshold) seconds,
-- capped (a delay, never a lock). Keys: 'a:<address>', 'u:<username>|<address>', 'u:<username>',
-- 'p:<username>' (wrong current passwords on a password change). Unknown usernames are counted
-- like known ones, so the throttle does not tell which accounts exist.
create table login_throttle (
    throttle_key  varchar(200) primary key,
    window_start  timestamp with time zone not null,
    failures      int not null,
    blocked_until timestamp with time zone
);
create index ix_login_throttle_window on login_throttle (window_start);

-- The per-account lock that this replaces.
alter table account drop column failed_attempts;
alter table account drop column locked_until;
