SELECT id, title, price FROM cv_book WHERE price >= 50
