-- data·inclusion schema v1 (1.0.8, decision 060): an activity's fees are the schema's `frais`, which since
-- 1.0.7 holds only `gratuit` and `payant`. The v0 codes are mapped:
--   gratuit-sous-conditions → gratuit  (free for whoever meets the conditions: the schema says "gratuit")
--   adhesion                → payant   (a membership fee is a fee; its price, when given, is kept)
--   pass-numerique          → payant   (the service has a price, which the Pass numérique pays)
-- The nuance (conditions, membership, Pass numérique) is not kept: activities have no `frais_precisions`
-- field yet (decision 060 lists it as what is left).
-- The column is retyped in place (no row trigger runs, `updated_at` is untouched); its column grants stay.

alter table public.activities drop constraint activities_price_check;
alter table public.activities alter column fees_kind drop default;

create type public.fees_kind_v1 as enum ('gratuit', 'payant');

alter table public.activities
  alter column fees_kind type public.fees_kind_v1
  using (
    case fees_kind::text
      when 'gratuit' then 'gratuit'
      when 'gratuit-sous-conditions' then 'gratuit'
      else 'payant'
    end
  )::public.fees_kind_v1;

drop type public.fees_kind;
alter type public.fees_kind_v1 rename to fees_kind;

alter table public.activities alter column fees_kind set default 'gratuit';
-- A price may be given for paid activities only (it was: paid or membership).
alter table public.activities
  add constraint activities_price_check check (price_cents is null or fees_kind = 'payant');
