#!/usr/bin/env python3
"""Summarises `jfr print --events jdk.ExecutionSample --stack-depth 512` output (bench/profile.sh).

Prints, for one recording: the number of samples; the share of samples by category (the category of the
leaf-most frame outside the JDK: which library's code was running, "self"); the share of samples whose stack
passes through a phase (inclusive: e.g. Hibernate's flush, Lucene's commit, the security filters); the top leaf
frames; and the top leaf-most non-JDK frames."""
import re
import sys
from collections import Counter

# Checked in order; the first prefix a class name starts with names its category.
CATEGORIES = [
    ("org.apache.lucene.", "Lucene"),
    ("org.hibernate.search.", "Hibernate Search"),
    ("org.hibernate.validator.", "Bean Validation"),
    ("jakarta.validation.", "Bean Validation"),
    ("org.hibernate.", "Hibernate ORM"),
    ("org.postgresql.", "JDBC driver"),
    ("com.zaxxer.hikari.", "JDBC pool"),
    ("com.fasterxml.jackson.", "Jackson"),
    ("tools.jackson.", "Jackson"),
    ("org.springframework.security.", "Spring Security"),
    ("com.google.i18n.phonenumbers.", "libphonenumber"),
    ("org.springframework.web.", "Spring MVC"),
    ("org.springframework.http.", "Spring MVC"),
    ("org.springframework.transaction.", "Spring tx"),
    ("org.springframework.orm.", "Spring tx"),
    ("org.springframework.", "Spring other"),
    ("org.apache.catalina.", "Tomcat"),
    ("org.apache.coyote.", "Tomcat"),
    ("org.apache.tomcat.", "Tomcat"),
    ("ch.qos.logback.", "logging"),
    ("org.slf4j.", "logging"),
    ("org.apache.logging.", "logging"),
    ("io.micrometer.", "Micrometer"),
    ("io.rapport.", "Rapport"),
    ("net.bytebuddy.", "bytecode proxies"),
]
JDK = ("java.", "javax.", "jdk.", "sun.", "com.sun.")

# Inclusive phases: (label, regular expression matched against each frame of the stack).
PHASES = [
    ("Hibernate ORM flush (all of it)", r"^org\.hibernate\.event\.internal\.(AbstractFlushingEventListener|DefaultFlushEventListener|DefaultAutoFlushEventListener)\."),
    ("  of which dirty checking", r"^org\.hibernate\.event\.internal\.DefaultFlushEntityEventListener\.(dirtyCheck|onFlushEntity)"),
    ("Hibernate Search indexing (build + execute plan)", r"^org\.hibernate\.search\..*(IndexingPlan|PojoIndexingProcessor|Indexer)"),
    ("Lucene IndexWriter commit/flush", r"^org\.apache\.lucene\.index\.IndexWriter\.(commit|prepareCommit|flush|getReader|commitInternal)"),
    ("Lucene reader refresh (openIfChanged)", r"^org\.apache\.lucene\.(index\.(DirectoryReader|StandardDirectoryReader)\.(doOpenIfChanged|openIfChanged|open)|search\.ReferenceManager\.maybeRefresh)"),
    ("Lucene search (IndexSearcher)", r"^org\.apache\.lucene\.search\.IndexSearcher\."),
    ("Lucene analysis (token streams)", r"^org\.apache\.lucene\.analysis\."),
    ("Transaction commit (JpaTransactionManager.doCommit)", r"^org\.springframework\.orm\.jpa\.JpaTransactionManager\.doCommit"),
    ("Transaction begin", r"^org\.springframework\.orm\.jpa\.JpaTransactionManager\.doBegin"),
    ("Hibernate query execution (HQL/criteria list)", r"^org\.hibernate\.query\.(sqm\.internal\.ConcreteSqmSelectQueryPlan|spi\.AbstractSelectionQuery\.list)"),
    ("Hibernate SQM translation / query plan", r"^org\.hibernate\.(query\.sqm\.sql|sql\.ast|query\.hql)\."),
    ("Hibernate entity loading (hydrate results)", r"^org\.hibernate\.sql\.results\."),
    ("JDBC driver (all)", r"^org\.postgresql\."),
    ("Jackson (all)", r"^(com\.fasterxml|tools)\.jackson\."),
    ("Spring MVC handler lookup (lookupHandlerMethod)", r"^org\.springframework\.web\.servlet\.handler\.AbstractHandlerMethodMapping\.lookupHandlerMethod"),
    ("Bean Validation (all)", r"^(org\.hibernate\.validator|jakarta\.validation)\."),
    ("libphonenumber (all)", r"^com\.google\.i18n\.phonenumbers\."),
    ("Regex (java.util.regex)", r"^java\.util\.regex\."),
    ("Logging (all)", r"^(ch\.qos\.logback|org\.slf4j)\."),
    ("Rapport audit", r"^io\.rapport\..*[Aa]udit"),
    ("Rapport timeline", r"^io\.rapport\..*[Tt]imeline"),
    ("Rapport events/listeners", r"^io\.rapport\..*(Listener|Events?\.|Publisher)"),
    ("Spring event publishing", r"^org\.springframework\.(context\.event|context\.support\.AbstractApplicationContext\.publishEvent|modulith)"),
    ("Thymeleaf", r"^org\.thymeleaf\."),
    ("Micrometer/observation", r"^io\.micrometer\."),
]
PHASES = [(label, re.compile(rx)) for label, rx in PHASES]
FRAME = re.compile(r"^\s+([\w$.<>]+)\(.*\)\s+line:")


