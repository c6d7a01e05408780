-- a seed row; the name is a changelog property, expanded when it runs
insert into im_customer (id, name, country)
    values (4, '${customer_name}', 'FR');
