-- Programmes and their members. Points tables arrive with the ledger.

CREATE TABLE program (
    id                       uuid          PRIMARY KEY,
    name                     varchar(200)  NOT NULL,
    currency_code            varchar(3)    NOT NULL,
    time_zone                varchar(64)   NOT NULL,
    points_per_currency_unit numeric(12, 4) NOT NULL CHECK (points_per_currency_unit > 0),
    created_at               timestamptz   NOT NULL
);

CREATE TABLE member (
    id          uuid         PRIMARY KEY,
    program_id  uuid         NOT NULL REFERENCES program (id),
    customer_id varchar(128) NOT NULL,
    email       varchar(254),
    locale      varchar(35),
    name        varchar(200),
    status      varchar(16)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    enrolled_at timestamptz  NOT NULL,
    CONSTRAINT member_customer_once_per_program UNIQUE (program_id, customer_id)
);
