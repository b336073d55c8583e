-- What SQL would do for a name search without the Lucene index: a case-insensitive prefix match on names.
\set n random(0, 39)
select * from contact
where deleted_at is null
  and (lower(last_name) like (select lower(substr(v, 1, 4)) from (values ('Hansen'),('Johansen'),('Olsen'),('Larsen'),('Andersen'),('Pedersen'),('Nilsen'),('Berg'),('Haugen'),('Hagen'),('Eriksen'),('Bakke'),('Lie'),('Moen'),('Dahl'),('Lund'),('Strand'),('Schmidt'),('Müller'),('Garcia'),('Rossi'),('Dubois'),('Novak'),('Smith'),('Brown'),('Taylor'),('Wilson'),('Silva'),('Kim'),('Patel'),('Maria'),('Ingrid'),('Omar'),('Nadia'),('Sven'),('Greta'),('Jonas'),('Vera'),('Carla'),('David')) t(v) offset :n limit 1) || '%'
    or lower(first_name) like (select lower(substr(v, 1, 4)) from (values ('Anna'),('Maria'),('Per'),('Ingrid'),('Lars')) t(v) offset (:n % 5) limit 1) || '%')
limit 51;