def category(frame):
    for prefix, name in CATEGORIES:
        if frame.startswith(prefix):
            return name
    return "JDK" if frame.startswith(JDK) else "other"


def samples(path):
    stack, thread, inside = [], "", False
    with open(path, errors="replace") as f:
        for line in f:
            if line.startswith("jdk.ExecutionSample"):
                stack, thread, inside = [], "", False
            elif "sampledThread = " in line:
                thread = line.split("=", 1)[1].strip().split('"')[1] if '"' in line else ""
            elif "stackTrace = [" in line:
                inside = True
            elif inside and line.strip() == "]":
                inside = False
                yield thread, stack
            elif inside:
                m = FRAME.match(line)
                if m:
                    stack.append(m.group(1))


def main():
    name, path = sys.argv[1], sys.argv[2]
    total = 0
    cats, phases, leaves, own, threads = Counter(), Counter(), Counter(), Counter(), Counter()
    for thread, stack in samples(path):
        if not stack:
            continue
        total += 1
        threads[re.sub(r"[-#]?\d+$", "", thread)] += 1
        leaves[stack[0]] += 1
        first = next((f for f in stack if not f.startswith(JDK)), stack[-1])
        own[first] += 1
        cats[category(first)] += 1
        for label, rx in PHASES:
            if any(rx.match(f) for f in stack):
                phases[label] += 1
    pct = lambda n: f"{100 * n / max(total, 1):5.1f}%"
    print(f"== {name}: {total} execution samples")
    print("-- by category (leaf-most frame outside the JDK; JDK = whole stack in the JDK)")
    for c, n in cats.most_common():
        print(f"{pct(n)}  {c}")
    print("-- inclusive phases (share of samples whose stack passes through)")
    for label, _ in PHASES:
        if phases[label]:
            print(f"{pct(phases[label])}  {label}")
    print("-- threads")
    for t, n in threads.most_common(6):
        print(f"{pct(n)}  {t}")
    print("-- top leaf frames")
    for f, n in leaves.most_common(15):
        print(f"{pct(n)}  {f}")
    print("-- top leaf-most non-JDK frames")
    for f, n in own.most_common(20):
        print(f"{pct(n)}  {f}")


main()
