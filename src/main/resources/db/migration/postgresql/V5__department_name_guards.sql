-- PostgreSQL holds the line on department names itself too: stored names are NFC, and two names
-- that differ only in case or Unicode normal form cannot both exist, whatever wrote them.
alter table department add constraint ck_department_name_nfc check (name is nfc normalized);
create unique index uk_department_name_folded on department (lower(normalize(name, nfc)));
