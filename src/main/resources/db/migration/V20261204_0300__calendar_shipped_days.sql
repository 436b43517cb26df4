-- calendar: which decided days shipped with the application (calendar/decided-days.json) were already
-- offered to this database, so that days added to the file later reach existing databases once and a
-- day an administrator deleted does not come back (see docs/deadlines.md, "Decided days").

-- shipped_key: the shipped day's date and kind, e.g. '2026-08-31:DAY_OFF'.
create table calendar_shipped_day (
    shipped_key varchar(40) not null primary key,
    offered_at  timestamp with time zone not null
);

-- A database seeded before this table existed was offered the six days shipped until then: record them,
-- whether or not an administrator kept them.
insert into calendar_shipped_day (shipped_key, offered_at)
select '2019-04-29:DAY_OFF', current_timestamp from calendar_state where id = 1 and seeded = true;
insert into calendar_shipped_day (shipped_key, offered_at)
select '2019-05-04:WORKING_DAY', current_timestamp from calendar_state where id = 1 and seeded = true;
insert into calendar_shipped_day (shipped_key, offered_at)
select '2024-04-29:DAY_OFF', current_timestamp from calendar_state where id = 1 and seeded = true;
insert into calendar_shipped_day (shipped_key, offered_at)
select '2024-05-04:WORKING_DAY', current_timestamp from calendar_state where id = 1 and seeded = true;
insert into calendar_shipped_day (shipped_key, offered_at)
select '2025-05-02:DAY_OFF', current_timestamp from calendar_state where id = 1 and seeded = true;
insert into calendar_shipped_day (shipped_key, offered_at)
select '2025-04-26:WORKING_DAY', current_timestamp from calendar_state where id = 1 and seeded = true;

-- The 2019 swap was shipped without the number of its decision. Complete it where the administrator left
-- the shipped text unchanged; other nodes reload through the revision.
update calendar_decided_day
   set legal_reference = 'Công văn số 6519/VPCP-KGVX ngày 11/7/2018 của Văn phòng Chính phủ về nghỉ lễ, tết năm 2019 đối với cán bộ, công chức, viên chức (Thủ tướng Chính phủ đồng ý)',
       updated_at = current_timestamp
 where decided_on in (date '2019-04-29', date '2019-05-04')
   and legal_reference = 'Thông báo của Bộ Lao động – Thương binh và Xã hội về lịch nghỉ lễ 30/4, 1/5 năm 2019 (Thủ tướng Chính phủ đồng ý); số văn bản cần đối chiếu';
update calendar_state set revision = revision + 1 where id = 1;
