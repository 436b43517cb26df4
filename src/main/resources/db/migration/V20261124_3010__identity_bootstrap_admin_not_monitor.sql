-- identity: the bootstrap administrator ('admin', no officer behind it) was also given MONITOR over
-- the whole province, with which it read every agency's receipt register (Mẫu 06: applicants'
-- names, ID numbers, phones). An administrator configures; it keeps ADMIN only. Grant MONITOR to
-- the officers who oversee.
delete from account_role
where role = 'MONITOR'
  and account_id in (select id from account where username = 'admin' and kind = 'OFFICER' and officer_id is null);
