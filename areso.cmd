@echo off
rem Areso's command line (areso-cli) on Windows: areso --help lists the commands, areso demo
rem [--lang en] runs the demo, areso screen --help describes the screening. Beside ./areso.
rem Builds areso-cli with the Maven Wrapper when its runnable jar is missing, then runs the jar,
rem whatever the project's version. Unlike ./areso, it does not see a changed source: after
rem one, delete areso-cli\target (or run mvnw.cmd -DskipTests -pl areso-cli -am package).
setlocal
set "ROOT=%~dp0"
set "JAR="
for %%J in ("%ROOT%areso-cli\target\areso-cli-*-all.jar") do set "JAR=%%~fJ"
if not defined JAR (
  echo areso: building, first run... 1>&2
  pushd "%ROOT%"
  call mvnw.cmd -q -B -ntp -DskipTests -pl areso-cli -am package 1>&2
  if errorlevel 1 (
    popd
    exit /b 1
  )
  popd
  for %%J in ("%ROOT%areso-cli\target\areso-cli-*-all.jar") do set "JAR=%%~fJ"
)
if not defined JAR (
  echo areso: no areso-cli\target\areso-cli-*-all.jar after the build 1>&2
  exit /b 1
)
java -jar "%JAR%" %*
exit /b %ERRORLEVEL%
