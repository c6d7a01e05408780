INSERT INTO sf_log (id, msg) VALUES (6, current_setting('server_version'));
