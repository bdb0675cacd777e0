#!/bin/sh
# The demo förbund's year beyond its books and budget, entered the way a
# director would with finsam's commands: interventions and the board's
# decisions, the participant list, anonymous participants, activities,
# goals with indicators and assessments, the board and its meetings, the
# governing documents and the texts of the reports. Run by `make run` after
# `finsam demo`; reading it is a tour of the commands.
#
#   sh examples/norrdalen.sh FINSAM DATABASE
set -eu
F=$1
DB=$2
DIR=$(dirname "$0")
f() { "$F" --db "$DB" "$@" >/dev/null; }

f insats add "Steget vidare" --kind individinriktad --owner "Dalby kommun" \
	--partners "Försäkringskassan, Arbetsförmedlingen, Region Norrdalen" \
	--target "Personer som länge har stått utanför arbetsmarknaden" --ages 20-64 \
	--from 2024-01-01 --to 2026-12-31 --participants-from 2024-02-01 --participants-to 2026-06-30 \
	--purpose "Samordnat stöd av ett team från alla fyra medlemmarna, mot arbete eller studier" \
	--goals "90 deltagare per år, 35 % avslutade till arbete eller studier" --accounts 4010 --objects 6:1
f insats add "Unga i arbete" --kind individinriktad --owner "Arbetsförmedlingen" \
	--partners "Dalby kommun, Region Norrdalen" --target "Unga som varken arbetar eller studerar" \
	--ages 16-29 --from 2024-03-01 --to 2025-12-31 --participants-from 2024-03-01 --participants-to 2025-11-30 \
	--purpose "Unga ska börja arbeta eller studera" --goals "60 deltagare, 40 % till arbete eller studier" \
	--accounts 4010 --objects 6:2
f insats add "Kompetensdag Norrdalen" --kind kompetenshöjande --owner "Samordningsförbundet Norrdalen" \
	--from 2024-01-01 --to 2025-12-31 --accounts 4010 --objects 6:3
f insats add "Vägen in" --kind strukturinriktad --owner "Region Norrdalen" \
	--partners "Dalby kommun" --purpose "En gemensam väg in till medlemmarnas stöd" \
	--from 2025-01-01 --to 2026-06-30 --accounts 4010 --objects 6:4
f insats decide "Steget vidare" --date 2023-11-15 --amount "1 280 000" --years 2024-2025
f insats decide "Steget vidare" --date 2025-11-20 --amount "700 000" --years 2026
f insats decide "Unga i arbete" --date 2024-02-10 --amount "900 000" --years 2024-2025
f insats decide "Kompetensdag Norrdalen" --date 2023-11-15 --amount "48 500" --years 2024
f insats decide "Kompetensdag Norrdalen" --date 2024-11-14 --amount "52 000" --years 2025
f insats decide "Vägen in" --date 2024-11-14 --amount "420 000" --years 2025-2026

f import participants "$DIR/deltagare.csv"
f survey import "$DIR/enkat-2025.csv"
f insats anonymous "Unga i arbete" --from 2025-04-01 --to 2025-06-30 --women 7 --men 9 \
	--note "Öppna träffar på biblioteket"
f activity add "Kompetensdag Norrdalen" --date 2025-10-09 --kind kompetenshöjande \
	--organiser "Samordningsförbundet Norrdalen" \
	--attendees "Försäkringskassan=31, Arbetsförmedlingen=28, Region Norrdalen=42, Dalby kommun=49"
f activity add "Handläggarforum" --date 2025-04-24 --kind strukturinriktad \
	--attendees "Försäkringskassan=12, Arbetsförmedlingen=14, Region Norrdalen=9, Dalby kommun=18" \
	--meetings 3 --persons 21

f goal add --year 2025 --title "Individinriktade insatser" --area individ \
	--description "Deltagarna kommer närmare arbete eller studier och egen försörjning."
f goal result 1 --year 2025 --text "Deltagare avslutas till arbete eller studier" \
	--follow-up "Ur deltagarregistret, i delårsrapporten och årsredovisningen" --indicator exit-share --target 35
f goal result 1 --year 2025 --text "Deltagare i Unga i arbete" --indicator participants \
	--insats "Unga i arbete" --target 60 --follow-up "Ur deltagarregistret"
f goal add --year 2025 --title "Strukturinriktade insatser" --area struktur \
	--description "Medlemmarna utvecklar gemensamma arbetssätt."
f goal result 2 --year 2025 --text "En gemensam väg in till medlemmarnas stöd är beslutad" \
	--follow-up "Styrelsen följer upp insatsen Vägen in"
f goal add --year 2025 --title "Kompetenshöjande insatser" --area kompetens
f goal result 3 --year 2025 --text "Personal från medlemmarna deltar i förbundets aktiviteter" \
	--indicator attendees --target 150 --follow-up "Antal deltagare i årets aktiviteter"
