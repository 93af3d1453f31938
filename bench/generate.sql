-- Benchmark data: :n tasks of the current congress (the demo congress, loaded by the `demo`
-- profile at the application's first start), spread realistically over workstreams, phases,
-- statuses, deadlines around the congress, about 200 departments (the 22 demo ones plus 180
-- communes and offices), cooperating departments, priorities and confidentiality levels.
-- Deterministic (setseed), so that two runs load the same plan.
--
--   psql -v n=100000 -v today=2019-07-15 -f bench/generate.sql
\set ON_ERROR_STOP on
\if :{?today}
\else
  \set today 2019-07-15
\endif

begin;
select setseed(0.2019);

-- About 200 departments in all: communes, wards and their offices.
insert into department (name, name_key, code, kind, active, version)
select name, lower(name), 'BENCH' || g, kind, true, 0
from (
  select g,
         (array['Đảng ủy xã ', 'Đảng ủy phường ', 'Đảng ủy thị trấn ', 'Phòng Văn hóa và Thông tin ',
                'Công an xã ', 'Ban Chỉ huy Quân sự xã '])[1 + g % 6]
           || (array['Minh Xuân', 'Tân Hương', 'Đại Đồng', 'Cường Thịnh', 'Hưng Khánh', 'Phúc Lộc',
                     'Âu Lâu', 'Giới Phiên', 'Hợp Minh', 'Nga Quán', 'Văn Phú', 'Tuy Lộc',
                     'Yên Thịnh', 'Đông Cuông', 'Mậu Đông', 'Khánh Hòa', 'Quy Mông', 'Lâm Giang',
                     'Châu Quế', 'An Thịnh'])[1 + (g / 6) % 20]
           || ' ' || (1 + g / 120) as name,
         (array['LOCALITY', 'LOCALITY', 'LOCALITY', 'SECTOR', 'FORCE', 'FORCE'])[1 + g % 6] as kind
  from generate_series(1, 180) g
) d
on conflict do nothing;

create temporary table bench_phrase (workstream varchar(20), i int, title varchar(200), folded varchar(200));
insert into bench_phrase values
  ('PROPAGANDA', 0, 'Tuyên truyền chủ đề, ý nghĩa của đại hội Đảng các cấp', 'tuyen truyen chu de, y nghia cua dai hoi dang cac cap'),
  ('PROPAGANDA', 1, 'Tổ chức lấy ý kiến nhân dân góp ý dự thảo văn kiện', 'to chuc lay y kien nhan dan gop y du thao van kien'),
  ('PROPAGANDA', 2, 'Nắm bắt, định hướng dư luận xã hội', 'nam bat, dinh huong du luan xa hoi'),
  ('PROPAGANDA', 3, 'Tuyên truyền thành tựu nổi bật từ năm 2016 đến nay', 'tuyen truyen thanh tuu noi bat tu nam 2016 den nay'),
  ('PROPAGANDA', 4, 'Đưa tin về đại hội trên báo chí Trung ương và địa phương', 'dua tin ve dai hoi tren bao chi trung uong va dia phuong'),
  ('PROPAGANDA', 5, 'Cập nhật diễn biến đại hội hằng ngày', 'cap nhat dien bien dai hoi hang ngay'),
  ('PROPAGANDA', 6, 'Tổ chức họp báo về đại hội', 'to chuc hop bao ve dai hoi'),
  ('PROPAGANDA', 7, 'Phát động phong trào thi đua chào mừng đại hội', 'phat dong phong trao thi dua chao mung dai hoi'),
  ('PROPAGANDA', 8, 'Trang trí, cổ động trực quan tại các tuyến phố chính', 'trang tri, co dong truc quan tai cac tuyen pho chinh'),
  ('SERVICE', 0, 'Xây dựng kế hoạch chi tiết phục vụ đại hội', 'xay dung ke hoach chi tiet phuc vu dai hoi'),
  ('SERVICE', 1, 'Lập dự toán kinh phí tổ chức đại hội', 'lap du toan kinh phi to chuc dai hoi'),
  ('SERVICE', 2, 'Trang trí khánh tiết hội trường', 'trang tri khanh tiet hoi truong'),
  ('SERVICE', 3, 'Bố trí nơi ăn, nghỉ cho đại biểu', 'bo tri noi an, nghi cho dai bieu'),
  ('SERVICE', 4, 'Phân công nhiệm vụ cho các sở, ngành, địa phương', 'phan cong nhiem vu cho cac so, nganh, dia phuong'),
  ('SERVICE', 5, 'Chuẩn bị tài liệu, văn phòng phẩm phục vụ đại hội', 'chuan bi tai lieu, van phong pham phuc vu dai hoi'),
  ('SERVICE', 6, 'Bố trí phương tiện đưa đón đại biểu', 'bo tri phuong tien dua don dai bieu'),
  ('SERVICE', 7, 'Bảo đảm y tế, vệ sinh an toàn thực phẩm', 'bao dam y te, ve sinh an toan thuc pham'),
  ('SECURITY', 0, 'Bảo vệ an toàn nhân sự khóa mới', 'bao ve an toan nhan su khoa moi'),
  ('SECURITY', 1, 'Bảo vệ bí mật thông tin, tài liệu đại hội', 'bao ve bi mat thong tin, tai lieu dai hoi'),
  ('SECURITY', 2, 'Giải quyết dứt điểm mâu thuẫn, khiếu kiện ở cơ sở', 'giai quyet dut diem mau thuan, khieu kien o co so'),
  ('SECURITY', 3, 'Bảo vệ tuyệt đối an toàn khu vực hội trường', 'bao ve tuyet doi an toan khu vuc hoi truong'),
  ('SECURITY', 4, 'Bảo vệ nơi ở của đại biểu', 'bao ve noi o cua dai bieu'),
  ('SECURITY', 5, 'Bảo vệ các đoàn đại biểu cấp cao', 'bao ve cac doan dai bieu cap cao'),
  ('SECURITY', 6, 'Phòng chống cháy nổ tại khu vực đại hội', 'phong chong chay no tai khu vuc dai hoi'),
  ('SECURITY', 7, 'Bảo đảm an ninh mạng, chống tin giả', 'bao dam an ninh mang, chong tin gia');

-- One row of random draws per task, then the task built from them.
create temporary table bench_draw as
select g, random() r_ws, random() r_phase, random() r_day, random() r_status, random() r_done,
       random() r_lead, random() r_prio, random() r_conf, random() r_title
from generate_series(1, :n) g;

insert into task (congress_id, title, description, workstream, phase, lead_department_id,
                  milestone_id, start_date, deadline, status, progress, completed_on, result_note,
                  priority, confidentiality, search_text, created_by, created_at, updated_by,
                  updated_at, version)
select c.id,
       p.title || ', đợt ' || (1 + x.g % 50),
       null,
       x.workstream,
       x.phase,
       depts.ids[1 + floor(power(x.r_lead, 1.6) * cardinality(depts.ids))::int],
       null,
       x.deadline - 30,
       x.deadline,
       x.status,
       case x.status when 'DONE' then 100 when 'IN_PROGRESS' then 10 + floor(x.r_done * 80)::int else 0 end,
       x.completed_on,
       case when x.status = 'DONE' then 'Đã hoàn thành theo kế hoạch' end,
       case when x.r_prio < 0.70 then 'NORMAL' when x.r_prio < 0.92 then 'HIGH' else 'URGENT' end,
       case when x.r_conf < 0.95 then 'NORMAL' when x.r_conf < 0.98 then 'CONFIDENTIAL'
            when x.r_conf < 0.995 then 'SECRET' else 'TOP_SECRET' end,
       p.folded || ', dot ' || (1 + x.g % 50) || ' ',
       'bench', now(), 'bench', now(), 0
from (
  select d.*,
         case when d.deadline < :'today'::date then
                case when d.r_status < 0.65 then 'DONE' when d.r_status < 0.80 then 'IN_PROGRESS'
                     when d.r_status < 0.95 then 'NOT_STARTED' else 'CANCELLED' end
              else
                case when d.r_status < 0.08 then 'DONE' when d.r_status < 0.50 then 'IN_PROGRESS'
                     when d.r_status < 0.96 then 'NOT_STARTED' else 'CANCELLED' end
         end as status,
         case when d.r_status < (case when d.deadline < :'today'::date then 0.65 else 0.08 end) then
                least(:'today'::date, d.deadline + (floor(d.r_done * 16)::int - 10))
         end as completed_on
  from (
    select b.*, w.workstream, ph.phase,
           case ph.phase
             when 'BEFORE' then cg.opening_date - (1 + floor(b.r_day * 600)::int)
             when 'DURING' then cg.opening_date + floor(b.r_day * (cg.closing_date - cg.opening_date + 1))::int
             else cg.closing_date + (1 + floor(b.r_day * 60)::int)
           end as deadline
    from bench_draw b
    cross join (select opening_date, closing_date from congress where is_current) cg
    cross join lateral (select case when b.r_ws < 0.40 then 'PROPAGANDA' when b.r_ws < 0.75 then 'SERVICE'
                                    else 'SECURITY' end as workstream) w
    cross join lateral (select case when b.r_phase < 0.80 then 'BEFORE' when b.r_phase < 0.90 then 'DURING'
                                    else 'AFTER' end as phase) ph
  ) d
) x
cross join (select id from congress where is_current) c
cross join (select array_agg(id order by id) ids from department) depts
join bench_phrase p on p.workstream = x.workstream
  and p.i = floor(x.r_title * (select count(*) from bench_phrase q where q.workstream = x.workstream))::int;

-- About 40 % of the tasks have one to three cooperating departments (never their lead).
insert into task_cooperating_department (task_id, department_id)
select t.id, depts.ids[1 + floor(random() * cardinality(depts.ids))::int]
from task t
cross join (select array_agg(id order by id) ids from department) depts
cross join generate_series(1, 3) k
where t.created_by = 'bench' and t.id % 10 < 4 and k <= 1 + t.id % 3
on conflict do nothing;
delete from task_cooperating_department c using task t
where c.task_id = t.id and c.department_id = t.lead_department_id;

-- Some tasks prepare a milestone (their deadline on or before its due date, rule D2).
update task t set milestone_id = m.id
from milestone m
where t.created_by = 'bench' and t.id % 20 = 0 and m.congress_id = t.congress_id
  and m.workstream = t.workstream and t.deadline <= m.due_date;

-- Done tasks cannot start after they are completed.
update task set start_date = completed_on where completed_on is not null and start_date > completed_on;

commit;
