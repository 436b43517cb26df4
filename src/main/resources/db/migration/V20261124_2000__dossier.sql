-- dossier: the dossier aggregate, its append-only history and the code counters.

-- One counter per receiving agency and local day; the allocating transaction locks its row.
create table dossier_code_sequence (
    agency_code varchar(50) not null,
    local_day         date        not null,
    last_number  int         not null,
    primary key (agency_code, local_day)
);
