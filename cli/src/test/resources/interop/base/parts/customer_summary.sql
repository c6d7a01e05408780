select country, count(*) as customers
from im_customer
group by country