f goal add --year 2025 --title "Finansiella mål" --area ekonomi
f goal result 4 --year 2025 --text "Eget kapital är högst 20 % av driftbidraget" --indicator equity-share \
	--target 20 --follow-up "Prognos i delårsrapporten, utfall i årsredovisningen"
f goal result 4 --year 2025 --text "Kostnaderna ryms i budgeten" --indicator within-budget --target 100 \
	--follow-up "Driftredovisningen"
f goal assess 1 --year 2025 --period interim --status "på god väg" --comment "Fler deltagare än planerat."
f goal assess 4 --year 2025 --period interim --status "på god väg" --comment "Kapitalet minskar enligt plan."
f goal assess 1 --year 2025 --period annual --status uppfyllt --comment "Båda resultatmålen är nådda."
f goal assess 2 --year 2025 --period annual --status "delvis uppfyllt" \
	--comment "Vägen in har börjat men är inte beslutad hos alla medlemmar."
f goal assess 3 --year 2025 --period annual --status uppfyllt
f goal assess 4 --year 2025 --period annual --status uppfyllt --comment "Eget kapital är under 20 %."

f board add "Eva Lind" --year 2025 --role ordförande --appointed-by "Dalby kommun"
f board add "Per Holm" --year 2025 --role "vice ordförande" --appointed-by "Region Norrdalen"
f board add "Maria Öberg" --year 2025 --role ledamot --appointed-by "Försäkringskassan"
f board add "Jonas Berg" --year 2025 --role ledamot --appointed-by "Arbetsförmedlingen"
f board add "Sara Ek" --year 2025 --role ersättare --appointed-by "Dalby kommun"

# The board's meetings of the year, who attended and what was decided;
# the funding decision of 20 November ('insats decide' above) shows among
# that meeting's decisions.
f meeting add 2025-02-13 --body styrelse --protocol 2025:1 \
	--attended "Eva Lind, Per Holm, Maria Öberg, Jonas Berg"
f meeting decide 1 --kind styrdokument "Delegationsordning och attestordning för 2025 fastställs"
f meeting add 2025-03-13 --body styrelse --protocol 2025:2 \
	--attended "Per Holm, Maria Öberg, Jonas Berg, Sara Ek"
f meeting decide 2 --kind årsredovisning "Årsredovisningen för 2024 fastställs och lämnas till medlemmarna"
f meeting add 2025-06-12 --body styrelse --protocol 2025:3 --attended "Eva Lind, Per Holm, Jonas Berg"
f meeting decide 3 --kind övrigt "Uppföljningen av insatserna efter första tertialen läggs till handlingarna"
f meeting add 2025-10-02 --body styrelse --protocol 2025:4 \
	--attended "Eva Lind, Per Holm, Maria Öberg, Jonas Berg"
f meeting decide 4 --kind delårsrapport "Delårsrapporten per den 31 augusti 2025 fastställs"
f meeting add 2025-11-20 --body styrelse --protocol 2025:5 \
	--attended "Eva Lind, Per Holm, Maria Öberg, Jonas Berg, Sara Ek"
f meeting decide 5 --kind verksamhetsplan "Verksamhetsplan för 2026 med flerårsplan fastställs"
f meeting decide 5 --kind budget "Budget för 2026 fastställs"
# The governing documents, each adopted and revised by the board (the
# förbundsordning by the members), with the day by which it must be
# revised again: the internal control plan is due within 2026.
f policy add Förbundsordning --adopted 2019-05-02 --note "Antagen av medlemmarna"
f policy add Arbetsordning --adopted 2019-06-12 --revise-by 2023-06-30
f policy revise Arbetsordning --date 2023-06-14 --revise-by 2027-06-30 --note "§ 31, ny sammanträdesordning"
f policy add Delegeringsordning --adopted 2020-02-20 --revise-by 2024-02-29
f policy revise Delegeringsordning --date 2024-02-15 --revise-by 2028-02-29 --note "§ 6"
f policy add Attestordning --adopted 2020-02-20 --revise-by 2024-02-29
f policy revise Attestordning --date 2024-02-15 --revise-by 2028-02-29 --note "§ 7"
f policy add Dokumenthanteringsplan --adopted 2022-09-22 --revise-by 2026-09-30
f policy add Internkontrollplan --adopted 2024-11-20 --revise-by 2025-11-30 --note "Plan för 2025"
f policy revise Internkontrollplan --date 2025-11-20 --revise-by 2026-11-30 --note "Plan för 2026"

# The internal control plan of 2025: the risk and materiality analysis,
# the control actions that answer each risk, the plan adopted at the
# board's first meeting and each action followed up at the meetings after
# its periods, one with a deviation; the last period at the board's first
# meeting of 2026.
f risk add "Utbetalningar görs utan attest enligt attestordningen" --year 2025 --area Ekonomi \
	--probability 2 --consequence 4 --owner Förbundschef
