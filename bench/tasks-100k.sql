-- Adds 100,000 generated tasks to the current congress of a Congress Planner database, for checking
-- the task list (filters, search, sorting, deep pages) at scale. Self-contained: it needs only a
-- migrated schema with a current congress and some active departments (e.g. the demo data).
--
--   createdb -h 127.0.0.1 -U planner planner_scratch_tasks
--   (start the application once against it with profiles postgres,demo, then stop it)
--   psql -h 127.0.0.1 -U planner -d planner_scratch_tasks -v ON_ERROR_STOP=1 -f bench/tasks-100k.sql
--
-- The data keep the plan's rules: each deadline lies in its phase's window (D1), a task linked to a
-- milestone is due on or before it (D2), the start is on or before the deadline (D3), a done task
-- has a completion date not before its start and a result (D6). search_text holds the title and
-- description folded exactly as the application folds them (no diacritics, lower case, đ -> d).
-- Repeatable: the random generator is seeded, and tasks of an earlier run (created_by 'bench')
-- are removed first.

\set ON_ERROR_STOP on
\timing on

begin;

delete from task where created_by = 'bench';
select setseed(0.42);

create temporary table bench_phrase (n int primary key, title varchar(200), folded varchar(200));
insert into bench_phrase values
  (0,  'Tuyên truyền kết quả Đại hội',              'tuyen truyen ket qua dai hoi'),
  (1,  'Tổ chức học tập, quán triệt nghị quyết',     'to chuc hoc tap, quan triet nghi quyet'),
  (2,  'Bảo vệ an toàn địa điểm Đại hội',            'bao ve an toan dia diem dai hoi'),
  (3,  'Bố trí nơi ăn, nghỉ cho đại biểu',           'bo tri noi an, nghi cho dai bieu'),
  (4,  'Trang trí khánh tiết hội trường',            'trang tri khanh tiet hoi truong'),
  (5,  'Đưa tin trên báo, đài địa phương',           'dua tin tren bao, dai dia phuong'),
  (6,  'Nắm bắt tâm trạng xã hội',                   'nam bat tam trang xa hoi'),
  (7,  'Lấy ý kiến dự thảo văn kiện',                'lay y kien du thao van kien'),
  (8,  'Lập dự toán kinh phí',                       'lap du toan kinh phi'),
  (9,  'Bảo vệ thông tin, tài liệu',                 'bao ve thong tin, tai lieu'),
  (10, 'Giải quyết mâu thuẫn ở cơ sở',               'giai quyet mau thuan o co so'),
  (11, 'Phát động phong trào thi đua',               'phat dong phong trao thi dua'),
  (12, 'Kiểm tra, đôn đốc thực hiện kế hoạch',       'kiem tra, don doc thuc hien ke hoach'),
  (13, 'Họp báo công bố kết quả',                    'hop bao cong bo ket qua'),
  (14, 'Cập nhật diễn biến hàng ngày',               'cap nhat dien bien hang ngay'),
  (15, 'Bảo đảm y tế, an toàn thực phẩm',            'bao dam y te, an toan thuc pham');

create temporary table bench_place (n int primary key, title varchar(200), folded varchar(200));
insert into bench_place values
  (0, 'tại Thành phố Yên Bái', 'tai thanh pho yen bai'),
  (1, 'tại Thị xã Nghĩa Lộ',   'tai thi xa nghia lo'),
  (2, 'tại huyện Lục Yên',     'tai huyen luc yen'),
  (3, 'tại huyện Văn Yên',     'tai huyen van yen'),
  (4, 'tại huyện Mù Cang Chải','tai huyen mu cang chai'),
  (5, 'tại huyện Trấn Yên',    'tai huyen tran yen'),
  (6, 'tại huyện Trạm Tấu',    'tai huyen tram tau'),
  (7, 'tại huyện Văn Chấn',    'tai huyen van chan'),
  (8, 'tại huyện Yên Bình',    'tai huyen yen binh'),
  (9, 'ở các sở, ngành',       'o cac so, nganh');

create temporary table bench_dept as
  select row_number() over (order by id) - 1 as n, id from department where active;
create temporary table bench_congress as
  select id, opening_date, closing_date from congress where is_current;
create temporary table bench_milestone as
  select row_number() over (order by due_date, id) - 1 as n, id, due_date
  from milestone where congress_id = (select id from bench_congress);

do $$ begin
  if (select count(*) from bench_congress) <> 1 then
    raise exception 'no current congress: start the application once (profiles postgres,demo)';
  end if;
  if (select count(*) from bench_dept) < 2 then
    raise exception 'need at least two active departments';
  end if;
end $$;

-- One row of random draws per task; the insert below derives every column from them.
create temporary table bench_draw as
select g,
       random() as r_phase, random() as r_day, random() as r_status, random() as r_done,
       random() as r_prio, random() as r_conf, random() as r_ms, random() as r_start,
       random() as r_desc, random() as r_progress,
       floor(random() * 16)::int as phrase, floor(random() * 10)::int as place,
       floor(random() * (select count(*) from bench_dept))::int as lead,
       floor(random() * 3)::int as ws
