-- The network roll-up's set of validated place-months (decision 045) is read only by security-definer
-- functions and written only by triggers: row-level security on, no policy, like every private table
-- (rls-coverage), so a grant added by mistake later still shows nothing.
alter table private.validated_activity_months enable row level security;
