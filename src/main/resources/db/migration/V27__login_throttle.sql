-- Wrong passwords no longer lock an account (anyone could lock anyone's, and "locked" told who
-- had one): they slow down the next attempts of the (login, client address) pair that made them,
-- and of that client address over every login, with delays that double up to a cap. The counts
-- live here so that every node applies them; a row nobody failed on for a while is forgotten.
alter table account drop column failed_logins;
alter table account drop column locked_until;

create table login_throttle (
    -- the login typed (lower-cased), or '' for the count of the client address over every login
    login           varchar(320) not null,
    -- the client's address, an IPv6 client by its /64 network (one subscriber's whole range)
    client_address  varchar(64)  not null,
    failures        integer      not null,
    last_failure_at timestamptz  not null,
    primary key (login, client_address)
);
create index login_throttle_last_failure_idx on login_throttle (last_failure_at);