f risk add "Eget kapital växer över riktvärdet" --year 2025 --area Ekonomi \
	--probability 3 --consequence 2 --owner Förbundschef
f risk add "Deltagares personuppgifter röjs eller behandlas utan stöd" --year 2025 --area Personuppgifter \
	--probability 3 --consequence 4 --owner Förbundschef
f risk add "Beslut fattas utan stöd i delegeringsordningen" --year 2025 --area Styrning \
	--probability 1 --consequence 3 --owner Ordförande
f risk add "Insatserna följs inte upp mot sina mål" --year 2025 --area Insatser \
	--probability 2 --consequence 3 --owner Processledare
f risk add "Jäv vid beslut om finansiering av insatser" --year 2025 --area Styrning \
	--probability 1 --consequence 4 --owner Ordförande
f control add 1 --what "Stickprov på tio utbetalningar mot attestordningen" --frequency kvartalsvis \
	--owner Ekonom --report-to "Styrelsen vid nästa sammanträde"
f control add 2 --what "Eget kapital följs upp mot budget och riktvärde" --frequency tertialvis \
	--owner Förbundschef --report-to "Styrelsen i delårsrapport och årsredovisning"
f control add 3 --what "Genomgång av behörigheter och deltagarregister" --frequency halvårsvis \
	--owner Förbundschef --report-to "Styrelsen"
f control add 4 --what "Granskning av anmälda delegationsbeslut" --frequency årligen \
	--owner Ordförande --report-to "Styrelsen vid årets sista sammanträde"
f control add 5 --what "Insatsernas indikatorer följs upp" --frequency tertialvis \
	--owner Processledare --report-to "Beredningsgruppen"
f control add 6 --what "Jäv antecknas i protokollen" --frequency halvårsvis --owner Sekreterare \
	--report-to "Styrelsen"
f control adopt --year 2025 --meeting 1
f meeting add 2026-02-12 --body styrelse --protocol 2026:1
f control follow-up 1 --meeting 3 --result genomförd
f control follow-up 2 --meeting 3 --result genomförd
f control follow-up 5 --meeting 3 --result genomförd
f control follow-up 1 --meeting 4 --period 2 --result avvikelse \
	--comment "Två fakturor hade attesterats av en person utan attesträtt" \
	--measure "Attestförteckningen uppdaterades och attestanterna påmindes"
f control follow-up 1 --meeting 4 --result genomförd
f control follow-up 2 --meeting 4 --result genomförd
f control follow-up 3 --meeting 4 --result genomförd
f control follow-up 5 --meeting 4 --result genomförd
f control follow-up 6 --meeting 4 --result genomförd --comment "Inget jäv anmält"
for a in 1 2 3 4 5 6; do
	f control follow-up $a --meeting 6 --result genomförd
done

f text set chair --year 2025 "$DIR/texter/ordforande-2025.md"
f text set summary --year 2025 "$DIR/texter/sammanfattning-2025.md"
f text set organisation --year 2025 "$DIR/texter/organisation.md"
f text set conditions --year 2025 "$DIR/texter/forhallanden-2025.md"
f text set events --year 2025 "$DIR/texter/handelser-2025.md"
f text set governance --year 2025 "$DIR/texter/styrning-2025.md"
f text set vision --year 2025 "$DIR/texter/vision.md"
f text set direction --year 2025 "$DIR/texter/inriktning-2025.md"
f text set target_groups --year 2025 "$DIR/texter/malgrupper.md"
f text set overall_goal --year 2025 "$DIR/texter/overgripande-mal.md"

# What the documents state beyond the books: the years before the books
# for the five-year overview, the staff, each intervention's year, and the
# board's decisions on the plan and the interim report.
f history set 2021 --revenue "1 500 000" --costs "-1 402 310" --result 97690 --equity 488400 \
	--women 38 --men 31 --employees 0 --source "Årsredovisning 2021"
f history set 2022 --revenue "1 500 000" --costs "-1 551 846" --result -51846 --equity 436554 \
	--women 41 --men 36 --employees 0 --source "Årsredovisning 2022"
f history set 2023 --revenue "1 500 000" --costs "-1 487 202" --result 12798 --equity 449352 \
	--women 44 --men 40 --employees 0 --source "Årsredovisning 2023"
f staff set 2025 --employees 0 --funded-posts 3,5 \
	--note "Förbundschefen är anställd av Dalby kommun och tillgänglig för förbundet på halvtid."
f insats status "Kompetensdag Norrdalen" avslutad --year 2025
f insats results "Steget vidare" "$DIR/texter/steget-vidare-2025.md" --year 2025
f insats results "Unga i arbete" "$DIR/texter/unga-i-arbete-2025.md" --year 2025
f document adopt plan --year 2025 --date 2024-11-20
f document adopt interim --year 2025 --date 2025-10-02
