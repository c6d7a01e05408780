a  b


   c   
