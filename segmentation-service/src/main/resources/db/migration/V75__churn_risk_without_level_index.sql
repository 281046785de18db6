-- Nothing reads churn_risk by level alone (segment rules and insights look a customer up by id), while every
-- scoring pass paid for the index on each row it wrote: about a third of the write-back's insert time.

DROP INDEX churn_risk_level;