from generate_series(1, 100000) g;

create temporary table bench_task as
select
       c.id as congress_id,
       (array['PROPAGANDA','SERVICE','SECURITY'])[d.ws + 1] as workstream,
       case when d.r_phase < 0.7 then 'BEFORE' when d.r_phase < 0.85 then 'DURING' else 'AFTER' end as phase,
       p.title || ' ' || pl.title || ' (đợt ' || d.g || ')' as title,
       p.folded || ' ' || pl.folded || ' (dot ' || d.g || ')' as folded_title,
       case when d.r_desc < 0.3 then 'Nội dung chi tiết của nhiệm vụ số ' || d.g || ', phối hợp với các đơn vị liên quan.' end as description,
       case when d.r_desc < 0.3 then 'noi dung chi tiet cua nhiem vu so ' || d.g || ', phoi hop voi cac don vi lien quan.' else '' end as folded_description,
       dep.id as lead_department_id,
       d.*,
       c.opening_date, c.closing_date
from bench_draw d
cross join bench_congress c
join bench_phrase p on p.n = d.phrase
join bench_place pl on pl.n = d.place
join bench_dept dep on dep.n = d.lead;

-- Deadlines in each phase's window (D1); 10% of BEFORE tasks prepare a milestone (D2).
alter table bench_task add column deadline date, add column milestone_id bigint;
update bench_task set deadline = case phase
    when 'BEFORE' then date '2019-06-01' + floor(r_day * (opening_date - date '2019-06-01'))::int
    when 'DURING' then opening_date + floor(r_day * (closing_date - opening_date + 1))::int
    else closing_date + 1 + floor(r_day * 120)::int
  end;
update bench_task t set milestone_id = m.id,
       deadline = least(t.deadline, m.due_date)
from bench_milestone m
where t.phase = 'BEFORE' and t.r_ms < 0.1
  and m.n = floor(t.r_ms * 10 * (select count(*) from bench_milestone))::int;

-- As of the demo's day (15/07/2019): most tasks due before it are done (some late, some not yet:
-- overdue); a few later ones are done early; 2% are cancelled.
alter table bench_task add column start_date date, add column status varchar(20),
  add column completed_on date, add column progress int;
update bench_task set start_date = case when r_start < 0.6 then deadline - floor(r_start * 60)::int end;
update bench_task set start_date = least(start_date, date '2019-07-15') where start_date is not null and deadline <= date '2019-07-15';
update bench_task set
  status = case
    when r_status < 0.02 then 'CANCELLED'
    when deadline < date '2019-07-15' and r_status < 0.75 then 'DONE'
    when deadline < date '2019-07-15' and r_status < 0.88 then 'IN_PROGRESS'
    when deadline >= date '2019-07-15' and r_status < 0.05 then 'DONE'
    when r_status < 0.5 then 'IN_PROGRESS'
    else 'NOT_STARTED' end;
update bench_task set completed_on = least(date '2019-07-15',
    greatest(coalesce(start_date, deadline - 30), deadline - 10 + floor(r_done * 16)::int))
  where status = 'DONE';
update bench_task set start_date = least(start_date, completed_on) where status = 'DONE' and start_date is not null;
update bench_task set progress = case status when 'DONE' then 100 when 'IN_PROGRESS' then 5 + floor(r_progress * 90)::int else 0 end;

insert into task (congress_id, title, description, workstream, phase, lead_department_id, milestone_id,
                  start_date, deadline, status, progress, completed_on, result_note, priority,
                  confidentiality, search_text, created_by, created_at, updated_by, updated_at, version)
select congress_id, title, description, workstream, phase, lead_department_id, milestone_id,
       start_date, deadline, status, progress, completed_on,
       case when status = 'DONE' then 'Đã hoàn thành theo kế hoạch.' end,
       case when r_prio < 0.1 then 'URGENT' when r_prio < 0.3 then 'HIGH' else 'NORMAL' end,
       case when r_conf < 0.9 then 'NORMAL' when r_conf < 0.97 then 'CONFIDENTIAL' when r_conf < 0.995 then 'SECRET' else 'TOP_SECRET' end,
       folded_title || ' ' || folded_description,
       'bench', timestamptz '2019-06-01 08:00+07' + (g || ' seconds')::interval,
       'bench', timestamptz '2019-06-01 08:00+07' + (g || ' seconds')::interval, 0
from bench_task
order by g;

-- Zero to two cooperating departments per task, never the lead.
insert into task_cooperating_department (task_id, department_id)
select t.id, d.id
from task t
join lateral (
  select id from bench_dept
  where id <> t.lead_department_id
  order by (hashint8(t.id * 31 + bench_dept.n))
  limit (t.id % 3)
) d on true
where t.created_by = 'bench';

commit;

analyze task;
analyze task_cooperating_department;

select count(*) as tasks, count(*) filter (where created_by = 'bench') as generated from task;
